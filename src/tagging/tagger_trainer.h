// Copyright 2026 The whosaid Authors.
//
// Training the tagger on a UD treebank (whosaid train tagger).
#ifndef WHOSAID_TAGGING_TAGGER_TRAINER_H_
#define WHOSAID_TAGGING_TAGGER_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "tagging/tagger.h"
#include "ud/conllu.h"
#include "ud/ud_scores.h"

namespace whosaid::internal {

struct TaggerTrainingOptions {
  int iterations = 12;      // most passes over the training data (the best on dev is kept)
  int folds = 4;            // jackknifing folds that give the second pass its training input
  int fold_iterations = 8;  // passes over the data when training each fold
  uint64_t seed = 1;        // shuffles the sentences before each pass
  float min_weight = 0.5f;  // averaged weights smaller than this are dropped
  std::vector<std::string> notes;  // stored in the model (data, command)
};

// Trains on `train`: first the dictionary, then the first pass; then the
// second pass, on first-pass tags that are honest because each comes from a
// model trained without that sentence (jackknifing over `folds` folds).
// After each iteration the averaged model is scored on `dev` and the best
// iteration by UPOS accuracy is kept; `log` receives one line per iteration.
// Fails with kInvalidArgument when `train` or `dev` is empty or `train` has
// more tags than a model can hold.
Result<Tagger> TrainTagger(const std::vector<TreebankSentence>& train,
                           const std::vector<TreebankSentence>& dev,
                           const TaggerTrainingOptions& options,
                           const std::function<void(std::string_view)>& log);

// Tags `sentences` (gold tokenisation) and counts the right UPOS and XPOS
// tags; the head and label counts stay zero.
UdScores ScoreTagger(const Tagger& tagger, const std::vector<TreebankSentence>& sentences);

// Replaces the UPOS and XPOS columns of `sentences` with `tagger`'s tags.
void Retag(const Tagger& tagger, std::vector<TreebankSentence>* sentences);

// Jackknifing: replaces the UPOS and XPOS columns of every sentence of
// `train` with the tags of a tagger that never saw it. Sentence i falls in
// fold i % folds; each fold is tagged by a tagger trained (with `options`,
// tuned on `dev`) on the other folds. The tags are as wrong as a tagger's on
// new text, which is what a parser trained on them should expect. Fails
// with kInvalidArgument unless 2 <= folds <= train->size().
Status JackknifeTags(std::vector<TreebankSentence>* train, const std::vector<TreebankSentence>& dev,
                     int folds, const TaggerTrainingOptions& options,
                     const std::function<void(std::string_view)>& log);

// The words of a sentence as views into it.
std::vector<std::string_view> WordsOf(const TreebankSentence& sentence);

}  // namespace whosaid::internal

#endif  // WHOSAID_TAGGING_TAGGER_TRAINER_H_
