// Copyright 2026 The whosaid Authors.
//
// Byte streams: a file (or standard input), transparently decompressed when
// it is gzip (any number of members, as WARC.gz has one per record) or zstd.
// Truncated or corrupt compressed data is an error from Read() that says
// where; it is never a short read that looks like the end of the file.
#ifndef WHOSAID_READERS_BYTE_STREAM_H_
#define WHOSAID_READERS_BYTE_STREAM_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "whosaid/status.h"

namespace whosaid::internal {

class ByteStream {
 public:
  virtual ~ByteStream() = default;

  // Reads up to `n` bytes into `buf`; 0 means the end of the stream.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;

  // Bytes consumed from the underlying file (compressed bytes).
  virtual uint64_t raw_bytes_read() const = 0;

  // After Read() failed on corrupt data: skips to the next point where
  // decoding can start again (the next gzip member). Returns false when
  // there is none, i.e. the rest of the stream is lost.
  virtual bool Resync() { return false; }
};

// Opens `path` ("-": standard input), sniffing gzip and zstd magic bytes.
Result<std::unique_ptr<ByteStream>> OpenByteStream(const std::string& path);

// A stream over bytes in memory, decompressed like a file would be.
std::unique_ptr<ByteStream> NewMemoryStream(std::string bytes);

// Decompresses a whole gzip buffer (HTTP Content-Encoding: gzip), failing
// with kLimitExceeded past `max_bytes` of output.
Result<std::string> GunzipAll(std::string_view compressed, size_t max_bytes);

}  // namespace whosaid::internal

#endif  // WHOSAID_READERS_BYTE_STREAM_H_
