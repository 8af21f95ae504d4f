// Copyright 2026 The whosaid Authors.
#include "attribution/model/attribution_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "attribution/model/model_data.h"

namespace whosaid::internal {
namespace {

constexpr char kMagic[8] = {'W', 'S', 'A', 'M', 'O', 'D', 'E', 'L'};
constexpr float kImpossible = -1e30f;

template <typename T>
void Put(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <typename T>
bool Get(std::string_view* in, T* v) {
  if (in->size() < sizeof *v) return false;
  std::memcpy(v, in->data(), sizeof *v);
  in->remove_prefix(sizeof *v);
  return true;
}

}  // namespace

QuantizedWeights QuantizedWeights::From(const std::vector<float>& weights) {
  QuantizedWeights out;
  for (size_t k = 0; k < weights.size(); ++k) {
    out.scale[k % kModelTags] = std::max(out.scale[k % kModelTags], std::fabs(weights[k]));
  }
  for (float& s : out.scale) s = s > 0 ? s / 32767.0f : 1.0f;
  out.q.resize(weights.size());
  for (size_t k = 0; k < weights.size(); ++k) {
    out.q[k] = static_cast<int16_t>(std::lround(weights[k] / out.scale[k % kModelTags]));
  }
  return out;
}

AttributionModel::AttributionModel(uint32_t bits, std::vector<float> weights,
                                   std::array<float, (kModelTags + 1) * kModelTags> transitions,
                                   CueWords cue_words, bool syntax)
    : AttributionModel(bits, QuantizedWeights::From(weights), transitions, std::move(cue_words),
                       syntax) {}

AttributionModel::AttributionModel(uint32_t bits, QuantizedWeights weights,
                                   std::array<float, (kModelTags + 1) * kModelTags> transitions,
                                   CueWords cue_words, bool syntax)
    : bits_(bits),
      weights_(std::move(weights)),
      transitions_(transitions),
      cue_words_(std::move(cue_words)),
      syntax_(syntax) {}

void ScoreTokens(const QuantizedWeights& weights, const std::vector<uint32_t>& features,
                 uint32_t tokens, std::vector<float>* scores) {
  scores->assign(static_cast<size_t>(tokens) * kModelTags, 0.0f);
  const size_t per_token = tokens == 0 ? 0 : features.size() / tokens;
  for (uint32_t i = 0; i < tokens; ++i) {
    int32_t sum[kModelTags] = {};
    const uint32_t* f = &features[static_cast<size_t>(i) * per_token];
    for (size_t k = 0; k < per_token; ++k) {
      const int16_t* w = &weights.q[static_cast<size_t>(f[k]) * kModelTags];
      for (int t = 0; t < kModelTags; ++t) sum[t] += w[t];
    }
    float* s = &(*scores)[static_cast<size_t>(i) * kModelTags];
    for (int t = 0; t < kModelTags; ++t) s[t] = static_cast<float>(sum[t]) * weights.scale[t];
  }
}

void Viterbi(const std::vector<float>& scores, uint32_t begin, uint32_t end,
             const float* transitions, std::vector<uint8_t>* tags) {
  if (begin >= end) return;
  std::vector<uint8_t> back(static_cast<size_t>(end - begin) * kModelTags, 0);
  std::array<float, kModelTags> best{}, next{};
  for (int t = 0; t < kModelTags; ++t) {
    best[t] = TagFollows(kTagO, t) ? transitions[t] + scores[static_cast<size_t>(begin) * kModelTags + t]
                                   : kImpossible;
  }
  for (uint32_t i = begin + 1; i < end; ++i) {
    for (int t = 0; t < kModelTags; ++t) {
      float top = kImpossible;
      uint8_t arg = 0;
      for (int p = 0; p < kModelTags; ++p) {
        if (!TagFollows(p, t)) continue;
        const float v = best[p] + transitions[(p + 1) * kModelTags + t];
        if (v > top) top = v, arg = static_cast<uint8_t>(p);
      }
      next[t] = top + scores[static_cast<size_t>(i) * kModelTags + t];
      back[static_cast<size_t>(i - begin) * kModelTags + t] = arg;
    }
    best = next;
  }
  uint8_t t = static_cast<uint8_t>(std::max_element(best.begin(), best.end()) - best.begin());
  for (uint32_t i = end; i-- > begin;) {
    (*tags)[i] = t;
    t = back[static_cast<size_t>(i - begin) * kModelTags + t];
  }
}

std::vector<uint8_t> AttributionModel::TagTokens(const std::vector<uint32_t>& features,
                                                 const std::vector<uint32_t>& paragraph_starts,
                                                 uint32_t tokens, std::vector<float>* scores) const {
  ScoreTokens(weights_, features, tokens, scores);
  std::vector<uint8_t> tags(tokens, kTagO);
  for (size_t p = 0; p < paragraph_starts.size(); ++p) {
    const uint32_t end = p + 1 < paragraph_starts.size() ? paragraph_starts[p + 1] : tokens;
    Viterbi(*scores, paragraph_starts[p], end, transitions_.data(), &tags);
  }
  return tags;
}

TaggedArticle AttributionModel::TagFeatures(const Article& a,
                                            const std::vector<uint32_t>& features) const {
  const uint32_t tokens = a.size();
  std::vector<float> scores;
  TaggedArticle out;
  out.tags = TagTokens(features, a.paragraph_starts, tokens, &scores);
  out.margin.resize(tokens);
  for (uint32_t i = 0; i < tokens; ++i) {
    const float* s = &scores[static_cast<size_t>(i) * kModelTags];
    float other = -std::numeric_limits<float>::infinity();
    for (int t = 0; t < kModelTags; ++t) {
      if (t != out.tags[i]) other = std::max(other, s[t]);
    }
    out.margin[i] = s[out.tags[i]] - other;
  }
  return out;
}

TaggedArticle AttributionModel::Tag(const Article& a, const std::vector<uint8_t>& rule_tags) const {
  std::vector<uint32_t> features;
  if (syntax_) {
    const Syntax syntax = ArticleSyntax(a);
    ExtractFeatures(a, bits_, cue_words_, rule_tags, &syntax, &features);
  } else {
    ExtractFeatures(a, bits_, cue_words_, rule_tags, nullptr, &features);
  }
  return TagFeatures(a, features);
}

std::string AttributionModel::ToBytes() const {
  std::string out(kMagic, sizeof kMagic);
  Put(&out, kFeatureVersion);
  Put(&out, static_cast<uint32_t>(FeaturesPerToken(syntax_)));
  Put(&out, static_cast<uint32_t>(kModelTags));
  Put(&out, bits_);
  Put(&out, static_cast<uint32_t>(syntax_));
  for (float t : transitions_) Put(&out, t);
  std::vector<std::string> words(cue_words_.begin(), cue_words_.end());
  std::sort(words.begin(), words.end());  // the same file for the same model
  Put(&out, static_cast<uint32_t>(words.size()));
  for (const std::string& w : words) {
    Put(&out, static_cast<uint32_t>(w.size()));
    out += w;
  }
  for (float s : weights_.scale) Put(&out, s);
  for (int16_t q : weights_.q) Put(&out, q);
  return out;
}

Result<AttributionModel> AttributionModel::FromBytes(std::string_view in) {
  if (in.size() < sizeof kMagic || std::memcmp(in.data(), kMagic, sizeof kMagic) != 0) {
    return CorruptError("not a whosaid attribution model");
  }
  in.remove_prefix(sizeof kMagic);
  uint32_t version, features, tags, bits, syntax;
  if (!Get(&in, &version) || !Get(&in, &features) || !Get(&in, &tags) || !Get(&in, &bits) ||
      !Get(&in, &syntax) || syntax > 1) {
    return CorruptError("attribution model: truncated header");
  }
  if (version != kFeatureVersion || features != static_cast<uint32_t>(FeaturesPerToken(syntax)) ||
      tags != kModelTags ||
      bits < 8 || bits > 24) {
    return CorruptError("attribution model: made for other features (version " +
                        std::to_string(version) + ", expected " +
                        std::to_string(kFeatureVersion) + ")");
  }
  std::array<float, (kModelTags + 1) * kModelTags> transitions;
  for (float& t : transitions) {
    if (!Get(&in, &t)) return CorruptError("attribution model: truncated");
  }
  CueWords cue_words;
  uint32_t count;
  if (!Get(&in, &count)) return CorruptError("attribution model: truncated");
  for (uint32_t k = 0; k < count; ++k) {
    uint32_t size;
    if (!Get(&in, &size) || in.size() < size) return CorruptError("attribution model: truncated");
    cue_words.emplace(in.substr(0, size));
    in.remove_prefix(size);
  }
  QuantizedWeights weights;
  for (float& s : weights.scale) {
    if (!Get(&in, &s)) return CorruptError("attribution model: truncated");
  }
  const size_t n = (size_t{1} << bits) * kModelTags;
  if (in.size() != n * sizeof(int16_t)) return CorruptError("attribution model: wrong size");
  weights.q.resize(n);
  std::memcpy(weights.q.data(), in.data(), n * sizeof(int16_t));  // little-endian, as written
  return AttributionModel(bits, std::move(weights), transitions, std::move(cue_words), syntax == 1);
}

const AttributionModel* AttributionModel::Default() {
  static const AttributionModel* model = []() -> const AttributionModel* {
    const std::string_view bytes = EmbeddedAttributionModel();
    if (bytes.empty()) return nullptr;
    Result<AttributionModel> m = FromBytes(bytes);
    return m.ok() ? new AttributionModel(std::move(*m)) : nullptr;
  }();
  return model;
}

}  // namespace whosaid::internal
