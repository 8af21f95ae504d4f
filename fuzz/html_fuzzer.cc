// Copyright 2026 The whosaid Authors.
//
// Fuzz target: HTML extraction (charset sniffing, gumbo parsing under the
// depth budget, main-content and metadata extraction) on arbitrary bytes.
// Invariants: extraction succeeds with valid UTF-8 text, or fails with a
// status that says why.
#include "fuzz_check.h"
#include "reader_fuzzer.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  InputRecord record;
  record.id = "fuzz";
  record.body_format = InputFormat::kHtml;
  record.body.assign(fuzz::AsText(data, size));
  record.url = "https://www.example.com/2026/11/29/story.html";
  Result<InputDocument> doc = ExtractDocument(record, fuzz::ReaderOptions());
  if (!doc.ok()) {
    FUZZ_CHECK(!doc.status().message().empty());
    return 0;
  }
  uint32_t invalid = 0;
  FUZZ_CHECK(internal::SanitizeUtf8(doc->text, &invalid) == doc->text && invalid == 0);
  return 0;
}
