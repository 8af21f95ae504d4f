// Copyright 2026 The whosaid Authors.
//
// Line- and length-delimited reading over a ByteStream, with budgets: a line
// longer than the caller's limit is skipped, not buffered, so one huge record
// cannot exhaust memory.
#ifndef WHOSAID_READERS_BUFFERED_READER_H_
#define WHOSAID_READERS_BUFFERED_READER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "readers/byte_stream.h"
#include "whosaid/status.h"

namespace whosaid::internal {

class BufferedReader {
 public:
  explicit BufferedReader(ByteStream* in) : in_(in) {}

  // Reads the next line into *line without its "\n" (nor a "\r" before it).
  // Returns false at the end of the input. A line longer than `max_bytes` is
  // consumed but not stored: *line is then empty and *too_long true.
  Result<bool> ReadLine(std::string* line, size_t max_bytes, bool* too_long);

  // Appends up to `n` bytes to *out; fewer only at the end of the input.
  Result<size_t> Read(size_t n, std::string* out);

  // Discards up to `n` bytes; fewer only at the end of the input.
  Result<size_t> Skip(uint64_t n);

  // Puts `bytes` back in front of what is still to be read.
  void Unread(std::string_view bytes);

  // Forgets buffered bytes, e.g. after the stream resynchronised.
  void Reset() { buf_.clear(), pos_ = 0; }

  // Decoded bytes consumed by the caller so far.
  uint64_t offset() const { return consumed_; }

  ByteStream* stream() const { return in_; }

 private:
  // Makes sure unread bytes are buffered; false at the end of the input.
  Result<bool> Fill();
  std::string_view Unconsumed() const { return std::string_view(buf_).substr(pos_); }
  void Consume(size_t n) { pos_ += n, consumed_ += n; }

  ByteStream* in_;
  std::string buf_;
  size_t pos_ = 0;
  uint64_t consumed_ = 0;
};

}  // namespace whosaid::internal

#endif  // WHOSAID_READERS_BUFFERED_READER_H_
