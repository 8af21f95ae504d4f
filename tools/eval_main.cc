// Copyright 2026 The whosaid Authors.
//
// whosaid eval --gold FILE...   score against whosaid-gold JSON files
#include <fmt/format.h>

#include "commands.h"
#include "whosaid/eval.h"

namespace whosaid::cli {
namespace {

struct EvalFlags {
  std::vector<std::string> gold;
  std::string format = "text";
};

int Run(const EvalFlags& flags, const Options& options) {
  const Analyzer analyzer(options);
  int failed = 0;
  for (const std::string& path : flags.gold) {
    Result<GoldReport> report = EvaluateGold(analyzer, path);
    if (!report.ok()) {
      ++failed;
      fmt::print(stderr, "whosaid: {}: {}\n", path, report.status().ToString());
      continue;
    }
    fmt::print("{}", flags.format == "json" ? report->ToJson() + "\n" : report->ToText());
  }
  return failed > 0 ? 1 : 0;
}

}  // namespace

Command AddEvalCommand(CLI::App* app, Options* options) {
  auto flags = std::make_shared<EvalFlags>();
  app->add_option("--gold", flags->gold, "Gold attribution files (whosaid-gold JSON)")
      ->required();
  app->add_option("-f,--format", flags->format, "Output: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  AddOptionFlags(app, options);
  return [flags, options] { return Run(*flags, *options); };
}

}  // namespace whosaid::cli
