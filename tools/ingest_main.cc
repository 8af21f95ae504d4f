// Copyright 2026 The whosaid Authors.
//
// whosaid ingest [--db FILE] [--meta TSV] [--threads N] FILE|DIR ...
#include <fmt/format.h>

#include <thread>

#include "commands.h"
#include "whosaid/ingest.h"

namespace whosaid::cli {
namespace {

struct IngestFlags {
  std::vector<std::string> inputs;
  std::string db = "whosaid.db";
  std::string meta;
  int batch = StoreOptions().batch_documents;
  IngestOptions ingest;
};

int Run(const IngestFlags& flags, const Options& options) {
  MetadataIndex metadata;
  if (!flags.meta.empty()) {
    Result<MetadataIndex> read = ReadMetadataTsv(flags.meta);
    if (!read.ok()) {
      fmt::print(stderr, "whosaid: {}\n", read.status().ToString());
      return 1;
    }
    metadata = std::move(*read);
  }
  Result<std::unique_ptr<Store>> store = Store::Open(flags.db, StoreOptions{flags.batch});
  if (!store.ok()) {
    fmt::print(stderr, "whosaid: {}\n", store.status().ToString());
    return 1;
  }
  std::vector<IngestInput> inputs;
  for (const std::string& path : ExpandInputs(flags.inputs)) {
    inputs.push_back({path, DocumentId(path)});
  }
  const Analyzer analyzer(options);
  Result<IngestReport> report =
      Ingest(analyzer, inputs, metadata, flags.ingest, store->get(),
             [](const std::string& path, const Status& s) {
               fmt::print(stderr, "whosaid: {}: {}\n", path, s.ToString());
             });
  if (!report.ok()) {
    fmt::print(stderr, "whosaid: {}\n", report.status().ToString());
    return 1;
  }
  fmt::print(stderr, "whosaid: {}: {} added, {} replaced, {} unchanged, {} failed\n", flags.db,
             report->added, report->replaced, report->unchanged, report->failed);
  return report->failed > 0 ? 1 : 0;
}

}  // namespace

Command AddIngestCommand(CLI::App* app, Options* options) {
  auto flags = std::make_shared<IngestFlags>();
  app->add_option("inputs", flags->inputs, "Files or folders of articles; - reads standard input")
      ->required();
  app->add_option("--db", flags->db, "The database file (created when missing)")
      ->capture_default_str();
  app->add_option("--meta", flags->meta,
                  "Tab-separated metadata with a header: id (or filename), url, outlet "
                  "(or publisher), date (or publication_date), title, byline (or author)");
  app->add_option("--threads", flags->ingest.threads, "Analysis threads")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  app->add_option("--batch", flags->batch, "Documents per transaction")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  app->add_flag("!--no-link", flags->ingest.link,
                "Skip rebuilding the cross-article tables (quotes, speakers) at the end");
  AddOptionFlags(app, options);
  return [flags, options] { return Run(*flags, *options); };
}

}  // namespace whosaid::cli
