// Copyright 2026 The whosaid Authors.
#include "perceptron/model_io.h"

#include <cerrno>
#include <cstdio>

namespace whosaid::internal {

Status WriteBinaryFile(const std::string& path, const std::string& bytes) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return IoError(path + ": " + std::strerror(errno));
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  const bool closed = std::fclose(f) == 0;
  if (!written || !closed) return IoError(path + ": write failed");
  return Status::Ok();
}

}  // namespace whosaid::internal

namespace whosaid::internal {
namespace {
constexpr std::string_view kMagic = "whosaid-model";
constexpr uint32_t kFormatVersion = 1;
}  // namespace

void WriteModelHeader(std::string_view kind, const std::vector<std::string>& notes,
                      ByteWriter* out) {
  out->PutString(kMagic);
  out->PutString(kind);
  out->Put<uint32_t>(kFormatVersion);
  out->PutStrings(notes);
}

Status ReadModelHeader(std::string_view kind, ByteReader* in, std::vector<std::string>* notes) {
  std::string magic, found_kind;
  uint32_t version = 0;
  if (!in->GetString(&magic) || magic != kMagic) return CorruptError("not a whosaid model file");
  if (!in->GetString(&found_kind) || found_kind != kind) {
    return CorruptError("expected a " + std::string(kind) + " model, found '" + found_kind + "'");
  }
  if (!in->Get(&version) || version != kFormatVersion) {
    return CorruptError("unsupported model format version " + std::to_string(version));
  }
  if (!in->GetStrings(notes)) return CorruptError("truncated model header");
  return Status::Ok();
}

}  // namespace whosaid::internal
