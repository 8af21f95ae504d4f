// Copyright 2026 The whosaid Authors.
//
// Syntax for whosaid's own tokens: the entry point of the tagging stage for
// the stages after it.
//
// whosaid's tokenizer keeps "don't", "McAleenan's" and "week-long" whole;
// the treebanks the models learned from split them into syntactic words
// ("do" "n't", "McAleenan" "'s", "week" "-" "long"). SplitIntoWords does the
// same, keeping each word's byte offsets and the token it came from; then
// every sentence is tagged and, when a parser is given, parsed.
//
// Example (in an attribution stage, with an Article `a`):
//   Result<const Tagger*> tagger = Tagger::Default();
//   Result<const Parser*> parser = Parser::Default();
//   if (!tagger.ok() || !parser.ok()) return ...;
//   const Syntax syntax = AnalyzeSyntax(a.text, a.tokens, a.sentence_starts, **tagger, *parser);
//   for (uint32_t w = syntax.first_word[i]; w < syntax.first_word[i + 1]; ++w) {
//     const SyntacticWord& word = syntax.words[w];   // the words of token i
//     if (syntax.label(word) == "nsubj" && word.head >= 0) ...  // its head: syntax.words[word.head]
//   }
//
// AnalyzeSyntax is a pure function of its inputs: safe on many threads.
#ifndef WHOSAID_TAGGING_SYNTAX_H_
#define WHOSAID_TAGGING_SYNTAX_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "parsing/parser.h"
#include "tagging/tagger.h"
#include "text/tokenizer.h"

namespace whosaid::internal {

struct SyntacticWord {
  uint32_t begin = 0;  // byte offsets into the text
  uint32_t end = 0;
  uint32_t token = 0;     // the whosaid token it is part of
  uint32_t sentence = 0;  // index into the sentence_starts given
  uint8_t upos = 0;       // Tagger::upos_name
  uint8_t xpos = 0;       // Tagger::xpos_name
  int head = -1;          // index into Syntax::words; -1 for the sentence root (or no parser)
  uint8_t label = 0;      // Parser::label_name; meaningful only with a parser
};

struct Syntax {
  std::vector<SyntacticWord> words;
  // first_word[i] is the index of token i's first word; first_word[size] =
  // words.size(), so token i's words are [first_word[i], first_word[i + 1]).
  std::vector<uint32_t> first_word;
  const Tagger* tagger = nullptr;
  const Parser* parser = nullptr;

  std::string_view upos(const SyntacticWord& w) const { return tagger->upos_name(w.upos); }
  std::string_view xpos(const SyntacticWord& w) const { return tagger->xpos_name(w.xpos); }
  // The relation to its head ("nsubj", "ccomp", "root"); empty without a parser.
  std::string_view label(const SyntacticWord& w) const {
    return parser ? std::string_view(parser->label_name(w.label)) : std::string_view();
  }
};

// Splits whosaid tokens into treebank-style words (clitics n't 's 're 've
// 'll 'd 'm and a possessive apostrophe after s; hyphens inside words),
// without tags yet.
void SplitIntoWords(std::string_view text, const std::vector<Token>& tokens, Syntax* out);

// Splits, then tags each sentence (`sentence_starts` are token indices, as
// Article::sentence_starts) and parses it when `parser` is not null.
Syntax AnalyzeSyntax(std::string_view text, const std::vector<Token>& tokens,
                     const std::vector<uint32_t>& sentence_starts, const Tagger& tagger,
                     const Parser* parser);

}  // namespace whosaid::internal

#endif  // WHOSAID_TAGGING_SYNTAX_H_
