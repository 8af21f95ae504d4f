// Copyright 2026 The whosaid Authors.
#include "quotes/quote_pairer.h"

namespace whosaid::internal {
namespace {

enum class MarkFamily { kDouble, kSingle };
enum class MarkRole { kOpen, kClose, kEither };

struct Mark {
  MarkFamily family;
  MarkRole role;
};

Mark Classify(char32_t cp) {
  switch (cp) {
    case 0x201C: case 0x201E: case 0x201F: case 0x00AB: return {MarkFamily::kDouble, MarkRole::kOpen};
    case 0x201D: case 0x00BB: return {MarkFamily::kDouble, MarkRole::kClose};
    case '"': return {MarkFamily::kDouble, MarkRole::kEither};
    case 0x2018: case 0x201A: case 0x201B: case 0x2039: return {MarkFamily::kSingle, MarkRole::kOpen};
    case 0x2019: case 0x203A: return {MarkFamily::kSingle, MarkRole::kClose};
    default: return {MarkFamily::kSingle, MarkRole::kEither};  // '\''
  }
}

bool IsContentToken(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
}

// Walks the paragraphs once, keeping at most one open double and one open
// single quotation.
class PairingRun {
 public:
  PairingRun(std::string_view text, const std::vector<Token>& tokens, size_t max_quote_bytes)
      : text_(text), tokens_(tokens), max_quote_bytes_(max_quote_bytes) {}

  PairedQuotes Run(const std::vector<uint32_t>& paragraph_starts) {
    out_.in_quote.assign(tokens_.size(), false);
    for (size_t p = 0; p < paragraph_starts.size(); ++p) {
      const uint32_t begin = paragraph_starts[p];
      const uint32_t end = p + 1 < paragraph_starts.size() ? paragraph_starts[p + 1]
                                                           : static_cast<uint32_t>(tokens_.size());
      Paragraph(begin, end, end < tokens_.size() ? end : kNoMark);
    }
    MarkContent();
    return std::move(out_);
  }

 private:
  void Paragraph(uint32_t begin, uint32_t end, uint32_t next_paragraph) {
    for (uint32_t i = begin; i < end; ++i) {
      if (tokens_[i].kind != TokenKind::kQuote) continue;
      const Mark mark = Classify(tokens_[i].first);
      if (mark.family == MarkFamily::kDouble) {
        DoubleMark(i, begin, end, mark.role);
      } else {
        SingleMark(i, begin, end, mark.role);
      }
    }
    if (open_single_ >= 0) Discard(&open_single_);  // an apostrophe after all
    if (open_double_ < 0) return;
    EndPiece(open_double_, end);
    if (next_paragraph != kNoMark && OpensDouble(next_paragraph)) {
      continuing_ = open_double_;  // the multi-paragraph convention
    } else {
      ++out_.unbalanced;  // never closed: it runs to its paragraph's end
    }
    open_double_ = -1;
  }

  bool OpensDouble(uint32_t i) const {
    if (tokens_[i].kind != TokenKind::kQuote) return false;
    const Mark m = Classify(tokens_[i].first);
    return m.family == MarkFamily::kDouble && m.role != MarkRole::kClose;
  }

  void DoubleMark(uint32_t i, uint32_t begin, uint32_t end, MarkRole role) {
    const Token& t = tokens_[i];
    // 5'10" and 12" records: an inch mark right after a number.
    if (t.first == '"' && i > begin && !t.space_before &&
        tokens_[i - 1].kind == TokenKind::kNumber) {
      return;
    }
    if (continuing_ >= 0) {
      const int q = continuing_;
      continuing_ = -1;
      if (i == begin && role != MarkRole::kClose) {
        StartPiece(q, i);
        open_double_ = q;
        return;
      }
    }
    if (open_double_ < 0) {
      // » ... « (reversed guillemets) open with what elsewhere closes, and a
      // ” typed for “ at the start of a paragraph or word still opens: a
      // closing mark with nothing open starts a quote when a word follows it
      // and no word precedes it.
      const bool word_before = i > begin && !t.space_before;
      if (role == MarkRole::kClose && (word_before || !OpensAt(i, end))) {
        ++out_.unbalanced;
        return;
      }
      open_double_ = NewQuote(i, /*nested=*/false);
      open_char_ = t.first;
      return;
    }
    const bool closes = role != MarkRole::kOpen || (open_char_ == 0x201E && t.first == 0x201C) ||
                        (open_char_ == 0x00BB && t.first == 0x00AB);
    if (!closes) {
      // A second opening mark: the first was never closed.
      ++out_.unbalanced;
      EndPiece(open_double_, i);
      open_double_ = NewQuote(i, /*nested=*/false);
      open_char_ = t.first;
      return;
    }
    Close(&open_double_, i);
    if (open_single_ >= 0) Discard(&open_single_);
  }

  void SingleMark(uint32_t i, uint32_t begin, uint32_t end, MarkRole role) {
    const Token& t = tokens_[i];
    const bool word_before = i > begin && !t.space_before && IsContentToken(tokens_[i - 1]);
    const bool word_after = OpensAt(i, end);
    if (open_single_ < 0) {
      // Opens only at a word start: "the Smiths' album" has no quotation.
      if (role != MarkRole::kClose && !word_before && word_after) {
        open_single_ = NewQuote(i, /*nested=*/open_double_ >= 0);
      }
      return;
    }
    const bool closes = role != MarkRole::kOpen && !word_after;
    if (closes) Close(&open_single_, i);
  }

  // A word follows the mark at i directly.
  bool OpensAt(uint32_t i, uint32_t end) const {
    return i + 1 < end && !tokens_[i + 1].space_before &&
           tokens_[i + 1].kind != TokenKind::kPunct && tokens_[i + 1].kind != TokenKind::kQuote;
  }

  int NewQuote(uint32_t open, bool nested) {
    Quote q;
    q.nested = nested;
    out_.quotes.push_back(std::move(q));
    const int index = static_cast<int>(out_.quotes.size()) - 1;
    StartPiece(index, open);
    return index;
  }

  void StartPiece(int q, uint32_t open) {
    QuotePiece piece;
    piece.open = open;
    piece.first = open + 1;
    out_.quotes[q].pieces.push_back(piece);
  }

  void EndPiece(int q, uint32_t last) { out_.quotes[q].pieces.back().last = last; }

  void Close(int* q, uint32_t close) {
    Quote& quote = out_.quotes[*q];
    quote.pieces.back().close = close;
    quote.pieces.back().last = close;
    quote.closed = true;
    if (Bytes(quote) > max_quote_bytes_) {
      quote.valid = false;
      ++out_.unbalanced;
    }
    *q = -1;
  }

  void Discard(int* q) {
    out_.quotes[*q].valid = false;
    *q = -1;
  }

  size_t Bytes(const Quote& q) const {
    const QuotePiece& a = q.pieces.front();
    const QuotePiece& b = q.pieces.back();
    if (b.last <= a.first) return 0;
    return tokens_[b.last - 1].end - tokens_[a.first].begin;
  }

  void MarkContent() {
    for (Quote& q : out_.quotes) {
      if (q.valid && !q.closed && Bytes(q) > max_quote_bytes_) q.valid = false;
      if (!q.valid) continue;
      for (const QuotePiece& p : q.pieces) {
        for (uint32_t i = p.first; i < p.last; ++i) out_.in_quote[i] = true;
      }
    }
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  size_t max_quote_bytes_;
  PairedQuotes out_;
  int open_double_ = -1;
  int open_single_ = -1;
  int continuing_ = -1;  // a double quotation awaiting its next paragraph
  char32_t open_char_ = 0;
};

}  // namespace

PairedQuotes QuotePairer::Pair(std::string_view text, const std::vector<Token>& tokens,
                               const std::vector<uint32_t>& paragraph_starts) const {
  return PairingRun(text, tokens, max_quote_bytes_).Run(paragraph_starts);
}

}  // namespace whosaid::internal
