// Copyright 2026 The whosaid Authors.
//
// Server: the Site behind cpp-httplib (used header-only), with the request
// limits and security headers of include/whosaid/server.h.
#include <httplib.h>

#include <chrono>
#include <mutex>

#include "report/page.h"
#include "serve/rate_limiter.h"
#include "serve/site.h"
#include "whosaid/server.h"
#include "whosaid/store.h"

namespace whosaid {
namespace {

bool HasBody(const httplib::Request& req) {
  if (!req.body.empty() || req.has_header("Transfer-Encoding")) return true;
  return req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0";
}

}  // namespace

class Server::Impl {
 public:
  Impl(const ServerOptions& options, std::unique_ptr<Store> store)
      : options_(options), store_(std::move(store)), site_(store_.get()), limiter_(options.requests_per_minute) {}

  Status Listen(const std::function<void(int)>& ready);
  void Stop() { http_.stop(); }

 private:
  httplib::Server::HandlerResponse Screen(const httplib::Request& req, httplib::Response& res);
  void Answer(const httplib::Request& req, httplib::Response& res);
  void Send(const serve::Response& page, httplib::Response& res) const;

  ServerOptions options_;
  std::unique_ptr<Store> store_;
  std::mutex site_mu_;  // the Store is not thread-safe
  serve::Site site_;
  serve::RateLimiter limiter_;
  httplib::Server http_;
};

void Server::Impl::Send(const serve::Response& page, httplib::Response& res) const {
  res.status = page.status;
  res.set_header("Content-Security-Policy", report::ContentSecurityPolicy(/*for_header=*/true));
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Cache-Control", "no-store");
  res.set_content(page.body, page.content_type.c_str());
}

// Runs before routing: what is refused is refused before any work is done,
// and the connection is closed (an unread body must not be taken for the
// next request).
httplib::Server::HandlerResponse Server::Impl::Screen(const httplib::Request& req, httplib::Response& res) {
  serve::Response refusal;
  if (!limiter_.Allow(req.remote_addr)) {
    refusal = serve::ErrorPage(429, "Too many requests from your address; wait a moment.");
    res.set_header("Retry-After", "10");
  } else if (req.method != "GET" && req.method != "HEAD") {
    refusal = serve::ErrorPage(405, "Only GET and HEAD are answered here.");
    res.set_header("Allow", "GET, HEAD");
  } else if (HasBody(req)) {
    refusal = serve::ErrorPage(413, "Requests here carry no body.");
  } else {
    return httplib::Server::HandlerResponse::Unhandled;
  }
  Send(refusal, res);
  res.set_header("Connection", "close");
  return httplib::Server::HandlerResponse::Handled;
}

void Server::Impl::Answer(const httplib::Request& req, httplib::Response& res) {
  std::map<std::string, std::string> params;
  for (const auto& [key, value] : req.params) params.emplace(key, value);  // the first of repeated keys
  const auto start = std::chrono::steady_clock::now();
  serve::Response page;
  {
    std::lock_guard<std::mutex> lock(site_mu_);
    page = site_.Get(req.path, params);
  }
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  Send(page, res);
  res.set_header("Server-Timing", "app;dur=" + std::to_string(ms));
}

Status Server::Impl::Listen(const std::function<void(int)>& ready) {
  http_.new_task_queue = [n = std::max(options_.threads, 1)] { return new httplib::ThreadPool(n); };
  http_.set_payload_max_length(1 << 16);
  http_.set_read_timeout(5, 0);
  http_.set_write_timeout(5, 0);
  http_.set_keep_alive_max_count(100);
  http_.set_pre_routing_handler([this](const auto& req, auto& res) { return Screen(req, res); });
  http_.Get(".*", [this](const auto& req, auto& res) { Answer(req, res); });
  http_.set_error_handler([this](const auto&, auto& res) {
    // httplib's own refusals (414 for a long URI, 400 for a bad request line).
    if (res.body.empty()) Send(serve::ErrorPage(res.status, "The request could not be read."), res);
  });
  const int port = options_.port == 0 ? http_.bind_to_any_port(options_.host.c_str())
                                      : (http_.bind_to_port(options_.host.c_str(), options_.port) ? options_.port : -1);
  if (port < 0) return IoError("cannot listen on " + options_.host + ":" + std::to_string(options_.port));
  if (ready) ready(port);
  if (!http_.listen_after_bind()) return IoError("the server stopped with an error");
  return Status::Ok();
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

Result<std::unique_ptr<Server>> Server::Open(const ServerOptions& options) {
  StoreOptions store_options;
  store_options.read_only = true;
  Result<std::unique_ptr<Store>> store = Store::Open(options.db_path, store_options);
  if (!store.ok()) return store.status();
  return std::unique_ptr<Server>(new Server(std::make_unique<Impl>(options, std::move(*store))));
}

Status Server::Listen(const std::function<void(int)>& ready) { return impl_->Listen(ready); }
void Server::Stop() { impl_->Stop(); }

}  // namespace whosaid
