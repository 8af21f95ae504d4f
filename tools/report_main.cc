// Copyright 2026 The whosaid Authors.
//
// whosaid report FILE|DIR|- ... [-o report.html] [--title TEXT]
#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "commands.h"
#include "whosaid/reader.h"
#include "whosaid/whosaid.h"

namespace whosaid::cli {
namespace {

struct ReportFlags {
  std::vector<std::string> inputs;
  std::string output = "-";
  ReportOptions report;
};

// Writes the whole page or says why not; "-" is standard output.
bool WritePage(const std::string& path, const std::string& html) {
  std::FILE* f = path == "-" ? stdout : std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    fmt::print(stderr, "whosaid: {}: {}\n", path, std::strerror(errno));
    return false;
  }
  bool ok = std::fwrite(html.data(), 1, html.size(), f) == html.size();
  ok = (f == stdout ? std::fflush(f) == 0 : std::fclose(f) == 0) && ok;
  if (!ok) fmt::print(stderr, "whosaid: {}: write failed: {}\n", path, std::strerror(errno));
  return ok;
}

int Run(const ReportFlags& flags, const Options& options) {
  const Analyzer analyzer(options);
  std::vector<Document> docs;
  int failed = 0;
  for (const std::string& path : ExpandInputs(flags.inputs)) {
    Result<std::string> bytes = ReadFile(path, options.max_document_bytes);
    Result<Document> doc = bytes.ok() ? analyzer.Analyze(*bytes, DocumentIdFromPath(path))
                                      : Result<Document>(bytes.status());
    if (!doc.ok()) {
      ++failed;
      fmt::print(stderr, "whosaid: {}: {}\n", path, doc.status().ToString());
      continue;
    }
    docs.push_back(std::move(*doc));
  }
  if (!WritePage(flags.output, ToHtmlReport(docs, flags.report))) return 1;
  if (failed > 0) {
    fmt::print(stderr, "whosaid: {} of {} documents failed; the report holds the rest\n", failed,
               failed + docs.size());
    return 1;
  }
  return 0;
}

}  // namespace

Command AddReportCommand(CLI::App* app, Options* options) {
  auto flags = std::make_shared<ReportFlags>();
  app->add_option("inputs", flags->inputs, "Files or folders to read; - reads standard input")
      ->required();
  app->add_option("-o,--output", flags->output, "The HTML file to write; - writes standard output")
      ->capture_default_str();
  app->add_option("--title", flags->report.title, "Title of a report on several articles")
      ->capture_default_str();
  AddOptionFlags(app, options);
  return [flags, options] { return Run(*flags, *options); };
}

}  // namespace whosaid::cli
