// Copyright 2026 The whosaid Authors.
#include "readers/byte_stream.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace whosaid::internal {
namespace {

constexpr size_t kChunk = size_t{1} << 16;
constexpr std::string_view kGzipMagic("\x1f\x8b\x08", 3);
constexpr std::string_view kZstdMagic("\x28\xb5\x2f\xfd", 4);

class FileStream : public ByteStream {
 public:
  FileStream(std::FILE* f, bool owned, std::string name)
      : file_(f), owned_(owned), name_(std::move(name)) {}
  ~FileStream() override {
    if (owned_) std::fclose(file_);
  }

  Result<size_t> Read(char* buf, size_t n) override {
    const size_t got = std::fread(buf, 1, n, file_);
    if (got == 0 && std::ferror(file_)) return IoError(name_ + ": " + std::strerror(errno));
    read_ += got;
    return got;
  }
  uint64_t raw_bytes_read() const override { return read_; }

 private:
  std::FILE* file_;
  bool owned_;
  std::string name_;
  uint64_t read_ = 0;
};

class MemoryStream : public ByteStream {
 public:
  explicit MemoryStream(std::string bytes) : bytes_(std::move(bytes)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    n = std::min(n, bytes_.size() - pos_);
    std::memcpy(buf, bytes_.data() + pos_, n);
    pos_ += n;
    return n;
  }
  uint64_t raw_bytes_read() const override { return pos_; }

 private:
  std::string bytes_;
  size_t pos_ = 0;
};

// Replays the bytes read while sniffing the format, then the rest.
class PrefixedStream : public ByteStream {
 public:
  PrefixedStream(std::string prefix, std::unique_ptr<ByteStream> rest)
      : prefix_(std::move(prefix)), rest_(std::move(rest)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    if (pos_ < prefix_.size()) {
      n = std::min(n, prefix_.size() - pos_);
      std::memcpy(buf, prefix_.data() + pos_, n);
      pos_ += n;
      return n;
    }
    return rest_->Read(buf, n);
  }
  uint64_t raw_bytes_read() const override { return rest_->raw_bytes_read(); }

 private:
  std::string prefix_;
  size_t pos_ = 0;
  std::unique_ptr<ByteStream> rest_;
};

// Compressed input buffered for a decoder, with the resynchronisation both
// decoders share: skip to the next occurrence of a frame's magic bytes.
class CompressedInput {
 public:
  explicit CompressedInput(std::unique_ptr<ByteStream> in) : in_(std::move(in)), buf_(kChunk) {}

  const char* data() const { return buf_.data() + pos_; }
  size_t size() const { return end_ - pos_; }
  bool at_eof() const { return eof_ && size() == 0; }
  void Consume(size_t n) { pos_ += n; }
  // Compressed offset of data().
  uint64_t offset() const { return in_->raw_bytes_read() - size(); }
  uint64_t raw_bytes_read() const { return in_->raw_bytes_read(); }

  // Reads more when the buffer is empty.
  Status Fill() {
    if (size() > 0 || eof_) return Status::Ok();
    Result<size_t> got = in_->Read(buf_.data(), buf_.size());
    if (!got.ok()) return got.status();
    pos_ = 0;
    end_ = *got;
    eof_ = *got == 0;
    return Status::Ok();
  }

  // Skips at least one byte, then to the next `magic`. False at the end.
  bool SkipTo(std::string_view magic) {
    if (size() > 0) Consume(1);
    while (true) {
      const std::string_view window(data(), size());
      if (size_t at = window.find(magic); at != std::string_view::npos) {
        Consume(at);
        return true;
      }
      // Keep a tail that may hold the start of a magic split by the read.
      const size_t keep = std::min(window.size(), magic.size() - 1);
      if (!ReadBehind(keep) || size() == keep) return false;
    }
  }

 private:
  // Moves the last `keep` unread bytes to the front and reads more after them.
  bool ReadBehind(size_t keep) {
    std::memmove(buf_.data(), data() + size() - keep, keep);
    pos_ = 0;
    end_ = keep;
    Result<size_t> got = in_->Read(buf_.data() + keep, buf_.size() - keep);
    if (!got.ok()) return false;
    end_ += *got;
    eof_ = *got == 0;
    return true;
  }

  std::unique_ptr<ByteStream> in_;
  std::vector<char> buf_;
  size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
};

class GzipStream : public ByteStream {
 public:
  GzipStream(std::unique_ptr<ByteStream> in, std::string name)
      : in_(std::move(in)), name_(std::move(name)) {
    std::memset(&z_, 0, sizeof z_);
    inflateInit2(&z_, 16 + MAX_WBITS);  // gzip framing only
  }
  ~GzipStream() override { inflateEnd(&z_); }

  Result<size_t> Read(char* buf, size_t n) override {
    size_t produced = 0;
    while (produced == 0 && n > 0) {
      WHOSAID_RETURN_IF_ERROR(in_.Fill());
      if (in_.at_eof()) {
        if (in_member_) return Truncated();
        return size_t{0};
      }
      Status s = Inflate(buf, n, &produced);
      if (!s.ok()) return s;
    }
    return produced;
  }

  uint64_t raw_bytes_read() const override { return in_.raw_bytes_read(); }

  bool Resync() override {
    if (!in_.SkipTo(kGzipMagic)) return false;
    inflateReset(&z_);
    in_member_ = false;
    return true;
  }

 private:
  Status Inflate(char* buf, size_t n, size_t* produced) {
    const uint64_t at = in_.offset();
    z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in_.data()));
    z_.avail_in = static_cast<uInt>(in_.size());
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(n);
    in_member_ = true;
    const int ret = inflate(&z_, Z_NO_FLUSH);
    in_.Consume(in_.size() - z_.avail_in);
    *produced = n - z_.avail_out;
    out_ += *produced;
    if (ret == Z_STREAM_END) {
      inflateReset(&z_);
      in_member_ = false;
      return Status::Ok();
    }
    if (ret == Z_OK || ret == Z_BUF_ERROR) return Status::Ok();
    return CorruptError(name_ + ": corrupt gzip data near compressed byte " + std::to_string(at) +
                        " (" + (z_.msg ? z_.msg : "zlib error " + std::to_string(ret)) + ")");
  }

  Status Truncated() const {
    return CorruptError(name_ + ": truncated gzip: the file ends inside a compressed member, after " +
                        std::to_string(out_) + " uncompressed bytes");
  }

  CompressedInput in_;
  std::string name_;
  z_stream z_;
  bool in_member_ = false;
  uint64_t out_ = 0;
};

class ZstdStream : public ByteStream {
 public:
  ZstdStream(std::unique_ptr<ByteStream> in, std::string name)
      : in_(std::move(in)), name_(std::move(name)), ds_(ZSTD_createDStream()) {
    ZSTD_initDStream(ds_);
  }
  ~ZstdStream() override { ZSTD_freeDStream(ds_); }

  Result<size_t> Read(char* buf, size_t n) override {
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos == 0 && n > 0) {
      WHOSAID_RETURN_IF_ERROR(in_.Fill());
      if (in_.at_eof()) {
        if (in_frame_) return Truncated();
        return size_t{0};
      }
      const uint64_t at = in_.offset();
      ZSTD_inBuffer in{in_.data(), in_.size(), 0};
      const size_t ret = ZSTD_decompressStream(ds_, &out, &in);
      in_.Consume(in.pos);
      if (ZSTD_isError(ret)) {
        return CorruptError(name_ + ": corrupt zstd data near compressed byte " +
                            std::to_string(at) + " (" + ZSTD_getErrorName(ret) + ")");
      }
      in_frame_ = ret != 0;
    }
    out_ += out.pos;
    return out.pos;
  }

  uint64_t raw_bytes_read() const override { return in_.raw_bytes_read(); }

  bool Resync() override {
    if (!in_.SkipTo(kZstdMagic)) return false;
    ZSTD_DCtx_reset(ds_, ZSTD_reset_session_only);
    in_frame_ = false;
    return true;
  }

 private:
  Status Truncated() const {
    return CorruptError(name_ + ": truncated zstd: the file ends inside a frame, after " +
                        std::to_string(out_) + " uncompressed bytes");
  }

  CompressedInput in_;
  std::string name_;
  ZSTD_DStream* ds_;
  bool in_frame_ = false;
  uint64_t out_ = 0;
};

// Wraps `raw` in a decompressor when its first bytes say so.
Result<std::unique_ptr<ByteStream>> Decompressed(std::unique_ptr<ByteStream> raw,
                                                 const std::string& name) {
  char head[4];
  size_t have = 0;
  while (have < sizeof head) {
    Result<size_t> got = raw->Read(head + have, sizeof head - have);
    if (!got.ok()) return got.status();
    if (*got == 0) break;
    have += *got;
  }
  const std::string_view prefix(head, have);
  auto stream = std::make_unique<PrefixedStream>(std::string(prefix), std::move(raw));
  if (prefix.starts_with(kGzipMagic.substr(0, 2))) {
    return std::unique_ptr<ByteStream>(std::make_unique<GzipStream>(std::move(stream), name));
  }
  if (prefix.starts_with(kZstdMagic)) {
    return std::unique_ptr<ByteStream>(std::make_unique<ZstdStream>(std::move(stream), name));
  }
  return std::unique_ptr<ByteStream>(std::move(stream));
}

}  // namespace

Result<std::unique_ptr<ByteStream>> OpenByteStream(const std::string& path) {
  if (path == "-") return Decompressed(std::make_unique<FileStream>(stdin, false, "<stdin>"), "<stdin>");
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    if (errno == ENOENT) return NotFoundError(path + ": no such file");
    return IoError(path + ": " + std::strerror(errno));
  }
  return Decompressed(std::make_unique<FileStream>(f, true, path), path);
}

std::unique_ptr<ByteStream> NewMemoryStream(std::string bytes) {
  Result<std::unique_ptr<ByteStream>> s =
      Decompressed(std::make_unique<MemoryStream>(std::move(bytes)), "<memory>");
  return std::move(*s);  // reading memory cannot fail
}

Result<std::string> GunzipAll(std::string_view compressed, size_t max_bytes) {
  std::unique_ptr<ByteStream> in = NewMemoryStream(std::string(compressed));
  std::string out;
  char buf[kChunk];
  while (true) {
    Result<size_t> got = in->Read(buf, sizeof buf);
    if (!got.ok()) return got.status();
    if (*got == 0) return out;
    if (out.size() + *got > max_bytes) {
      return LimitExceededError("gzip body inflates to more than max_document_bytes (" +
                                std::to_string(max_bytes) + ")");
    }
    out.append(buf, *got);
  }
}

}  // namespace whosaid::internal
