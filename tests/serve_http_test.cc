// Copyright 2026 The whosaid Authors.
//
// whosaid::Server through a real socket on a free loopback port: security
// headers, the methods and sizes it refuses, the rate limit, and that it
// never writes to the database. The pages themselves are specified in
// serve_site_test.cc.
#include "whosaid/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>
#include <thread>

#include "serve/rate_limiter.h"
#include "test_util.h"
#include "whosaid/store.h"
#include "whosaid/whosaid.h"

namespace whosaid {
namespace {

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A one-article database, made once per process (CTest runs each test in its
// own process, several at once).
struct OneArticleDb {
  OneArticleDb() : path(testing::ProcessTempDb("serve-http-test")) {
    Result<std::unique_ptr<Store>> store = Store::Open(path);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    Result<Document> doc = Analyzer().Analyze("\"We are ready,\" Mayor Jane Smith said on Friday.", "ready");
    EXPECT_TRUE(doc.ok());
    EXPECT_TRUE((*store)->Put(*doc, DocumentMeta{}).ok());
    EXPECT_TRUE((*store)->Link().ok());
  }
  std::string path;
};

const std::string& CorpusDb() {
  static const OneArticleDb db;
  return db.path;
}

// A server on a port the system picks, stopped when this goes away.
class RunningServer {
 public:
  explicit RunningServer(ServerOptions options) {
    options.port = 0;
    Result<std::unique_ptr<Server>> server = Server::Open(options);
    EXPECT_TRUE(server.ok()) << server.status().ToString();
    if (!server.ok()) return;
    server_ = std::move(*server);
    std::promise<int> bound;
    std::future<int> port = bound.get_future();
    thread_ = std::thread([this, &bound] {
      Status s = server_->Listen([&bound](int p) { bound.set_value(p); });
      if (!s.ok()) bound.set_value(-1);
    });
    port_ = port.get();
  }
  ~RunningServer() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
  }
  httplib::Client Client() const { return httplib::Client("127.0.0.1", port_); }
  int port() const { return port_; }

 private:
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int port_ = -1;
};

ServerOptions OptionsFor(const std::string& db) {
  ServerOptions options;
  options.db_path = db;
  return options;
}

TEST(Server, AnswersOnLoopbackWithSecurityHeaders) {
  EXPECT_EQ(ServerOptions().host, "127.0.0.1") << "loopback unless told otherwise";
  RunningServer server(OptionsFor(CorpusDb()));
  ASSERT_GT(server.port(), 0);
  auto res = server.Client().Get("/article?id=ready");
  ASSERT_TRUE(res) << httplib::to_string(res.error());
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find(">We are ready,</span>"), std::string::npos);
  EXPECT_TRUE(res->get_header_value("Content-Security-Policy").starts_with("default-src 'none'; "));
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_TRUE(res->get_header_value("Server-Timing").starts_with("app;dur="));
  auto head = server.Client().Head("/");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
}

TEST(Server, DecodesParametersAndPaths) {
  RunningServer server(OptionsFor(CorpusDb()));
  auto res = server.Client().Get("/speaker?name=jane%20smith");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("<h1 class=\"speaker-name\">Jane Smith</h1>"), std::string::npos);
  auto traversal = server.Client().Get("/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
  ASSERT_TRUE(traversal);
  EXPECT_EQ(traversal->status, 404);
  EXPECT_EQ(traversal->body.find("root:"), std::string::npos);
}

TEST(Server, RefusesOtherMethodsBodiesAndLongAddresses) {
  RunningServer server(OptionsFor(CorpusDb()));
  auto post = server.Client().Post("/search", "q=ready", "application/x-www-form-urlencoded");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  EXPECT_EQ(post->get_header_value("Allow"), "GET, HEAD");
  EXPECT_NE(post->body.find("405 Method not allowed"), std::string::npos);

  httplib::Request with_body;
  with_body.method = "GET";
  with_body.path = "/";
  with_body.body = "unexpected";
  with_body.set_header("Content-Type", "text/plain");
  auto body = server.Client().send(with_body);
  ASSERT_TRUE(body);
  EXPECT_EQ(body->status, 413);

  auto long_uri = server.Client().Get("/search?q=" + std::string(9000, 'a'));
  ASSERT_TRUE(long_uri);
  EXPECT_EQ(long_uri->status, 414);
  EXPECT_TRUE(long_uri->get_header_value("Content-Security-Policy").starts_with("default-src 'none'"));

  auto long_param = server.Client().Get("/search?q=" + std::string(2000, 'a'));
  ASSERT_TRUE(long_param);
  EXPECT_EQ(long_param->status, 400);
}

TEST(Server, LimitsTheRateOfOneClient) {
  ServerOptions options = OptionsFor(CorpusDb());
  options.requests_per_minute = 60;  // bursts of 6
  RunningServer server(options);
  int ok = 0, limited = 0;
  httplib::Client client = server.Client();
  for (int i = 0; i < 10; ++i) {
    auto res = client.Get("/");
    ASSERT_TRUE(res);
    (res->status == 200 ? ok : limited) += 1;
    if (res->status == 429) EXPECT_EQ(res->get_header_value("Retry-After"), "10");
  }
  EXPECT_EQ(ok, 6);
  EXPECT_EQ(limited, 4);
}

TEST(Server, NeverWritesTheDatabase) {
  const std::string before = ReadBytes(CorpusDb());
  {
    RunningServer server(OptionsFor(CorpusDb()));
    for (const char* path : {"/", "/article?id=ready", "/search?q=ready", "/speaker?name=Jane%20Smith"}) {
      auto res = server.Client().Get(path);
      ASSERT_TRUE(res);
      EXPECT_EQ(res->status, 200) << path;
    }
  }
  EXPECT_EQ(ReadBytes(CorpusDb()), before);
}

TEST(Server, OpenFailsClearlyOnAMissingOrForeignDatabase) {
  const std::string missing = testing::ProcessTempDb("serve-http-test-missing");
  EXPECT_EQ(Server::Open(OptionsFor(missing)).status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(missing)) << "a read-only open creates nothing";
}

TEST(RateLimiter, AllowsABurstThenRefillsOverTime) {
  serve::RateLimiter limiter(600);  // 10 a second, bursts of 60
  const auto t0 = serve::RateLimiter::Clock::time_point();
  for (int i = 0; i < 60; ++i) ASSERT_TRUE(limiter.Allow("a", t0)) << i;
  EXPECT_FALSE(limiter.Allow("a", t0));
  EXPECT_TRUE(limiter.Allow("b", t0)) << "each client has its own bucket";
  EXPECT_TRUE(limiter.Allow("a", t0 + std::chrono::milliseconds(100))) << "one token back after 0.1 s";
  EXPECT_FALSE(limiter.Allow("a", t0 + std::chrono::milliseconds(100)));
}

TEST(RateLimiter, ForgetsIdleClientsRatherThanGrowWithoutBound) {
  serve::RateLimiter limiter(60);
  const auto t0 = serve::RateLimiter::Clock::time_point();
  for (size_t i = 0; i < serve::RateLimiter::kMaxClients + 10; ++i) {
    ASSERT_TRUE(limiter.Allow("client" + std::to_string(i), t0));
  }
  EXPECT_LE(limiter.clients(), serve::RateLimiter::kMaxClients);
  // A client seen long ago is a fresh client again.
  EXPECT_TRUE(limiter.Allow("client0", t0 + std::chrono::minutes(5)));
}

}  // namespace
}  // namespace whosaid
