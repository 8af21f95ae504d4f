// Copyright 2026 The whosaid Authors.
//
// Phrase-level helpers for the attribution rules: is this token a reporting
// cue, where does the noun phrase naming a source begin and end.
//
// Without a parser, noun phrases are found by what may and may not belong to
// one: capitalised words, determiners, titles, role and source nouns and a few
// prepositions ("Officials with the Los Angeles Police Department") belong;
// clause words (that, who, after, was, had ...), punctuation and quote marks
// end one.
#ifndef WHOSAID_ATTRIBUTION_PHRASES_H_
#define WHOSAID_ATTRIBUTION_PHRASES_H_

#include <cstdint>
#include <string_view>

#include "attribution/article.h"
#include "lexicon/lexicon.h"

namespace whosaid::internal {

// The longest stretch of tokens a rule reads as one clause or frame. It keeps
// every rule linear in the article's length, whatever the input (a 1 MB
// "sentence" without punctuation); real clauses are far shorter.
inline constexpr uint32_t kMaxClauseTokens = 250;

// A reporting cue used as a verb at token i, with any of `tags`; nullptr
// otherwise ("the report", "one report" are nouns, not cues).
const CueInfo* CueAt(const Article& a, uint32_t i, uint8_t tags);

// Auxiliaries and adverbs that sit between a subject and its cue
// ("had said", "also noted", "later told").
bool IsAuxiliary(const Article& a, uint32_t i);

// Where a source's noun phrase and its neighbours were found.
struct SourcePhrase {
  TokenRange np;          // the noun phrase itself
  TokenRange appositive;  // ", an ICE spokeswoman," (without commas)
  TokenRange via;         // the source cited in ", citing X,"
};

// The subject of the cue at token `cue`: the noun phrase ending just before
// it (after auxiliaries, appositives and ", citing X," phrases), not
// extending before `limit`. Empty np when there is none.
SourcePhrase SubjectBefore(const Article& a, uint32_t cue, uint32_t limit);

// The noun phrase starting at token `i` ("said coalition member Alicia
// Flores, executive director of ..."), with an appositive after a comma;
// stops at `limit`. Leading time words ("said Friday") are skipped.
SourcePhrase NounPhraseAfter(const Article& a, uint32_t i, uint32_t limit);

// Index one past the end of the clause starting at `i`: the sentence end, a
// semicolon, a dash, or a comma that introduces another attribution or a new
// coordinated clause (", according to", ", and", ", but").
uint32_t ClauseEnd(const Article& a, uint32_t i, uint32_t limit);

// The name-headed noun phrase a sentence starts with, when a verb-like
// lowercase word follows it ("Jones, the opposition leader, disagreed.",
// "Mayor Ann Cole was blunt."); empty otherwise. Scans from token `b`, not
// past `limit`.
TokenRange LeadingNamePhrase(const Article& a, uint32_t b, uint32_t limit);

// True when token i may belong to a source's noun phrase.
bool MayBeInNounPhrase(const Article& a, uint32_t i);

// "a", "an", "the" or a possessive determiner ("his", "their" ...).
bool IsArticleOrPossessive(std::string_view w);

// Whether token i is the apostrophe of a plural possessive inside a name:
// "the Taxpayers' Alliance", "the Veterans' Affairs office".
bool IsPluralPossessiveApostrophe(const Article& a, uint32_t i);

}  // namespace whosaid::internal

#endif  // WHOSAID_ATTRIBUTION_PHRASES_H_
