// Copyright 2026 The whosaid Authors.
//
// whosaid ingest [--db FILE] [--meta TSV] [-j N] [--input-format F] FILE|DIR ...
#include <fmt/format.h>

#include <thread>

#include "commands.h"
#include "whosaid/ingest.h"
#include "whosaid/reader.h"

namespace whosaid::cli {
namespace {

struct IngestFlags {
  std::vector<std::string> inputs;
  std::string db = "whosaid.db";
  std::string meta;
  std::string input_format = "auto";
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
  Result<InputFormat> input_format = ParseInputFormat(flags.input_format);
  if (!input_format.ok()) {
    fmt::print(stderr, "whosaid: {}\n", input_format.status().message());
    return 2;
  }
  Options read_options = options;
  read_options.input_format = *input_format;
  const Analyzer analyzer(read_options);
  IngestOptions ingest = flags.ingest;
  ingest.stop = StopOnInterrupt();
  Result<IngestReport> report =
      Ingest(analyzer, ExpandInputs(flags.inputs), metadata, ingest, store->get(),
             [](const std::string& origin, const Status& s) {
               fmt::print(stderr, "whosaid: {}: {}\n", origin, s.ToString());
             });
  if (!report.ok()) {
    fmt::print(stderr, "whosaid: {}\n", report.status().ToString());
    return 1;
  }
  fmt::print(stderr, "whosaid: {}{}: {} added, {} replaced, {} unchanged, {} failed\n",
             report->interrupted ? "interrupted: " : "", flags.db, report->added,
             report->replaced, report->unchanged, report->failed);
  if (report->interrupted) {
    fmt::print(stderr,
               "whosaid: the documents above are committed; run the same command again to "
               "ingest the rest and rebuild the cross-article tables\n");
    return kInterruptedExitCode;
  }
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
  app->add_option("-j,--jobs", flags->ingest.jobs, "Reading and analysis threads")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  app->add_option("--input-format", flags->input_format,
                  "auto (by extension), text, html, jsonl or warc")
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
