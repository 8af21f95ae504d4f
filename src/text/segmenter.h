// Copyright 2026 The whosaid Authors.
//
// Paragraphs and sentences.
//
// A paragraph is a block of text separated from the next by a blank line. A
// blank line that falls inside a sentence ("... and the\n\nPresident's ...")
// is a stray break, common in text pasted from the web: the blocks on either
// side form one logical paragraph. A single line break is never a paragraph
// break.
//
// Sentences end at . ! ? outside quotation marks (abbreviations aside), at a
// closing quotation mark right after such a mark when a new sentence starts
// after it, and at paragraph ends.
#ifndef WHOSAID_TEXT_SEGMENTER_H_
#define WHOSAID_TEXT_SEGMENTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace whosaid::internal {

class Lexicon;

// Returns the index of the first token of each logical paragraph, ascending;
// the first is 0 when there are tokens.
std::vector<uint32_t> SplitParagraphs(std::string_view text, const std::vector<Token>& tokens,
                                      const Lexicon& lexicon);

// Returns the index of the first token of each sentence, ascending.
// `in_quote[i]` says whether token i lies inside a quotation (from the quote
// pairer); `paragraph_starts` as returned by SplitParagraphs.
std::vector<uint32_t> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<uint32_t>& paragraph_starts,
                                     const std::vector<bool>& in_quote, const Lexicon& lexicon);

// True for . ! ? and the ellipsis.
bool IsTerminal(const Token& token, std::string_view text);

}  // namespace whosaid::internal

#endif  // WHOSAID_TEXT_SEGMENTER_H_
