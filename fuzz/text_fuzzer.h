// Copyright 2026 The whosaid Authors.
//
// Shared by the fuzz targets that need an Article: repairs and normalises
// arbitrary bytes as the Analyzer does, then checks what every stage of
// BuildArticle promises (see text/tokenizer.h, text/segmenter.h,
// quotes/quote_pairer.h).
#ifndef WHOSAID_FUZZ_TEXT_FUZZER_H_
#define WHOSAID_FUZZ_TEXT_FUZZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "attribution/article.h"
#include "fuzz_check.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace whosaid::fuzz {

inline bool IsSpaceByte(char c) { return c == ' ' || c == '\n'; }

// Tokens ascend without overlapping, cover every non-space byte, and hold no
// space; the layout flags agree with the text between tokens (the first
// token counts as preceded by space).
inline void CheckTokens(const internal::Article& a) {
  uint32_t covered = 0;
  for (const internal::Token& t : a.tokens) {
    FUZZ_CHECK(t.begin >= covered && t.begin < t.end && t.end <= a.text.size());
    for (uint32_t i = covered; i < t.begin; ++i) FUZZ_CHECK(IsSpaceByte(a.text[i]));
    FUZZ_CHECK(t.space_before == (t.begin > covered || &t == &a.tokens.front()));
    FUZZ_CHECK(t.newlines_before <= 2);
    covered = t.end;
  }
  for (uint32_t i = covered; i < a.text.size(); ++i) FUZZ_CHECK(IsSpaceByte(a.text[i]));
}

// Starts of paragraphs or sentences: strictly ascending token indices, the
// first 0 when there are tokens.
inline void CheckStarts(const std::vector<uint32_t>& starts, size_t tokens) {
  FUZZ_CHECK(tokens == 0 || (!starts.empty() && starts[0] == 0));
  for (size_t k = 0; k < starts.size(); ++k) {
    FUZZ_CHECK(starts[k] < tokens);
    FUZZ_CHECK(k == 0 || starts[k] > starts[k - 1]);
  }
}

// Every paragraph start is a sentence start: sentences never straddle them.
inline void CheckSentencesInParagraphs(const internal::Article& a) {
  size_t s = 0;
  for (uint32_t p : a.paragraph_starts) {
    while (s < a.sentence_starts.size() && a.sentence_starts[s] < p) ++s;
    FUZZ_CHECK(s < a.sentence_starts.size() && a.sentence_starts[s] == p);
  }
}

inline void CheckQuotes(const internal::Article& a, size_t max_quote_bytes) {
  using internal::kNoMark;
  const internal::PairedQuotes& q = a.quotes;
  FUZZ_CHECK(q.in_quote.size() == a.size());
  for (const internal::Quote& quote : q.quotes) {
    FUZZ_CHECK(!quote.pieces.empty() && quote.pieces.front().open != kNoMark);
    if (!quote.valid) continue;  // discarded: its pieces may be unfinished
    uint32_t after = 0;
    for (const internal::QuotePiece& p : quote.pieces) {
      FUZZ_CHECK(p.first <= p.last && p.last <= a.size() && p.first >= after);
      FUZZ_CHECK(p.open == kNoMark || (p.open < p.first && a.tokens[p.open].kind ==
                                                               internal::TokenKind::kQuote));
      FUZZ_CHECK(p.close == kNoMark || (p.close >= p.last && p.close < a.size() &&
                                        a.tokens[p.close].kind == internal::TokenKind::kQuote));
      after = p.last;
    }
    const internal::QuotePiece& first = quote.pieces.front();
    const internal::QuotePiece& last = quote.pieces.back();
    if (first.first < last.last) {
      const size_t bytes = a.tokens[last.last - 1].end - a.tokens[first.first].begin;
      FUZZ_CHECK(bytes <= max_quote_bytes);
    }
    for (const internal::QuotePiece& p : quote.pieces) {
      for (uint32_t i = p.first; i < p.last; ++i) FUZZ_CHECK(q.in_quote[i]);
    }
  }
}

inline void CheckArticle(const internal::Article& a, size_t max_quote_bytes) {
  CheckTokens(a);
  CheckStarts(a.paragraph_starts, a.size());
  CheckStarts(a.sentence_starts, a.size());
  CheckSentencesInParagraphs(a);
  FUZZ_CHECK(a.paragraph_of.size() == a.size() && a.sentence_of.size() == a.size());
  FUZZ_CHECK(a.quote_of.size() == a.size());
  CheckQuotes(a, max_quote_bytes);
}

// Repairs and normalises `bytes` as Analyzer::Analyze does.
inline std::string NormalizedText(std::string_view bytes) {
  uint32_t invalid = 0;
  return internal::Normalize(internal::SanitizeUtf8(bytes, &invalid)).text;
}

}  // namespace whosaid::fuzz

#endif  // WHOSAID_FUZZ_TEXT_FUZZER_H_
