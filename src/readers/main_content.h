// Copyright 2026 The whosaid Authors.
//
// Main-content extraction: which text blocks of a page are the article.
//
// After Readability: paragraphs score the elements above them (commas and
// length count for, links against), the best-scoring element is the
// article's container, and siblings that look like more of the same join
// it. Within the result, blocks that are mostly links (menus, tag lists)
// and the headline are dropped. Paragraphs stay paragraphs: the text comes
// out as blocks separated by blank lines.
#ifndef WHOSAID_READERS_MAIN_CONTENT_H_
#define WHOSAID_READERS_MAIN_CONTENT_H_

#include <string>
#include <vector>

#include "readers/html_text.h"

namespace whosaid::internal {

// The article's text from a page's blocks (CollectTextBlocks), paragraphs
// separated by "\n\n".
std::string ExtractMainContent(const std::vector<TextBlock>& blocks);

}  // namespace whosaid::internal

#endif  // WHOSAID_READERS_MAIN_CONTENT_H_
