// Copyright 2026 The whosaid Authors.
#include "batch/parallel_analyze.h"

#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_pipeline.h>

#include <chrono>
#include <memory>
#include <optional>

namespace whosaid::internal {
namespace {

using Clock = std::chrono::steady_clock;

// One record on its way through the pipeline.
struct WorkItem {
  InputRecord record;
  Status status;
  std::string output;
  uint64_t attributions = 0;
  std::optional<Document> doc;  // kept only for ParallelRun::consume
};

// The reading end: files one after the other, records in order.
class RecordFeed {
 public:
  RecordFeed(const std::vector<std::string>& paths, const Options& options)
      : paths_(paths), options_(options) {}

  // The next record, or null at the end of the last file.
  std::unique_ptr<WorkItem> Next() {
    auto item = std::make_unique<WorkItem>();
    while (true) {
      if (source_ == nullptr && !OpenNext(&item->record)) return nullptr;
      if (!item->record.status.ok()) return item;  // the file could not be opened
      if (source_->Next(&item->record)) return item;
      done_bytes_ += source_->bytes_read();
      source_.reset();
    }
  }

  uint64_t bytes_read() const { return done_bytes_ + (source_ ? source_->bytes_read() : 0); }

 private:
  // Opens the next file; false when there is none. A file that cannot be
  // opened becomes an error record.
  bool OpenNext(InputRecord* record) {
    *record = InputRecord();
    if (next_ >= paths_.size()) return false;
    const std::string& path = paths_[next_++];
    Result<std::unique_ptr<DocumentSource>> source = OpenDocumentSource(path, options_);
    if (source.ok()) {
      source_ = std::move(*source);
    } else {
      record->origin = path;
      record->id = DocumentIdFromPath(path);
      record->status = source.status();
    }
    return true;
  }

  const std::vector<std::string>& paths_;
  const Options& options_;
  size_t next_ = 0;
  std::unique_ptr<DocumentSource> source_;
  uint64_t done_bytes_ = 0;
};

void Analyze(const Analyzer& analyzer, const ParallelRun& run, WorkItem* item) {
  if (!item->record.status.ok()) {
    item->status = item->record.status;
  } else {
    Result<Document> doc = AnalyzeRecord(analyzer, item->record);
    if (doc.ok()) {
      item->output = run.format(*doc);
      item->attributions = doc->attributions.size();
      if (run.consume) item->doc = std::move(*doc);
    } else {
      item->status = doc.status();
    }
  }
  item->record.body = std::string();  // free the input before the ordered stage
}

}  // namespace

RunStats AnalyzeFiles(const Analyzer& analyzer, const std::vector<std::string>& paths,
                      const ParallelRun& run) {
  const int jobs = std::max(1, run.jobs);
  tbb::global_control threads(tbb::global_control::max_allowed_parallelism, jobs);
  RecordFeed feed(paths, analyzer.options());
  RunStats stats;
  const Clock::time_point start = Clock::now();
  Clock::time_point last_progress = start;
  auto elapsed = [&](Clock::time_point now) { return std::chrono::duration<double>(now - start).count(); };

  auto read = [&](tbb::flow_control& fc) -> WorkItem* {
    if (run.stop != nullptr && run.stop->load(std::memory_order_relaxed)) {
      stats.stopped = true;
      fc.stop();
      return nullptr;
    }
    std::unique_ptr<WorkItem> item = feed.Next();
    if (item == nullptr) fc.stop();
    return item.release();
  };
  auto analyze = [&](WorkItem* item) -> WorkItem* {
    Analyze(analyzer, run, item);
    return item;
  };
  auto write = [&](WorkItem* raw) {
    std::unique_ptr<WorkItem> item(raw);
    if (item->status.ok()) {
      ++stats.documents;
      stats.attributions += item->attributions;
      if (run.consume) {
        run.consume(std::move(*item->doc), item->output);
      } else {
        run.write(item->output);
      }
    } else {
      ++stats.errors;
      run.fail(item->record.origin, item->record.id, item->status);
    }
    const Clock::time_point now = Clock::now();
    if (run.progress && now - last_progress > std::chrono::milliseconds(250)) {
      last_progress = now;
      stats.input_bytes = feed.bytes_read();
      stats.seconds = elapsed(now);
      run.progress(stats);
    }
  };
  tbb::parallel_pipeline(
      static_cast<size_t>(jobs) * 4,
      tbb::make_filter<void, WorkItem*>(tbb::filter_mode::serial_in_order, read) &
          tbb::make_filter<WorkItem*, WorkItem*>(tbb::filter_mode::parallel, analyze) &
          tbb::make_filter<WorkItem*, void>(tbb::filter_mode::serial_in_order, write));
  stats.input_bytes = feed.bytes_read();
  stats.seconds = elapsed(Clock::now());
  return stats;
}

}  // namespace whosaid::internal
