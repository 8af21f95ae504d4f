// Copyright 2026 The whosaid Authors.
//
// Status and Result<T>: the one error model of the whosaid library.
//
// The library never throws and never exits. Every fallible call returns a
// Status (or a Result<T>, which holds either a value or a non-OK Status).
// Both are [[nodiscard]]: ignoring an error is a compile-time warning.
//
// Example:
//   whosaid::Result<std::string> text = whosaid::ReadFile("article.txt");
//   if (!text.ok()) {
//     std::fprintf(stderr, "%s\n", text.status().ToString().c_str());
//     return 1;
//   }
//   Use(*text);
//
// Status is cheap to copy when OK (a null pointer, as in leveldb) and is
// thread-compatible: distinct objects may be used from distinct threads.
#ifndef WHOSAID_STATUS_H_
#define WHOSAID_STATUS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace whosaid {

// What went wrong, coarsely; the message says precisely.
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,    // the caller passed something unusable (a bad flag value)
  kNotFound,           // a file or resource does not exist
  kIoError,            // reading or writing failed
  kBadInput,           // the input is not text we can read (binary data, say)
  kLimitExceeded,      // a budget in Options was exceeded; the message names it
  kCorrupt,            // a file is malformed (a gold file that is not JSON, say)
  kInternal,           // a bug in whosaid
};

class [[nodiscard]] Status {
 public:
  // An OK status.
  Status() = default;
  Status(StatusCode code, std::string_view message);

  Status(const Status& other);
  Status& operator=(const Status& other);
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;

  static Status Ok() { return Status(); }

  bool ok() const { return rep_ == nullptr; }
  StatusCode code() const { return rep_ ? rep_->code : StatusCode::kOk; }
  // The message given at construction; empty when OK.
  const std::string& message() const;
  // "OK", or "<code name>: <message>".
  std::string ToString() const;

 private:
  struct Rep {
    StatusCode code;
    std::string message;
  };
  std::unique_ptr<Rep> rep_;  // null when OK
};

// Convenience constructors, named for the code they carry.
Status InvalidArgumentError(std::string_view message);
Status NotFoundError(std::string_view message);
Status IoError(std::string_view message);
Status BadInputError(std::string_view message);
Status LimitExceededError(std::string_view message);
Status CorruptError(std::string_view message);

// Either a T or a non-OK Status. Access the value only when ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}    // NOLINT: implicit by design

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace whosaid

// Returns early from the enclosing function when `expr` yields a non-OK Status.
#define WHOSAID_RETURN_IF_ERROR(expr)              \
  do {                                             \
    ::whosaid::Status whosaid_status_ = (expr);    \
    if (!whosaid_status_.ok()) return whosaid_status_; \
  } while (0)

#endif  // WHOSAID_STATUS_H_
