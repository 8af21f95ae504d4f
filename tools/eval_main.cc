// Copyright 2026 The whosaid Authors.
//
// whosaid eval --gold FILE...   score against whosaid-gold JSON files
// whosaid eval --brat DIR...    score against brat standoff gold (PolNeAR layout)
// whosaid eval --aeb DIR        score article extraction (Article Extraction Benchmark)
// whosaid eval --gum FILE...    score names, speakers and coreference against GUM entities
// whosaid eval --conllu FILE... score the tagger and parser on UD treebanks (gold tokenisation)
#include <fmt/format.h>

#include "commands.h"
#include "tagging/syntax_eval.h"
#include "whosaid/eval.h"

namespace whosaid::cli {
namespace {

struct EvalFlags {
  std::vector<std::string> gold;
  std::vector<std::string> brat;
  std::vector<std::string> aeb;
  std::vector<std::string> gum;
  std::vector<std::string> conllu;
  std::string tagger_model;
  std::string parser_model;
  bool own_tokens = false;
  std::string format = "text";
};

// Scores each input with `evaluate` (path -> Result<Report>) and prints its
// report; returns the number of inputs that failed.
template <typename Evaluate>
int RunEach(const std::vector<std::string>& inputs, const std::string& format, Evaluate evaluate) {
  int failed = 0;
  for (const std::string& path : inputs) {
    auto report = evaluate(path);
    if (!report.ok()) {
      ++failed;
      fmt::print(stderr, "whosaid: {}: {}\n", path, report.status().ToString());
      continue;
    }
    fmt::print("{}", format == "json" ? report->ToJson() + "\n" : report->ToText());
  }
  return failed;
}

int RunGold(const EvalFlags& flags, const Analyzer& analyzer) {
  return RunEach(flags.gold, flags.format,
                 [&](const std::string& p) { return EvaluateGold(analyzer, p); });
}

int RunBrat(const EvalFlags& flags, const Analyzer& analyzer) {
  return RunEach(flags.brat, flags.format,
                 [&](const std::string& p) { return EvaluateBrat(analyzer, p); });
}

int RunAeb(const EvalFlags& flags, const Options& options) {
  return RunEach(flags.aeb, flags.format,
                 [&](const std::string& p) { return EvaluateExtraction(p, options); });
}

int RunGum(const EvalFlags& flags, const Analyzer& analyzer) {
  return RunEach(flags.gum, flags.format,
                 [&](const std::string& p) { return EvaluateGum(analyzer, p); });
}

std::string Describe(const std::string& path, const internal::UdScores& s, bool parsed, bool json) {
  if (json) {
    std::string out = fmt::format("{{\"file\":\"{}\",\"words\":{},\"upos\":{:.2f},\"xpos\":{:.2f}",
                                  path, s.words, s.upos_accuracy(), s.xpos_accuracy());
    if (parsed) out += fmt::format(",\"uas\":{:.2f},\"las\":{:.2f}", s.uas(), s.las());
    return out + "}\n";
  }
  std::string out = fmt::format("{}: {} words  UPOS {:.2f}  XPOS {:.2f}", path, s.words,
                                s.upos_accuracy(), s.xpos_accuracy());
  if (parsed) out += fmt::format("  UAS {:.2f}  LAS {:.2f}", s.uas(), s.las());
  return out + "\n";
}

std::string DescribeAligned(const std::string& path, const internal::AlignedScores& a, bool parsed,
                            bool json) {
  const internal::UdScores& r = a.right;
  if (json) {
    std::string out = fmt::format(
        "{{\"file\":\"{}\",\"tokenisation\":\"whosaid\",\"gold_words\":{},\"system_words\":{},"
        "\"words_f1\":{:.2f},\"upos_f1\":{:.2f},\"xpos_f1\":{:.2f}",
        path, r.words, a.system_words, a.F1(a.matched), a.F1(r.upos), a.F1(r.xpos));
    if (parsed)
      out += fmt::format(",\"uas_f1\":{:.2f},\"las_f1\":{:.2f}", a.F1(r.heads), a.F1(r.labeled));
    return out + "}\n";
  }
  std::string out = fmt::format(
      "{} (whosaid tokenisation): {} gold words, {} whosaid words  F1: words {:.2f}  UPOS {:.2f}  "
      "XPOS {:.2f}",
      path, r.words, a.system_words, a.F1(a.matched), a.F1(r.upos), a.F1(r.xpos));
  if (parsed) out += fmt::format("  UAS {:.2f}  LAS {:.2f}", a.F1(r.heads), a.F1(r.labeled));
  return out + "\n";
}

int RunConllu(const EvalFlags& flags) {
  if (flags.conllu.empty()) return 0;
  Result<internal::SyntaxModels> models =
      internal::LoadSyntaxModels(flags.tagger_model, flags.parser_model);
  if (!models.ok()) {
    fmt::print(stderr, "whosaid: {}\n", models.status().ToString());
    return static_cast<int>(flags.conllu.size());
  }
  int failed = 0;
  const bool json = flags.format == "json";
  for (const std::string& path : flags.conllu) {
    if (flags.own_tokens) {
      Result<internal::AlignedScores> aligned = internal::EvaluateOwnTokenisation(*models, path);
      if (!aligned.ok()) {
        ++failed;
        fmt::print(stderr, "whosaid: {}\n", aligned.status().ToString());
        continue;
      }
      fmt::print("{}", DescribeAligned(path, *aligned, models->parser != nullptr, json));
      continue;
    }
    Result<internal::UdScores> scores = internal::EvaluateTreebank(*models, path);
    if (!scores.ok()) {
      ++failed;
      fmt::print(stderr, "whosaid: {}\n", scores.status().ToString());
      continue;
    }
    fmt::print("{}", Describe(path, *scores, models->parser != nullptr, json));
  }
  return failed;
}

int Run(const EvalFlags& flags, const Options& options) {
  const Analyzer analyzer(options);
  const int failed = RunGold(flags, analyzer) + RunBrat(flags, analyzer) + RunAeb(flags, options) +
                     RunGum(flags, analyzer) + RunConllu(flags);
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
  modes->add_option("--conllu", flags->conllu,
                    "UD treebanks (CoNLL-U): tag and parse with gold tokenisation, score "
                    "UPOS/XPOS/UAS/LAS");
  modes->require_option(1, 0);
  app->add_option("--tagger-model", flags->tagger_model,
                  "Tagger model file for --conllu (default: the one built in)");
  app->add_option("--parser-model", flags->parser_model,
                  "Parser model file for --conllu (default: the one built in)");
  app->add_flag("--own-tokens", flags->own_tokens,
                "For --conllu: tokenise each sentence's text with whosaid instead of using the "
                "gold words, and score F1 over aligned words");
  app->add_option("-f,--format", flags->format, "Output: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  AddOptionFlags(app, options);
  return [flags, options] { return Run(*flags, *options); };
}

}  // namespace whosaid::cli
