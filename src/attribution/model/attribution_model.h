// Copyright 2026 The whosaid Authors.
//
// AttributionModel: the learned tagger. An Article in, one BIO tag per token
// out (source, cue, content; features.h), found by Viterbi search over
// per-token scores (a linear model over hashed features) and tag-to-tag
// transition scores. Trained by trainer.h; the model whosaid ships is
// data/models/attribution.bin, compiled into the library (model_data.cc) and
// described in docs/attribution-model.md.
//
// Immutable after construction; Tag is const and safe to call from many
// threads at once.
#ifndef WHOSAID_ATTRIBUTION_MODEL_ATTRIBUTION_MODEL_H_
#define WHOSAID_ATTRIBUTION_MODEL_ATTRIBUTION_MODEL_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "attribution/article.h"
#include "attribution/model/features.h"
#include "perceptron/huge_page_allocator.h"
#include "whosaid/status.h"

namespace whosaid::internal {

// Weights as int16 with one scale per tag (weight = q * scale[tag]): half
// the memory of floats, which is what scoring waits on (2^20 features x 7
// tags do not fit in a cache; on 2 MiB pages they at least fit the TLB).
struct QuantizedWeights {
  std::vector<int16_t, HugePageAllocator<int16_t>> q;  // [feature * kModelTags + tag]
  std::array<float, kModelTags> scale{};
  // Per tag, the scale that maps the largest weight to 32767.
  static QuantizedWeights From(const std::vector<float>& weights);
};

struct TaggedArticle {
  std::vector<uint8_t> tags;  // ModelTag per token
  std::vector<float> margin;  // per token: best score minus the runner-up's
};

class AttributionModel {
 public:
  // Weights indexed [feature * kModelTags + tag]; transitions
  // [(prev + 1) * kModelTags + tag], prev -1 meaning "start".
  // `syntax`: trained with syntax features (ArticleSyntax), which Tag then
  // computes.
  AttributionModel(uint32_t bits, std::vector<float> weights,
                   std::array<float, (kModelTags + 1) * kModelTags> transitions,
                   CueWords cue_words, bool syntax);
  AttributionModel(uint32_t bits, QuantizedWeights weights,
                   std::array<float, (kModelTags + 1) * kModelTags> transitions,
                   CueWords cue_words, bool syntax);

  // The model compiled into the library, or nullptr when the library was
  // built without one (an empty data/models/attribution.bin).
  static const AttributionModel* Default();

  // Reads a model file. Fails with kCorrupt when `bytes` is not one, or was
  // written for other features (kFeatureVersion).
  static Result<AttributionModel> FromBytes(std::string_view bytes);
  // The model file (little-endian): a header, the transitions, the learned
  // cue words, then int16 weights quantised per tag.
  std::string ToBytes() const;

  // `rule_tags`: RuleTags(a, the rules' claims) (features.h).
  TaggedArticle Tag(const Article& a, const std::vector<uint8_t>& rule_tags) const;
  // The same, from features already extracted (ExtractFeatures with bits()).
  TaggedArticle TagFeatures(const Article& a, const std::vector<uint32_t>& features) const;

  // The tags alone, for tokens whose paragraphs start at `paragraph_starts`;
  // *scores receives the per-token scores (see ScoreTokens).
  std::vector<uint8_t> TagTokens(const std::vector<uint32_t>& features,
                                 const std::vector<uint32_t>& paragraph_starts, uint32_t tokens,
                                 std::vector<float>* scores) const;

  uint32_t bits() const { return bits_; }
  bool syntax() const { return syntax_; }
  const CueWords& cue_words() const { return cue_words_; }

 private:
  uint32_t bits_;
  QuantizedWeights weights_;
  std::array<float, (kModelTags + 1) * kModelTags> transitions_;
  CueWords cue_words_;
  bool syntax_;
};

// Scores every tag of every token: scores[i * kModelTags + tag].
void ScoreTokens(const QuantizedWeights& weights, const std::vector<uint32_t>& features,
                 uint32_t tokens, std::vector<float>* scores);

// Writes to tags[begin, end) the best tag sequence for tokens [begin, end)
// under `scores` and `transitions` (see the constructor's layout), honouring
// TagFollows. Sequences are paragraphs: the tagger decodes each on its own.
void Viterbi(const std::vector<float>& scores, uint32_t begin, uint32_t end,
             const float* transitions, std::vector<uint8_t>* tags);

}  // namespace whosaid::internal

#endif  // WHOSAID_ATTRIBUTION_MODEL_ATTRIBUTION_MODEL_H_
