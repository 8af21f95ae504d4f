// Copyright 2026 The whosaid Authors.
#include "perceptron/averaged_perceptron.h"

#include <algorithm>
#include <cmath>

namespace whosaid::internal {

void AveragedPerceptron::Score(std::span<const uint64_t> features, int32_t* scores) const {
  for (uint64_t f : features) {
    const auto it = rows_.find(f);
    if (it == rows_.end()) continue;
    for (const Entry& e : it->second) scores[e.cls] += e.weight;
  }
}

void AveragedPerceptron::Change(std::vector<Entry>* row, int cls, int delta) {
  for (Entry& e : *row) {
    if (e.cls == cls) {
      e.weight += delta;
      e.weighted_sum += examples_ * delta;
      return;
    }
  }
  row->push_back(Entry{static_cast<uint8_t>(cls), delta, examples_ * delta});
}

void AveragedPerceptron::Update(std::span<const uint64_t> features, int truth, int guess) {
  if (truth == guess) return;
  for (uint64_t f : features) {
    std::vector<Entry>& row = rows_[f];
    Change(&row, truth, +1);
    Change(&row, guess, -1);
  }
}

FeatureWeights AveragedPerceptron::Average(float min_weight) const {
  std::vector<std::pair<uint64_t, std::vector<ClassWeight>>> rows;
  rows.reserve(rows_.size());
  const double n = static_cast<double>(examples_);
  for (const auto& [key, entries] : rows_) {
    std::vector<ClassWeight> row;
    for (const Entry& e : entries) {
      const double average = e.weight - e.weighted_sum / n;
      if (std::fabs(average) >= min_weight) {
        row.push_back(ClassWeight{e.cls, static_cast<float>(average)});
      }
    }
    std::sort(row.begin(), row.end(),
              [](const ClassWeight& a, const ClassWeight& b) { return a.cls < b.cls; });
    if (!row.empty()) rows.emplace_back(key, std::move(row));
  }
  // A fixed order makes the model file the same from run to run.
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return FeatureWeights(num_classes_, rows);
}

}  // namespace whosaid::internal
