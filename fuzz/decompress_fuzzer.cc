// Copyright 2026 The whosaid Authors.
//
// Fuzz target: gzip (multi-member) and zstd decompression as the readers see
// it, on arbitrary bytes: truncated and corrupt data must come out as an
// error from Read(), and resynchronising must make progress. GunzipAll (HTTP
// Content-Encoding: gzip) must respect its output budget.
#include <string>

#include "fuzz_check.h"
#include "readers/byte_stream.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  constexpr size_t kMaxOutput = size_t{1} << 20;
  const std::string bytes(fuzz::AsText(data, size));
  auto stream = internal::NewMemoryStream(bytes);
  char buf[4096];
  size_t total = 0, errors = 0;
  while (total <= kMaxOutput) {
    Result<size_t> got = stream->Read(buf, sizeof buf);
    if (got.ok()) {
      if (*got == 0) break;
      FUZZ_CHECK(*got <= sizeof buf);
      total += *got;
      continue;
    }
    FUZZ_CHECK(!got.status().message().empty());
    FUZZ_CHECK(++errors <= size + 1);  // every resync moves on
    if (!stream->Resync()) break;
  }
  Result<std::string> all = internal::GunzipAll(bytes, kMaxOutput);
  FUZZ_CHECK(!all.ok() || all->size() <= kMaxOutput);
  return 0;
}
