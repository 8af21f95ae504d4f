// Copyright 2026 The whosaid Authors.
//
// AveragedPerceptron: the training side of a multiclass linear model over
// hashed features (Collins 2002; averaging done lazily, Daumé 2006). Rows are
// sparse: a feature stores weights only for the classes it was updated on.
// Not thread-safe; training runs on one thread.
#ifndef WHOSAID_PERCEPTRON_AVERAGED_PERCEPTRON_H_
#define WHOSAID_PERCEPTRON_AVERAGED_PERCEPTRON_H_

#include <cstdint>
#include <random>
#include <span>
#include <unordered_map>
#include <vector>

#include "perceptron/feature_weights.h"

namespace whosaid::internal {

class AveragedPerceptron {
 public:
  // Requires 0 < num_classes <= FeatureWeights::kMaxClasses.
  explicit AveragedPerceptron(int num_classes) : num_classes_(num_classes) {}

  int num_classes() const { return num_classes_; }

  // Adds the current (not averaged) weights of each feature to
  // scores[0, num_classes()).
  void Score(std::span<const uint64_t> features, int32_t* scores) const;

  // The perceptron update: every feature's weight for `truth` goes up by one
  // and for `guess` down by one. Nothing happens when they are equal.
  void Update(std::span<const uint64_t> features, int truth, int guess);

  // Counts one training example, updated or not; averaging weighs the
  // weights by how many examples they lasted.
  void Tick() { ++examples_; }

  // The averaged weights. Weights whose magnitude is below `min_weight` are
  // dropped, which keeps the model small at no measurable cost.
  FeatureWeights Average(float min_weight) const;

 private:
  struct Entry {
    uint8_t cls;
    int32_t weight;
    int64_t weighted_sum;  // sum over updates of (example number * change)
  };
  void Change(std::vector<Entry>* row, int cls, int delta);

  int num_classes_;
  int64_t examples_ = 1;
  std::unordered_map<uint64_t, std::vector<Entry>> rows_;
};

// Fisher-Yates with a fixed generator: the same order on every platform
// (std::shuffle's is implementation-defined), so training is reproducible.
inline void FixedShuffle(std::vector<size_t>* order, std::mt19937_64* rng) {
  for (size_t i = order->size(); i > 1; --i) std::swap((*order)[i - 1], (*order)[(*rng)() % i]);
}

}  // namespace whosaid::internal

#endif  // WHOSAID_PERCEPTRON_AVERAGED_PERCEPTRON_H_
