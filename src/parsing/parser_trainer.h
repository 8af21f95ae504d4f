// Copyright 2026 The whosaid Authors.
//
// Training the parser on a UD treebank (whosaid train parser).
#ifndef WHOSAID_PARSING_PARSER_TRAINER_H_
#define WHOSAID_PARSING_PARSER_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "parsing/parser.h"
#include "ud/conllu.h"
#include "ud/ud_scores.h"

namespace whosaid::internal {

struct ParserTrainingOptions {
  int iterations = 15;        // most passes over the training data (the best on dev is kept)
  uint64_t seed = 1;          // shuffles the sentences, drives exploration
  double explore = 0.9;       // after the first pass: how often a wrong prediction is followed
  float min_weight = 0.5f;    // averaged weights smaller than this are dropped
  std::vector<std::string> notes;  // stored in the model (data, command)
};

// Trains on `train`, using its XPOS column as the tags the parser sees (put
// predicted tags there to train for predicted tags). After each pass the
// averaged model parses `dev` (with the tags in its XPOS column) and the
// pass with the best LAS is kept; `log` receives one line per pass. Fails
// with kInvalidArgument when `train` or `dev` is empty or has too many
// labels.
Result<Parser> TrainParser(const std::vector<TreebankSentence>& train,
                           const std::vector<TreebankSentence>& dev,
                           const ParserTrainingOptions& options,
                           const std::function<void(std::string_view)>& log);

// Parses `sentences` with the tags of their XPOS column and counts right
// heads and labels (UAS, LAS); the tag counts stay zero.
UdScores ScoreParser(const Parser& parser, const std::vector<TreebankSentence>& sentences);

}  // namespace whosaid::internal

#endif  // WHOSAID_PARSING_PARSER_TRAINER_H_
