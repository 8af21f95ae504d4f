// Copyright 2026 The whosaid Authors.
//
// Parser: a dependency tree for a tagged sentence. Each word gets a head
// (another word, or the root) and a Universal Dependencies relation.
//
// Example:
//   Result<const Parser*> parser = Parser::Default();  // parsed once
//   if (!parser.ok()) return parser.status();
//   std::vector<std::string_view> words = {"Officials", "said", "so", "."};
//   std::vector<std::string_view> xpos = {"NNS", "VBD", "RB", "."};
//   ParseTree tree;
//   (*parser)->Parse(words, xpos, &tree);
//   // tree.heads == {2, 0, 2, 2}; (*parser)->label_name(tree.labels[0]) == "nsubj"
//
// A Parser is immutable: Parse is const and may run on many threads at once.
#ifndef WHOSAID_PARSING_PARSER_H_
#define WHOSAID_PARSING_PARSER_H_

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parsing/arc_hybrid.h"
#include "parsing/parser_features.h"
#include "perceptron/feature_weights.h"
#include "whosaid/status.h"

namespace whosaid::internal {

// heads[i] is the head of word i as a CoNLL-U ID: 0 for the root, j + 1 for
// word j. labels[i] is the relation, an index into Parser::label_name.
struct ParseTree {
  std::vector<int> heads;
  std::vector<uint8_t> labels;
};

class Parser {
 public:
  // The model compiled into the library (data/models/parser.model), read on
  // first use. Fails with kNotFound when the build had none, or kCorrupt.
  static Result<const Parser*> Default();
  // A model from its bytes (kCorrupt) or from a file (also kNotFound, kIoError).
  static Result<Parser> FromBytes(std::string_view bytes);
  static Result<Parser> Load(const std::string& path);

  // What a model file holds: the relation labels, the weights over
  // 1 + 2 * labels.size() transition classes, and notes on its training.
  Parser(std::vector<std::string> labels, FeatureWeights weights, std::vector<std::string> notes);

  // Parses one sentence of `words` with their XPOS tags (same length).
  void Parse(const std::vector<std::string_view>& words, const std::vector<std::string_view>& xpos,
             ParseTree* out) const;

  int num_labels() const { return static_cast<int>(labels_.size()); }
  const std::string& label_name(int label) const { return labels_[label]; }
  const std::vector<std::string>& notes() const { return notes_; }
  const FeatureWeights& weights() const { return weights_; }

  // The model file's bytes.
  std::string Serialize() const;

 private:
  std::vector<std::string> labels_;
  FeatureWeights weights_;
  std::vector<std::string> notes_;
};

// The highest-scoring class whose move `c` allows (c must not be terminal).
int BestAllowed(const int32_t* scores, const ArcHybrid& c, int num_labels);

// The tree a finished configuration holds (heads as CoNLL-U IDs).
void TreeOf(const ArcHybrid& c, ParseTree* out);

// The greedy parsing loop, shared by Parser and its trainer. `model` is
// anything with Score(span<const uint64_t>, int32_t*) over the transition
// classes of arc_hybrid.h. Before each transition, `step(features, scores,
// best)` is given the best allowed class and returns the class to apply,
// which must be allowed.
template <typename Model, typename Step>
void RunParser(const Model& model, int num_labels, const ParserInput& input, ArcHybrid* c,
               Step step) {
  uint64_t features[kParserFeatureCount];
  int32_t scores[FeatureWeights::kMaxClasses];
  const int num_classes = 1 + 2 * num_labels;
  while (!c->terminal()) {
    ParserFeatures(input, *c, features);
    std::fill(scores, scores + num_classes, 0);
    const std::span<const uint64_t> used(features, kParserFeatureCount);
    model.Score(used, scores);
    c->Apply(TransitionOf(step(used, scores, BestAllowed(scores, *c, num_labels)), num_labels));
  }
}

}  // namespace whosaid::internal

#endif  // WHOSAID_PARSING_PARSER_H_
