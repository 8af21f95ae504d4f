// Copyright 2026 The whosaid Authors.
//
// QuoteMatcher: the same quotation across articles. Outlets reprint a quote
// with other quote marks, cut it short, drop a middle part behind an
// ellipsis, or (wire copy) change a word; all of those occurrences become one
// canonical quote, represented by its longest form.
//
// Quotes are compared as \w+ tokens, lowercased, apostrophes dropped
// ("You've" = "youve"), so quote marks, dashes and punctuation do not count.
// A quote's fragments are its parts between ellipses ("…", "...") and
// between the spans an attribution interrupts. Matching, longest first:
//   exact    the same tokens;
//   partial  every fragment occurs, word for word, in a longer quote;
//   near     the fragments occur in a longer or equal quote with at most
//            1 token edit in 5 (approximate substring match over tokens).
// Partial and near matches need at least kMinMatchTokens tokens, so a
// common phrase ("we will see") does not tie unrelated quotes together;
// shorter quotes match only exactly, and only from the same speaker.
#ifndef WHOSAID_STORE_QUOTE_MATCHER_H_
#define WHOSAID_STORE_QUOTE_MATCHER_H_

#include <string>
#include <vector>

namespace whosaid::internal {

inline constexpr int kMinMatchTokens = 5;

struct QuoteOccurrence {
  std::string text;  // the content, fragments joined by " … "
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
std::vector<std::vector<std::string>> QuoteFragments(const std::string& text,
                                                     bool quoted_words_only = false);

}  // namespace whosaid::internal

#endif  // WHOSAID_STORE_QUOTE_MATCHER_H_
