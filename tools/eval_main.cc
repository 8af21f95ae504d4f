// Copyright 2026 The whosaid Authors.
//
// whosaid eval --gold FILE...   score against whosaid-gold JSON files
// whosaid eval --brat DIR...    score against brat standoff gold (PolNeAR layout)
// whosaid eval --aeb DIR        score article extraction (Article Extraction Benchmark)
// whosaid eval --gum FILE...    score names, speakers and coreference against GUM entities
#include <fmt/format.h>

#include "commands.h"
#include "whosaid/eval.h"

namespace whosaid::cli {
namespace {

struct EvalFlags {
  std::vector<std::string> gold;
  std::vector<std::string> brat;
  std::vector<std::string> aeb;
  std::vector<std::string> gum;
  std::string format = "text";
};

int RunGold(const EvalFlags& flags, const Analyzer& analyzer) {
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
  return failed;
}

int RunBrat(const EvalFlags& flags, const Analyzer& analyzer) {
  int failed = 0;
  for (const std::string& dir : flags.brat) {
    Result<BratReport> report = EvaluateBrat(analyzer, dir);
    if (!report.ok()) {
      ++failed;
      fmt::print(stderr, "whosaid: {}: {}\n", dir, report.status().ToString());
      continue;
    }
    fmt::print("{}", flags.format == "json" ? report->ToJson() + "\n" : report->ToText());
  }
  return failed;
}

int RunAeb(const EvalFlags& flags, const Options& options) {
  int failed = 0;
  for (const std::string& dir : flags.aeb) {
    Result<ExtractionReport> report = EvaluateExtraction(dir, options);
    if (!report.ok()) {
      ++failed;
      fmt::print(stderr, "whosaid: {}: {}\n", dir, report.status().ToString());
      continue;
    }
    fmt::print("{}", flags.format == "json" ? report->ToJson() + "\n" : report->ToText());
  }
  return failed;
}

int RunGum(const EvalFlags& flags, const Analyzer& analyzer) {
  int failed = 0;
  for (const std::string& path : flags.gum) {
    Result<GumReport> report = EvaluateGum(analyzer, path);
    if (!report.ok()) {
      ++failed;
      fmt::print(stderr, "whosaid: {}: {}\n", path, report.status().ToString());
      continue;
    }
    fmt::print("{}", flags.format == "json" ? report->ToJson() + "\n" : report->ToText());
  }
  return failed;
}

int Run(const EvalFlags& flags, const Options& options) {
  const Analyzer analyzer(options);
  const int failed = RunGold(flags, analyzer) + RunBrat(flags, analyzer) + RunAeb(flags, options) +
                     RunGum(flags, analyzer);
  return failed > 0 ? 1 : 0;
}

}  // namespace

Command AddEvalCommand(CLI::App* app, Options* options) {
  auto flags = std::make_shared<EvalFlags>();
  // The gold modes: at least one is required (CLI11 reports a usage error).
  CLI::Option_group* modes = app->add_option_group("gold", "What to score against");
  modes->add_option("--gold", flags->gold, "Gold attribution files (whosaid-gold JSON)");
  modes->add_option("--brat", flags->brat,
                    "Brat standoff gold folders (PolNeAR layout: text/, attributions/)");
  modes->add_option("--aeb", flags->aeb,
                    "Article Extraction Benchmark folders (ground-truth.json, html/): scores "
                    "article extraction from web pages");
  modes->add_option("--gum", flags->gum,
                    "CoNLL-U files with GUM entity annotation: name types, speakers, coreference");
  modes->require_option(1, 0);
  app->add_option("-f,--format", flags->format, "Output: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  AddOptionFlags(app, options);
  return [flags, options] { return Run(*flags, *options); };
}

}  // namespace whosaid::cli
