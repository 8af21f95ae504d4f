// Copyright 2026 The whosaid Authors.
//
// A plain text or HTML file: the whole (decompressed) file is one record.
#include "readers/buffered_reader.h"
#include "readers/sources.h"

namespace whosaid::internal {
namespace {

class WholeFileSource : public DocumentSource {
 public:
  WholeFileSource(std::unique_ptr<ByteStream> in, const std::string& path, InputFormat format,
                  size_t max_bytes)
      : in_(std::move(in)), reader_(in_.get()), path_(path), format_(format), max_bytes_(max_bytes) {}

  bool Next(InputRecord* record) override {
    if (done_) return false;
    done_ = true;
    *record = InputRecord();
    record->id = DocumentIdFromPath(path_);
    record->origin = path_;
    record->body_format = format_;
    Result<size_t> got = reader_.Read(max_bytes_ + 1, &record->body);
    if (!got.ok()) {
      record->status = got.status();
    } else if (*got > max_bytes_) {
      record->status = LimitExceededError(path_ + ": larger than max_document_bytes (" +
                                          std::to_string(max_bytes_) + ")");
    }
    if (!record->status.ok()) record->body.clear();
    return true;
  }

  uint64_t bytes_read() const override { return in_->raw_bytes_read(); }

 private:
  std::unique_ptr<ByteStream> in_;
  BufferedReader reader_;
  std::string path_;
  InputFormat format_;
  size_t max_bytes_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<DocumentSource> NewWholeFileSource(std::unique_ptr<ByteStream> in,
                                                   const std::string& path, InputFormat format,
                                                   const Options& options) {
  return std::make_unique<WholeFileSource>(std::move(in), path, format,
                                           options.max_document_bytes);
}

}  // namespace whosaid::internal
