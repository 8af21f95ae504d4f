// Copyright 2026 The whosaid Authors.
//
// whosaid: who said what, on whose word. See `whosaid --help`.
#include <cstdio>
#include <map>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"whosaid: who said what, on whose word — attributions in news text"};
  app.require_subcommand(1);
  whosaid::Options options;
  std::map<CLI::App*, whosaid::cli::Command> commands;
  auto add = [&](auto adder, const char* name, const char* help) {
    CLI::App* sub = app.add_subcommand(name, help);
    commands[sub] = adder(sub, &options);
  };
  add(whosaid::cli::AddAnalyzeCommand, "analyze", "Find the attributions in articles");
  add(whosaid::cli::AddEvalCommand, "eval", "Score the analysis against gold data");
  add(whosaid::cli::AddIngestCommand, "ingest", "Analyse articles into a corpus database");
  add(whosaid::cli::AddQueryCommand, "query", "Ask a corpus database who said what");
  add(whosaid::cli::AddTrainCommand, "train", "Train a model (tagger, parser, attribution) from gold data");
  add(whosaid::cli::AddReportCommand, "report", "Write articles' attributions as one HTML page");
  add(whosaid::cli::AddServeCommand, "serve", "Browse a corpus database in a web browser");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  for (auto& [sub, run] : commands) {
    if (sub->parsed()) return run();
  }
  return 2;
}
