// Copyright 2026 The whosaid Authors.
#include "tagging/syntax.h"

#include <array>

namespace whosaid::internal {
namespace {

bool IsApostropheAt(std::string_view w, size_t i, size_t* len) {
  if (i < w.size() && w[i] == '\'') return *len = 1, true;
  if (w.substr(i, 3) == "\xE2\x80\x99") return *len = 3, true;  // ’
  return false;
}

bool EqualsLowered(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = (s[i] >= 'A' && s[i] <= 'Z') ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
    if (c != lower[i]) return false;
  }
  return true;
}

// The length of a clitic ending word `w`, or 0: "n't" in "don't", "'s" in
// "McAleenan's", "'" in "students'".
size_t CliticLength(std::string_view w) {
  static constexpr std::array<std::string_view, 6> kAfterApostrophe = {"s", "re", "ve", "ll", "d", "m"};
  size_t len = 0;
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    if (!IsApostropheAt(w, i, &len)) continue;
    const std::string_view rest = w.substr(i + len);
    if (rest.empty() && (w[i - 1] == 's' || w[i - 1] == 'S')) return len;
    if (EqualsLowered(rest, "t") && (w[i - 1] == 'n' || w[i - 1] == 'N') && i >= 2) {
      return w.size() - (i - 1);  // n't
    }
    for (std::string_view c : kAfterApostrophe) {
      if (EqualsLowered(rest, c)) return w.size() - i;
    }
  }
  if (w.size() > 1 && w.back() == '\'' && (w[w.size() - 2] == 's' || w[w.size() - 2] == 'S')) {
    return 1;
  }
  return 0;
}

void AddWord(uint32_t begin, uint32_t end, uint32_t token, Syntax* out) {
  SyntacticWord w;
  w.begin = begin;
  w.end = end;
  w.token = token;
  out->words.push_back(w);
}

// Adds the pieces of [begin, end) between hyphens, and the hyphens.
void AddHyphenated(std::string_view text, uint32_t begin, uint32_t end, uint32_t token,
                   Syntax* out) {
  uint32_t start = begin;
  for (uint32_t i = begin; i < end; ++i) {
    if (text[i] != '-' || i == begin || i + 1 == end) continue;
    AddWord(start, i, token, out);
    AddWord(i, i + 1, token, out);
    start = i + 1;
  }
  AddWord(start, end, token, out);
}

}  // namespace

void SplitIntoWords(std::string_view text, const std::vector<Token>& tokens, Syntax* out) {
  out->words.clear();
  out->first_word.clear();
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    out->first_word.push_back(static_cast<uint32_t>(out->words.size()));
    const Token& token = tokens[t];
    if (token.kind != TokenKind::kWord) {
      AddWord(token.begin, token.end, t, out);
      continue;
    }
    const uint32_t clitic = static_cast<uint32_t>(CliticLength(token.str(text)));
    const uint32_t stem_end = token.end - clitic;
    AddHyphenated(text, token.begin, stem_end, t, out);
    if (clitic > 0) AddWord(stem_end, token.end, t, out);
  }
  out->first_word.push_back(static_cast<uint32_t>(out->words.size()));
}

namespace {

// Tags and parses the words [begin, end) of one sentence.
void AnalyzeSentence(std::string_view text, uint32_t begin, uint32_t end, uint32_t sentence,
                     Syntax* s) {
  std::vector<std::string_view> forms, xpos;
  for (uint32_t w = begin; w < end; ++w) {
    forms.push_back(text.substr(s->words[w].begin, s->words[w].end - s->words[w].begin));
  }
  TagSequence tags;
  s->tagger->Tag(forms, &tags);
  for (uint32_t w = begin; w < end; ++w) {
    SyntacticWord& word = s->words[w];
    word.sentence = sentence;
    word.upos = tags.upos[w - begin];
    word.xpos = tags.xpos[w - begin];
    xpos.push_back(s->tagger->xpos_name(word.xpos));
  }
  if (s->parser == nullptr) return;
  ParseTree tree;
  s->parser->Parse(forms, xpos, &tree);
  for (uint32_t w = begin; w < end; ++w) {
    const int head = tree.heads[w - begin];
    s->words[w].head = head == 0 ? -1 : static_cast<int>(begin) + head - 1;
    s->words[w].label = tree.labels[w - begin];
  }
}

}  // namespace

Syntax AnalyzeSyntax(std::string_view text, const std::vector<Token>& tokens,
                     const std::vector<uint32_t>& sentence_starts, const Tagger& tagger,
                     const Parser* parser) {
  Syntax s;
  s.tagger = &tagger;
  s.parser = parser;
  SplitIntoWords(text, tokens, &s);
  for (size_t k = 0; k < sentence_starts.size(); ++k) {
    const uint32_t first_token = sentence_starts[k];
    const uint32_t end_token =
        k + 1 < sentence_starts.size() ? sentence_starts[k + 1] : static_cast<uint32_t>(tokens.size());
    if (first_token >= end_token || end_token > tokens.size()) continue;
    AnalyzeSentence(text, s.first_word[first_token], s.first_word[end_token],
                    static_cast<uint32_t>(k), &s);
  }
  return s;
}

}  // namespace whosaid::internal
