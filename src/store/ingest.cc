// Copyright 2026 The whosaid Authors.
//
// Ingest: a two-stage pipeline. Chunks of inputs are read, analysed and
// fingerprinted by `threads` workers while the calling thread writes the
// previous chunk to the store, in input order, so the database does not
// depend on the number of threads.
#include "whosaid/ingest.h"

#include <future>
#include <sstream>
#include <thread>

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

constexpr size_t kChunk = 256;

// One input after the parallel stage.
struct Analysed {
  Result<Document> doc = Status(StatusCode::kInternal, "not analysed");
  const DocumentMeta* meta = nullptr;
  uint64_t fingerprint = 0;
  int64_t bytes = 0;
};

const DocumentMeta& MetaFor(const MetadataIndex& metadata, const std::string& id) {
  static const DocumentMeta kNone;
  auto it = metadata.find(id);
  return it == metadata.end() ? kNone : it->second;
}

Analysed AnalyseOne(const Analyzer& analyzer, const IngestInput& in,
                    const MetadataIndex& metadata) {
  Analysed out;
  out.meta = &MetaFor(metadata, in.id);
  Result<std::string> bytes = ReadFile(in.path, analyzer.options().max_document_bytes);
  if (!bytes.ok()) {
    out.doc = bytes.status();
    return out;
  }
  out.bytes = static_cast<int64_t>(bytes->size());
  out.doc = analyzer.Analyze(*bytes, in.id);
  if (out.doc.ok()) out.fingerprint = internal::DocumentFingerprint(*out.doc, *out.meta);
  return out;
}

// Analyses inputs [begin, end) on `threads` threads.
std::vector<Analysed> AnalyseChunk(const Analyzer& analyzer, const std::vector<IngestInput>& inputs,
                                   const MetadataIndex& metadata, size_t begin, size_t end,
                                   int threads) {
  std::vector<Analysed> out(end - begin);
  auto work = [&](size_t first) {
    for (size_t k = first; k < out.size(); k += threads) {
      out[k] = AnalyseOne(analyzer, inputs[begin + k], metadata);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& t : pool) t.join();
  return out;
}

void Count(Store::PutResult put, IngestReport* report) {
  switch (put) {
    case Store::PutResult::kAdded: ++report->added; break;
    case Store::PutResult::kReplaced: ++report->replaced; break;
    case Store::PutResult::kUnchanged: ++report->unchanged; break;
  }
}

}  // namespace

Result<IngestReport> Ingest(const Analyzer& analyzer, const std::vector<IngestInput>& inputs,
                            const MetadataIndex& metadata, const IngestOptions& options,
                            Store* store,
                            const std::function<void(const std::string&, const Status&)>& on_error) {
  const int threads = std::max(1, options.threads);
  auto analyse = [&](size_t begin) {
    return AnalyseChunk(analyzer, inputs, metadata, begin, std::min(inputs.size(), begin + kChunk),
                        threads);
  };
  IngestReport report;
  std::future<std::vector<Analysed>> next;
  if (!inputs.empty()) next = std::async(std::launch::async, analyse, 0);
  for (size_t begin = 0; begin < inputs.size(); begin += kChunk) {
    std::vector<Analysed> chunk = next.get();
    if (begin + kChunk < inputs.size()) next = std::async(std::launch::async, analyse, begin + kChunk);
    for (size_t k = 0; k < chunk.size(); ++k) {
      Analysed& a = chunk[k];
      if (!a.doc.ok()) {
        ++report.failed;
        on_error(inputs[begin + k].path, a.doc.status());
        continue;
      }
      Result<Store::PutResult> put =
          internal::StoreWriterAccess::Put(store, *a.doc, *a.meta, a.fingerprint);
      if (!put.ok()) {
        if (next.valid()) next.wait();
        return put.status();
      }
      Count(*put, &report);
      report.bytes += a.bytes;
    }
  }
  WHOSAID_RETURN_IF_ERROR(store->Commit());
  if (options.link) WHOSAID_RETURN_IF_ERROR(store->Link());
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
