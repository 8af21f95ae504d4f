// Copyright 2026 The whosaid Authors.
#include "store/quote_matcher.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "lexicon/lexicon_data.h"
#include "text/utf8.h"

namespace whosaid::internal {
namespace {

// Most token edits per token for a near match (1 in 5).
constexpr double kMaxEditRate = 0.2;
// Rare tokens a quote is looked up by, and candidates checked per quote.
constexpr size_t kLookupTokens = 4;
constexpr size_t kMaxCandidates = 20;
constexpr int kMaxLookupDf = 2000;
// Edit costs: a light word (function or filler word) added, dropped or
// swapped, or a word swapped for a spelling of it, costs half an edit; a
// light word swapped for a content word, one; a content word added or
// dropped, two (one swap for another is a drop plus an add); an edit that
// swaps one content word for another, or touches a negation, cannot be part
// of a near match.
constexpr double kLightEdit = 0.5;
constexpr double kContentIndel = 2;
constexpr double kBlocked = 1e6;
// The token standing for an editor's insertion in square brackets
// ("[Kamau] has done"): it stands in for any one word.
const char* const kBracketToken = "[]";

// data/lexicons/quote_words.txt, parsed.
struct QuoteWords {
  std::unordered_set<std::string> negations, light;
  // Spelling -> canonical, for one word and for two (first word, second).
  std::unordered_map<std::string, std::vector<std::string>> same;
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> same_pairs;
  std::unordered_set<std::string> pair_starts;
};

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

const QuoteWords& Lexicon() {
  static const QuoteWords* words = [] {
    auto* w = new QuoteWords();
    for (int f = 0; f < kLexiconFileCount; ++f) {
      if (std::string_view(kLexiconFiles[f].name) != "quote_words") continue;
      std::istringstream in(kLexiconFiles[f].contents);
      for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::string lower;
        for (char c : line) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const size_t colon = lower.find(':'), equals = lower.find(" = ");
        if (equals != std::string::npos) {
          const std::vector<std::string> from = Words(lower.substr(0, equals));
          std::vector<std::string> to = Words(lower.substr(equals + 3));
          if (from.size() == 1) w->same[from[0]] = std::move(to);
          if (from.size() == 2) {
            w->same_pairs[{from[0], from[1]}] = std::move(to);
            w->pair_starts.insert(from[0]);
          }
        } else if (colon != std::string::npos) {
          auto& set = lower.compare(0, colon, "negation") == 0 ? w->negations : w->light;
          for (std::string& word : Words(lower.substr(colon + 1))) set.insert(std::move(word));
        }
      }
    }
    return w;
  }();
  return *words;
}

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
  int first = 0;              // first occurrence
  std::set<int> speakers;     // the known speakers of its occurrences
  int parent = -1;            // the unit it matches, or -1 for a canonical quote
  QuoteMatch match = QuoteMatch::kExact;
};

// Token ids, with what the edit costs need to know about each token.
class Interner {
 public:
  Interner() { Id(kBracketToken); }  // id 0

  int Id(const std::string& token) {
    auto [it, added] = ids_.emplace(token, static_cast<int>(ids_.size()));
    if (added) {
      const QuoteWords& lexicon = Lexicon();
      tokens_.push_back({token, lexicon.negations.count(token) > 0, lexicon.light.count(token) > 0});
    }
    return it->second;
  }

  // The cost of swapping token a for token b.
  double Substitution(int a, int b) const {
    if (a == b || a == kBracket || b == kBracket) return 0;
    const Token& x = tokens_[a];
    const Token& y = tokens_[b];
    if (x.negation || y.negation) return kBlocked;
    if ((x.light && y.light) || Spellings(x.text, y.text)) return kLightEdit;
    if (x.light || y.light) return 1;
    return kBlocked;
  }

  bool IsLight(int a) const { return a == kBracket || tokens_[a].light; }

  // Whether tokens a and b written together are token c ("some time" /
  // "sometime").
  bool Joins(int a, int b, int c) const {
    const std::string &x = tokens_[a].text, &y = tokens_[b].text, &z = tokens_[c].text;
    return x.size() + y.size() == z.size() && z.compare(0, x.size(), x) == 0 &&
           z.compare(x.size(), y.size(), y) == 0;
  }

  // The cost of adding or dropping token a.
  double Indel(int a) const {
    if (a == kBracket) return 0;
    return tokens_[a].negation ? kBlocked : tokens_[a].light ? kLightEdit : kContentIndel;
  }

  static constexpr int kBracket = 0;

 private:
  struct Token {
    std::string text;
    bool negation = false;
    bool light = false;
  };

  // Two spellings or forms of one word: they start alike and differ by at
  // most two letters ("organisation" / "organization", "tell" / "tells"),
  // unlike words that differ at the start ("hire" / "fire").
  static bool Spellings(const std::string& a, const std::string& b) {
    if (a.size() < 4 || b.size() < 4 || a.compare(0, 3, b, 0, 3) != 0) return false;
    if (a.size() > b.size() + 2 || b.size() > a.size() + 2) return false;
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
    for (size_t i = 1; i <= a.size(); ++i) {
      cur[0] = static_cast<int>(i);
      for (size_t j = 1; j <= b.size(); ++j) {
        cur[j] = std::min({prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1});
      }
      std::swap(prev, cur);
    }
    return prev[b.size()] <= 2;
  }

  std::unordered_map<std::string, int> ids_;
  std::vector<Token> tokens_;
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

// The cheapest edits (costs from `interner`) that turn `pattern` into some
// stretch of `text` (Sellers' approximate substring matching, anchored: the
// stretch starts and ends with words aligned to the pattern's, so only light
// words of the pattern may hang over its ends, at their cost); stops counting
// past `budget` and then returns kBlocked.
//   lead     the pattern's first i tokens all dropped (light words only)
//   row[j]   tokens 1..i consumed, at least one aligned, text up to j
//   aligned  the best row[j] whose last step aligned token i to text j
// Aligning a word written as two ("some time" / "sometime") costs half an
// edit.
double SubstringDistance(const std::vector<int>& pattern, const std::vector<int>& text,
                         double budget, const Interner& interner) {
  std::vector<double> prev2(text.size() + 1, kBlocked), prev(text.size() + 1, kBlocked),
      cur(text.size() + 1);
  double lead2 = kBlocked, lead = 0, best_end = kBlocked;
  for (size_t i = 1; i <= pattern.size(); ++i) {
    const int p = pattern[i - 1];
    cur[0] = kBlocked;
    double best = kBlocked, aligned = kBlocked;
    for (size_t j = 1; j <= text.size(); ++j) {
      const int t = text[j - 1];
      double align = std::min(prev[j - 1], lead) + (p == t ? 0 : interner.Substitution(p, t));
      if (i >= 2 && interner.Joins(pattern[i - 2], p, t)) {
        align = std::min(align, std::min(prev2[j - 1], lead2) + kLightEdit);
      }
      if (j >= 2 && interner.Joins(text[j - 2], t, p)) {
        align = std::min(align, std::min(prev[j - 2], lead) + kLightEdit);
      }
      aligned = std::min(aligned, align);
      cur[j] = std::min({align, prev[j] + interner.Indel(p), cur[j - 1] + interner.Indel(t)});
      best = std::min(best, cur[j]);
    }
    lead2 = lead;
    lead = interner.IsLight(p) ? lead + interner.Indel(p) : kBlocked;
    // Ending here: the rest of the pattern hangs over, light words only.
    double tail = 0;
    for (size_t k = i; k < pattern.size() && tail < kBlocked; ++k) {
      tail = interner.IsLight(pattern[k]) ? tail + interner.Indel(pattern[k]) : kBlocked;
    }
    best_end = std::min(best_end, aligned + tail);
    if (std::min({best, lead, lead2}) > budget) break;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return best_end > budget ? kBlocked : best_end;
}

// Edits needed to find every fragment of `q` in `text`, or kBlocked.
double FragmentDistance(const TokenizedQuote& q, const std::vector<int>& text, double budget,
                        const Interner& interner) {
  double total = 0;
  for (const std::vector<int>& f : q.fragments) {
    total += SubstringDistance(f, text, budget - total, interner);
    if (total > budget) return kBlocked;
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
  Grouper(std::vector<Unit> units, const Interner& interner)
      : units_(std::move(units)), interner_(interner), hit_count_(units_.size(), 0) {
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
      const size_t n = units_[u].tokens.flat.size();
      if (n >= static_cast<size_t>(kMinSameSpeakerTokens)) MatchUnit(u);
      // A short quote with no known speaker can be no one's candidate.
      if (n >= static_cast<size_t>(kMinMatchTokens) || !units_[u].speakers.empty()) {
        for (int t : distinct_[u]) postings_[t].push_back(u);
      }
    }
    return std::move(units_);
  }

 private:
  // The already-placed units sharing the most of `u`'s rarest tokens.
  std::vector<int> Candidates(int u) {
    // Tokens no other quote has cannot find one (a spelling variant); when
    // there are so many that no quote could cover enough of u's tokens, u
    // has no candidate (most quotes in a corpus: this keeps them cheap).
    std::vector<int> rare;
    for (int t : distinct_[u]) {
      if (df_[t] > 1) rare.push_back(t);
    }
    if (rare.size() < (1.0 - kMaxEditRate) * static_cast<double>(distinct_[u].size())) return {};
    // Words in thousands of quotes ("the", "said") find too many to check:
    // a quote made only of them is matched exactly or not at all.
    rare.erase(std::remove_if(rare.begin(), rare.end(), [&](int t) { return df_[t] > kMaxLookupDf; }),
               rare.end());
    std::stable_sort(rare.begin(), rare.end(), [&](int a, int b) { return df_[a] < df_[b]; });
    rare.resize(std::min(rare.size(), kLookupTokens));
    // How many lookup tokens each placed unit has (a unit is in a token's
    // postings once), counted in hit_count_ and reset after.
    std::vector<int> touched;
    for (int t : rare) {
      const auto it = postings_.find(t);
      if (it == postings_.end()) continue;
      for (int c : it->second) {
        if (hit_count_[c]++ == 0) touched.push_back(c);
      }
    }
    const int needed = std::max<int>(1, static_cast<int>(rare.size()) - 1);
    std::vector<std::pair<int, int>> ranked;  // (-hits, unit)
    for (int c : touched) {
      if (hit_count_[c] >= needed) ranked.emplace_back(-static_cast<int>(hit_count_[c]), c);
      hit_count_[c] = 0;
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<int> out;
    for (size_t k = 0; k < ranked.size() && k < kMaxCandidates; ++k) out.push_back(ranked[k].second);
    return out;
  }

  // Whether unit u may match unit c, by length and speaker: a quote of fewer
  // than kSpeakerFreeTokens tokens is common enough words ("We do not comment
  // on ongoing investigations") to be the same quote only when c has u's
  // speaker or no known speaker; under kMinMatchTokens, only when c has u's
  // (known) speaker.
  bool MayMatch(int u, int c) const {
    const size_t n = units_[u].tokens.flat.size();
    if (n >= static_cast<size_t>(kSpeakerFreeTokens)) return true;
    const std::set<int>& mine = units_[u].speakers;
    const std::set<int>& theirs = units_[c].speakers;
    if (mine.empty()) return n >= static_cast<size_t>(kMinMatchTokens);
    if (theirs.count(*mine.begin()) > 0) return true;
    return theirs.empty() && n >= static_cast<size_t>(kMinMatchTokens);
  }

  void MatchUnit(int u) {
    const TokenizedQuote& q = units_[u].tokens;
    if (q.flat.size() < static_cast<size_t>(kMinMatchTokens) && units_[u].speakers.empty()) return;
    // Under kMinMatchTokens, only word for word.
    const double budget = q.flat.size() < static_cast<size_t>(kMinMatchTokens)
                              ? 0
                              : kMaxEditRate * static_cast<double>(q.flat.size());
    int best = -1;
    double best_distance = kBlocked;
    for (int c : Candidates(u)) {
      if (!MayMatch(u, c) || TokenCoverage(distinct_[u], distinct_[c]) < 1.0 - kMaxEditRate) continue;
      const double d =
          FragmentDistance(q, units_[c].tokens.flat, std::min(budget, best_distance), interner_);
      if (d < best_distance || (d == best_distance && best >= 0 && c < best)) {
        best = c;
        best_distance = d;
      }
    }
    if (best < 0 || best_distance > budget) return;
    units_[u].parent = best;
    units_[u].match = best_distance > 0                            ? QuoteMatch::kNear
                      : q.flat == units_[best].tokens.flat ? QuoteMatch::kExact
                                                                   : QuoteMatch::kPartial;
  }

  std::vector<Unit> units_;
  const Interner& interner_;
  std::vector<std::vector<int>> distinct_;
  std::unordered_map<int, int> df_;
  std::unordered_map<int, std::vector<int>> postings_;
  std::vector<uint8_t> hit_count_;  // per unit; zero between calls of Candidates
};

// A hash of token ids, for the map of distinct quotes.
struct TokensHash {
  size_t operator()(const std::vector<int>& v) const {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (int t : v) h = (h ^ static_cast<uint32_t>(t)) * 0x100000001b3ULL;
    return static_cast<size_t>(h ^ (h >> 29));
  }
};

// Follows parents to the canonical unit, combining the match kinds.
std::pair<int, QuoteMatch> Root(const std::vector<Unit>& units, int u) {
  QuoteMatch match = QuoteMatch::kExact;
  while (units[u].parent >= 0) {
    match = std::max(match, units[u].match);  // exact < partial < near
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

bool HasDoubleQuoteMark(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    char32_t c;
    i += DecodeUtf8(text, i, &c);
    if (IsDoubleQuoteMark(c)) return true;
  }
  return false;
}

// Splits a quote into fragments of lowercased tokens; see QuoteFragments.
// Apostrophes inside words stay (as ') for Normalize; text in square
// brackets becomes one kBracketToken.
class FragmentSplitter {
 public:
  explicit FragmentSplitter(bool quoted_only) : quoted_only_(quoted_only), outside_(quoted_only) {}

  void Add(char32_t c, char32_t next) {
    if (in_brackets_) {
      in_brackets_ = c != ']';
      return;
    }
    // Dots count toward an ellipsis across spaces (AP's ". . .").
    if (c != ' ') dots_ = c == '.' ? dots_ + 1 : 0;
    if (IsWordChar(c)) {
      if (!outside_) AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))), &token_);
    } else if (IsApostrophe(c) && !token_.empty() && IsWordChar(next)) {
      token_ += '\'';  // "you've": one token for now
    } else if (c == 0x2026 || dots_ == 3) {
      EndFragment();
    } else if (quoted_only_ && IsDoubleQuoteMark(c)) {
      EndFragment();
      outside_ = c == 0x201D || (c == '"' && !outside_);
    } else if (c == '[') {
      EndToken();
      if (!outside_) fragments_.back().push_back(kBracketToken);
      in_brackets_ = true;
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
  bool in_brackets_ = false;
  int dots_ = 0;
  std::string token_;
  std::vector<std::vector<std::string>> fragments_{1};
};

// A token with an apostrophe, as comparable words: contractions expanded
// ("doesn't" -> "does not", "we're" -> "we are"), other apostrophes dropped
// ("it's" -> "its", "Trump's" -> "trumps").
void ExpandApostrophe(const std::string& token, std::vector<std::string>* out) {
  const size_t apostrophe = token.rfind('\'');
  std::string stem = token.substr(0, apostrophe);
  const std::string suffix = token.substr(apostrophe + 1);
  static const std::map<std::string, std::string> kSuffixes = {
      {"re", "are"}, {"ve", "have"}, {"ll", "will"}, {"m", "am"}, {"d", "would"}};
  if (suffix == "t" && stem.size() > 1 && stem.back() == 'n') {
    stem.pop_back();
    out->push_back(stem);
    out->push_back("not");
  } else if (auto it = kSuffixes.find(suffix); it != kSuffixes.end()) {
    out->push_back(stem);
    out->push_back(it->second);
  } else {
    stem.erase(std::remove(stem.begin(), stem.end(), '\''), stem.end());
    out->push_back(stem + suffix);
  }
}

bool IsNumber(const std::string& token) {
  return !token.empty() && token.size() <= 2 &&
         std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "forty-two" (after Normalize: "40" "2") is written "42" elsewhere.
std::vector<std::string> JoinNumbers(const std::vector<std::string>& tokens) {
  std::vector<std::string> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i + 1 < tokens.size() && IsNumber(tokens[i]) && IsNumber(tokens[i + 1]) &&
        tokens[i].size() == 2 && tokens[i][1] == '0' && tokens[i][0] >= '2' &&
        tokens[i + 1].size() == 1 && tokens[i + 1] != "0") {
      out.push_back(tokens[i].substr(0, 1) + tokens[i + 1]);
      ++i;
    } else {
      out.push_back(tokens[i]);
    }
  }
  return out;
}

// Spellings compared as one (quote_words.txt: two-word forms first), then
// apostrophes.
std::vector<std::string> Normalize(const std::vector<std::string>& tokens) {
  const QuoteWords& lexicon = Lexicon();
  std::vector<std::string> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i + 1 < tokens.size() && lexicon.pair_starts.count(tokens[i]) > 0) {
      if (auto it = lexicon.same_pairs.find({tokens[i], tokens[i + 1]}); it != lexicon.same_pairs.end()) {
        out.insert(out.end(), it->second.begin(), it->second.end());
        ++i;
        continue;
      }
    }
    if (auto it = lexicon.same.find(tokens[i]); it != lexicon.same.end()) {
      out.insert(out.end(), it->second.begin(), it->second.end());
    } else if (tokens[i].find('\'') != std::string::npos) {
      ExpandApostrophe(tokens[i], &out);
    } else {
      out.push_back(tokens[i]);
    }
  }
  return JoinNumbers(out);
}

}  // namespace

std::vector<std::vector<std::string>> QuoteFragments(std::string_view text,
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
  std::vector<std::vector<std::string>> fragments = splitter.Finish();
  for (auto& fragment : fragments) fragment = Normalize(fragment);
  return fragments;
}

QuoteGroups GroupQuotes(const std::vector<QuoteOccurrence>& occurrences) {
  Interner interner;
  std::vector<Unit> units;
  std::vector<int> unit_of;
  std::unordered_map<std::vector<int>, int, TokensHash> by_key;
  // The same text recurs (wire copy, reprints): tokenized once, and its
  // unit found once per speaker class (below). Keys view the occurrences'
  // own strings; [1] for quoted_words_only.
  std::unordered_map<std::string_view, int> text_id[2];
  std::vector<TokenizedQuote> tokenized;
  std::unordered_map<uint64_t, int> unit_of_text;  // (text, speaker class) -> unit
  for (size_t k = 0; k < occurrences.size(); ++k) {
    const QuoteOccurrence& o = occurrences[k];
    auto [cached, fresh] = text_id[o.quoted_words_only].try_emplace(o.text, static_cast<int>(tokenized.size()));
    if (fresh) tokenized.push_back(Tokenize(o, &interner));
    const int text = cached->second;
    const TokenizedQuote& q = tokenized[text];
    // Shorter quotes are one unit per speaker (see Grouper::MayMatch), those
    // with no known speaker one unit together; under kMinMatchTokens, those
    // are one unit each (they match nothing).
    const int speaker = o.speaker;
    const size_t n = q.flat.size();
    const bool by_speaker = n < static_cast<size_t>(kSpeakerFreeTokens);
    const bool alone = by_speaker && speaker < 0 && n < static_cast<size_t>(kMinMatchTokens);
    const int speaker_class = !by_speaker ? -1 : speaker >= 0 ? speaker : -2;
    const uint64_t text_key =
        (uint64_t{static_cast<uint32_t>(text)} << 32) | static_cast<uint32_t>(speaker_class + 2);
    auto memo = alone ? unit_of_text.end() : unit_of_text.find(text_key);
    int unit;
    if (memo != unit_of_text.end()) {
      unit = memo->second;
    } else {
      std::vector<int> key = q.flat;
      if (by_speaker) {
        key.push_back(-1);
        key.push_back(speaker >= 0 ? speaker : alone ? -2 - static_cast<int>(k) : -1);
      }
      auto [it, added] = by_key.emplace(std::move(key), static_cast<int>(units.size()));
      if (added) units.push_back(Unit{q, static_cast<int>(k), {}});
      unit = it->second;
      if (!alone) unit_of_text.emplace(text_key, unit);
    }
    if (speaker >= 0) units[unit].speakers.insert(speaker);
    unit_of.push_back(unit);
  }
  units = Grouper(std::move(units), interner).Run();

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
