// Copyright 2026 The whosaid Authors.
#include "text/tokenizer.h"

#include <unicode/uchar.h>

#include <string>

#include "lexicon/lexicon.h"
#include "text/utf8.h"

namespace whosaid::internal {

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp == 0xFFFD) return false;
  return u_isalnum(static_cast<UChar32>(cp)) ||
         (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}

bool IsQuoteMark(char32_t cp) {
  switch (cp) {
    case '"': case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A:
      return true;
    default:
      return false;
  }
}

namespace {

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool IsDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }
bool IsLetter(char32_t cp) { return IsWordChar(cp) && !IsDigit(cp); }
bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

// A cursor over the text that decodes one code point at a time.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  bool done(size_t i) const { return i >= text_.size(); }
  // The code point at byte i (0 past the end) and its length.
  char32_t At(size_t i, int* len = nullptr) const {
    if (i >= text_.size()) {
      if (len) *len = 0;
      return 0;
    }
    const unsigned char c = text_[i];
    if (c < 0x80) {
      if (len) *len = 1;
      return c;
    }
    char32_t cp;
    const int n = DecodeUtf8(text_, i, &cp);
    if (len) *len = n;
    return cp;
  }
  // The code point after the one at i.
  char32_t Next(size_t i) const {
    int len;
    At(i, &len);
    return At(i + len);
  }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
};

// Ends the word starting at `i` (a word character); see the header for what
// a word may contain.
size_t ScanWord(const Scanner& s, size_t i) {
  size_t j = i;
  char32_t prev = 0;
  int word_chars = 0;  // in the current dot-separated part, for U.S. and p.m.
  while (!s.done(j)) {
    int len;
    const char32_t cp = s.At(j, &len);
    if (IsWordChar(cp)) {
      prev = cp;
      ++word_chars;
      j += len;
      continue;
    }
    const char32_t next = s.Next(j);
    const bool joins =
        (IsApostrophe(cp) && IsLetter(prev) && IsLetter(next)) ||
        (cp == '-' && IsWordChar(prev) && IsWordChar(next)) ||
        ((cp == '.' || cp == ',' || cp == ':' || cp == '/') && IsDigit(prev) && IsDigit(next)) ||
        (cp == '&' && IsUpper(prev) && IsUpper(next)) ||
        (cp == '.' && word_chars == 1 && IsLetter(prev) && IsLetter(next) &&
         (s.At(j + 1 + (s.Next(j) < 0x80 ? 1 : 2)) == '.'));
    if (!joins) break;
    if (cp == '.') word_chars = 0;
    prev = cp;
    j += len;
  }
  return j;
}

// True when the word [b, e) followed by '.' is an abbreviation or an initial.
bool TakesPeriod(std::string_view word, const Lexicon& lexicon) {
  if (word.find('.') != std::string_view::npos) return true;  // U.S, p.m
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;  // initial
  // "D-Mass.": the part after the last hyphen decides.
  const size_t hyphen = word.rfind('-');
  if (hyphen != std::string_view::npos) word.remove_prefix(hyphen + 1);
  std::string buf;
  LowerAscii(word, &buf);
  buf.push_back('.');
  return lexicon.IsAbbreviation(buf);
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, const Lexicon& lexicon) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);
  const Scanner s(text);
  size_t i = 0;
  int newlines = 0;
  bool space = false;
  while (!s.done(i)) {
    int len;
    const char32_t cp = s.At(i, &len);
    if (cp == ' ') {
      space = true;
      i += len;
      continue;
    }
    if (cp == '\n') {
      space = true;
      ++newlines;
      i += len;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.first = cp;
    t.newlines_before = static_cast<uint8_t>(newlines > 2 ? 2 : newlines);
    t.space_before = space || tokens.empty();
    newlines = 0;
    space = false;
    const char32_t next = s.Next(i);
    size_t end = i + len;
    if (IsWordChar(cp) ||
        ((cp == '@' || cp == '#') && IsWordChar(next)) ||
        (IsApostrophe(cp) && IsDigit(next) && IsDigit(s.Next(i + len)) && t.space_before)) {
      end = IsWordChar(cp) ? ScanWord(s, i) : ScanWord(s, i + len);
      if (s.At(end) == '.' && s.Next(end) != '.' &&
          TakesPeriod(text.substr(i, end - i), lexicon)) {
        ++end;
      }
      t.kind = IsDigit(cp) ? TokenKind::kNumber : TokenKind::kWord;
      t.upper = IsUpper(cp);
    } else if ((cp == '\'' && next == '\'') || (cp == '`' && next == '`')) {
      // '' and `` stand for double quote marks in some wire and typeset text.
      t.kind = TokenKind::kQuote;
      t.first = cp == '`' ? 0x201C : '"';
      end = i + 2;
    } else if (IsQuoteMark(cp)) {
      t.kind = TokenKind::kQuote;
    } else if (cp == 0x2014 || cp == 0x2013 || cp == 0x2015 || (cp == '-' && next == '-')) {
      t.kind = TokenKind::kDash;
      while (s.At(end) == '-') ++end;
    } else if (cp == '-' && t.space_before && (next == ' ' || next == '\n')) {
      t.kind = TokenKind::kDash;
    } else if (cp == 0x2026) {
      t.kind = TokenKind::kEllipsis;
    } else if (cp == '.' && next == '.') {
      t.kind = TokenKind::kEllipsis;
      while (s.At(end) == '.') ++end;
    } else {
      t.kind = TokenKind::kPunct;
    }
    t.end = static_cast<uint32_t>(end);
    tokens.push_back(t);
    i = end;
  }
  return tokens;
}

}  // namespace whosaid::internal
