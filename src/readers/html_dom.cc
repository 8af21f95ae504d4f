// Copyright 2026 The whosaid Authors.
#include "readers/html_dom.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <string>

#include "readers/html_parser.h"

namespace whosaid::internal {
namespace {

// Elements that never nest, or whose end tag the parser supplies.
constexpr std::array<std::string_view, 31> kNonNesting = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td",
    "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "keygen", "colgroup"};

bool IsTagNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

// Skips a comment, doctype or processing instruction starting at html[at] ('<').
size_t SkipMarkup(std::string_view html, size_t at) {
  if (html.substr(at, 4) == "<!--") {
    const size_t end = html.find("-->", at + 4);
    return end == std::string_view::npos ? html.size() : end + 3;
  }
  const size_t end = html.find('>', at);
  return end == std::string_view::npos ? html.size() : end + 1;
}

}  // namespace

// Bump allocation: one free for the whole tree.
struct HtmlDom::Arena {
  std::vector<std::unique_ptr<char[]>> blocks;
  size_t used = 0, capacity = 0;

  void* Allocate(size_t size) {
    size = (size + 15) & ~size_t{15};
    if (used + size > capacity) {
      capacity = std::max(size, size_t{1} << 20);
      blocks.emplace_back(new char[capacity]);
      used = 0;
    }
    void* p = blocks.back().get() + used;
    used += size;
    return p;
  }

  static void* Alloc(void* self, size_t size) { return static_cast<Arena*>(self)->Allocate(size); }
};

size_t NestingDepth(std::string_view html) {
  size_t depth = 0, deepest = 0;
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at)) {
    if (at + 1 >= html.size()) break;
    const char next = html[at + 1];
    if (next == '!' || next == '?') {
      at = SkipMarkup(html, at);
      continue;
    }
    const bool closing = next == '/';
    size_t name_end = at + 1 + closing;
    while (name_end < html.size() && IsTagNameChar(html[name_end])) ++name_end;
    std::string name(html.substr(at + 1 + closing, name_end - at - 1 - closing));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    const size_t tag_end = std::min(html.find('>', name_end), html.size());
    at = name_end;
    if (name.empty() || std::find(kNonNesting.begin(), kNonNesting.end(), name) != kNonNesting.end()) continue;
    if (closing) {
      depth -= depth > 0;
    } else if (tag_end == html.size() || html[tag_end - 1] != '/') {
      deepest = std::max(deepest, ++depth);
    }
    if (!closing && (name == "script" || name == "style")) {  // raw text: no tags inside
      const size_t end = html.find("</" + name, tag_end);
      at = end == std::string_view::npos ? html.size() : end;
    }
  }
  return deepest;
}

Result<std::unique_ptr<HtmlDom>> HtmlDom::Parse(std::string_view html, size_t max_depth) {
  if (const size_t depth = NestingDepth(html); depth > max_depth) {
    return LimitExceededError("HTML elements nest " + std::to_string(depth) +
                              " deep, more than max_html_depth (" + std::to_string(max_depth) + ")");
  }
  std::unique_ptr<HtmlDom> dom(new HtmlDom());
  dom->arena_ = std::make_unique<Arena>();
  dom->root_ = ParseHtml(html, max_depth, &Arena::Alloc, dom->arena_.get());
  return dom;
}

HtmlDom::~HtmlDom() = default;  // the arena frees the tree

const GumboVector* Children(const GumboNode* node) {
  switch (node->type) {
    case GUMBO_NODE_DOCUMENT: return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: return &node->v.element.children;
    default: return nullptr;
  }
}

std::string_view Attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr == nullptr ? std::string_view() : std::string_view(attr->value);
}

}  // namespace whosaid::internal
