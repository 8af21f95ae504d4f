// Copyright 2026 The whosaid Authors.
//
// whosaid train attribution --train DIR --dev DIR --out FILE
//   trains the learned attribution model (docs/attribution-model.md) on brat
//   gold, keeping the epoch that scores best on --dev, and writes the model
//   file (data/models/attribution.bin is the one compiled into whosaid).
#include <fmt/format.h>

#include <cstdio>

#include "attribution/model/trainer.h"
#include "commands.h"
#include "readers/brat_reader.h"

namespace whosaid::cli {
namespace {

struct TrainFlags {
  std::string train, dev, out;
  internal::TrainOptions options;
};

Status WriteFile(const std::string& path, const std::string& bytes) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return IoError(path + ": cannot open for writing");
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  if (std::fclose(f) != 0 || !ok) return IoError(path + ": write failed");
  return Status::Ok();
}

int Run(const TrainFlags& flags, const Options& options) {
  auto train = internal::ReadBratCorpus(flags.train, options.max_document_bytes);
  auto dev = train.ok() ? internal::ReadBratCorpus(flags.dev, options.max_document_bytes) : train;
  if (!train.ok() || !dev.ok()) {
    fmt::print(stderr, "whosaid: {}\n", (train.ok() ? dev : train).status().ToString());
    return 1;
  }
  fmt::print(stderr, "train: {} articles, dev: {} articles\n", train->documents.size(),
             dev->documents.size());
  auto model = internal::TrainAttributionModel(
      *train, *dev, flags.options, [](const internal::EpochReport& r) {
        fmt::print(stderr,
                   "epoch {:2}: train token accuracy {:.4f}; dev exact F1 source {:.4f} cue {:.4f} "
                   "content {:.4f} (mean {:.4f})\n",
                   r.epoch, r.train_token_accuracy, r.dev_f1[0], r.dev_f1[1], r.dev_f1[2],
                   r.dev_mean_f1);
      });
  if (!model.ok()) {
    fmt::print(stderr, "whosaid: {}\n", model.status().ToString());
    return 1;
  }
  const Status written = WriteFile(flags.out, model->ToBytes());
  if (!written.ok()) {
    fmt::print(stderr, "whosaid: {}\n", written.ToString());
    return 1;
  }
  fmt::print(stderr, "wrote {}\n", flags.out);
  return 0;
}

}  // namespace

Command AddTrainAttributionCommand(CLI::App* train, Options* options, CLI::App** subcommand) {
  CLI::App* sub = train->add_subcommand("attribution", "Train the learned attribution model");
  *subcommand = sub;
  auto flags = std::make_shared<TrainFlags>();
  sub->add_option("--train", flags->train, "Brat gold to train on (PolNeAR layout)")->required();
  sub->add_option("--dev", flags->dev, "Brat gold that picks the best epoch")->required();
  sub->add_option("-o,--out", flags->out, "Model file to write")->required();
  sub->add_option("--epochs", flags->options.epochs, "Epochs at most")->capture_default_str();
  sub->add_option("--seed", flags->options.seed, "Shuffling seed")->capture_default_str();
  sub->add_option("--bits", flags->options.bits, "log2 of the feature buckets")
      ->check(CLI::Range(8, 24))
      ->capture_default_str();
  sub->add_flag("--syntax", flags->options.syntax,
                "Also read part-of-speech tags and the dependency parse (about 8x slower analysis)");
  return [flags, options] { return Run(*flags, *options); };
}

}  // namespace whosaid::cli
