// Copyright 2026 The whosaid Authors.
//
// Features of the learned attribution tagger: for every token of an Article,
// kFeaturesPerToken hashed feature ids in [0, 2^bits). Templates (features.cc)
// read the word and its neighbours (lowercase, shape, suffix), the reporting
// verb lexicon and cue words learned from the training data, the word classes of the other lexicons, quote-mark state,
// sentence and paragraph position, and clause context: how far the nearest
// reporting verb lies to the left and right in the sentence, which verb it is
// and what follows it ("said that", "said:"), and what the rules found
// (stacking: each token's role in the rule-based claims, RuleTags), the
// word's classes and its neighbours' (clusters/word_clusters.h), and,
// for models trained with syntax, part-of-speech tags and where the token
// lies in the dependency tree under the nearest reporting verb.
//
// Changing a template changes every id: bump kFeatureVersion so that a model
// trained with other features is refused instead of read wrongly.
#ifndef WHOSAID_ATTRIBUTION_MODEL_FEATURES_H_
#define WHOSAID_ATTRIBUTION_MODEL_FEATURES_H_

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "attribution/article.h"
#include "attribution/claim.h"
#include "tagging/syntax.h"

namespace whosaid::internal {

inline constexpr uint32_t kFeatureVersion = 5;
inline constexpr int kFeaturesPerToken = 50;  // 58 with syntax
inline constexpr int kSyntaxFeaturesPerToken = 8;
inline int FeaturesPerToken(bool syntax) {
  return kFeaturesPerToken + (syntax ? kSyntaxFeaturesPerToken : 0);
}

// The tags: BIO over the three roles of an attribution.
enum ModelTag : uint8_t {
  kTagO = 0,
  kTagBSource, kTagISource,
  kTagBCue, kTagICue,
  kTagBContent, kTagIContent,
};
inline constexpr int kModelTags = 7;

// The role of a tag: 0 source, 1 cue, 2 content, -1 none.
int TagRole(uint8_t tag);
// True when `tag` may follow `prev` (I-x only after B-x or I-x).
bool TagFollows(uint8_t prev, uint8_t tag);

// Words learned as cues from training data (lowercase), beyond the
// reporting-verb lexicon: "according", "learned", "believes" ...
using CueWords = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// The rule-based claims as one ModelTag per token, as the gold would tag
// them: contents first, then cues and sources over them (the shorter span of
// nested attributions wins).
std::vector<uint8_t> RuleTags(const Article& a, const std::vector<Claim>& claims);

// Appends a.size() * FeaturesPerToken(syntax != nullptr) ids to *out, token
// by token.
// `rule_tags` is RuleTags of the same article; `syntax` is ArticleSyntax of
// it, or null (no syntax templates).
void ExtractFeatures(const Article& a, uint32_t bits, const CueWords& cue_words,
                     const std::vector<uint8_t>& rule_tags, const Syntax* syntax,
                     std::vector<uint32_t>* out);

// Tags and parses `a` with the models compiled into the library; an empty
// Syntax when the build has none.
Syntax ArticleSyntax(const Article& a);

}  // namespace whosaid::internal

#endif  // WHOSAID_ATTRIBUTION_MODEL_FEATURES_H_
