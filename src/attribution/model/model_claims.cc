// Copyright 2026 The whosaid Authors.
#include "attribution/model/model_claims.h"

#include <algorithm>
#include <map>

#include "attribution/attribution_finder.h"

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

// The chunks of each role, in text order, for nearest-chunk searches in
// logarithmic time (a megabyte of cues must not make linking quadratic).
class ChunkIndex {
 public:
  explicit ChunkIndex(const std::vector<Chunk>& chunks) : chunks_(chunks) {
    for (size_t k = 0; k < chunks.size(); ++k) by_role_[chunks[k].role].push_back(static_cast<int>(k));
  }

  // The index of the chunk of `role` nearest `to`, or -1. Only the nearest
  // chunk on each side can win: sentences are contiguous, so a farther one
  // is never in a nearer sentence.
  int Nearest(const Article& a, int role, const TokenRange& to, bool same_sentence_only) const {
    const std::vector<int>& list = by_role_[role];
    const auto right = std::lower_bound(list.begin(), list.end(), to.end, [&](int k, uint32_t at) {
      return chunks_[k].tokens.begin < at;
    });
    int best = -1;
    int64_t best_d = INT64_MAX;
    auto consider = [&](int k) {
      const int64_t d = Distance(a, to, chunks_[k].tokens);
      if (d < 0 || (same_sentence_only && d >= 100000)) return;
      if (d < best_d) best = k, best_d = d;
    };
    if (right != list.end()) consider(*right);
    if (right != list.begin() && chunks_[*(right - 1)].tokens.end <= to.begin) consider(*(right - 1));
    return best;
  }

 private:
  const std::vector<Chunk>& chunks_;
  std::vector<int> by_role_[3];
};

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

// What the rule claims cover, per token: content, source or cited source,
// cue. Built once per article, so that merging stays linear.
class RuleCover {
 public:
  RuleCover(const Article& a, const std::vector<Claim>& rules)
      : a_(a), taken_(a.size(), false), cue_(a.size(), false) {
    for (const Claim& r : rules) {
      for (const auto& [b, e] : r.content) Mark(a.TokensIn(b, e), &taken_);
      Mark(r.source, &taken_);
      Mark(r.via, &taken_);
      Mark(r.cue, &cue_);
    }
  }

  // The same claim as a rule claim, or content where the rules found a
  // source ("Fox News, citing an unnamed source, reported ...").
  bool Conflicts(const Claim& m) const {
    if (Any(m.cue, cue_)) return true;
    for (const auto& [b, e] : m.content) {
      if (Any(a_.TokensIn(b, e), taken_)) return true;
    }
    return false;
  }

 private:
  static void Mark(const TokenRange& r, std::vector<bool>* flags) {
    for (uint32_t i = r.begin; i < r.end && i < flags->size(); ++i) (*flags)[i] = true;
  }
  static bool Any(const TokenRange& r, const std::vector<bool>& flags) {
    for (uint32_t i = r.begin; i < r.end && i < flags.size(); ++i) {
      if (flags[i]) return true;
    }
    return false;
  }

  const Article& a_;
  std::vector<bool> taken_, cue_;
};

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

bool AllWords(const Article& a, uint32_t begin, uint32_t end) {
  for (uint32_t i = begin; i < end; ++i) {
    if (a.tokens[i].kind != TokenKind::kWord && a.tokens[i].kind != TokenKind::kNumber) return false;
  }
  return true;
}

bool IsAnyPunct(const Article& a, uint32_t i, std::string_view marks) {
  return i < a.size() && a.tokens[i].kind == TokenKind::kPunct &&
         marks.find(static_cast<char>(a.tokens[i].first)) != std::string_view::npos;
}

// Where a phrase may end: before punctuation, a quote mark, the end of the
// text, or the claim's cue.
bool PhraseEndsBefore(const Article& a, uint32_t i, const TokenRange& cue) {
  return i >= a.size() || i == cue.begin ||
         (a.tokens[i].kind != TokenKind::kWord && a.tokens[i].kind != TokenKind::kNumber);
}

// The model's span for a rule claim's cue or source, or an empty range to
// keep the rule's. The model's span, without punctuation at its ends (a
// closing parenthesis stays), is taken when it overlaps the rule's and
// differs from it only in how annotators mark a phrase: words dropped, words
// before it ("also said", "retired Air Force general Lloyd Newton"), a role
// set off by a comma before a name ("Apple's chief executive, Tim Cook"), and
// after it at most two words ("called for", "said Monday") or, for a source,
// an appositive or parenthesis that ends where a phrase ends (", a
// prominent New York Democrat", "(D-Mo.)"). A comma followed by a
// conjunction is the model running on into the next clause (", and on
// Monday one report placed ...").
TokenRange ShownSpan(const Article& a, const TokenRange& rule, TokenRange model, const Claim& claim,
                     bool source) {
  while (!model.empty() && !AllWords(a, model.begin, model.begin + 1)) ++model.begin;
  while (!model.empty() && !AllWords(a, model.end - 1, model.end) && !a.IsPunct(model.end - 1, ')')) {
    --model.end;
  }
  if (rule.empty() || model.empty() || model.begin >= rule.end || rule.begin >= model.end ||
      (model.begin == rule.begin && model.end == rule.end)) {
    return {};
  }
  for (uint32_t i = model.begin; i + 1 < model.end; ++i) {
    if (a.tokens[i].kind == TokenKind::kQuote) return {};
    if (a.IsPunct(i, ',') && (a.Is(i + 1, "and") || a.Is(i + 1, "or") || a.Is(i + 1, "but"))) {
      return {};
    }
  }
  if (model.begin < rule.begin && !AllWords(a, model.begin, rule.begin)) {
    const bool role_before_name = source && a.IsPunct(rule.begin - 1, ',') &&
                                  AllWords(a, model.begin, rule.begin - 1) &&
                                  rule.begin - model.begin <= 12;
    if (!role_before_name) return {};
  }
  if (model.end > rule.end) {
    const bool few_words = model.end - rule.end <= 2 && AllWords(a, rule.end, model.end);
    const bool appositive = source && IsAnyPunct(a, rule.end, ",(") &&
                            PhraseEndsBefore(a, model.end, claim.cue);
    if (!few_words && !appositive) return {};
  }
  return model;
}

// Contents that took the same cue are one claim only when they are the two
// halves of a split quotation or sentence: the nearest content before the
// cue and the nearest after it, the second starting after punctuation or a
// quote mark ("X," she said, "Y"). A content that starts right after a word
// is no continuation: when it follows the cue (or the cue's source)
// directly ("he said the plan ..."), it is the cue's content and the one
// before is not; otherwise the one before is. A subject and an infinitive
// on both sides of the cue stay one content ("the treaty" "is expected"
// "to be ratified"). The contents left out are
// claims of their own without a cue: most are the content of a cue the
// tagger missed ("... ," Trump said, when Clinton blasted him for ...), and
// the gate keeps cueless claims out of the merged output.
void SplitCueGroups(const Article& a, const std::vector<Chunk>& chunks, const ChunkIndex& index,
                    std::map<int, std::vector<int>>* by_cue) {
  constexpr int kSource = 0;
  std::vector<int> orphans;
  for (auto& [cue, contents] : *by_cue) {
    if (cue < 0 || contents.size() < 2) continue;
    const TokenRange c = chunks[cue].tokens;
    int before = -1, after = -1;
    for (int k : contents) {  // in text order
      if (chunks[k].tokens.end <= c.begin) before = k;
      if (chunks[k].tokens.begin >= c.end && after < 0) after = k;
    }
    if (before >= 0 && after >= 0) {
      const uint32_t start = chunks[after].tokens.begin;
      const bool around_cue = chunks[before].tokens.end == c.begin && start == c.end;
      if (AllWords(a, start - 1, start) && !around_cue) {
        uint32_t cue_end = c.end;
        const int source = index.Nearest(a, kSource, c, true);
        if (source >= 0 && chunks[source].tokens.begin >= c.end) {
          cue_end = std::max(cue_end, chunks[source].tokens.end);
        }
        if (start == cue_end) {
          before = -1;
        } else {
          after = -1;
        }
      }
    }
    std::vector<int> kept;
    for (int k : contents) {
      (k == before || k == after ? kept : orphans).push_back(k);
    }
    contents = std::move(kept);
  }
  for (int k : orphans) (*by_cue)[-1 - k].push_back(k);
}

}  // namespace

std::vector<ModelClaim> ClaimsFromTags(const Article& a, const TaggedArticle& tagged) {
  const std::vector<Chunk> chunks = Chunks(tagged);
  const ChunkIndex index(chunks);
  constexpr int kSource = 0, kCue = 1, kContent = 2;
  // Contents grouped by their cue (-1 - k: content k without a cue).
  std::map<int, std::vector<int>> by_cue;
  for (size_t k = 0; k < chunks.size(); ++k) {
    if (chunks[k].role != kContent) continue;
    const int cue = index.Nearest(a, kCue, chunks[k].tokens, false);
    by_cue[cue >= 0 ? cue : -1 - static_cast<int>(k)].push_back(static_cast<int>(k));
  }
  SplitCueGroups(a, chunks, index, &by_cue);
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
      const int source = index.Nearest(a, kSource, m.claim.cue, true);
      if (source >= 0) m.claim.source = chunks[source].tokens;
    } else {
      const int source = index.Nearest(a, kSource, first, true);
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
                    float min_confidence, const std::vector<Claim>& rule_claims,
                    std::vector<Claim>* claims) {
  std::vector<ModelClaim> found = ClaimsFromTags(a, model.Tag(a, RuleTags(a, rule_claims)));
  ShowModelSpans(a, found, claims);
  if (gate) {
    // Merged claims need a cue the model knows as one (see KnownCue).
    std::erase_if(found, [&](const ModelClaim& m) { return !KnownCue(a, model, m.claim.cue); });
  }
  MergeModelClaims(a, std::move(found), gate, min_confidence, claims);
}

void ShowModelSpans(const Article& a, const std::vector<ModelClaim>& model_claims,
                    std::vector<Claim>* claims) {
  // Per token: the first model claim whose content holds it, and whether a
  // rule claim names a source or cue there.
  std::vector<int> model_content(a.size(), -1);
  for (size_t k = 0; k < model_claims.size(); ++k) {
    if (model_claims[k].claim.cue.empty()) continue;  // nothing to show
    for (const auto& [b, e] : model_claims[k].claim.content) {
      const TokenRange r = a.TokensIn(b, e);
      for (uint32_t i = r.begin; i < r.end; ++i) {
        if (model_content[i] < 0) model_content[i] = static_cast<int>(k);
      }
    }
  }
  std::vector<bool> speaker_or_cue(a.size(), false);
  for (const Claim& r : *claims) {
    for (const TokenRange& x : {r.cue, r.source, r.via}) {
      for (uint32_t i = x.begin; i < x.end && i < a.size(); ++i) speaker_or_cue[i] = true;
    }
  }
  for (Claim& rule : *claims) {
    int found = -1;
    for (const auto& [b, e] : rule.content) {
      const TokenRange r = a.TokensIn(b, e);
      for (uint32_t i = r.begin; i < r.end && found < 0; ++i) found = model_content[i];
      if (found >= 0) break;
    }
    if (found < 0) continue;
    const Claim& m = model_claims[found].claim;
    // A quote the rules gave to the speaker before it, without a cue or a
    // source of its own ("“…,” she said. “…”" after a partial quote): the
    // model's cue and source mark it as annotators do; the speaker stays
    // the one the rules found.
    if (rule.cue.empty() && rule.source.empty() && !m.cue.empty()) {
      rule.shown_cue = m.cue;
      rule.shown_source = m.source;
      continue;
    }
    rule.shown_cue = ShownSpan(a, rule.cue, m.cue, rule, /*source=*/false);
    const TokenRange source = ShownSpan(a, rule.source, m.source, rule, /*source=*/true);
    if (!source.empty()) rule.shown_source = source;  // else keep the rules' (with an appositive)
    // Reported speech without quote marks: the model's clause when it holds
    // the rules' one and runs into no one's source or cue (the model often
    // takes in a clause's "that" or an infinitive's subject; where it stops
    // short, the rules' longer reach is kept). Not for partial quotes:
    // whosaid's gold, unlike PolNeAR, bounds `called the raids "cruel"` at
    // the quoted words.
    if (rule.type == AttributionType::kIndirect && rule.content.size() == 1 &&
        m.content.size() == 1 && m.content[0].first <= rule.content[0].first &&
        m.content[0].second >= rule.content[0].second) {
      const TokenRange r = a.TokensIn(m.content[0].first, m.content[0].second);
      bool clean = true;
      for (uint32_t i = r.begin; i < r.end && clean; ++i) clean = !speaker_or_cue[i];
      if (clean && m.content != rule.content) rule.shown_content = m.content;
    }
  }
}

void MergeModelClaims(const Article& a, std::vector<ModelClaim> model_claims, bool gate,
                      float min_confidence, std::vector<Claim>* claims) {
  const RuleCover rules(a, *claims);
  for (ModelClaim& m : model_claims) {
    if (gate && m.confidence < min_confidence) continue;
    if (rules.Conflicts(m.claim)) continue;
    claims->push_back(std::move(m.claim));
  }
}

void AddLearnedClaims(const Article& a, const Options& options, std::vector<Claim>* claims) {
  const AttributionModel* model = AttributionModel::Default();
  if (model == nullptr) return;
  if (options.rules) {
    const std::vector<Claim> rule_claims = *claims;
    AddModelClaims(a, *model, /*gate=*/true, static_cast<float>(options.model_min_confidence),
                   rule_claims, claims);
  } else {  // the rules still inform the model; their claims are not output
    AddModelClaims(a, *model, /*gate=*/false, 0, FindClaims(a, options), claims);
  }
}

}  // namespace whosaid::internal
