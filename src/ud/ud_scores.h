// Copyright 2026 The whosaid Authors.
//
// UdScores: the standard treebank scores with gold tokenisation, counted
// over every word (punctuation included): UPOS and XPOS accuracy, UAS (right
// head) and LAS (right head and the full relation label, subtype included,
// which is stricter than the CoNLL 2018 scorer's universal-part LAS).
#ifndef WHOSAID_UD_UD_SCORES_H_
#define WHOSAID_UD_UD_SCORES_H_

#include <string>

namespace whosaid::internal {

struct UdScores {
  long words = 0;
  long upos = 0;  // words with the right UPOS
  long xpos = 0;
  long heads = 0;   // words with the right head
  long labeled = 0; // ... and the right label

  static double Percent(long part, long whole) { return whole ? 100.0 * part / whole : 0.0; }
  double upos_accuracy() const { return Percent(upos, words); }
  double xpos_accuracy() const { return Percent(xpos, words); }
  double uas() const { return Percent(heads, words); }
  double las() const { return Percent(labeled, words); }
  UdScores& operator+=(const UdScores& o) {
    words += o.words, upos += o.upos, xpos += o.xpos, heads += o.heads, labeled += o.labeled;
    return *this;
  }
};

}  // namespace whosaid::internal

#endif  // WHOSAID_UD_UD_SCORES_H_
