// Copyright 2026 The whosaid Authors.
#include "store/quote_matcher.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "text/utf8.h"

namespace whosaid::internal {
namespace {

// Most token edits per token for a near match (1 in 5).
constexpr double kMaxEditRate = 0.2;
// Rare tokens a quote is looked up by, and candidates checked per quote.
constexpr size_t kLookupTokens = 4;
constexpr size_t kMaxCandidates = 20;

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }
bool IsWordChar(char32_t c) { return u_isalnum(static_cast<UChar32>(c)); }

// One quote as token ids, by fragment and flat.
struct TokenizedQuote {
  std::vector<std::vector<int>> fragments;
  std::vector<int> flat;
};

// Distinct quote texts (by their tokens), matched as a whole.
struct Unit {
  TokenizedQuote tokens;
  int first = 0;            // first occurrence
  int parent = -1;          // the unit it matches, or -1 for a canonical quote
  QuoteMatch match = QuoteMatch::kExact;
};

class Interner {
 public:
  int Id(const std::string& token) {
    return ids_.emplace(token, static_cast<int>(ids_.size())).first->second;
  }

 private:
  std::unordered_map<std::string, int> ids_;
};

TokenizedQuote Tokenize(const QuoteOccurrence& o, Interner* interner) {
  TokenizedQuote q;
  for (const std::vector<std::string>& fragment : QuoteFragments(o.text, o.quoted_words_only)) {
    q.fragments.emplace_back();
    for (const std::string& t : fragment) {
      q.fragments.back().push_back(interner->Id(t));
      q.flat.push_back(q.fragments.back().back());
    }
  }
  return q;
}

// The fewest token edits that turn `pattern` into some stretch of `text`
// (Sellers' approximate substring matching); stops counting past `budget`.
int SubstringDistance(const std::vector<int>& pattern, const std::vector<int>& text, int budget) {
  std::vector<int> prev(text.size() + 1, 0), cur(text.size() + 1);
  for (size_t i = 1; i <= pattern.size(); ++i) {
    cur[0] = static_cast<int>(i);
    int best = cur[0];
    for (size_t j = 1; j <= text.size(); ++j) {
      const int substitute = prev[j - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
      cur[j] = std::min({substitute, prev[j] + 1, cur[j - 1] + 1});
      best = std::min(best, cur[j]);
    }
    if (best > budget) return budget + 1;
    std::swap(prev, cur);
  }
  return *std::min_element(prev.begin(), prev.end());
}

// Edits needed to find every fragment of `q` in `text`, or budget + 1.
int FragmentDistance(const TokenizedQuote& q, const std::vector<int>& text, int budget) {
  int total = 0;
  for (const std::vector<int>& f : q.fragments) {
    total += SubstringDistance(f, text, budget - total);
    if (total > budget) return budget + 1;
  }
  return total;
}

// Shares of `q`'s distinct tokens that `text` has at all: a cheap bound
// before the edit distance.
double TokenCoverage(const std::vector<int>& q_sorted, const std::vector<int>& text_sorted) {
  std::vector<int> common;
  std::set_intersection(q_sorted.begin(), q_sorted.end(), text_sorted.begin(), text_sorted.end(),
                        std::back_inserter(common));
  return q_sorted.empty() ? 0.0 : static_cast<double>(common.size()) / q_sorted.size();
}

std::vector<int> SortedDistinct(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

class Grouper {
 public:
  explicit Grouper(std::vector<Unit> units) : units_(std::move(units)) {
    for (const Unit& u : units_) distinct_.push_back(SortedDistinct(u.tokens.flat));
    for (const auto& d : distinct_) {
      for (int t : d) ++df_[t];
    }
  }

  // Matches every unit against the longer ones, longest first.
  std::vector<Unit> Run() {
    std::vector<int> order(units_.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = static_cast<int>(k);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      return units_[a].tokens.flat.size() > units_[b].tokens.flat.size();
    });
    for (int u : order) {
      if (units_[u].tokens.flat.size() >= static_cast<size_t>(kMinMatchTokens)) MatchUnit(u);
      for (int t : distinct_[u]) postings_[t].push_back(u);
    }
    return std::move(units_);
  }

 private:
  // The already-placed units sharing the most of `u`'s rarest tokens.
  std::vector<int> Candidates(int u) {
    std::vector<int> rare = distinct_[u];
    std::stable_sort(rare.begin(), rare.end(), [&](int a, int b) { return df_[a] < df_[b]; });
    rare.resize(std::min(rare.size(), kLookupTokens));
    std::map<int, int> hits;
    for (int t : rare) {
      for (int c : postings_[t]) ++hits[c];
    }
    const int needed = std::max<int>(1, static_cast<int>(rare.size()) - 1);
    std::vector<std::pair<int, int>> ranked;  // (-hits, unit)
    for (const auto& [c, h] : hits) {
      if (h >= needed) ranked.emplace_back(-h, c);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<int> out;
    for (size_t k = 0; k < ranked.size() && k < kMaxCandidates; ++k) out.push_back(ranked[k].second);
    return out;
  }

  void MatchUnit(int u) {
    const TokenizedQuote& q = units_[u].tokens;
    const int budget = static_cast<int>(kMaxEditRate * q.flat.size());
    int best = -1, best_distance = budget + 1;
    for (int c : Candidates(u)) {
      if (TokenCoverage(distinct_[u], distinct_[c]) < 1.0 - kMaxEditRate) continue;
      const int d = FragmentDistance(q, units_[c].tokens.flat, std::min(budget, best_distance));
      if (d < best_distance || (d == best_distance && best >= 0 && c < best)) {
        best = c;
        best_distance = d;
      }
    }
    if (best < 0 || best_distance > budget) return;
    units_[u].parent = best;
    units_[u].match = best_distance == 0 ? QuoteMatch::kPartial : QuoteMatch::kNear;
  }

  std::vector<Unit> units_;
  std::vector<std::vector<int>> distinct_;
  std::unordered_map<int, int> df_;
  std::unordered_map<int, std::vector<int>> postings_;
};

// Follows parents to the canonical unit, combining the match kinds.
std::pair<int, QuoteMatch> Root(const std::vector<Unit>& units, int u) {
  QuoteMatch match = QuoteMatch::kExact;
  while (units[u].parent >= 0) {
    if (units[u].match == QuoteMatch::kNear || match == QuoteMatch::kNear) {
      match = QuoteMatch::kNear;
    } else {
      match = QuoteMatch::kPartial;
    }
    u = units[u].parent;
  }
  return {u, match};
}

}  // namespace

const char* QuoteMatchName(QuoteMatch match) {
  switch (match) {
    case QuoteMatch::kExact: return "exact";
    case QuoteMatch::kPartial: return "partial";
    case QuoteMatch::kNear: return "near";
  }
  return "exact";
}

namespace {

bool IsDoubleQuoteMark(char32_t c) { return c == '"' || c == 0x201C || c == 0x201D; }

bool HasDoubleQuoteMark(const std::string& text) {
  for (size_t i = 0; i < text.size();) {
    char32_t c;
    i += DecodeUtf8(text, i, &c);
    if (IsDoubleQuoteMark(c)) return true;
  }
  return false;
}

// Splits a quote into fragments of lowercased tokens; see QuoteFragments.
class FragmentSplitter {
 public:
  explicit FragmentSplitter(bool quoted_only) : quoted_only_(quoted_only), outside_(quoted_only) {}

  void Add(char32_t c, char32_t next) {
    dots_ = c == '.' ? dots_ + 1 : 0;
    if (IsWordChar(c)) {
      if (!outside_) AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))), &token_);
    } else if (IsApostrophe(c) && !token_.empty() && IsWordChar(next)) {
      // "you've" is one token
    } else if (c == 0x2026 || dots_ == 3) {
      EndFragment();
    } else if (quoted_only_ && IsDoubleQuoteMark(c)) {
      EndFragment();
      outside_ = c == 0x201D || (c == '"' && !outside_);
    } else {
      EndToken();
    }
  }

  std::vector<std::vector<std::string>> Finish() {
    EndToken();
    if (fragments_.back().empty() && fragments_.size() > 1) fragments_.pop_back();
    return std::move(fragments_);
  }

 private:
  void EndToken() {
    if (!token_.empty()) fragments_.back().push_back(token_);
    token_.clear();
  }
  void EndFragment() {
    EndToken();
    if (!fragments_.back().empty()) fragments_.emplace_back();
  }

  const bool quoted_only_;
  bool outside_;  // outside quote marks, when only quoted words count
  int dots_ = 0;
  std::string token_;
  std::vector<std::vector<std::string>> fragments_{1};
};

}  // namespace

std::vector<std::vector<std::string>> QuoteFragments(const std::string& text,
                                                     bool quoted_words_only) {
  FragmentSplitter splitter(quoted_words_only && HasDoubleQuoteMark(text));
  for (size_t i = 0; i < text.size();) {
    char32_t c;
    const int n = DecodeUtf8(text, i, &c);
    char32_t next = 0;
    if (i + n < text.size()) DecodeUtf8(text, i + n, &next);
    i += n;
    splitter.Add(c, next);
  }
  return splitter.Finish();
}

QuoteGroups GroupQuotes(const std::vector<QuoteOccurrence>& occurrences) {
  Interner interner;
  std::vector<Unit> units;
  std::vector<int> unit_of;
  std::map<std::vector<int>, int> by_key;
  for (size_t k = 0; k < occurrences.size(); ++k) {
    TokenizedQuote q = Tokenize(occurrences[k], &interner);
    std::vector<int> key = q.flat;
    // Short quotes are the same quote only from the same known speaker.
    if (q.flat.size() < static_cast<size_t>(kMinMatchTokens)) {
      key.push_back(-1);
      key.push_back(occurrences[k].speaker >= 0 ? occurrences[k].speaker
                                                : -2 - static_cast<int>(k));
    }
    auto [it, added] = by_key.emplace(std::move(key), static_cast<int>(units.size()));
    if (added) units.push_back(Unit{std::move(q), static_cast<int>(k)});
    unit_of.push_back(it->second);
  }
  units = Grouper(std::move(units)).Run();

  QuoteGroups groups;
  std::unordered_map<int, int> quote_of_root;
  for (size_t k = 0; k < occurrences.size(); ++k) {
    const auto [root, match] = Root(units, unit_of[k]);
    auto [it, added] = quote_of_root.emplace(root, static_cast<int>(groups.representative.size()));
    if (added) groups.representative.push_back(units[root].first);
    groups.quote_of.push_back(it->second);
    groups.match.push_back(match);
  }
  return groups;
}

}  // namespace whosaid::internal
