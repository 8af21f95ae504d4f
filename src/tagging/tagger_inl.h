// Copyright 2026 The whosaid Authors.
//
// The template TagPass declared in tagger.h.
#ifndef WHOSAID_TAGGING_TAGGER_INL_H_
#define WHOSAID_TAGGING_TAGGER_INL_H_

#include <algorithm>
#include <span>

namespace whosaid::internal {

inline int ArgMax(const int32_t* scores, int n) {
  int best = 0;
  for (int k = 1; k < n; ++k) {
    if (scores[k] > scores[best]) best = k;
  }
  return best;
}

inline TagContext ContextAt(const TagSequence& left, const TagSequence* right, size_t i) {
  TagContext c;
  if (i > 0) c.prev_xpos = left.xpos[i - 1], c.prev_upos = left.upos[i - 1];
  if (i > 1) c.prev2_xpos = left.xpos[i - 2];
  if (right != nullptr) {
    const size_t n = right->xpos.size();
    if (i + 1 < n) c.next_xpos = right->xpos[i + 1], c.next_upos = right->upos[i + 1];
    if (i + 2 < n) c.next2_xpos = right->xpos[i + 2];
  }
  return c;
}

template <typename Model, typename Learn>
void TagPass(const Model& model, const TagDictionary& dictionary,
             const std::vector<WordHashes>& hashes, int num_upos, int num_xpos,
             const TagSequence* first_pass, TagSequence* out, Learn learn) {
  const size_t n = hashes.size() - 4;
  out->upos.assign(n, 0);
  out->xpos.assign(n, 0);
  uint64_t features[kSecondPassFeatures];
  const int num_features = first_pass ? kSecondPassFeatures : kFirstPassFeatures;
  int32_t scores[512];
  for (size_t i = 0; i < n; ++i) {
    if (const TagDictionary::Entry* known = dictionary.Find(hashes[i + 2].form)) {
      out->upos[i] = known->upos;
      out->xpos[i] = known->xpos;
      continue;
    }
    TaggerFeatures(hashes, i, ContextAt(*out, first_pass, i), first_pass != nullptr, features);
    std::fill(scores, scores + num_upos + num_xpos, 0);
    const std::span<const uint64_t> used(features, num_features);
    model.Score(used, scores);
    out->upos[i] = static_cast<uint8_t>(ArgMax(scores, num_upos));
    out->xpos[i] = static_cast<uint8_t>(ArgMax(scores + num_upos, num_xpos));
    learn(used, i, out->upos[i], out->xpos[i]);
  }
}

}  // namespace whosaid::internal

#endif  // WHOSAID_TAGGING_TAGGER_INL_H_
