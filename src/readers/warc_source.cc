// Copyright 2026 The whosaid Authors.
//
// WARC 1.0/1.1 as Common Crawl News publishes it (usually one gzip member per
// record, which the ByteStream makes transparent). Each response record
// holding an HTML or plain-text HTTP response is one article; request,
// metadata and warcinfo records are not articles and are passed over.
//
// A record whose Content-Length does not end at a record boundary is an
// error for that record only: reading resumes at the next "WARC/" header.
#include <algorithm>
#include <charconv>

#include "readers/buffered_reader.h"
#include "readers/http.h"
#include "readers/sources.h"

namespace whosaid::internal {
namespace {

constexpr size_t kMaxHeaderLine = 64 << 10;
constexpr size_t kMaxHeaderLines = 1000;
constexpr std::string_view kRecordEnd = "\r\n\r\n";

bool IsWarcVersionLine(std::string_view line) { return line.starts_with("WARC/"); }

// The record types that carry a page.
bool IsArticleType(std::string_view type) {
  return type == "response" || type == "resource" || type == "conversion";
}

class WarcSource : public DocumentSource {
 public:
  WarcSource(std::unique_ptr<ByteStream> in, const std::string& path, const Options& options)
      : in_(std::move(in)), reader_(in_.get()), path_(path), max_bytes_(options.max_document_bytes) {}

  bool Next(InputRecord* record) override {
    while (!done_) {
      *record = InputRecord();
      Result<bool> got = ReadRecord(record);
      if (!got.ok()) return StreamError(got.status(), record);
      if (*got) return true;
    }
    return false;
  }

  uint64_t bytes_read() const override { return in_->raw_bytes_read(); }

 private:
  // Reads one WARC record. Returns true when it yields an InputRecord (an
  // article or a per-record error), false when it was passed over or the
  // input ended (done_ is then set).
  Result<bool> ReadRecord(InputRecord* record) {
    const uint64_t start = reader_.offset();
    record->origin = path_ + "@" + std::to_string(start);
    Result<bool> found = FindVersionLine(record);
    if (!found.ok() || !*found) return found;
    if (!record->status.ok()) return true;  // garbage before this header
    HeaderMap headers;
    Result<bool> complete = ReadHeaders(&headers);
    if (!complete.ok()) return complete.status();
    if (!*complete) return Fail(record, CorruptError(record->origin + ": WARC header never ends"));
    return ReadBlock(headers, record);
  }

  // Skips blank lines to the "WARC/1.x" line. Anything else on the way is
  // reported once, as an error record, before the header that follows it.
  Result<bool> FindVersionLine(InputRecord* record) {
    uint64_t skipped = 0;
    while (true) {
      bool too_long = false;
      Result<bool> more = reader_.ReadLine(&line_, kMaxHeaderLine, &too_long);
      if (!more.ok()) return more.status();
      if (!*more) {
        done_ = true;
        if (skipped == 0 || resyncing_) return false;
        return Fail(record, CorruptError(record->origin + ": " + std::to_string(skipped) +
                                             " bytes of data that is not a WARC record at the end"));
      }
      if (!too_long && IsWarcVersionLine(line_)) {
        if (skipped == 0 || resyncing_) return resyncing_ = false, true;
        reader_.Unread(line_ + "\r\n");
        return Fail(record, CorruptError(record->origin + ": " + std::to_string(skipped) +
                                             " bytes of data that is not a WARC record"));
      }
      if (!too_long && line_.empty()) continue;
      skipped += too_long ? kMaxHeaderLine : line_.size() + 1;
    }
  }

  Result<bool> ReadHeaders(HeaderMap* headers) {
    for (size_t n = 0; n < kMaxHeaderLines; ++n) {
      bool too_long = false;
      Result<bool> more = reader_.ReadLine(&line_, kMaxHeaderLine, &too_long);
      if (!more.ok()) return more.status();
      if (!*more || too_long) return false;
      if (line_.empty()) return true;
      headers->Add(line_);
    }
    return false;
  }

  Result<bool> ReadBlock(const HeaderMap& headers, InputRecord* record) {
    uint64_t length = 0;
    const std::string_view text = headers.Get("content-length");
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), length);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
      return Fail(record, CorruptError(record->origin + ": WARC record without a valid Content-Length"));
    }
    record->id = RecordId(headers);
    const bool wanted = IsArticleType(headers.Get("warc-type"));
    if (!wanted || length > max_bytes_) return SkipBlock(length, wanted, record);
    std::string block;
    Result<size_t> got = reader_.Read(length, &block);
    if (!got.ok()) return got.status();
    Result<bool> framed = CheckFraming(length - *got, &block, record);
    if (!framed.ok() || !*framed) return true;
    record->url.emplace(headers.Get("warc-target-uri"));
    if (record->url->empty()) record->url.reset();
    record->status = ParsePayload(headers, std::move(block), max_bytes_, record);
    return true;
  }

  // Passes over a block that is not an article, or too large to be one.
  Result<bool> SkipBlock(uint64_t length, bool wanted, InputRecord* record) {
    Result<size_t> skipped = reader_.Skip(length);
    if (!skipped.ok()) return skipped.status();
    std::string none;
    Result<bool> framed = CheckFraming(length - *skipped, &none, record);
    if (!framed.ok() || !*framed) return true;
    if (!wanted) return false;
    return Fail(record, LimitExceededError(
                            record->origin + ": WARC record " + record->id + " is " +
                            std::to_string(length) + " bytes, more than max_document_bytes (" +
                            std::to_string(max_bytes_) + ")"));
  }

  // Checks that the block was complete (`missing` == bytes short of
  // Content-Length) and followed by CR LF CR LF. When not, Content-Length
  // lied: the record is an error, and reading resumes at the next "WARC/"
  // header, which may be inside the bytes just read. Returns false then.
  Result<bool> CheckFraming(uint64_t missing, std::string* block, InputRecord* record) {
    std::string tail;
    Result<size_t> got = reader_.Read(kRecordEnd.size(), &tail);
    if (!got.ok()) return got.status();
    const bool at_end = tail.empty();
    if (missing == 0 && (tail == kRecordEnd || at_end)) return true;
    block->append(tail);
    const size_t next = block->find("\r\n\r\nWARC/");
    if (next != std::string::npos) {
      reader_.Unread(std::string_view(*block).substr(next + kRecordEnd.size()));
    } else if (!tail.empty() && missing == 0) {
      reader_.Unread(tail);
    }
    resyncing_ = true;
    Fail(record, CorruptError(record->origin + ": WARC record " + record->id +
                              (missing > 0 ? ": the input ends before its Content-Length"
                                           : ": its Content-Length does not end at a record boundary") +
                              "; the record is skipped"));
    return false;
  }

  static std::string RecordId(const HeaderMap& headers) {
    std::string_view id = headers.Get("warc-record-id");
    if (id.starts_with('<') && id.ends_with('>')) id = id.substr(1, id.size() - 2);
    if (id.starts_with("urn:uuid:")) id.remove_prefix(9);
    return std::string(id);
  }

  static bool Fail(InputRecord* record, Status status) {
    record->status = std::move(status);
    record->body.clear();
    return true;
  }

  bool StreamError(const Status& status, InputRecord* record) {
    record->status = status;
    resyncing_ = true;
    record->body.clear();
    if (in_->Resync()) {
      reader_.Reset();
    } else {
      done_ = true;
    }
    return true;
  }

  std::unique_ptr<ByteStream> in_;
  BufferedReader reader_;
  std::string path_;
  size_t max_bytes_;
  std::string line_;
  bool done_ = false;
  bool resyncing_ = false;  // after a framing error: skip quietly to the next header
};

}  // namespace

std::unique_ptr<DocumentSource> NewWarcSource(std::unique_ptr<ByteStream> in,
                                              const std::string& path, const Options& options) {
  return std::make_unique<WarcSource>(std::move(in), path, options);
}

}  // namespace whosaid::internal
