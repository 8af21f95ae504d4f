// Copyright 2026 The whosaid Authors.
//
// Fuzz target: the JSONL reader (records, fields, text or html bodies) on
// arbitrary bytes, gzip or zstd included. Invariants: reader_fuzzer.h.
#include "reader_fuzzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  const Options options = fuzz::ReaderOptions();
  auto source = internal::NewJsonlSource(
      internal::NewMemoryStream(std::string(fuzz::AsText(data, size))), "fuzz.jsonl", options);
  fuzz::DrainSource(source.get(), size, options);
  return 0;
}
