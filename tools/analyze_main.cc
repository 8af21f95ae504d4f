// Copyright 2026 The whosaid Authors.
//
// whosaid analyze [--format text|jsonl] FILE|DIR|- ...
#include <fmt/format.h>

#include <cstdio>

#include "commands.h"
#include "whosaid/whosaid.h"

namespace whosaid::cli {
namespace {

struct AnalyzeFlags {
  std::vector<std::string> inputs;
  std::string format = "text";
};

int Run(const AnalyzeFlags& flags, const Options& options) {
  const Analyzer analyzer(options);
  int failed = 0, done = 0;
  for (const std::string& path : ExpandInputs(flags.inputs)) {
    Result<std::string> bytes = ReadFile(path, options.max_document_bytes);
    Result<Document> doc = bytes.ok() ? analyzer.Analyze(*bytes, DocumentId(path))
                                      : Result<Document>(bytes.status());
    if (!doc.ok()) {
      ++failed;
      fmt::print(stderr, "whosaid: {}: {}\n", path, doc.status().ToString());
      continue;
    }
    ++done;
    const std::string out = flags.format == "jsonl" ? ToJsonLine(*doc) + "\n"
                                                    : ToSourcingMap(*doc) + (done > 1 ? "" : "");
    if (flags.format != "jsonl" && done > 1) std::fputs("\n", stdout);
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  if (failed > 0) {
    fmt::print(stderr, "whosaid: {} of {} documents failed\n", failed, failed + done);
    return 1;
  }
  return 0;
}

}  // namespace

Command AddAnalyzeCommand(CLI::App* app, Options* options) {
  auto flags = std::make_shared<AnalyzeFlags>();
  app->add_option("inputs", flags->inputs, "Files or folders to read; - reads standard input")
      ->required();
  app->add_option("-f,--format", flags->format, "Output: text (a sourcing map) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  AddOptionFlags(app, options);
  return [flags, options] { return Run(*flags, *options); };
}

}  // namespace whosaid::cli
