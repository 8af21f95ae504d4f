// Copyright 2026 The whosaid Authors.
//
// Text of a web page as blocks (paragraphs, headings, list items, cells), in
// document order, with what main-content extraction needs to judge them:
// how much of each is link text and which element holds it.
#ifndef WHOSAID_READERS_HTML_TEXT_H_
#define WHOSAID_READERS_HTML_TEXT_H_

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace whosaid::internal {

struct TextBlock {
  std::string text;            // white space collapsed; "\n" for <br>
  size_t link_bytes = 0;       // bytes of text inside <a>
  const GumboNode* element;    // the innermost block-level element holding it
};

// The blocks of the page under `root`, leaving out what is never article
// text: scripts, styles, forms, navigation, hidden elements, and, when
// `skip_furniture`, elements whose class or id name page furniture
// (comments, sidebars, share bars...).
std::vector<TextBlock> CollectTextBlocks(const GumboNode* root, bool skip_furniture);

// All text under `node`, white space collapsed (for titles and bylines).
std::string NodeText(const GumboNode* node);

// The lower-cased class and id of an element, space-separated.
std::string ClassAndId(const GumboNode* node);

// True for elements that start a new block of text.
bool IsBlockTag(GumboTag tag);

}  // namespace whosaid::internal

#endif  // WHOSAID_READERS_HTML_TEXT_H_
