// Copyright 2026 The whosaid Authors.
//
// whosaid train tagger --train FILE --dev FILE --out FILE   train the POS tagger
// whosaid train parser --train FILE --dev FILE --out FILE   train the dependency parser
// whosaid train attribution ...                             see train_attribution.cc
// whosaid train names ...                                   see train_names.cc
// whosaid train clusters ...                                see train_clusters.cc
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "commands.h"
#include "parsing/parser_trainer.h"
#include "perceptron/model_io.h"
#include "tagging/syntax_eval.h"
#include "tagging/tagger_trainer.h"
#include "ud/conllu.h"

namespace whosaid::cli {
namespace {

struct TrainFlags {
  std::vector<std::string> train;
  std::string dev;
  std::string out;
  int iterations = 12;
  uint64_t seed = 1;
  std::string tagger_model;              // parser: tags dev with it (default: the built-in tagger)
  std::string train_tags = "jackknife";  // parser: which tags it learns from
  int folds = 4;                         // parser: jackknifing folds
  int tagger_iterations = 10;            // parser: passes of each jackknifing tagger
};

int Fail(const Status& status) {
  fmt::print(stderr, "whosaid: {}\n", status.ToString());
  return 1;
}

void Log(std::string_view line) { fmt::print(stderr, "{}\n", line); }

int RunTagger(const TrainFlags& flags) {
  using namespace internal;
  std::vector<TreebankSentence> train;
  for (const std::string& path : flags.train) {
    Result<std::vector<TreebankSentence>> part = ReadConllu(path);
    if (!part.ok()) return Fail(part.status());
    train.insert(train.end(), part->begin(), part->end());
  }
  Result<std::vector<TreebankSentence>> dev = ReadConllu(flags.dev);
  if (!dev.ok()) return Fail(dev.status());
  TaggerTrainingOptions options;
  options.iterations = flags.iterations;
  options.seed = flags.seed;
  options.notes = {"trained on " + fmt::format("{}", fmt::join(flags.train, " + ")),
                   "tuned on " + flags.dev, fmt::format("seed: {}", flags.seed)};
  Result<Tagger> tagger = TrainTagger(train, *dev, options, Log);
  if (!tagger.ok()) return Fail(tagger.status());
  const Status written = WriteBinaryFile(flags.out, tagger->Serialize());
  if (!written.ok()) return Fail(written);
  const UdScores dev_scores = ScoreTagger(*tagger, *dev);
  fmt::print("wrote {}: dev UPOS {:.2f}  XPOS {:.2f}\n", flags.out, dev_scores.upos_accuracy(),
             dev_scores.xpos_accuracy());
  return 0;
}

Result<std::vector<internal::TreebankSentence>> ReadTreebanks(
    const std::vector<std::string>& paths) {
  std::vector<internal::TreebankSentence> all;
  for (const std::string& path : paths) {
    Result<std::vector<internal::TreebankSentence>> part = internal::ReadConllu(path);
    if (!part.ok()) return part.status();
    all.insert(all.end(), part->begin(), part->end());
  }
  return all;
}

int RunParser(const TrainFlags& flags) {
  using namespace internal;
  Result<SyntaxModels> models = LoadSyntaxModels(flags.tagger_model, "");
  if (!models.ok()) return Fail(models.status());
  Result<std::vector<TreebankSentence>> train = ReadTreebanks(flags.train);
  if (!train.ok()) return Fail(train.status());
  Result<std::vector<TreebankSentence>> dev = ReadConllu(flags.dev);
  if (!dev.ok()) return Fail(dev.status());
  // Trained and tuned for what it will see: a tagger's tags, not gold ones.
  if (flags.train_tags == "jackknife") {
    TaggerTrainingOptions tagging;
    tagging.iterations = flags.tagger_iterations;
    tagging.seed = flags.seed;
    const Status tagged = JackknifeTags(&*train, *dev, flags.folds, tagging, Log);
    if (!tagged.ok()) return Fail(tagged);
  } else if (flags.train_tags == "tagger") {
    Retag(*models->tagger, &*train);
  }
  Retag(*models->tagger, &*dev);
  ParserTrainingOptions options;
  options.iterations = flags.iterations;
  options.seed = flags.seed;
  const std::string train_tags = flags.train_tags == "jackknife"
                                     ? fmt::format("tags jackknifed in {} folds, {} tagger passes",
                                                   flags.folds, flags.tagger_iterations)
                                     : flags.train_tags + " tags";
  options.notes = {
      "trained on " + fmt::format("{}", fmt::join(flags.train, " + ")) + " (" + train_tags + ")",
      "tuned on " + flags.dev + " (tagger's tags)", fmt::format("seed: {}", flags.seed)};
  Result<Parser> parser = TrainParser(*train, *dev, options, Log);
  if (!parser.ok()) return Fail(parser.status());
  const Status written = WriteBinaryFile(flags.out, parser->Serialize());
  if (!written.ok()) return Fail(written);
  const UdScores dev_scores = ScoreParser(*parser, *dev);
  fmt::print("wrote {}: dev UAS {:.2f}  LAS {:.2f} (predicted tags)\n", flags.out, dev_scores.uas(),
             dev_scores.las());
  return 0;
}

void AddDataFlags(CLI::App* app, TrainFlags* flags) {
  app->add_option("--train", flags->train, "Training treebanks (CoNLL-U), one or more")->required();
  app->add_option("--dev", flags->dev, "Development treebank (CoNLL-U), picks the best pass")
      ->required();
  app->add_option("-o,--out", flags->out, "Model file to write")->required();
  app->add_option("--iterations", flags->iterations, "Passes over the training data")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  app->add_option("--seed", flags->seed, "Seed for the sentence order")->capture_default_str();
}

}  // namespace

Command AddTrainCommand(CLI::App* app, Options* options) {
  app->require_subcommand(1);
  auto flags = std::make_shared<TrainFlags>();
  CLI::App* tagger = app->add_subcommand("tagger", "Train the part-of-speech tagger");
  AddDataFlags(tagger, flags.get());
  CLI::App* parser = app->add_subcommand("parser", "Train the dependency parser");
  AddDataFlags(parser, flags.get());
  parser->add_option(
      "--tagger-model", flags->tagger_model,
      "Tagger that tags dev, and train with --train-tags tagger (default: the one built in)");
  parser
      ->add_option("--train-tags", flags->train_tags,
                   "Tags to train on: jackknife (taggers trained on the other folds), tagger "
                   "(the --tagger-model's) or gold")
      ->check(CLI::IsMember({"jackknife", "tagger", "gold"}))
      ->capture_default_str();
  parser->add_option("--folds", flags->folds, "Jackknifing folds")
      ->check(CLI::Range(2, 20))
      ->capture_default_str();
  parser
      ->add_option("--tagger-iterations", flags->tagger_iterations,
                   "Passes of each jackknifing tagger")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  CLI::App* attribution = nullptr;
  const Command run_attribution = AddTrainAttributionCommand(app, options, &attribution);
  CLI::App* names = nullptr;
  const Command run_names = AddTrainNamesCommand(app, options, &names);
  CLI::App* clusters = nullptr;
  const Command run_clusters = AddTrainClustersCommand(app, options, &clusters);
  return [flags, tagger, parser, attribution, run_attribution, names, run_names, clusters,
          run_clusters]() -> int {
    if (tagger->parsed()) return RunTagger(*flags);
    if (parser->parsed()) return RunParser(*flags);
    if (attribution->parsed()) return run_attribution();
    if (names->parsed()) return run_names();
    if (clusters->parsed()) return run_clusters();
    return 2;
  };
}

}  // namespace whosaid::cli
