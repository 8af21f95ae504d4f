// Copyright 2026 The whosaid Authors.
#include "speakers/name_typer_trainer.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <random>

#include "perceptron/averaged_perceptron.h"
#include "speakers/gum_document.h"
#include "speakers/speaker_resolver.h"

namespace whosaid::internal {
namespace {

int TypeIndex(std::string_view type) {
  const std::span<const std::string_view> types = NameTypeNames();
  for (size_t k = 0; k < types.size(); ++k) {
    if (types[k] == type) return static_cast<int>(k);
  }
  return -1;
}

// The label of a run: the type most gold named mentions whose head it
// covers have, the largest mention's on a tie; -1 when it covers none.
int RunLabel(const GumDocument& doc, TokenRange run) {
  const EntityDocument& d = doc.gold();
  std::map<int, std::pair<int, uint32_t>> votes;  // type -> (count, largest size)
  for (const GoldMention& m : d.mentions) {
    if (!IsNamedMention(d, m) || !doc.Covers(run, m.head)) continue;
    const int type = TypeIndex(m.type);
    if (type < 0) continue;
    auto& [count, size] = votes[type];
    ++count;
    size = std::max(size, m.end - m.begin);
  }
  int best = -1;
  std::pair<int, uint32_t> best_vote{0, 0};
  for (const auto& [type, vote] : votes) {
    if (vote > best_vote) best = type, best_vote = vote;
  }
  return best;
}

}  // namespace

std::vector<NameExample> NameExamples(const std::vector<EntityDocument>& docs,
                                      size_t max_quote_bytes) {
  std::vector<NameExample> out;
  for (const EntityDocument& d : docs) {
    const GumDocument doc(d, max_quote_bytes);
    for (const NameRun& run : FindNameRuns(doc.article())) {
      const int label = RunLabel(doc, run.range);
      if (label < 0) continue;
      NameExample e;
      e.type = label;
      NameFeatures(doc.article(), run.range, run.cues, &e.features);
      out.push_back(std::move(e));
    }
  }
  return out;
}

double NameTypeAccuracy(const NameTyper& typer, const std::vector<NameExample>& examples) {
  if (examples.empty()) return 0;
  size_t right = 0;
  for (const NameExample& e : examples) right += typer.Classify(e.features) == e.type ? 1 : 0;
  return static_cast<double>(right) / static_cast<double>(examples.size());
}

Result<NameTyper> TrainNameTyper(const std::vector<NameExample>& train,
                                 const std::vector<NameExample>& dev,
                                 const NameTyperTrainingOptions& options,
                                 const std::function<void(std::string_view)>& log) {
  if (train.empty()) return InvalidArgumentError("no training examples (no gold names found)");
  const int num_types = static_cast<int>(NameTypeNames().size());
  AveragedPerceptron model(num_types);
  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order(train.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::vector<int32_t> scores(num_types);
  NameTyper best(FeatureWeights(), options.notes);
  double best_accuracy = -1;
  for (int pass = 1; pass <= options.iterations; ++pass) {
    FixedShuffle(&order, &rng);
    size_t right = 0;
    for (size_t k : order) {
      const NameExample& e = train[k];
      std::fill(scores.begin(), scores.end(), 0);
      model.Score(e.features, scores.data());
      const int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
      right += guess == e.type ? 1 : 0;
      model.Update(e.features, e.type, guess);
      model.Tick();
    }
    NameTyper typer(model.Average(options.min_weight), options.notes);
    const double accuracy = NameTypeAccuracy(typer, dev);
    log(fmt::format("pass {}: train {:.2f}% (online), dev {:.2f}%", pass,
                    100.0 * static_cast<double>(right) / static_cast<double>(train.size()),
                    100.0 * accuracy));
    if (accuracy > best_accuracy) {
      best_accuracy = accuracy;
      best = std::move(typer);
    }
  }
  return best;
}

}  // namespace whosaid::internal
