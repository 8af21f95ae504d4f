// Copyright 2026 The whosaid Authors.
//
// Ingest: the readers' parallel pipeline (batch/parallel_analyze.h) reads,
// analyses and serialises on `jobs` threads; its in-order stage hands each
// document, in input order, to a thread of its own that writes the store, so
// the database does not depend on the number of threads.
#include "whosaid/ingest.h"

#include <oneapi/tbb/concurrent_queue.h>

#include <cstring>
#include <memory>
#include <sstream>
#include <thread>
#include <vector>

#include "batch/parallel_analyze.h"
#include "store/document_writer.h"
#include "store/store_impl.h"

namespace whosaid {

namespace internal {

class StoreWriterAccess {
 public:
  static Result<Store::PutResult> Put(Store* store, const Document& doc, const DocumentMeta& meta,
                                      uint64_t fingerprint) {
    return store->impl_->Put(doc, meta, fingerprint);
  }
};

}  // namespace internal

namespace {

void Count(Store::PutResult put, IngestReport* report) {
  switch (put) {
    case Store::PutResult::kAdded: ++report->added; break;
    case Store::PutResult::kReplaced: ++report->replaced; break;
    case Store::PutResult::kUnchanged: ++report->unchanged; break;
  }
}

const DocumentMeta& MetaFor(const MetadataIndex& metadata, const std::string& id) {
  static const DocumentMeta kNone;
  auto it = metadata.find(id);
  return it == metadata.end() ? kNone : it->second;
}

// Writes documents to the store on a thread of its own, in the order they
// are queued. On the pipeline's ordered stage the writes held one of the
// `jobs` analysis threads, which then idled whenever SQLite waited for the
// disk (a checkpoint, a batch's commit) or indexed a batch for search; here
// the analysis goes on meanwhile, up to kQueued documents ahead.
class StoreWriterThread {
 public:
  StoreWriterThread(Store* store, const MetadataIndex& metadata, IngestReport* report)
      : store_(store), metadata_(metadata), report_(report) {
    queue_.set_capacity(kQueued / kHandOff);
    thread_ = std::thread([this] { Run(); });
  }
  StoreWriterThread(const StoreWriterThread&) = delete;
  StoreWriterThread& operator=(const StoreWriterThread&) = delete;
  ~StoreWriterThread() { (void)Finish(); }

  // Queues a document; waits while kQueued are waiting already. Called from
  // one thread at a time.
  void Write(Document&& doc, uint64_t fingerprint) {
    if (failed_.load(std::memory_order_relaxed)) return;  // nothing more is written
    if (filling_ == nullptr) {
      filling_ = std::make_unique<Items>();
      filling_->reserve(kHandOff);
    }
    filling_->push_back(Item{std::move(doc), fingerprint});
    if (filling_->size() == kHandOff) queue_.push(std::move(filling_));
  }

  // Writes what is queued and stops the thread; returns the first failure
  // of the store (later documents were not written).
  Status Finish() {
    if (thread_.joinable()) {
      if (filling_ != nullptr) queue_.push(std::move(filling_));
      queue_.push(nullptr);
      thread_.join();
    }
    return status_;
  }

 private:
  struct Item {
    Document doc;
    uint64_t fingerprint;
  };
  using Items = std::vector<Item>;
  // Documents are handed over kHandOff at a time: one at a time, each
  // hand-off woke the writer with a futex call on both sides, and the
  // ingest took about 6% more CPU time (docs/performance.md, session 8).
  static constexpr size_t kHandOff = 16;
  static constexpr int kQueued = 1024;

  void Run() {
    for (;;) {
      std::unique_ptr<Items> items;
      queue_.pop(items);
      if (items == nullptr) return;
      for (Item& item : *items) {
        if (!status_.ok()) break;  // drain, so that Write never waits for ever
        const DocumentMeta meta = internal::EffectiveMeta(item.doc, MetaFor(metadata_, item.doc.id));
        Result<Store::PutResult> put =
            internal::StoreWriterAccess::Put(store_, item.doc, meta, item.fingerprint);
        if (put.ok()) {
          Count(*put, report_);
        } else {
          status_ = put.status();
          failed_.store(true, std::memory_order_relaxed);
        }
      }
    }
  }

  Store* const store_;
  const MetadataIndex& metadata_;
  IngestReport* const report_;  // its counts; written by this thread only until Finish
  std::unique_ptr<Items> filling_;  // the documents Write has not queued yet
  tbb::concurrent_bounded_queue<std::unique_ptr<Items>> queue_;
  Status status_;  // this thread's until Finish
  std::atomic<bool> failed_{false};
  std::thread thread_;
};

}  // namespace

Result<IngestReport> Ingest(const Analyzer& analyzer, const std::vector<std::string>& paths,
                            const MetadataIndex& metadata, const IngestOptions& options,
                            Store* store,
                            const std::function<void(const std::string&, const Status&)>& on_error) {
  IngestReport report;
  internal::ParallelRun run;
  run.jobs = std::max(1, options.jobs);
  // The fingerprint is the "output" of the worker threads: 8 bytes, so that
  // hashing the document is off the thread that writes the database.
  run.format = [&metadata](const Document& doc) {
    const uint64_t fingerprint =
        internal::DocumentFingerprint(doc, internal::EffectiveMeta(doc, MetaFor(metadata, doc.id)));
    return std::string(reinterpret_cast<const char*>(&fingerprint), sizeof fingerprint);
  };
  StoreWriterThread writer(store, metadata, &report);
  run.consume = [&](Document&& doc, const std::string& fingerprint_bytes) {
    uint64_t fingerprint;
    std::memcpy(&fingerprint, fingerprint_bytes.data(), sizeof fingerprint);
    writer.Write(std::move(doc), fingerprint);
  };
  run.fail = [&](const std::string& origin, const std::string&, const Status& status) {
    ++report.failed;
    on_error(origin, status);
  };
  run.stop = options.stop;
  const internal::RunStats stats = internal::AnalyzeFiles(analyzer, paths, run);
  WHOSAID_RETURN_IF_ERROR(writer.Finish());
  report.bytes = static_cast<int64_t>(stats.input_bytes);
  report.interrupted = stats.stopped;
  WHOSAID_RETURN_IF_ERROR(store->Commit());
  if (options.link && !report.interrupted) WHOSAID_RETURN_IF_ERROR(store->Link());
  return report;
}

namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
    fields.push_back(line.substr(start, tab - start));
  }
  fields.push_back(line.substr(start));
  if (!fields.back().empty() && fields.back().back() == '\r') fields.back().pop_back();
  return fields;
}

// The column of each DocumentMeta field (and the id), -1 when absent.
struct MetadataColumns {
  int id = -1, url = -1, outlet = -1, date = -1, title = -1, byline = -1;
};

MetadataColumns FindColumns(const std::vector<std::string>& header) {
  MetadataColumns c;
  for (int k = 0; k < static_cast<int>(header.size()); ++k) {
    const std::string& h = header[k];
    if (h == "id" || (h == "filename" && c.id < 0)) c.id = k;
    if (h == "url") c.url = k;
    if (h == "outlet" || (h == "publisher" && c.outlet < 0)) c.outlet = k;
    if (h == "date" || (h == "publication_date" && c.date < 0)) c.date = k;
    if (h == "title") c.title = k;
    if (h == "byline" || (h == "author" && c.byline < 0)) c.byline = k;
  }
  return c;
}

std::string Field(const std::vector<std::string>& fields, int column) {
  return column >= 0 ? fields[column] : std::string();
}

}  // namespace

Result<MetadataIndex> ReadMetadataTsv(const std::string& path) {
  Result<std::string> text = ReadFile(path, size_t{1} << 31);
  if (!text.ok()) return text.status();
  std::istringstream in(*text);
  std::string line;
  std::getline(in, line);
  const std::vector<std::string> header = SplitTabs(line);
  const MetadataColumns c = FindColumns(header);
  if (c.id < 0) return CorruptError(path + ": line 1 has no \"id\" or \"filename\" column");
  MetadataIndex index;
  for (int number = 2; std::getline(in, line); ++number) {
    if (line.empty() || line == "\r") continue;
    const std::vector<std::string> f = SplitTabs(line);
    if (f.size() != header.size()) {
      return CorruptError(path + ": line " + std::to_string(number) + " has " +
                          std::to_string(f.size()) + " fields, the header " +
                          std::to_string(header.size()));
    }
    index[f[c.id]] = DocumentMeta{Field(f, c.url), Field(f, c.outlet), Field(f, c.date),
                                  Field(f, c.title), Field(f, c.byline)};
  }
  return index;
}

}  // namespace whosaid
