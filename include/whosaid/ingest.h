// Copyright 2026 The whosaid Authors.
//
// Ingest: read articles, analyse them in parallel and store them, in input
// order, in a Store (whosaid/store.h). What `whosaid ingest` runs.
//
// Example:
//
//   #include "whosaid/ingest.h"
//
//   whosaid::Analyzer analyzer;
//   auto store = whosaid::Store::Open("corpus.db");
//   auto metadata = whosaid::ReadMetadataTsv("metadata.tsv");  // optional
//   std::vector<whosaid::IngestInput> inputs = {{"articles/fox-1.txt", "fox-1"}};
//   whosaid::Result<whosaid::IngestReport> report = whosaid::Ingest(
//       analyzer, inputs, *metadata, whosaid::IngestOptions(), store->get(),
//       [](const std::string& path, const whosaid::Status& s) { Warn(path, s); });
//
// Documents are committed in batches (StoreOptions::batch_documents); a
// crash loses at most the open batch, and running the same ingest again
// completes the job, leaving the database as a single clean run would.
#ifndef WHOSAID_INGEST_H_
#define WHOSAID_INGEST_H_

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "whosaid/status.h"
#include "whosaid/store.h"
#include "whosaid/whosaid.h"

namespace whosaid {

// One file to read as one article, stored under `id`.
struct IngestInput {
  std::string path;
  std::string id;
};

//   option    default   what it does
//   -------   -------   ---------------------------------------------------
//   threads   2         analysis threads (the store is written by the
//                       calling thread, in input order, whatever this is)
//   link      true      rebuild the cross-article tables (Store::Link) at
//                       the end
struct IngestOptions {
  int threads = 2;
  bool link = true;
};

struct IngestReport {
  int64_t added = 0;      // new documents
  int64_t replaced = 0;   // documents stored before, now with new text, metadata or analysis
  int64_t unchanged = 0;  // stored before exactly so
  int64_t failed = 0;     // could not be read or analysed (each reported to on_error)
  int64_t bytes = 0;      // bytes read from the inputs that did not fail
};

// Metadata by document id.
using MetadataIndex = std::unordered_map<std::string, DocumentMeta>;

// Reads a tab-separated file whose first line names its columns. It needs a
// column `id` (or `filename`); it may have `url`, `outlet` (or `publisher`),
// `date` (or `publication_date`), `title`, `byline` (or `author`); others are
// ignored. Fails with kNotFound/kIoError, or kCorrupt naming the line that
// has the wrong number of fields or the missing id column.
Result<MetadataIndex> ReadMetadataTsv(const std::string& path);

// Reads, analyses and stores every input, taking each document's metadata
// from `metadata` (by id). An input that cannot be read or analysed is
// reported to `on_error` and counted as failed; the rest goes on. Fails only
// when the store does (the documents committed so far stay).
Result<IngestReport> Ingest(const Analyzer& analyzer, const std::vector<IngestInput>& inputs,
                            const MetadataIndex& metadata, const IngestOptions& options,
                            Store* store,
                            const std::function<void(const std::string& path, const Status&)>&
                                on_error);

}  // namespace whosaid

#endif  // WHOSAID_INGEST_H_
