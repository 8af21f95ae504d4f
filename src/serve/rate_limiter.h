// Copyright 2026 The whosaid Authors.
//
// A token bucket per client address: `per_minute` requests a minute, in
// bursts of up to a tenth of that. Thread-safe. Memory is bounded: when more
// than kMaxClients addresses are tracked, the fullest buckets are forgotten.
#ifndef WHOSAID_SERVE_RATE_LIMITER_H_
#define WHOSAID_SERVE_RATE_LIMITER_H_

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace whosaid::serve {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr size_t kMaxClients = 10000;

  explicit RateLimiter(int per_minute);

  // True when `client` may make a request at `now` (and takes a token).
  bool Allow(const std::string& client, Clock::time_point now = Clock::now());
  // How many client addresses are tracked (at most kMaxClients).
  size_t clients() const;

 private:
  struct Bucket {
    double tokens;
    Clock::time_point last;
  };
  void ForgetIdle(Clock::time_point now);

  double per_second_;
  double burst_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace whosaid::serve

#endif  // WHOSAID_SERVE_RATE_LIMITER_H_
