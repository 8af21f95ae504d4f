// Copyright 2026 The whosaid Authors.
//
// QuoteMatcher: the same quotation across articles. Outlets reprint a quote
// with other quote marks, cut it short, drop a middle part behind an
// ellipsis, or (wire copy) change a word; all of those occurrences become one
// canonical quote, represented by its longest form.
//
// Quotes are compared as \w+ tokens, lowercased, so quote marks, dashes and
// punctuation do not count; contractions are expanded ("doesn't" = "does
// not"), other apostrophes dropped ("it's" = "its"), and the spellings
// data/lexicons/quote_words.txt lists are compared as one ("ten" = "10",
// "per cent" = "percent"). Words in square brackets (an editor's "[Kamau]"
// for "He") stand in for any one word. A quote's fragments are its parts
// between ellipses ("…", "...", ". . .") and between the spans an
// attribution interrupts. Matching, longest first:
//   exact    the same tokens;
//   partial  every fragment occurs, word for word, in a longer quote;
//   near     the fragments occur in a longer or equal quote with edits
//            costing at most 1 in 5 tokens (approximate substring match
//            over tokens). Adding, dropping or swapping a light word
//            ("the", "is") or swapping a word for another spelling of it
//            ("organisation" / "organization") costs half an edit; adding or
//            dropping another word costs one; swapping one content word for
//            another ("hospitals" / "libraries"), or any edit touching a
//            negation ("no", "never"), rules a near match out: those make
//            another statement, not another report of the same one.
// Speakers: a quote of fewer than kSpeakerFreeTokens tokens is common words
// ("We do not comment on ongoing investigations") and matches only a quote
// with the same speaker or no known speaker; one of fewer than
// kMinMatchTokens (down to kMinSameSpeakerTokens) matches only word for word,
// only a quote with its own known speaker ("this deal is dead" in the longer
// quote of the same person). Namesakes are different speakers by the time
// quotes are matched (speaker_linker.h).
// Cost: candidates are looked up by a quote's rarest words; words found in
// over 2,000 quotes ("the", "said") are not used for that, so a quote made
// only of such words matches exactly or not at all.
#ifndef WHOSAID_STORE_QUOTE_MATCHER_H_
#define WHOSAID_STORE_QUOTE_MATCHER_H_

#include <string>
#include <string_view>
#include <vector>

namespace whosaid::internal {

inline constexpr int kMinMatchTokens = 5;
inline constexpr int kMinSameSpeakerTokens = 3;
inline constexpr int kSpeakerFreeTokens = 10;

struct QuoteOccurrence {
  std::string_view text;  // the content, fragments joined by " … " (the caller keeps it)
  int speaker = -1;  // corpus-wide speaker, -1 when unknown
  // A partial quote inside reported speech (a "mixed" attribution): only the
  // words in quote marks are the speaker's, so only they are compared.
  bool quoted_words_only = false;
};

enum class QuoteMatch { kExact, kPartial, kNear };
const char* QuoteMatchName(QuoteMatch match);  // "exact", "partial", "near"

struct QuoteGroups {
  // For each occurrence, its canonical quote, numbered 0.. in order of the
  // first occurrence of each.
  std::vector<int> quote_of;
  // How the occurrence matches its canonical quote's longest form.
  std::vector<QuoteMatch> match;
  // Per canonical quote: the occurrence whose text represents it (the
  // longest; the first of equals).
  std::vector<int> representative;
};

// Deterministic: the same occurrences in the same order give the same groups.
QuoteGroups GroupQuotes(const std::vector<QuoteOccurrence>& occurrences);

// The tokens a quote is compared by, fragment by fragment (exposed for
// tests). With `quoted_words_only`, only the words inside quote marks, each
// quoted stretch a fragment (all words when the text has no quote mark).
std::vector<std::vector<std::string>> QuoteFragments(std::string_view text,
                                                     bool quoted_words_only = false);

}  // namespace whosaid::internal

#endif  // WHOSAID_STORE_QUOTE_MATCHER_H_
