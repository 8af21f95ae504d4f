// Copyright 2026 The whosaid Authors.
//
// Deadline: the time-per-document watchdog (Options::max_document_seconds).
// The analysis loops poll it and stop early once it has passed; the Analyzer
// then fails the document with kLimitExceeded naming the limit. A document
// that would take too long is reported, not left to hang the run, and the
// library stays free of threads, signals and exceptions.
#ifndef WHOSAID_DEADLINE_H_
#define WHOSAID_DEADLINE_H_

#include <chrono>
#include <cstdint>

namespace whosaid::internal {

// Not thread-safe: one per Analyze call.
class Deadline {
 public:
  using Clock = std::chrono::steady_clock;

  // No deadline: never expires.
  Deadline() = default;
  // Expires `seconds` from now; 0 or less means no deadline.
  explicit Deadline(double seconds)
      : enabled_(seconds > 0),
        at_(enabled_ ? Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                          std::chrono::duration<double>(seconds))
                     : Clock::time_point()) {}

  // For loops: reads the clock on the first and then every kPollEvery-th
  // call only, so that a check per token costs next to nothing. Once
  // expired, stays expired.
  bool Poll() const {
    if (expired_ || !enabled_) return expired_;
    if (calls_++ % kPollEvery != 0) return false;
    return Expired();
  }

  // Reads the clock now (between stages).
  bool Expired() const {
    if (!expired_ && enabled_ && Clock::now() >= at_) expired_ = true;
    return expired_;
  }

 private:
  static constexpr uint32_t kPollEvery = 64;
  bool enabled_ = false;
  Clock::time_point at_;
  mutable bool expired_ = false;
  mutable uint32_t calls_ = 0;
};

}  // namespace whosaid::internal

#endif  // WHOSAID_DEADLINE_H_
