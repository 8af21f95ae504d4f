// Copyright 2026 The whosaid Authors.
//
// Trains the AttributionModel on brat gold (PolNeAR train), choosing the
// number of epochs on a second corpus (PolNeAR dev): an averaged structured
// perceptron (Collins 2002) over paragraphs, Viterbi-decoded, with hashed
// features (features.h). Gold spans become BIO tags on whosaid's own tokens:
// a token belongs to a span when most of its characters do; where spans of
// nested attributions overlap, the shorter span's role wins.
//
// Reproducible: documents are visited in an order shuffled by a fixed-seed
// Mersenne Twister with a hand-written Fisher-Yates (std::shuffle's output is
// not specified), on one thread; the same data and options give the same
// model file.
#ifndef WHOSAID_ATTRIBUTION_MODEL_TRAINER_H_
#define WHOSAID_ATTRIBUTION_MODEL_TRAINER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "attribution/model/attribution_model.h"
#include "readers/brat_reader.h"
#include "text/normalize.h"
#include "whosaid/status.h"

namespace whosaid::internal {

struct TrainOptions {
  int epochs = 16;         // at most; the best epoch on dev is kept
  uint32_t seed = 20260429;
  uint32_t bits = 20;      // 2^bits feature buckets
  bool syntax = false;     // POS and dependency features (ArticleSyntax); slow
};

// Tags of one epoch, for progress reports.
struct EpochReport {
  int epoch = 0;
  double train_token_accuracy = 0;
  double dev_f1[3] = {0, 0, 0};  // exact chunk F1 per role: source, cue, content
  double dev_mean_f1 = 0;
};

// One article as the Analyzer reads it, with the gold tags of its tokens.
struct LabeledArticle {
  NormalizedText norm;  // `article` points into it
  Article article;
  std::vector<uint8_t> gold;  // ModelTag per token
  std::vector<uint8_t> rule_tags;  // RuleTags: what the rules find, a feature
  Syntax syntax;                   // ArticleSyntax when training with syntax, else empty
};
// Exposed for tests. The result must not be moved out of its unique_ptr.
std::unique_ptr<LabeledArticle> LabelArticle(const BratDocument& doc);

// Cue words learned from labelled articles: words seen at least
// `min_count` times as (part of) a gold cue, and as a cue in at least
// `min_share` of their occurrences.
CueWords LearnCueWords(const std::vector<std::unique_ptr<LabeledArticle>>& articles, int min_count,
                       double min_share);

Result<AttributionModel> TrainAttributionModel(
    const BratCorpus& train, const BratCorpus& dev, const TrainOptions& options,
    const std::function<void(const EpochReport&)>& progress);

}  // namespace whosaid::internal

#endif  // WHOSAID_ATTRIBUTION_MODEL_TRAINER_H_
