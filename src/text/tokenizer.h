// Copyright 2026 The whosaid Authors.
//
// Tokenizer for English news text. Input: normalised UTF-8 (normalize.h).
// Output: tokens with byte offsets into that text, plus the layout facts later
// stages need (line breaks and spaces before each token, capitalisation).
//
// Conventions: apostrophes inside words stay in the word (don't, O'Brien,
// McAleenan's, '90s); hyphenated words are one token (week-long); a final
// period stays on abbreviations and initials (U.S., Gov., J.); numbers keep
// their separators (2,000, 3.5, 10:30); "--", em and en dashes are dash
// tokens; "..." and "…" are one ellipsis token; every quotation mark or
// standalone apostrophe is its own kQuote token, for the quote pairer.
#ifndef WHOSAID_TEXT_TOKENIZER_H_
#define WHOSAID_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace whosaid::internal {

class Lexicon;

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kQuote, kDash, kEllipsis };

struct Token {
  uint32_t begin = 0;  // byte offsets into the normalised text
  uint32_t end = 0;
  char32_t first = 0;  // the first code point
  TokenKind kind = TokenKind::kWord;
  uint8_t newlines_before = 0;  // line breaks since the previous token, at most 2
  bool space_before = false;    // any white space since the previous token
  bool upper = false;           // starts with an uppercase letter

  std::string_view str(std::string_view text) const { return text.substr(begin, end - begin); }
};

// Splits `text` into tokens. Never fails; every non-space character belongs
// to exactly one token.
std::vector<Token> Tokenize(std::string_view text, const Lexicon& lexicon);

// Character classes shared with the quote pairer.
bool IsWordChar(char32_t cp);
bool IsQuoteMark(char32_t cp);

}  // namespace whosaid::internal

#endif  // WHOSAID_TEXT_TOKENIZER_H_
