// Copyright 2026 The whosaid Authors.
#include "attribution/model/model_claims.h"

#include <algorithm>
#include <map>

namespace whosaid::internal {
namespace {

struct Chunk {
  int role;  // TagRole
  TokenRange tokens;
  float margin = 0;  // summed over the chunk's tokens
};

std::vector<Chunk> Chunks(const TaggedArticle& t) {
  std::vector<Chunk> out;
  for (uint32_t i = 0; i < t.tags.size(); ++i) {
    const int role = TagRole(t.tags[i]);
    if (role < 0) continue;
    const bool begins = (t.tags[i] - 1) % 2 == 0;
    if (begins || out.empty() || out.back().tokens.end != i || out.back().role != role) {
      out.push_back({role, {i, i}, 0});
    }
    out.back().tokens.end = i + 1;
    out.back().margin += t.margin[i];
  }
  return out;
}

// Token distance between two chunks; a chunk in another sentence of the
// paragraph is farther than any in the same one; -1 when in another paragraph.
int64_t Distance(const Article& a, const TokenRange& x, const TokenRange& y) {
  if (a.paragraph_of[x.begin] != a.paragraph_of[y.begin]) return -1;
  const int64_t gap = x.end <= y.begin ? int64_t{y.begin} - x.end : int64_t{x.begin} - y.end;
  const bool same_sentence = a.sentence_of[x.begin] == a.sentence_of[y.begin] ||
                             a.sentence_of[x.end - 1] == a.sentence_of[y.begin];
  return std::max<int64_t>(gap, 0) + (same_sentence ? 0 : 100000);
}

// The index of the chunk of `role` nearest `to`, or -1.
int Nearest(const Article& a, const std::vector<Chunk>& chunks, int role, const TokenRange& to,
            bool same_sentence_only) {
  int best = -1;
  int64_t best_d = INT64_MAX;
  for (size_t k = 0; k < chunks.size(); ++k) {
    if (chunks[k].role != role) continue;
    const int64_t d = Distance(a, to, chunks[k].tokens);
    if (d < 0 || (same_sentence_only && d >= 100000)) continue;
    if (d < best_d) best = static_cast<int>(k), best_d = d;
  }
  return best;
}

AttributionType TypeOf(const Article& a, const TokenRange& r) {
  uint32_t quoted = 0, words = 0;
  for (uint32_t i = r.begin; i < r.end; ++i) {
    if (!a.IsWord(i)) continue;
    ++words;
    quoted += a.InQuote(i);
  }
  if (quoted == 0) return AttributionType::kIndirect;
  return quoted == words ? AttributionType::kDirect : AttributionType::kMixed;
}

bool Overlaps(uint32_t b1, uint32_t e1, uint32_t b2, uint32_t e2) { return b1 < e2 && b2 < e1; }

bool Overlaps(const std::pair<uint32_t, uint32_t>& bytes, const Article& a, const TokenRange& r) {
  return !r.empty() && Overlaps(bytes.first, bytes.second, a.tokens[r.begin].begin, a.tokens[r.end - 1].end);
}

// The same claim as a rule claim, or content where the rules found a source
// ("Fox News, citing an unnamed source, reported ...": the cited source).
bool ConflictsWithRules(const Article& a, const Claim& m, const std::vector<Claim>& rules) {
  for (const Claim& r : rules) {
    if (!m.cue.empty() && !r.cue.empty() &&
        Overlaps(m.cue.begin, m.cue.end, r.cue.begin, r.cue.end)) {
      return true;
    }
    for (const auto& mc : m.content) {
      if (Overlaps(mc, a, r.source) || Overlaps(mc, a, r.via)) return true;
      for (const auto& [rb, re] : r.content) {
        if (Overlaps(mc.first, mc.second, rb, re)) return true;
      }
    }
  }
  return false;
}

// A cue with a word from the reporting-verb lexicon or from the cue words
// the model learned ("said", "according to", "has learned").
bool KnownCue(const Article& a, const AttributionModel& model, const TokenRange& cue) {
  for (uint32_t i = cue.begin; i < cue.end; ++i) {
    if (!a.IsWord(i)) continue;
    const std::string_view w = a.Lower(i);
    if (a.lexicon->FindCue(w) != nullptr || model.cue_words().count(std::string(w)) > 0) return true;
  }
  return false;
}

}  // namespace

std::vector<ModelClaim> ClaimsFromTags(const Article& a, const TaggedArticle& tagged) {
  const std::vector<Chunk> chunks = Chunks(tagged);
  constexpr int kSource = 0, kCue = 1, kContent = 2;
  // Contents grouped by their cue (-1 - k: content k without a cue).
  std::map<int, std::vector<int>> by_cue;
  for (size_t k = 0; k < chunks.size(); ++k) {
    if (chunks[k].role != kContent) continue;
    const int cue = Nearest(a, chunks, kCue, chunks[k].tokens, false);
    by_cue[cue >= 0 ? cue : -1 - static_cast<int>(k)].push_back(static_cast<int>(k));
  }
  std::vector<ModelClaim> out;
  for (const auto& [cue, contents] : by_cue) {
    ModelClaim m;
    float margin = 0;
    uint32_t tokens = 0;
    for (int k : contents) {
      const TokenRange& r = chunks[k].tokens;
      m.claim.content.push_back({a.tokens[r.begin].begin, a.tokens[r.end - 1].end});
      margin += chunks[k].margin;
      tokens += r.size();
    }
    const TokenRange first = chunks[contents.front()].tokens;
    m.claim.type = TypeOf(a, first);
    m.confidence = margin / static_cast<float>(tokens);
    if (cue >= 0) {
      m.claim.cue = chunks[cue].tokens;
      const int source = Nearest(a, chunks, kSource, m.claim.cue, true);
      if (source >= 0) m.claim.source = chunks[source].tokens;
    } else {
      const int source = Nearest(a, chunks, kSource, first, true);
      if (source >= 0) m.claim.source = chunks[source].tokens;
    }
    out.push_back(std::move(m));
  }
  std::sort(out.begin(), out.end(), [](const ModelClaim& x, const ModelClaim& y) {
    return x.claim.content.front().first < y.claim.content.front().first;
  });
  return out;
}

void AddModelClaims(const Article& a, const AttributionModel& model, bool gate,
                    std::vector<Claim>* claims) {
  std::vector<ModelClaim> found = ClaimsFromTags(a, model.Tag(a));
  if (gate) {
    // Merged claims need a cue the model knows as one (see KnownCue).
    std::erase_if(found, [&](const ModelClaim& m) { return !KnownCue(a, model, m.claim.cue); });
  }
  MergeModelClaims(a, std::move(found), gate, claims);
}

void MergeModelClaims(const Article& a, std::vector<ModelClaim> model_claims, bool gate,
                      std::vector<Claim>* claims) {
  const std::vector<Claim> rules = *claims;
  for (ModelClaim& m : model_claims) {
    if (gate && m.confidence < kMinMergeConfidence) continue;
    if (ConflictsWithRules(a, m.claim, rules)) continue;
    claims->push_back(std::move(m.claim));
  }
}

void AddLearnedClaims(const Article& a, const Options& options, std::vector<Claim>* claims) {
  const AttributionModel* model = AttributionModel::Default();
  if (model != nullptr) AddModelClaims(a, *model, options.rules, claims);
}

}  // namespace whosaid::internal
