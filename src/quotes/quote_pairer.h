// Copyright 2026 The whosaid Authors.
//
// Pairs quotation marks into quotations. Input: tokens and logical paragraphs
// (text/). Output: quotations, each with one piece per paragraph it spans,
// and for every token whether it lies inside a quotation.
//
// Never fails: a mark that finds no partner is counted as unbalanced and
// either closes at its paragraph's end (an opening double mark) or is
// ignored (a stray closing mark, an apostrophe). Linear in the token count.
#ifndef WHOSAID_QUOTES_QUOTE_PAIRER_H_
#define WHOSAID_QUOTES_QUOTE_PAIRER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace whosaid::internal {

inline constexpr uint32_t kNoMark = UINT32_MAX;

// The part of a quotation inside one paragraph.
struct QuotePiece {
  uint32_t open = kNoMark;   // token index of the opening mark
  uint32_t close = kNoMark;  // token index of the closing mark; kNoMark when the
                             // piece runs on to the next paragraph or was never closed
  uint32_t first = 0;        // content tokens: [first, last)
  uint32_t last = 0;
};

struct Quote {
  std::vector<QuotePiece> pieces;  // one per paragraph, in order
  bool nested = false;             // a single-quoted quotation inside a double-quoted one
  bool closed = false;             // ended with a closing mark
  bool valid = true;               // false once discarded (see quote_pairer.cc)
};

struct PairedQuotes {
  std::vector<Quote> quotes;   // in order of their opening marks; check `valid`
  std::vector<bool> in_quote;  // per token: inside a valid quotation's content
  uint32_t unbalanced = 0;     // marks that found no partner
};

class QuotePairer {
 public:
  // `max_quote_bytes`: a quotation longer than this is not one (its opening
  // mark is counted as unbalanced).
  explicit QuotePairer(size_t max_quote_bytes) : max_quote_bytes_(max_quote_bytes) {}

  PairedQuotes Pair(std::string_view text, const std::vector<Token>& tokens,
                    const std::vector<uint32_t>& paragraph_starts) const;

 private:
  size_t max_quote_bytes_;
};

}  // namespace whosaid::internal

#endif  // WHOSAID_QUOTES_QUOTE_PAIRER_H_
