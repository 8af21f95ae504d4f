// Copyright 2026 The whosaid Authors.
#include "parsing/parser_features.h"

#include <algorithm>
#include <string>

#include "perceptron/features.h"
#include "tagging/tagger_features.h"

namespace whosaid::internal {
namespace {

const uint64_t kNoToken = HashBytes("<none>");
const uint64_t kRootToken = HashBytes("<root>");

// What the features know about one position (s0, b0, s0's leftmost child...).
struct Position {
  uint64_t w = kNoToken;  // word
  uint64_t p = kNoToken;  // tag
  uint64_t l = kNoToken;  // label of its arc
};

Position At(const ParserInput& in, const ArcHybrid& c, int t) {
  Position pos;
  if (t == ArcHybrid::kNone) return pos;
  pos.w = in.words[t];
  pos.p = in.tags[t];
  pos.l = static_cast<uint64_t>(c.Label(t) + 1);
  return pos;
}

uint64_t Distance(int a, int b) {
  if (a == ArcHybrid::kNone || b == ArcHybrid::kNone) return 99;
  return static_cast<uint64_t>(std::min(b - a, 10));
}

uint64_t Valency(int v) { return static_cast<uint64_t>(std::min(v, 5)); }

}  // namespace

ParserInput MakeParserInput(const std::vector<std::string_view>& words,
                            const std::vector<std::string_view>& xpos) {
  ParserInput in;
  in.words.reserve(words.size() + 1);
  in.tags.reserve(words.size() + 1);
  in.words.push_back(kRootToken);
  in.tags.push_back(kRootToken);
  std::string straight, lower;
  for (size_t i = 0; i < words.size(); ++i) {
    lower.assign(StraightenQuotes(words[i], &straight));
    for (char& ch : lower) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    in.words.push_back(HashBytes(lower));
    in.tags.push_back(HashBytes(xpos[i]));
  }
  return in;
}

void ParserFeatures(const ParserInput& in, const ArcHybrid& c, uint64_t* f) {
  const int s0t = c.Stack(0), s1t = c.Stack(1), b0t = c.Buffer(0);
  const Position s0 = At(in, c, s0t), s1 = At(in, c, s1t), s2 = At(in, c, c.Stack(2));
  const Position b0 = At(in, c, b0t), b1 = At(in, c, c.Buffer(1)), b2 = At(in, c, c.Buffer(2));
  const Position s0l1 = At(in, c, c.LeftChild(s0t, 0)), s0l2 = At(in, c, c.LeftChild(s0t, 1));
  const Position s0r1 = At(in, c, c.RightChild(s0t, 0)), s0r2 = At(in, c, c.RightChild(s0t, 1));
  const Position s1l1 = At(in, c, c.LeftChild(s1t, 0)), s1r1 = At(in, c, c.RightChild(s1t, 0));
  const Position b0l1 = At(in, c, c.LeftChild(b0t, 0)), b0l2 = At(in, c, c.LeftChild(b0t, 1));
  const uint64_t d = Distance(s0t, b0t), d1 = Distance(s1t, s0t);
  int n = 0;
  // Single positions.
  f[n++] = FeatureKey(0, s0.w, s0.p);
  f[n++] = FeatureKey(1, s0.w);
  f[n++] = FeatureKey(2, s0.p);
  f[n++] = FeatureKey(3, b0.w, b0.p);
  f[n++] = FeatureKey(4, b0.w);
  f[n++] = FeatureKey(5, b0.p);
  f[n++] = FeatureKey(6, b1.w, b1.p);
  f[n++] = FeatureKey(7, b1.w);
  f[n++] = FeatureKey(8, b1.p);
  f[n++] = FeatureKey(9, b2.p);
  f[n++] = FeatureKey(10, s1.w, s1.p);
  f[n++] = FeatureKey(11, s1.w);
  f[n++] = FeatureKey(12, s1.p);
  f[n++] = FeatureKey(13, s2.p);
  // Pairs.
  f[n++] = FeatureKey(14, HashCombine(s0.w, s0.p), b0.w, b0.p);
  f[n++] = FeatureKey(15, s0.w, s0.p, b0.w);
  f[n++] = FeatureKey(16, s0.w, b0.w, b0.p);
  f[n++] = FeatureKey(17, s0.w, s0.p, b0.p);
  f[n++] = FeatureKey(18, s0.p, b0.w, b0.p);
  f[n++] = FeatureKey(19, s0.w, b0.w);
  f[n++] = FeatureKey(20, s0.p, b0.p);
  f[n++] = FeatureKey(21, b0.p, b1.p);
  f[n++] = FeatureKey(22, s1.p, s0.p);
  f[n++] = FeatureKey(23, s1.w, s0.w);
  f[n++] = FeatureKey(24, s1.w, s1.p, s0.p);
  f[n++] = FeatureKey(25, s1.p, s0.w, s0.p);
  // Tag trigrams.
  f[n++] = FeatureKey(26, b0.p, b1.p, b2.p);
  f[n++] = FeatureKey(27, s0.p, b0.p, b1.p);
  f[n++] = FeatureKey(28, s1.p, s0.p, b0.p);
  f[n++] = FeatureKey(29, s0.p, s0l1.p, b0.p);
  f[n++] = FeatureKey(30, s0.p, s0r1.p, b0.p);
  f[n++] = FeatureKey(31, s0.p, b0.p, b0l1.p);
  f[n++] = FeatureKey(32, s2.p, s1.p, s0.p);
  f[n++] = FeatureKey(33, s1.p, s1r1.p, s0.p);
  // Distance.
  f[n++] = FeatureKey(34, s0.w, d);
  f[n++] = FeatureKey(35, s0.p, d);
  f[n++] = FeatureKey(36, b0.w, d);
  f[n++] = FeatureKey(37, b0.p, d);
  f[n++] = FeatureKey(38, s0.w, b0.w, d);
  f[n++] = FeatureKey(39, s0.p, b0.p, d);
  f[n++] = FeatureKey(40, s1.p, s0.p, d1);
  // Valency.
  f[n++] = FeatureKey(41, s0.w, Valency(c.NumRight(s0t)));
  f[n++] = FeatureKey(42, s0.p, Valency(c.NumRight(s0t)));
  f[n++] = FeatureKey(43, s0.w, Valency(c.NumLeft(s0t)));
  f[n++] = FeatureKey(44, s0.p, Valency(c.NumLeft(s0t)));
  f[n++] = FeatureKey(45, b0.w, Valency(c.NumLeft(b0t)));
  f[n++] = FeatureKey(46, b0.p, Valency(c.NumLeft(b0t)));
  f[n++] = FeatureKey(47, s1.p, Valency(c.NumRight(s1t)));
  // Dependents.
  f[n++] = FeatureKey(48, s0l1.w);
  f[n++] = FeatureKey(49, s0l1.p);
  f[n++] = FeatureKey(50, s0l1.l);
  f[n++] = FeatureKey(51, s0r1.w);
  f[n++] = FeatureKey(52, s0r1.p);
  f[n++] = FeatureKey(53, s0r1.l);
  f[n++] = FeatureKey(54, b0l1.w);
  f[n++] = FeatureKey(55, b0l1.p);
  f[n++] = FeatureKey(56, b0l1.l);
  f[n++] = FeatureKey(57, s1r1.p);
  f[n++] = FeatureKey(58, s1r1.l);
  f[n++] = FeatureKey(59, s1l1.l);
  // Second dependents and label pairs.
  f[n++] = FeatureKey(60, s0l2.p);
  f[n++] = FeatureKey(61, s0l2.l);
  f[n++] = FeatureKey(62, s0r2.p);
  f[n++] = FeatureKey(63, s0r2.l);
  f[n++] = FeatureKey(64, b0l2.p);
  f[n++] = FeatureKey(65, b0l2.l);
  f[n++] = FeatureKey(66, s0.p, s0l1.l, s0l2.l);
  f[n++] = FeatureKey(67, s0.p, s0r1.l, s0r2.l);
  f[n++] = FeatureKey(68, b0.p, b0l1.l, b0l2.l);
}

}  // namespace whosaid::internal
