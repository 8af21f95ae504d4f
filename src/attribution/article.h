// Copyright 2026 The whosaid Authors.
//
// Article: everything the text and quote stages learned about one document,
// in the form the attribution and speaker stages read it. Built once per
// document by BuildArticle; read-only afterwards.
#ifndef WHOSAID_ATTRIBUTION_ARTICLE_H_
#define WHOSAID_ATTRIBUTION_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "quotes/quote_pairer.h"
#include "text/tokenizer.h"

namespace whosaid::internal {

// Token indices [begin, end).
struct TokenRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return begin >= end; }
  uint32_t size() const { return empty() ? 0 : end - begin; }
};

struct Article {
  std::string_view text;   // normalised text
  std::string lower;       // `text` with ASCII letters lowercased; same offsets
  const Lexicon* lexicon = nullptr;
  std::vector<Token> tokens;
  std::vector<uint32_t> paragraph_starts;
  std::vector<uint32_t> sentence_starts;
  std::vector<uint32_t> paragraph_of;  // per token
  std::vector<uint32_t> sentence_of;   // per token
  PairedQuotes quotes;
  std::vector<int> quote_of;  // per token: the valid top-level quote whose content holds it, or -1

  uint32_t size() const { return static_cast<uint32_t>(tokens.size()); }
  std::string_view Str(uint32_t i) const { return tokens[i].str(text); }
  std::string_view Lower(uint32_t i) const {
    return std::string_view(lower).substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  bool Is(uint32_t i, std::string_view lowercase_word) const {
    return i < size() && Lower(i) == lowercase_word;
  }
  bool IsWord(uint32_t i) const { return i < size() && tokens[i].kind == TokenKind::kWord; }
  bool IsPunct(uint32_t i, char c) const {
    return i < size() && tokens[i].kind == TokenKind::kPunct && tokens[i].first == static_cast<char32_t>(c);
  }
  bool InQuote(uint32_t i) const { return quotes.in_quote[i]; }

  uint32_t SentenceBegin(uint32_t i) const { return sentence_starts[sentence_of[i]]; }
  uint32_t SentenceEnd(uint32_t i) const {
    const uint32_t s = sentence_of[i] + 1;
    return s < sentence_starts.size() ? sentence_starts[s] : size();
  }
  uint32_t ParagraphBegin(uint32_t i) const { return paragraph_starts[paragraph_of[i]]; }
  uint32_t ParagraphEnd(uint32_t i) const {
    const uint32_t p = paragraph_of[i] + 1;
    return p < paragraph_starts.size() ? paragraph_starts[p] : size();
  }
  // The tokens overlapping bytes [b, e) of `text`, in logarithmic time.
  TokenRange TokensIn(uint32_t b, uint32_t e) const;
  // The text of tokens [r.begin, r.end), as written (line breaks included).
  std::string_view Text(TokenRange r) const {
    if (r.empty()) return {};
    return text.substr(tokens[r.begin].begin, tokens[r.end - 1].end - tokens[r.begin].begin);
  }
};

// Tokenises, segments and pairs quotes. `normalized` must outlive the result.
Article BuildArticle(std::string_view normalized, const Lexicon& lexicon, size_t max_quote_bytes);

}  // namespace whosaid::internal

#endif  // WHOSAID_ATTRIBUTION_ARTICLE_H_
