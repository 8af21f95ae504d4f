// Copyright 2026 The whosaid Authors.
//
// What the tagger looks at. Shared by Tagger (tagging) and the trainer, so
// both extract exactly the same features.
#ifndef WHOSAID_TAGGING_TAGGER_FEATURES_H_
#define WHOSAID_TAGGING_TAGGER_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace whosaid::internal {

// The hashed views of one word the features combine; computed once per word.
struct WordHashes {
  uint64_t form = 0;   // as written (curly quotes made straight)
  uint64_t lower = 0;  // lowercased
  uint64_t shape = 0;  // "Xxxx", "dd.d", "x-x": letter classes, runs shortened
  uint64_t prefix[3] = {};  // first 1, 2, 3 bytes of `lower`
  uint64_t suffix[4] = {};  // last 1..4 bytes of `lower`
  uint64_t coarse = 0, fine = 0;  // word clusters (clusters/word_clusters.h)
};

// Hashes every word of a sentence; index i + 2 holds word i, with two
// padding entries on each side for the sentence edges.
void HashWords(const std::vector<std::string_view>& words, std::vector<WordHashes>* out);

// A word form with curly quotes and apostrophes made straight, so that text
// typeset either way looks the same to the models.
std::string_view StraightenQuotes(std::string_view word, std::string* buf);

inline constexpr uint32_t kNoTag = 0xFF;

// The tags around the word being tagged: those already assigned to the words
// before it and, in the second pass, those the first pass gave the words
// after it. kNoTag where there is none.
struct TagContext {
  uint32_t prev_xpos = kNoTag, prev2_xpos = kNoTag, prev_upos = kNoTag;
  uint32_t next_xpos = kNoTag, next2_xpos = kNoTag, next_upos = kNoTag;
};

// The number of features the first pass looks at, and the second.
inline constexpr int kFirstPassFeatures = 32;
inline constexpr int kSecondPassFeatures = 38;

// Writes the features of word i, given the padded hashes `w`: the first
// kFirstPassFeatures, or kSecondPassFeatures when `second_pass`.
void TaggerFeatures(const std::vector<WordHashes>& w, size_t i, const TagContext& tags,
                    bool second_pass, uint64_t* features);

}  // namespace whosaid::internal

#endif  // WHOSAID_TAGGING_TAGGER_FEATURES_H_
