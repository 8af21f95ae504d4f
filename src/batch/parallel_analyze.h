// Copyright 2026 The whosaid Authors.
//
// The corpus-scale run: many input files -> records (one reader, in order)
// -> extraction and analysis (all cores) -> output in input order.
//
// Memory is bounded whatever the input size: at most 4 records per thread
// are in flight, each bounded by Options::max_document_bytes. Output order
// does not depend on the number of threads, so -j1 and -jN print the same
// bytes.
#ifndef WHOSAID_BATCH_PARALLEL_ANALYZE_H_
#define WHOSAID_BATCH_PARALLEL_ANALYZE_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "whosaid/reader.h"
#include "whosaid/whosaid.h"

namespace whosaid::internal {

struct RunStats {
  uint64_t documents = 0;     // analysed successfully
  uint64_t attributions = 0;  // in those documents
  uint64_t errors = 0;        // records (or files) that failed
  uint64_t input_bytes = 0;   // bytes read from the files (compressed size)
  double seconds = 0;
  bool stopped = false;       // ParallelRun::stop ended the run before the last record
};

struct ParallelRun {
  int jobs = 1;
  // Turns a document into its output; called from many threads at once.
  std::function<std::string(const Document&)> format;
  // Called in input order, from one thread at a time: an output, or an
  // error with where it happened (file, line, byte offset) and the id.
  std::function<void(const std::string& output)> write;
  // When set, called instead of `write` (in input order, one thread at a
  // time) with the document itself and its output: for consumers that keep
  // the Document, such as the corpus store.
  std::function<void(Document&& doc, const std::string& output)> consume;
  std::function<void(const std::string& origin, const std::string& id, const Status& status)> fail;
  // Called now and then (from the ordered thread) while the run goes on.
  std::function<void(const RunStats& so_far)> progress;
  // When set and it becomes true (a signal handler, another thread), no
  // further record is read; the records already read are finished and
  // written as usual, so the output ends at a whole document.
  const std::atomic<bool>* stop = nullptr;
};

// Reads every file in `paths` in order and analyses each record.
RunStats AnalyzeFiles(const Analyzer& analyzer, const std::vector<std::string>& paths,
                      const ParallelRun& run);

}  // namespace whosaid::internal

#endif  // WHOSAID_BATCH_PARALLEL_ANALYZE_H_
