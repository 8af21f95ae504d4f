// Copyright 2026 The whosaid Authors.
#include "serve/rate_limiter.h"

#include <algorithm>

namespace whosaid::serve {

RateLimiter::RateLimiter(int per_minute)
    : per_second_(std::max(per_minute, 1) / 60.0), burst_(std::max(per_minute / 10.0, 1.0)) {}

bool RateLimiter::Allow(const std::string& client, Clock::time_point now) {
  std::lock_guard<std::mutex> lock(mu_);
  if (buckets_.size() >= kMaxClients && !buckets_.count(client)) ForgetIdle(now);
  auto [it, added] = buckets_.try_emplace(client, Bucket{burst_, now});
  Bucket& b = it->second;
  const double elapsed = std::chrono::duration<double>(now - b.last).count();
  b.tokens = std::min(burst_, b.tokens + std::max(elapsed, 0.0) * per_second_);
  b.last = now;
  if (b.tokens < 1.0) return false;
  b.tokens -= 1.0;
  return true;
}

size_t RateLimiter::clients() const {
  std::lock_guard<std::mutex> lock(mu_);
  return buckets_.size();
}

// A bucket that has refilled is the same as no bucket: drop those; if none
// has, drop them all rather than grow without bound.
void RateLimiter::ForgetIdle(Clock::time_point now) {
  for (auto it = buckets_.begin(); it != buckets_.end();) {
    const double elapsed = std::chrono::duration<double>(now - it->second.last).count();
    it = it->second.tokens + elapsed * per_second_ >= burst_ ? buckets_.erase(it) : std::next(it);
  }
  if (buckets_.size() >= kMaxClients) buckets_.clear();
}

}  // namespace whosaid::serve
