// Copyright 2026 The whosaid Authors.
//
// The viewer: a local web server over a corpus database (whosaid ingest).
//
// Example:
//
//   whosaid::ServerOptions options;
//   options.db_path = "corpus.db";
//   whosaid::Result<std::unique_ptr<whosaid::Server>> server = whosaid::Server::Open(options);
//   if (!server.ok()) return Fail(server.status());
//   whosaid::Status done = (*server)->Listen([](int port) {
//     std::printf("http://127.0.0.1:%d/\n", port);   // called once, when ready
//   });
//
// Pages (see src/serve/site.h): /, /article?id=, /speaker?name=,
// /outlet?name=, /search?q=, /quote?q= or ?id= (provenance as SVG).
//
// Safety: the database is opened read-only; routes take arguments as query
// parameters and never touch the file system; only GET and HEAD are
// answered, without a body; URIs over 8 KiB get 414, parameters over 1 KiB
// 400; each client address gets `requests_per_minute` (then 429); every page
// carries a Content-Security-Policy that allows only whosaid's own style and
// script. Article text is escaped everywhere.
//
// Thread safety: Listen blocks; Stop may be called from any other thread.
#ifndef WHOSAID_SERVER_H_
#define WHOSAID_SERVER_H_

#include <functional>
#include <memory>
#include <string>

#include "whosaid/status.h"

namespace whosaid {

//   option                default         what it does
//   -------------------   -------------   -----------------------------------
//   db_path               "whosaid.db"    the corpus database, opened read-only
//   host                  "127.0.0.1"     the address to bind; loopback only unless told
//   port                  8080            0 picks a free port (Listen reports it)
//   requests_per_minute   600             per client address; more get 429
//   threads               2               worker threads answering requests
struct ServerOptions {
  std::string db_path = "whosaid.db";
  std::string host = "127.0.0.1";
  int port = 8080;
  int requests_per_minute = 600;
  int threads = 2;
};

class Server {
 public:
  // Opens the database read-only. kNotFound when it does not exist,
  // kInvalidArgument when it is at another schema version.
  static Result<std::unique_ptr<Server>> Open(const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and serves until Stop(). `ready` is called with the bound port
  // once the socket listens. Fails with kIoError when it cannot bind.
  Status Listen(const std::function<void(int port)>& ready);
  void Stop();

 private:
  class Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace whosaid

#endif  // WHOSAID_SERVER_H_
