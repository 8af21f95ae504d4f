// Copyright 2026 The whosaid Authors.
//
// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011)
// with the dynamic oracle of Goldberg & Nivre (2013). Tokens are numbered as
// in CoNLL-U: 0 is the artificial root, 1..n the words. The root starts on
// the stack, and may take only one dependent, the last arc made, so every
// parse is a tree with one root word.
//
//   SHIFT     moves the first buffer token b onto the stack
//   LEFT(l)   pops the stack top s0 and makes it a dependent of b, label l
//   RIGHT(l)  pops s0 and makes it a dependent of the token under it, s1
#ifndef WHOSAID_PARSING_ARC_HYBRID_H_
#define WHOSAID_PARSING_ARC_HYBRID_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace whosaid::internal {

enum class Move : uint8_t { kShift, kLeft, kRight };

// A transition: a move and, for arcs, a label number.
struct Transition {
  Move move = Move::kShift;
  int label = 0;
};

// Transitions as classes of a classifier: 0 is SHIFT, 1..L are LEFT(0..L-1),
// L+1..2L are RIGHT(0..L-1).
inline int ClassOf(Transition t, int num_labels) {
  if (t.move == Move::kShift) return 0;
  return 1 + t.label + (t.move == Move::kRight ? num_labels : 0);
}
inline Transition TransitionOf(int cls, int num_labels) {
  if (cls == 0) return {Move::kShift, 0};
  if (cls <= num_labels) return {Move::kLeft, cls - 1};
  return {Move::kRight, cls - 1 - num_labels};
}

class ArcHybrid {
 public:
  static constexpr int kNone = -1;

  // A configuration for a sentence of `n` words: the root on the stack,
  // all words in the buffer.
  explicit ArcHybrid(int n);

  bool terminal() const { return buffer_ > n_ && stack_.size() == 1; }
  bool Allowed(Move m) const;
  void Apply(Transition t);

  // The i-th token from the stack top (0 = s0), or kNone.
  int Stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i] : kNone;
  }
  // The i-th token of the buffer (0 = b0), or kNone.
  int Buffer(int i) const { return buffer_ + i <= n_ ? buffer_ + i : kNone; }
  // Leftmost (k = 0) and second leftmost (k = 1) dependents of token t, or
  // kNone; rightmost likewise.
  int LeftChild(int t, int k) const { return t == kNone ? kNone : left_[t][k]; }
  int RightChild(int t, int k) const { return t == kNone ? kNone : right_[t][k]; }
  int NumLeft(int t) const { return t == kNone ? 0 : num_left_[t]; }
  int NumRight(int t) const { return t == kNone ? 0 : num_right_[t]; }
  // The label of token t's arc, or kNone before it has one.
  int Label(int t) const { return t == kNone ? kNone : labels_[t]; }

  // The parse so far: heads()[t] and labels()[t] for tokens 1..n (entry 0
  // is the root's, unused); -1 where no arc was made.
  const std::vector<int>& heads() const { return heads_; }
  const std::vector<int>& labels() const { return labels_; }

  // The dynamic oracle: how many gold arcs (by `gold_heads`, indexed by
  // token) can no longer be made after move `m`. Requires Allowed(m).
  int Cost(Move m, const std::vector<int>& gold_heads) const;

 private:
  void AddArc(int head, int dependent, int label);
  // Gold arcs between token t and the tokens of the buffer from `from` on.
  int GoldArcsWithBuffer(int t, int from, const std::vector<int>& gold_heads) const;

  int n_;
  int buffer_ = 1;  // the first buffer token; n_ + 1 when the buffer is empty
  std::vector<int> stack_;
  std::vector<int> heads_, labels_;
  std::vector<std::array<int, 2>> left_, right_;
  std::vector<int> num_left_, num_right_;
};

}  // namespace whosaid::internal

#endif  // WHOSAID_PARSING_ARC_HYBRID_H_
