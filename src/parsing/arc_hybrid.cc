// Copyright 2026 The whosaid Authors.
#include "parsing/arc_hybrid.h"

namespace whosaid::internal {

ArcHybrid::ArcHybrid(int n)
    : n_(n),
      heads_(n + 1, kNone),
      labels_(n + 1, kNone),
      left_(n + 1, {kNone, kNone}),
      right_(n + 1, {kNone, kNone}),
      num_left_(n + 1, 0),
      num_right_(n + 1, 0) {
  stack_.reserve(n + 1);
  stack_.push_back(0);
}

bool ArcHybrid::Allowed(Move m) const {
  const bool buffer = buffer_ <= n_;
  switch (m) {
    case Move::kShift:
      return buffer;
    case Move::kLeft:
      return buffer && stack_.size() > 1;
    case Move::kRight:
      // The root takes its one dependent only when nothing else is left.
      return stack_.size() > 2 || (stack_.size() == 2 && !buffer);
  }
  return false;
}

void ArcHybrid::AddArc(int head, int dependent, int label) {
  heads_[dependent] = head;
  labels_[dependent] = label;
  // Arc-hybrid makes a head's left dependents from right to left and its
  // right dependents from left to right: the newest is always outermost.
  if (dependent < head) {
    left_[head] = {dependent, left_[head][0]};
    ++num_left_[head];
  } else {
    right_[head] = {dependent, right_[head][0]};
    ++num_right_[head];
  }
}

void ArcHybrid::Apply(Transition t) {
  switch (t.move) {
    case Move::kShift:
      stack_.push_back(buffer_++);
      return;
    case Move::kLeft: {
      const int s0 = stack_.back();
      stack_.pop_back();
      AddArc(buffer_, s0, t.label);
      return;
    }
    case Move::kRight: {
      const int s0 = stack_.back();
      stack_.pop_back();
      AddArc(stack_.back(), s0, t.label);
      return;
    }
  }
}

int ArcHybrid::GoldArcsWithBuffer(int t, int from, const std::vector<int>& gold_heads) const {
  int arcs = 0;
  for (int k = from; k <= n_; ++k) arcs += gold_heads[k] == t || gold_heads[t] == k;
  return arcs;
}

int ArcHybrid::Cost(Move m, const std::vector<int>& gold) const {
  const int s0 = stack_.back();
  switch (m) {
    case Move::kShift: {
      // b0 can no longer take a head deeper than s0, nor a dependent on the stack.
      int cost = 0;
      for (size_t i = 0; i < stack_.size(); ++i) {
        const int k = stack_[i];
        cost += gold[k] == buffer_ || (gold[buffer_] == k && i + 1 < stack_.size());
      }
      return cost;
    }
    case Move::kLeft: {
      // s0 leaves: it loses a head in s1 or in the buffer after b0, and any
      // dependent in the buffer.
      const int s1 = stack_.size() > 1 ? stack_[stack_.size() - 2] : kNone;
      int cost = (s1 != kNone && gold[s0] == s1) ? 1 : 0;
      for (int k = buffer_; k <= n_; ++k) cost += gold[k] == s0 || (k > buffer_ && gold[s0] == k);
      return cost;
    }
    case Move::kRight:
      // s0 leaves: it loses a head or a dependent in the buffer.
      return GoldArcsWithBuffer(s0, buffer_, gold);
  }
  return 0;
}

}  // namespace whosaid::internal
