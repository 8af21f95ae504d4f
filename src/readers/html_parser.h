// Copyright 2026 The whosaid Authors.
//
// A fast, tolerant HTML parser for article extraction. It builds gumbo's node
// structures (GumboNode, so the extraction code reads one tree type) in an
// arena, following the HTML5 rules that decide what text belongs to which
// element: raw text in <script>/<style>, RCDATA in <title>/<textarea>,
// character references (the WHATWG named list, numeric ones with the
// windows-1252 remapping), void elements, end tags a page leaves out (<p>,
// <li>, <td>, <dd>, <option> ... closed by the next one), stray end tags
// ignored unless their element is open in scope, <head> closed by the first
// body element, and a second <html> or <body> merged away. It does not
// rebuild misnested formatting elements (the adoption agency), move
// misplaced table content out of tables (foster parenting) or switch
// insertion modes for <frameset> and foreign content: none of these changes
// which text a paragraph holds. Text comes out as valid UTF-8 (invalid bytes
// and NUL become U+FFFD).
//
// Hostile input: the parser is iterative (no recursion) and elements deeper
// than `max_depth` are added as leaves instead of opening a deeper level, so
// the tree's depth is bounded whatever the input (HtmlDom::Parse refuses
// such pages before parsing anyway).
#ifndef WHOSAID_READERS_HTML_PARSER_H_
#define WHOSAID_READERS_HTML_PARSER_H_

#include <gumbo.h>

#include <cstddef>
#include <string_view>

namespace whosaid::internal {

// Where the tree's memory comes from; nothing is freed node by node.
using HtmlAllocate = void* (*)(void* arena, size_t size);

// The document node of `html` (UTF-8 expected; anything is accepted).
GumboNode* ParseHtml(std::string_view html, size_t max_depth, HtmlAllocate allocate, void* arena);

}  // namespace whosaid::internal

#endif  // WHOSAID_READERS_HTML_PARSER_H_
