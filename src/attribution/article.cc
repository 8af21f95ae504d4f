// Copyright 2026 The whosaid Authors.
#include "attribution/article.h"

#include <algorithm>

#include "text/segmenter.h"

namespace whosaid::internal {
namespace {

template <typename T>
std::vector<T> IndexOf(const std::vector<uint32_t>& starts, size_t n) {
  std::vector<T> of(n);
  size_t k = 0;
  for (size_t i = 0; i < n; ++i) {
    while (k + 1 < starts.size() && starts[k + 1] <= i) ++k;
    of[i] = static_cast<T>(k);
  }
  return of;
}

}  // namespace

Article BuildArticle(std::string_view normalized, const Lexicon& lexicon, size_t max_quote_bytes) {
  Article a;
  a.text = normalized;
  a.lexicon = &lexicon;
  a.lower.assign(normalized);
  for (char& c : a.lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  a.tokens = Tokenize(normalized, lexicon);
  a.paragraph_starts = SplitParagraphs(normalized, a.tokens, lexicon);
  a.quotes = QuotePairer(max_quote_bytes).Pair(normalized, a.tokens, a.paragraph_starts);
  a.sentence_starts =
      SplitSentences(normalized, a.tokens, a.paragraph_starts, a.quotes.in_quote, lexicon);
  a.paragraph_of = IndexOf<uint32_t>(a.paragraph_starts, a.tokens.size());
  a.sentence_of = IndexOf<uint32_t>(a.sentence_starts, a.tokens.size());
  a.quote_of.assign(a.tokens.size(), -1);
  for (size_t q = 0; q < a.quotes.quotes.size(); ++q) {
    const Quote& quote = a.quotes.quotes[q];
    if (!quote.valid || quote.nested) continue;
    for (const QuotePiece& p : quote.pieces) {
      for (uint32_t i = p.first; i < p.last; ++i) a.quote_of[i] = static_cast<int>(q);
    }
  }
  return a;
}

TokenRange Article::TokensIn(uint32_t b, uint32_t e) const {
  const auto first =
      std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) { return t.end <= b; });
  const auto last =
      std::partition_point(first, tokens.end(), [&](const Token& t) { return t.begin < e; });
  return {static_cast<uint32_t>(first - tokens.begin()), static_cast<uint32_t>(last - tokens.begin())};
}

}  // namespace whosaid::internal
