// Copyright 2026 The whosaid Authors.
#include "whosaid/status.h"

namespace whosaid {
namespace {

const char* CodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "OK";
    case StatusCode::kInvalidArgument: return "invalid argument";
    case StatusCode::kNotFound: return "not found";
    case StatusCode::kIoError: return "I/O error";
    case StatusCode::kBadInput: return "bad input";
    case StatusCode::kLimitExceeded: return "limit exceeded";
    case StatusCode::kCorrupt: return "corrupt";
    case StatusCode::kInternal: return "internal error";
  }
  return "unknown";
}

}  // namespace

Status::Status(StatusCode code, std::string_view message) {
  if (code != StatusCode::kOk) rep_.reset(new Rep{code, std::string(message)});
}

Status::Status(const Status& other) : rep_(other.rep_ ? new Rep(*other.rep_) : nullptr) {}

Status& Status::operator=(const Status& other) {
  if (this != &other) rep_.reset(other.rep_ ? new Rep(*other.rep_) : nullptr);
  return *this;
}

const std::string& Status::message() const {
  static const std::string* const kEmpty = new std::string();
  return rep_ ? rep_->message : *kEmpty;
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  return std::string(CodeName(rep_->code)) + ": " + rep_->message;
}

Status InvalidArgumentError(std::string_view m) { return Status(StatusCode::kInvalidArgument, m); }
Status NotFoundError(std::string_view m) { return Status(StatusCode::kNotFound, m); }
Status IoError(std::string_view m) { return Status(StatusCode::kIoError, m); }
Status BadInputError(std::string_view m) { return Status(StatusCode::kBadInput, m); }
Status LimitExceededError(std::string_view m) { return Status(StatusCode::kLimitExceeded, m); }
Status CorruptError(std::string_view m) { return Status(StatusCode::kCorrupt, m); }

}  // namespace whosaid
