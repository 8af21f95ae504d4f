// Copyright 2026 The whosaid Authors.
#include "text/segmenter.h"

#include <string>

#include "lexicon/lexicon.h"

namespace whosaid::internal {
namespace {

bool IsPunct(const Token& t, char c) { return t.kind == TokenKind::kPunct && t.first == static_cast<char32_t>(c); }

bool IsLowerWord(const Token& t) { return t.kind == TokenKind::kWord && !t.upper; }

// A block ending on this token cannot be the end of a sentence.
bool EndsMidSentence(const Token& last, std::string_view text, const Lexicon& lexicon) {
  if (IsPunct(last, ',')) return true;
  if (last.kind != TokenKind::kWord) return false;
  std::string buf;
  return lexicon.IsFunctionWord(LowerAscii(last.str(text), &buf));
}

bool IsAbbreviationToken(const Token& t, std::string_view text) {
  return t.kind == TokenKind::kWord && t.end - t.begin > 1 && text[t.end - 1] == '.';
}

}  // namespace

bool IsTerminal(const Token& t, std::string_view /*text*/) {
  if (t.kind == TokenKind::kEllipsis) return true;
  return t.kind == TokenKind::kPunct && (t.first == '.' || t.first == '!' || t.first == '?');
}

std::vector<uint32_t> SplitParagraphs(std::string_view text, const std::vector<Token>& tokens,
                                      const Lexicon& lexicon) {
  std::vector<uint32_t> starts;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (i == 0) {
      starts.push_back(0);
      continue;
    }
    if (tokens[i].newlines_before < 2) continue;
    const Token& last = tokens[i - 1];
    const bool stray = !IsTerminal(last, text) &&
                       (IsLowerWord(tokens[i]) || EndsMidSentence(last, text, lexicon));
    if (!stray) starts.push_back(i);
  }
  return starts;
}

std::vector<uint32_t> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<uint32_t>& paragraph_starts,
                                     const std::vector<bool>& in_quote, const Lexicon& lexicon) {
  std::vector<uint32_t> starts;
  size_t next_paragraph = 0;
  std::string buf;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (next_paragraph < paragraph_starts.size() && paragraph_starts[next_paragraph] == i) {
      ++next_paragraph;
      if (starts.empty() || starts.back() != i) starts.push_back(i);
      continue;
    }
    const Token& prev = tokens[i - 1];
    const Token& t = tokens[i];
    const bool starts_like_sentence =
        t.upper || t.kind == TokenKind::kQuote || t.kind == TokenKind::kNumber;
    if (!starts_like_sentence) continue;
    bool boundary = false;
    if (!in_quote[i - 1] && IsTerminal(prev, text)) {
      boundary = prev.kind != TokenKind::kEllipsis || t.newlines_before > 0;
    } else if (!in_quote[i - 1] && IsAbbreviationToken(prev, text)) {
      // "in the U.S. The next day": an abbreviation ends a sentence only when
      // a word that typically starts one follows, and never after a title.
      boundary = !lexicon.IsTitleAbbreviation(LowerAscii(prev.str(text), &buf)) && t.upper &&
                 lexicon.IsFunctionWord(LowerAscii(t.str(text), &buf));
    } else if (prev.kind == TokenKind::kQuote && i >= 2 && !in_quote[i - 1] &&
               IsTerminal(tokens[i - 2], text) && in_quote[i - 2]) {
      boundary = true;  // '... ended." Next sentence'
    }
    if (boundary) starts.push_back(i);
  }
  return starts;
}

}  // namespace whosaid::internal
