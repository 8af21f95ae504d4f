// Copyright 2026 The whosaid Authors.
//
// whosaid serve [--db FILE] [--host ADDR] [--port N] [--rate N]
#include <fmt/format.h>

#include <csignal>
#include <cstdio>
#include <thread>

#include "commands.h"
#include "whosaid/server.h"

namespace whosaid::cli {
namespace {

// Stops the server on SIGINT or SIGTERM: the signals are blocked in every
// thread and taken by one waiting thread, so no handler runs in signal context.
std::thread StopOnSignal(Server* server) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return std::thread([server, signals] {
    int sig = 0;
    sigwait(&signals, &sig);
    server->Stop();
  });
}

int Run(const ServerOptions& options) {
  Result<std::unique_ptr<Server>> server = Server::Open(options);
  if (!server.ok()) {
    fmt::print(stderr, "whosaid: {}\n", server.status().ToString());
    return 1;
  }
  std::thread stopper = StopOnSignal(server->get());
  stopper.detach();
  const Status done = (*server)->Listen([&](int port) {
    fmt::print("whosaid: serving {} at http://{}:{}/ (Ctrl-C stops)\n", options.db_path, options.host, port);
    std::fflush(stdout);
  });
  if (!done.ok()) {
    fmt::print(stderr, "whosaid: {}\n", done.ToString());
    return 1;
  }
  return 0;
}

}  // namespace

Command AddServeCommand(CLI::App* app, Options*) {
  auto options = std::make_shared<ServerOptions>();
  app->add_option("--db", options->db_path, "The corpus database (whosaid ingest), opened read-only")
      ->capture_default_str();
  app->add_option("--host", options->host, "Address to listen on (loopback unless told otherwise)")
      ->capture_default_str();
  app->add_option("--port", options->port, "Port; 0 picks a free one")->check(CLI::Range(0, 65535))
      ->capture_default_str();
  app->add_option("--rate", options->requests_per_minute, "Requests per minute per client address")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  app->add_option("--threads", options->threads, "Worker threads")->check(CLI::Range(1, 64))->capture_default_str();
  return [options] { return Run(*options); };
}

}  // namespace whosaid::cli
