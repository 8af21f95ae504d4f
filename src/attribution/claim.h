// Copyright 2026 The whosaid Authors.
//
// Claim: an attribution as the rules find it, before its speaker is resolved.
#ifndef WHOSAID_ATTRIBUTION_CLAIM_H_
#define WHOSAID_ATTRIBUTION_CLAIM_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "attribution/article.h"
#include "whosaid/document.h"

namespace whosaid::internal {

struct Claim {
  AttributionType type = AttributionType::kDirect;
  // Content as byte ranges [first, second) of the normalised text.
  std::vector<std::pair<uint32_t, uint32_t>> content;
  TokenRange cue;         // empty when implied
  TokenRange source;      // the mention naming the source; empty when implied
  TokenRange appositive;  // ", an ICE spokeswoman," next to the source: its role
  TokenRange via;         // whom the source cites ("citing an unnamed source")
  int inherits = -1;      // index of the claim whose speaker this one continues
  // The cue and source as output, when they differ from `cue` and `source`
  // (empty: the same). The learned model marks them as news annotators do
  // (PolNeAR): with auxiliaries, adverbs and particles ("also said", "is
  // warning", "called for"), and with the appositive and pre-modifiers of
  // the source ("retired Air Force general Lloyd Newton", "Charlie King, a
  // prominent New York Democrat"). The speaker is resolved from `source`.
  TokenRange shown_cue, shown_source;
  // The same for the content of reported speech without quote marks: the
  // clause as annotators bound it.
  std::vector<std::pair<uint32_t, uint32_t>> shown_content;
};

}  // namespace whosaid::internal

#endif  // WHOSAID_ATTRIBUTION_CLAIM_H_
