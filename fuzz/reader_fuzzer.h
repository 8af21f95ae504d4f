// Copyright 2026 The whosaid Authors.
//
// Shared by the reader fuzz targets: drains a DocumentSource built over the
// input bytes (decompressed when they are gzip or zstd), extracting every
// record as the CLI does. Invariants: reading ends (at most one record per
// input byte, plus one for an empty input), and every record either extracts
// or carries an error status.
#ifndef WHOSAID_FUZZ_READER_FUZZER_H_
#define WHOSAID_FUZZ_READER_FUZZER_H_

#include <memory>
#include <string>

#include "fuzz_check.h"
#include "readers/byte_stream.h"
#include "readers/sources.h"
#include "whosaid/reader.h"

namespace whosaid::fuzz {

// Budgets small enough that one input stays fast.
inline Options ReaderOptions() {
  Options options;
  options.max_document_bytes = size_t{1} << 20;
  options.max_html_depth = 200;
  return options;
}

inline void DrainSource(DocumentSource* source, size_t input_size, const Options& options) {
  InputRecord record;
  size_t records = 0;
  while (source->Next(&record)) {
    FUZZ_CHECK(++records <= input_size + 1);
    Result<InputDocument> doc = ExtractDocument(record, options);
    FUZZ_CHECK(doc.ok() || !doc.status().message().empty());
  }
}

}  // namespace whosaid::fuzz

#endif  // WHOSAID_FUZZ_READER_FUZZER_H_
