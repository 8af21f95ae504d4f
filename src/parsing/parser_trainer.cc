// Copyright 2026 The whosaid Authors.
#include "parsing/parser_trainer.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <random>

#include "perceptron/averaged_perceptron.h"

namespace whosaid::internal {
namespace {

std::vector<std::string_view> Views(const std::vector<std::string>& v) {
  return std::vector<std::string_view>(v.begin(), v.end());
}

// A sentence ready for training: its input and its gold arcs by token.
struct GoldSentence {
  ParserInput input;
  std::vector<int> heads;   // heads[t] for token t; heads[0] = -1
  std::vector<int> labels;  // label numbers, likewise
};

std::vector<std::string> LabelNames(const std::vector<TreebankSentence>& train) {
  std::vector<std::string> names;
  for (const TreebankSentence& s : train) names.insert(names.end(), s.deprels.begin(), s.deprels.end());
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::vector<GoldSentence> Prepare(const std::vector<TreebankSentence>& train,
                                  const std::vector<std::string>& labels) {
  std::map<std::string, int, std::less<>> index;
  for (size_t i = 0; i < labels.size(); ++i) index[labels[i]] = static_cast<int>(i);
  std::vector<GoldSentence> out(train.size());
  for (size_t s = 0; s < train.size(); ++s) {
    out[s].input = MakeParserInput(Views(train[s].forms), Views(train[s].xpos));
    out[s].heads.push_back(-1);
    out[s].labels.push_back(-1);
    for (size_t i = 0; i < train[s].size(); ++i) {
      out[s].heads.push_back(train[s].heads[i]);
      out[s].labels.push_back(index.at(train[s].deprels[i]));
    }
  }
  return out;
}

void Shuffle(std::vector<size_t>* order, std::mt19937_64* rng) {
  for (size_t i = order->size(); i > 1; --i) std::swap((*order)[i - 1], (*order)[(*rng)() % i]);
}

// The dynamic oracle, labelled: may class `cls` be taken without losing a
// gold arc beyond the unavoidable (`min_cost`)?
bool IsGold(int cls, const int costs[3], int min_cost, const ArcHybrid& c, const GoldSentence& g,
            int num_labels) {
  const Transition t = TransitionOf(cls, num_labels);
  if (costs[static_cast<int>(t.move)] != min_cost) return false;
  if (t.move == Move::kShift) return true;
  const int dependent = c.Stack(0);
  const int head = t.move == Move::kLeft ? c.Buffer(0) : c.Stack(1);
  return g.heads[dependent] != head || g.labels[dependent] == t.label;
}

class ParserTrainer {
 public:
  ParserTrainer(int num_labels, const ParserTrainingOptions& options)
      : num_labels_(num_labels),
        options_(options),
        rng_(options.seed),
        model_(1 + 2 * num_labels) {}

  void Iterate(const std::vector<GoldSentence>& data, std::vector<size_t>* order, bool explore) {
    Shuffle(order, &rng_);
    for (size_t s : *order) Train(data[s], explore);
  }
  const AveragedPerceptron& model() const { return model_; }

 private:
  void Train(const GoldSentence& g, bool explore) {
    ArcHybrid c(static_cast<int>(g.heads.size()) - 1);
    RunParser(model_, num_labels_, g.input, &c,
              [&](std::span<const uint64_t> features, const int32_t* scores, int predicted) {
                return Step(g, c, features, scores, predicted, explore);
              });
  }

  // Updates towards the best gold class and picks the class to follow.
  int Step(const GoldSentence& g, const ArcHybrid& c, std::span<const uint64_t> features,
           const int32_t* scores, int predicted, bool explore) {
    int costs[3];
    int min_cost = 1 << 30;
    for (Move m : {Move::kShift, Move::kLeft, Move::kRight}) {
      costs[static_cast<int>(m)] = c.Allowed(m) ? c.Cost(m, g.heads) : 1 << 30;
      min_cost = std::min(min_cost, costs[static_cast<int>(m)]);
    }
    int best_gold = -1;
    for (int cls = 0; cls < 1 + 2 * num_labels_; ++cls) {
      if (IsGold(cls, costs, min_cost, c, g, num_labels_) &&
          (best_gold < 0 || scores[cls] > scores[best_gold])) {
        best_gold = cls;
      }
    }
    model_.Tick();
    if (IsGold(predicted, costs, min_cost, c, g, num_labels_)) return predicted;
    model_.Update(features, best_gold, predicted);
    const bool follow = explore && std::uniform_real_distribution<double>()(rng_) < options_.explore;
    return follow ? predicted : best_gold;
  }

  int num_labels_;
  const ParserTrainingOptions& options_;
  std::mt19937_64 rng_;
  AveragedPerceptron model_;
};

}  // namespace

UdScores ScoreParser(const Parser& parser, const std::vector<TreebankSentence>& sentences) {
  UdScores scores;
  ParseTree tree;
  for (const TreebankSentence& s : sentences) {
    parser.Parse(Views(s.forms), Views(s.xpos), &tree);
    for (size_t i = 0; i < s.size(); ++i) {
      ++scores.words;
      const bool head = tree.heads[i] == s.heads[i];
      scores.heads += head;
      scores.labeled += head && parser.label_name(tree.labels[i]) == s.deprels[i];
    }
  }
  return scores;
}

Result<Parser> TrainParser(const std::vector<TreebankSentence>& train,
                           const std::vector<TreebankSentence>& dev,
                           const ParserTrainingOptions& options,
                           const std::function<void(std::string_view)>& log) {
  if (train.empty() || dev.empty()) return InvalidArgumentError("no training or dev sentences");
  const std::vector<std::string> labels = LabelNames(train);
  const int num_labels = static_cast<int>(labels.size());
  if (1 + 2 * num_labels > FeatureWeights::kMaxClasses) return InvalidArgumentError("too many labels");
  const std::vector<GoldSentence> data = Prepare(train, labels);
  ParserTrainer trainer(num_labels, options);
  std::vector<size_t> order(data.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::optional<Parser> best;
  double best_las = -1;
  for (int it = 1; it <= options.iterations; ++it) {
    trainer.Iterate(data, &order, it > 1);
    Parser parser(labels, trainer.model().Average(options.min_weight), options.notes);
    const UdScores scores = ScoreParser(parser, dev);
    log(fmt::format("iteration {:2}: dev UAS {:.2f}  LAS {:.2f}  ({} features)", it, scores.uas(),
                    scores.las(), parser.weights().num_features()));
    if (scores.las() > best_las) {
      best_las = scores.las();
      best.emplace(std::move(parser));
    }
  }
  return std::move(*best);
}

}  // namespace whosaid::internal
