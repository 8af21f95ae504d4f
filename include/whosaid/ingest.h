// Copyright 2026 The whosaid Authors.
//
// Ingest: read articles, analyse them in parallel and store them, in input
// order, in a Store (whosaid/store.h). What `whosaid ingest` runs.
//
// Example:
//
//   #include "whosaid/ingest.h"
//
//   whosaid::Analyzer analyzer;  // its Options say how to read (input_format, ...)
//   auto store = whosaid::Store::Open("corpus.db");
//   auto metadata = whosaid::ReadMetadataTsv("metadata.tsv");  // optional
//   whosaid::Result<whosaid::IngestReport> report = whosaid::Ingest(
//       analyzer, {"articles/fox-1.txt", "cc-news.warc.gz"}, *metadata,
//       whosaid::IngestOptions(), store->get(),
//       [](const std::string& origin, const whosaid::Status& s) { Warn(origin, s); });
//
// Documents are committed in batches (StoreOptions::batch_documents); a
// crash loses at most the open batch, and running the same ingest again
// completes the job, leaving the database as a single clean run would.
#ifndef WHOSAID_INGEST_H_
#define WHOSAID_INGEST_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "whosaid/status.h"
#include "whosaid/store.h"
#include "whosaid/whosaid.h"

namespace whosaid {

//   option    default   what it does
//   -------   -------   ---------------------------------------------------
//   jobs      2         reading and analysis threads (the store is written
//                       in input order, one document at a time, on one
//                       more thread, whatever this is)
//   link      true      rebuild the cross-article tables (Store::Link) at
//                       the end
//   stop      null      when set and it becomes true (e.g. from a SIGINT
//                       handler), no further record is read: the documents
//                       read so far are stored and committed, Link is
//                       skipped, and the report says `interrupted`; running
//                       the same ingest again completes the job
struct IngestOptions {
  int jobs = 2;
  bool link = true;
  const std::atomic<bool>* stop = nullptr;
};

struct IngestReport {
  int64_t added = 0;      // new documents
  int64_t replaced = 0;   // documents stored before, now with new text, metadata or analysis
  int64_t unchanged = 0;  // stored before exactly so
  int64_t failed = 0;     // could not be read or analysed (each reported to on_error)
  int64_t bytes = 0;      // bytes read from the input files (compressed size)
  bool interrupted = false;  // IngestOptions::stop ended the run early
};

// Metadata by document id.
using MetadataIndex = std::unordered_map<std::string, DocumentMeta>;

// Reads a tab-separated file whose first line names its columns. It needs a
// column `id` (or `filename`); it may have `url`, `outlet` (or `publisher`),
// `date` (or `publication_date`), `title`, `byline` (or `author`); others are
// ignored. Fails with kNotFound/kIoError, or kCorrupt naming the line that
// has the wrong number of fields or the missing id column.
Result<MetadataIndex> ReadMetadataTsv(const std::string& path);

// Reads every file in `paths` with the readers of whosaid/reader.h (plain
// text, HTML, JSONL, WARC, compressed or not, as the analyzer's Options
// say), analyses each article and stores it. Metadata comes from the input
// (JSONL fields, WARC headers, the page), overridden by the non-empty fields
// of `metadata` for the document's id. A record that cannot be read or
// analysed is reported to `on_error` with where it is, and counted as
// failed; the rest goes on. Fails only when the store does (the documents
// committed so far stay).
Result<IngestReport> Ingest(const Analyzer& analyzer, const std::vector<std::string>& paths,
                            const MetadataIndex& metadata, const IngestOptions& options,
                            Store* store,
                            const std::function<void(const std::string& origin, const Status&)>&
                                on_error);

}  // namespace whosaid

#endif  // WHOSAID_INGEST_H_
