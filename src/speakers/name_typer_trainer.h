// Copyright 2026 The whosaid Authors.
//
// Training the name typer (name_typer.h) on GUM's gold entities.
//
// Examples: every name run whosaid finds (FindNameRuns) in a GUM document
// whose words hold the head of a gold named mention (head word PROPN); its
// label is the gold type most of those mentions have (the largest on a
// tie). Runs over no gold name are not examples: the typer types names, it
// does not find them.
//
// Reproducible: examples are visited in an order shuffled by a fixed-seed
// generator (FixedShuffle), and the pass kept is the one with the best dev
// accuracy.
#ifndef WHOSAID_SPEAKERS_NAME_TYPER_TRAINER_H_
#define WHOSAID_SPEAKERS_NAME_TYPER_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "readers/entity_conllu_reader.h"
#include "speakers/name_typer.h"
#include "whosaid/status.h"

namespace whosaid::internal {

struct NameExample {
  std::vector<uint64_t> features;
  int type = 0;  // index into NameTypeNames()
};

// The examples of `docs` (see above). `max_quote_bytes` as in Options.
std::vector<NameExample> NameExamples(const std::vector<EntityDocument>& docs,
                                      size_t max_quote_bytes);

struct NameTyperTrainingOptions {
  int iterations = 10;
  uint64_t seed = 1;
  float min_weight = 0.05f;          // averaged weights below this are dropped
  std::vector<std::string> notes;    // stored in the model file
};

// Trains on `train`, keeps the pass best on `dev`; `log` gets a line per pass.
// kInvalidArgument when there are no examples.
Result<NameTyper> TrainNameTyper(const std::vector<NameExample>& train,
                                 const std::vector<NameExample>& dev,
                                 const NameTyperTrainingOptions& options,
                                 const std::function<void(std::string_view)>& log);

// The share of examples the typer types right (0 when there are none).
double NameTypeAccuracy(const NameTyper& typer, const std::vector<NameExample>& examples);

}  // namespace whosaid::internal

#endif  // WHOSAID_SPEAKERS_NAME_TYPER_TRAINER_H_
