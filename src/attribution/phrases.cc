// Copyright 2026 The whosaid Authors.
#include "attribution/phrases.h"

#include <algorithm>
#include <string_view>

#include "text/segmenter.h"

namespace whosaid::internal {
namespace {

constexpr uint32_t kMaxNounPhrase = 14;

bool IsDeterminerLike(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "this" || w == "that" || w == "these" ||
         w == "those" || w == "one" || w == "his" || w == "her" || w == "their" || w == "its" ||
         w == "our" || w == "my" || w == "your" || w == "to";
}

// Prepositions that do not sit inside a source's name ("of", "with", "for",
// "at", "from" and "in" do: "officials with the department").
bool IsOtherPreposition(std::string_view w) {
  return w == "by" || w == "to" || w == "on" || w == "about" || w == "into" || w == "onto" ||
         w == "over" || w == "under" || w == "after" || w == "before" || w == "during" ||
         w == "through" || w == "aside" || w == "against" || w == "without" || w == "within" ||
         w == "despite" || w == "like" || w == "upon" || w == "toward" || w == "towards";
}

// After an article or a possessive determiner ("the family", "his ally").
bool AfterArticleOrPossessive(const Article& a, uint32_t i) {
  return i > 0 && a.IsWord(i - 1) && IsArticleOrPossessive(a.Lower(i - 1));
}

// Nouns news writes often that end like adverbs ("the family said").
bool IsLyNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {"family", "ally", "assembly", "rally", "supply",
                                                "monopoly", "daily", "weekly", "monthly"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// Lowercase words that may sit inside a source's noun phrase.
bool IsNounPhraseWord(const Article& a, uint32_t i) {
  const std::string_view w = a.Lower(i);
  const Lexicon& lex = *a.lexicon;
  if (lex.IsClauseWord(w)) return false;
  // Inflected reporting verbs end a noun phrase; base forms are often nouns
  // ("the state health department", "the report").
  if (const CueInfo* cue = lex.FindCue(w); cue != nullptr && !lex.IsTitle(w) && cue->lemma != w) {
    return false;
  }
  if (w == "of" || w == "with" || w == "for" || w == "at" || w == "from" || w == "in" ||
      w == "the" || w == "a" || w == "an" || w == "and" || w == "&") {
    return true;
  }
  if (lex.IsTitle(w) || lex.IsAnonymousHead(w) || lex.IsOrgWord(w)) return true;
  if (IsOtherPreposition(w)) return false;
  // Other lowercase words: nouns and adjectives are welcome, verbs are not;
  // -ed and -ing forms are mostly verbs (except the listed titles above).
  // After a determiner a word is a noun or adjective: "the meeting", "the
  // briefing", "the family".
  const bool after_determiner = i > 0 && a.IsWord(i - 1) && IsDeterminerLike(a.Lower(i - 1));
  if (w.size() > 4 && (w.ends_with("ed") || w.ends_with("ing"))) {
    return after_determiner || w == "unnamed" || w == "unidentified" || w == "elected" ||
           w == "retired";
  }
  if (w.ends_with("ly")) return AfterArticleOrPossessive(a, i) || IsLyNoun(w);  // adverbs, but not all
  return true;
}

uint32_t SkipTimeWords(const Article& a, uint32_t i, uint32_t limit) {
  while (i < limit && a.IsWord(i) && a.lexicon->IsTimeWord(a.Lower(i))) ++i;
  return i;
}

// The chunk [k, j) between two commas ending at comma j: is it a
// participial (", citing X,") or an appositive (", an ICE spokeswoman,")?
enum class Chunk { kNone, kCiting, kAppositive, kAside };

Chunk ClassifyChunk(const Article& a, uint32_t k, uint32_t j) {
  if (k >= j) return Chunk::kNone;
  const std::string_view first = a.Lower(k);
  if (first == "citing" || first == "quoting") return Chunk::kCiting;
  // Relative clauses, participles and ages are asides, not roles.
  if (first.ends_with("ing") || first == "who" || first == "which") return Chunk::kAside;
  if (a.tokens[k].kind == TokenKind::kNumber && j - k == 1) return Chunk::kAside;  // age
  if (first == "a" || first == "an" || first == "the" || a.lexicon->IsTitle(first)) {
    return Chunk::kAppositive;
  }
  return Chunk::kNone;
}

// Steps back over ", chunk," phrases before position j (which is one past the
// phrase's last token), filling appositive/via.
uint32_t SkipCommaChunks(const Article& a, uint32_t j, uint32_t limit, SourcePhrase* out) {
  for (int chunks = 0; chunks < 4 && j > limit + 1 && a.IsPunct(j - 1, ','); ++chunks) {
    uint32_t k = j - 1;
    while (k > limit && !a.IsPunct(k - 1, ',') && j - k < 32) --k;
    if (k <= limit || !a.IsPunct(k - 1, ',')) break;
    const Chunk chunk = ClassifyChunk(a, k, j - 1);
    if (chunk == Chunk::kNone) break;
    if (chunk == Chunk::kCiting) {
      out->via = NounPhraseAfter(a, k + 1, j - 1).np;
    } else if (chunk == Chunk::kAppositive) {
      out->appositive = {k, j - 1};
    }
    j = k - 1;
  }
  return j;
}

// ", and leaked the information": after a comma and a conjunction, a verb
// continues the same clause; anything else starts a new one.
bool ContinuesVerbPhrase(const Article& a, uint32_t i) {
  if (!a.IsWord(i) || a.tokens[i].upper) return false;
  const std::string_view w = a.Lower(i);
  return (w.size() > 3 && w.ends_with("ed")) || w == "was" || w == "were" || w == "is" ||
         w == "are" || w == "has" || w == "had" || w == "will" || w == "would";
}

// A proper name set off by commas right before position j (one past the
// second comma): ", Kevin Marsh," preceded by a noun phrase.
TokenRange NameBetweenCommas(const Article& a, uint32_t j, uint32_t limit) {
  if (j < limit + 4 || !a.IsPunct(j - 1, ',')) return {};
  uint32_t k = j - 1;
  while (k > limit && a.IsWord(k - 1) && a.tokens[k - 1].upper && j - 1 - k < 4) --k;
  if (k == j - 1 || k <= limit + 1 || !a.IsPunct(k - 1, ',')) return {};
  if (j - 1 - k < 2) return {};  // a two-word name at least
  return {k, j - 1};
}

// Words that belong with a name: "former acting ICE chief Tom Homan",
// "officials with the Los Angeles Police Department".
bool InNameGroup(const Article& a, uint32_t i, uint32_t b) {
  // "the Taxpayers' Alliance": the apostrophe inside a capitalised name.
  if (IsPluralPossessiveApostrophe(a, i)) return a.tokens[i + 1].upper && a.tokens[i - 1].upper;
  if (!a.IsWord(i)) return a.tokens[i].kind == TokenKind::kNumber;
  if (a.tokens[i].upper) return true;
  const std::string_view w = a.Lower(i);
  const Lexicon& lex = *a.lexicon;
  if (lex.IsTitle(w) || lex.IsOrgWord(w) || lex.IsAnonymousHead(w) || w == "the" || w == "a" ||
      w == "an" || w == "and" || w == "&") {
    return true;
  }
  const bool preposition = w == "with" || w == "of" || w == "for" || w == "at" || w == "from";
  return preposition && i > b && a.IsWord(i - 1) &&
         (lex.IsTitle(a.Lower(i - 1)) || lex.IsAnonymousHead(a.Lower(i - 1)) ||
          lex.IsOrgWord(a.Lower(i - 1)) || a.tokens[i - 1].upper);
}

// A noun phrase [b, j) that ends in a name starts where the name's group of
// titles, roles and organisations does: "vote came from board member Frank
// Dwyer" is about "board member Frank Dwyer".
uint32_t NameGroupStart(const Article& a, uint32_t b, uint32_t j) {
  if (j == b || !a.tokens[j - 1].upper || !a.IsWord(j - 1)) return b;
  uint32_t k = j;
  while (k > b && InNameGroup(a, k - 1, b)) --k;
  return k;
}

bool IsBe(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "been" || w == "be";
}

// Where the noun phrase ending at j (exclusive) starts, not before `limit`.
uint32_t NounPhraseStart(const Article& a, uint32_t j, uint32_t limit) {
  uint32_t b = j;
  while (b > limit && j - b < kMaxNounPhrase && MayBeInNounPhrase(a, b - 1)) --b;
  return b;
}

// "(R-Utah)", "(D-Mass.)": a short parenthetical right before position j.
uint32_t SkipParenthetical(const Article& a, uint32_t j, uint32_t limit) {
  if (j <= limit || !a.IsPunct(j - 1, ')')) return j;
  for (uint32_t k = j - 1; k > limit && j - k < 8; --k) {
    if (a.IsPunct(k - 1, '(')) return k - 1;
  }
  return j;
}

}  // namespace

bool IsArticleOrPossessive(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "their" ||
         w == "its" || w == "our" || w == "my" || w == "your";
}

TokenRange LeadingNamePhrase(const Article& a, uint32_t b, uint32_t limit) {
  uint32_t e = b;
  while (e < limit && e - b < kMaxNounPhrase && MayBeInNounPhrase(a, e)) ++e;
  // Back off to the last capitalised word: the name ends the phrase.
  while (e > b && !(a.IsWord(e - 1) && a.tokens[e - 1].upper)) --e;
  if (e == b || a.lexicon->IsFunctionWord(a.Lower(b)) || a.lexicon->IsTimeWord(a.Lower(b))) {
    return {};
  }
  uint32_t v = e;
  if (a.IsPunct(v, ',')) {  // an appositive: ", the opposition leader,"
    ++v;
    while (v < limit && !a.IsPunct(v, ',') && v - e < 12) ++v;
    if (!a.IsPunct(v, ',')) return {};
    ++v;
  }
  if (v >= limit || !a.IsWord(v) || a.tokens[v].upper) return {};
  return {b, e};
}

bool IsPluralPossessiveApostrophe(const Article& a, uint32_t i) {
  const Token& t = a.tokens[i];
  return t.kind == TokenKind::kQuote && (t.first == '\'' || t.first == 0x2019) &&
         !t.space_before && i > 0 && a.IsWord(i - 1) && a.Lower(i - 1).ends_with("s") &&
         i + 1 < a.size() && a.IsWord(i + 1);
}

bool MayBeInNounPhrase(const Article& a, uint32_t i) {
  const Token& t = a.tokens[i];
  if (a.InQuote(i)) return false;
  if (IsPluralPossessiveApostrophe(a, i)) return true;  // "the Taxpayers' Alliance"
  // "Immigration and Customs Enforcement", "Youth and Family Center",
  // "commuters and business owners".
  if ((a.Is(i, "and") || a.Is(i, "&")) && i > 0 && i + 1 < a.size() && !a.InQuote(i + 1) &&
      a.IsWord(i - 1) && a.IsWord(i + 1)) {
    if (a.tokens[i - 1].upper && a.tokens[i + 1].upper) return true;
    if (a.lexicon->IsGroupNoun(a.Lower(i - 1))) return true;
  }
  // "Alliance to Reclaim Our Schools": "to" between capitalised words of a name.
  if (a.Is(i, "to") && i > 0 && i + 1 < a.size() && a.IsWord(i - 1) && a.IsWord(i + 1) &&
      a.tokens[i - 1].upper && a.tokens[i + 1].upper && i - 1 != a.SentenceBegin(i - 1) &&
      !a.InQuote(i + 1)) {
    return true;
  }
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind != TokenKind::kWord) return t.kind == TokenKind::kPunct && t.first == '&';
  if (t.upper) {
    // "But Trump said", "With Democratic leaders": a capital at the start of a
    // sentence does not make a conjunction or preposition part of a name.
    const std::string_view w = a.Lower(i);
    return !a.lexicon->IsClauseWord(w) && !IsOtherPreposition(w) &&
           !(i == a.SentenceBegin(i) && (w == "with" || w == "for" || w == "from" || w == "at" ||
                                         w == "in" || w == "of"));
  }
  return IsNounPhraseWord(a, i);
}

const CueInfo* CueAt(const Article& a, uint32_t i, uint8_t tags) {
  if (!a.IsWord(i)) return nullptr;
  const CueInfo* cue = a.lexicon->FindCue(a.Lower(i));
  if (cue == nullptr || (cue->tags & tags) == 0) return nullptr;
  // "a Washington Post story": a capitalised cue word is a name, except at
  // the start of a sentence.
  if (a.tokens[i].upper && i != a.SentenceBegin(i)) return nullptr;
  if (i > 0 && a.IsWord(i - 1) && IsDeterminerLike(a.Lower(i - 1)) && !a.Is(i - 1, "to")) {
    return nullptr;  // "the report", "one report", "this claim"
  }
  const std::string_view prev = i > 0 && a.IsWord(i - 1) ? a.Lower(i - 1) : std::string_view();
  const bool contraction = prev == "he's" || prev == "she's" || prev == "it's" ||
                           prev == "he\xE2\x80\x99s" || prev == "she\xE2\x80\x99s" ||
                           prev == "it\xE2\x80\x99s" || prev == "who's";
  if (!contraction && (prev.ends_with("'s") || prev.ends_with("\xE2\x80\x99s"))) {
    return nullptr;  // "Trump's tweet"
  }
  // A base form ("say", "tweet", "report") is a verb after a pronoun, an
  // auxiliary, "to", or a plural subject; otherwise it is usually a noun.
  if (a.Lower(i) == cue->lemma && !prev.empty()) {
    const bool verb_context =
        prev == "i" || prev == "we" || prev == "you" || prev == "they" || prev == "to" ||
        prev == "will" || prev == "would" || prev == "could" || prev == "can" || prev == "did" ||
        prev == "do" || prev == "does" || prev == "may" || prev == "might" || prev == "should" ||
        prev == "must" || prev == "not" || prev == "never" || prev == "also" ||
        (prev.size() > 3 && prev.ends_with("s") && !prev.ends_with("ss"));
    if (!verb_context) return nullptr;
  }
  return cue;
}

bool IsAuxiliary(const Article& a, uint32_t i) {
  if (!a.IsWord(i)) return false;
  const std::string_view w = a.Lower(i);
  if (w.size() > 4 && w.ends_with("ly") && !a.tokens[i].upper && !IsLyNoun(w) &&
      !AfterArticleOrPossessive(a, i)) {
    return true;  // "cynically said"
  }
  return w == "had" || w == "has" || w == "have" || w == "would" || w == "will" || w == "also" ||
         w == "later" || w == "then" || w == "previously" || w == "again" || w == "once" ||
         w == "earlier" || w == "further" || w == "repeatedly" || w == "recently" ||
         w == "reportedly" || w == "publicly" || w == "privately" || w == "first" ||
         w == "never" || w == "often" || w == "frequently" || w == "did" || w == "does" ||
         w == "explicitly" || w == "flatly" || w == "has" || w == "had";
}

SourcePhrase SubjectBefore(const Article& a, uint32_t cue, uint32_t limit) {
  SourcePhrase out;
  uint32_t j = cue;
  // "is stressing", "was telling": a progressive takes its form of "be".
  const bool progressive = a.Lower(cue).ends_with("ing");
  while (j > limit && (IsAuxiliary(a, j - 1) || (progressive && IsBe(a.Lower(j - 1))))) --j;
  j = SkipParenthetical(a, j, limit);  // Sen. Jane Doe (D-Mass.) said
  // "board member Frank Dwyer, who argued": the relative pronoun's antecedent.
  // "an architect who said": the same without the comma.
  if (j >= limit + 2 && a.Is(j - 1, "who")) j -= a.IsPunct(j - 2, ',') ? 2 : 1;
  j = SkipCommaChunks(a, j, limit, &out);
  if (const TokenRange name = NameBetweenCommas(a, j, limit); !name.empty()) {
    // "A spokesman for the governor, Kevin Marsh, said": the name is the
    // subject and the noun phrase before it its role.
    out.np = name;
    out.appositive = {NounPhraseStart(a, name.begin - 1, limit), name.begin - 1};
    return out;
  }
  uint32_t b = NounPhraseStart(a, j, limit);
  b = NameGroupStart(a, b, j);
  // Leading time words and prepositions belong to an adverbial, not the
  // subject: "Earlier Monday Smith said", "In Washington Smith said".
  while (b < j && a.IsWord(b) &&
         (a.lexicon->IsTimeWord(a.Lower(b)) || a.Is(b, "in") || a.Is(b, "on") || a.Is(b, "at"))) {
    ++b;
  }
  out.np = {b, j};
  return out;
}

SourcePhrase NounPhraseAfter(const Article& a, uint32_t i, uint32_t limit) {
  SourcePhrase out;
  i = SkipTimeWords(a, i, limit);
  uint32_t e = i;
  while (e < limit && e - i < kMaxNounPhrase && MayBeInNounPhrase(a, e)) ++e;
  out.np = {i, e};
  if (out.np.empty()) return out;
  if (a.IsPunct(e, ',')) {
    uint32_t k = e + 1;
    while (k < limit && (MayBeInNounPhrase(a, k) || a.IsPunct(k, '-')) && k - e < 20) ++k;
    const bool age = k == e + 2 && a.tokens[e + 1].kind == TokenKind::kNumber;  // "Schiff, 56,"
    if (k > e + 1 && !age &&
        (k >= limit || a.IsPunct(k, ',') || a.IsPunct(k, '.') ||
         a.tokens[k].kind == TokenKind::kQuote || a.IsPunct(k, ';'))) {
      out.appositive = {e + 1, k};
    }
  }
  return out;
}

uint32_t ClauseEnd(const Article& a, uint32_t i, uint32_t limit) {
  limit = std::min(limit, i + kMaxClauseTokens);
  for (uint32_t k = i; k < limit; ++k) {
    const Token& t = a.tokens[k];
    // "… was “a major breach of trust,” adding …": the comma inside a closing
    // quote mark ends the clause before a participle cue as one outside does.
    if (k >= 2 && a.tokens[k - 1].kind == TokenKind::kQuote && a.IsPunct(k - 2, ',') &&
        a.IsWord(k) && a.Lower(k).ends_with("ing") && CueAt(a, k, 0xFF)) {
      return k;
    }
    if (a.InQuote(k)) continue;
    if (IsTerminal(t, a.text) || a.IsPunct(k, ';') || t.kind == TokenKind::kDash) return k;
    if (a.IsPunct(k, ',') && k + 1 < limit) {
      if (a.Is(k + 1, "according") && a.Is(k + 2, "to")) return k;
      // ", saying …", ", adding …": a participle reports something else.
      // (A coordinated cue without a comma is handled below.)
      if (a.IsWord(k + 1) && a.Lower(k + 1).ends_with("ing") && CueAt(a, k + 1, 0xFF)) return k;
      if ((a.Is(k + 1, "and") || a.Is(k + 1, "but")) && !ContinuesVerbPhrase(a, k + 2)) return k;
    }
    // "… and accused the ruling group of …": a second reporting verb starts
    // a claim of its own.
    if ((a.Is(k, "and") || a.Is(k, "but")) && CueAt(a, k + 1, 0xFF) != nullptr &&
        !a.Lower(k + 1).ends_with("ing")) {
      return k;
    }
  }
  return limit;
}

}  // namespace whosaid::internal
