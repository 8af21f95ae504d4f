// Copyright 2026 The whosaid Authors.
//
// whosaid train names --train FILE --dev FILE --out FILE
//   trains the name typer (src/speakers/name_typer.h) on GUM's gold named
//   mentions (CoNLL-U with Entity= annotations), keeping the pass that types
//   --dev best, and writes the model file (data/models/names.model is the
//   one compiled into whosaid; its card is in docs/speakers.md).
#include <fmt/format.h>

#include "commands.h"
#include "perceptron/model_io.h"
#include "readers/entity_conllu_reader.h"
#include "speakers/name_typer_trainer.h"

namespace whosaid::cli {
namespace {

struct TrainNamesFlags {
  std::string train, dev, out;
  internal::NameTyperTrainingOptions options;
};

Result<std::vector<internal::NameExample>> Examples(const std::string& path, const Options& options) {
  Result<std::vector<internal::EntityDocument>> docs = internal::ReadEntityConllu(path);
  if (!docs.ok()) return docs.status();
  return internal::NameExamples(*docs, options.max_quote_bytes);
}

int Run(TrainNamesFlags flags, const Options& options) {
  auto train = Examples(flags.train, options);
  auto dev = train.ok() ? Examples(flags.dev, options) : train;
  if (!train.ok() || !dev.ok()) {
    fmt::print(stderr, "whosaid: {}\n", (train.ok() ? dev : train).status().ToString());
    return 1;
  }
  fmt::print(stderr, "train: {} names, dev: {} names\n", train->size(), dev->size());
  flags.options.notes = {"trained on " + flags.train, "tuned on " + flags.dev,
                         fmt::format("seed: {}, passes at most: {}", flags.options.seed,
                                     flags.options.iterations)};
  Result<internal::NameTyper> typer = internal::TrainNameTyper(
      *train, *dev, flags.options, [](std::string_view line) { fmt::print(stderr, "{}\n", line); });
  if (!typer.ok()) {
    fmt::print(stderr, "whosaid: {}\n", typer.status().ToString());
    return 1;
  }
  if (const Status written = internal::WriteBinaryFile(flags.out, typer->Serialize()); !written.ok()) {
    fmt::print(stderr, "whosaid: {}\n", written.ToString());
    return 1;
  }
  fmt::print("wrote {}: dev name type accuracy {:.2f}% on names whosaid finds\n", flags.out,
             100 * internal::NameTypeAccuracy(*typer, *dev));
  return 0;
}

}  // namespace

Command AddTrainNamesCommand(CLI::App* train, Options* options, CLI::App** subcommand) {
  CLI::App* sub = train->add_subcommand("names", "Train the name typer on GUM's gold entities");
  *subcommand = sub;
  auto flags = std::make_shared<TrainNamesFlags>();
  sub->add_option("--train", flags->train, "GUM CoNLL-U with entities to train on")->required();
  sub->add_option("--dev", flags->dev, "GUM CoNLL-U that picks the best pass")->required();
  sub->add_option("-o,--out", flags->out, "Model file to write")->required();
  sub->add_option("--iterations", flags->options.iterations, "Passes at most")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  sub->add_option("--seed", flags->options.seed, "Shuffling seed")->capture_default_str();
  return [flags, options] { return Run(*flags, *options); };
}

}  // namespace whosaid::cli
