// Copyright 2026 The whosaid Authors.
//
// Whole-file reading for the CLI and tools; "-" is standard input.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "whosaid/whosaid.h"

namespace whosaid {
namespace {

Result<std::string> ReadStream(std::FILE* f, const std::string& name, size_t max_bytes) {
  std::string data;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    if (data.size() + n > max_bytes) {
      return LimitExceededError(name + ": larger than max_document_bytes (" +
                                std::to_string(max_bytes) + ")");
    }
    data.append(buf, n);
  }
  if (std::ferror(f)) return IoError(name + ": " + std::strerror(errno));
  return data;
}

}  // namespace

Result<std::string> ReadFile(const std::string& path, size_t max_bytes) {
  if (path == "-") return ReadStream(stdin, "<stdin>", max_bytes);
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    if (errno == ENOENT) return NotFoundError(path + ": no such file");
    return IoError(path + ": " + std::strerror(errno));
  }
  Result<std::string> data = ReadStream(f, path, max_bytes);
  std::fclose(f);
  return data;
}

}  // namespace whosaid
