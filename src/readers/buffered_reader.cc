// Copyright 2026 The whosaid Authors.
#include "readers/buffered_reader.h"

#include <algorithm>

namespace whosaid::internal {
namespace {
constexpr size_t kChunk = size_t{1} << 16;
}  // namespace

Result<bool> BufferedReader::Fill() {
  if (pos_ < buf_.size()) return true;
  buf_.resize(kChunk);
  pos_ = 0;
  Result<size_t> got = in_->Read(buf_.data(), buf_.size());
  buf_.resize(got.ok() ? *got : 0);
  if (!got.ok()) return got.status();
  return *got > 0;
}

Result<bool> BufferedReader::ReadLine(std::string* line, size_t max_bytes, bool* too_long) {
  line->clear();
  *too_long = false;
  bool any = false;
  while (true) {
    Result<bool> more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) break;
    any = true;
    const std::string_view rest = Unconsumed();
    const size_t nl = rest.find('\n');
    const std::string_view piece = rest.substr(0, nl);
    if (!*too_long && line->size() + piece.size() > max_bytes) *too_long = true, line->clear();
    if (!*too_long) line->append(piece);
    Consume(nl == std::string_view::npos ? rest.size() : nl + 1);
    if (nl != std::string_view::npos) break;
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return any;
}

Result<size_t> BufferedReader::Read(size_t n, std::string* out) {
  size_t done = 0;
  while (done < n) {
    Result<bool> more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) break;
    const std::string_view piece = Unconsumed().substr(0, n - done);
    out->append(piece);
    Consume(piece.size());
    done += piece.size();
  }
  return done;
}

Result<size_t> BufferedReader::Skip(uint64_t n) {
  uint64_t done = 0;
  while (done < n) {
    Result<bool> more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) break;
    const size_t piece = static_cast<size_t>(std::min<uint64_t>(Unconsumed().size(), n - done));
    Consume(piece);
    done += piece;
  }
  return static_cast<size_t>(done);
}

void BufferedReader::Unread(std::string_view bytes) {
  buf_ = std::string(bytes) + std::string(Unconsumed());
  pos_ = 0;
  consumed_ -= bytes.size();
}

}  // namespace whosaid::internal
