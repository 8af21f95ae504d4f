// Copyright 2026 The whosaid Authors.
//
// Fuzz target: the WARC reader (record framing, lying Content-Length, HTTP
// headers, chunked and gzip bodies, charsets) on arbitrary bytes, gzip or
// zstd included. Invariants: reader_fuzzer.h.
#include "reader_fuzzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  const Options options = fuzz::ReaderOptions();
  auto source = internal::NewWarcSource(
      internal::NewMemoryStream(std::string(fuzz::AsText(data, size))), "fuzz.warc", options);
  fuzz::DrainSource(source.get(), size, options);
  return 0;
}
