// Copyright 2026 The whosaid Authors.
//
// A parsed web page (gumbo's node structures, built by the fast parser in
// html_parser.h) and a non-recursive walk over it.
//
// Hostile pages have budgets: nesting deeper than Options::max_html_depth is
// refused before parsing, and the tree lives in an arena freed in one go.
#ifndef WHOSAID_READERS_HTML_DOM_H_
#define WHOSAID_READERS_HTML_DOM_H_

#include <gumbo.h>

#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "whosaid/status.h"

namespace whosaid::internal {

class HtmlDom {
 public:
  // Parses UTF-8 HTML. Fails with kLimitExceeded when elements nest deeper
  // than `max_depth` (elements whose end tag is optional, such as <p> and
  // <li>, do not count: the parser closes them itself).
  static Result<std::unique_ptr<HtmlDom>> Parse(std::string_view html, size_t max_depth);
  ~HtmlDom();

  // The document node.
  const GumboNode* root() const { return root_; }

 private:
  struct Arena;
  HtmlDom() = default;
  std::unique_ptr<Arena> arena_;
  const GumboNode* root_ = nullptr;
};

// The deepest nesting of elements in `html`, counted from its tags without
// building a tree (see HtmlDom::Parse for what counts).
size_t NestingDepth(std::string_view html);

// The children of an element, document or template node; null for others.
const GumboVector* Children(const GumboNode* node);

// The value of attribute `name`, empty when absent.
std::string_view Attribute(const GumboNode* node, const char* name);

inline bool IsElement(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

// Visits the tree in document order without recursion: visitor.Enter(node)
// for every node reached (returning false skips the node's children), then
// visitor.Leave(node) after the children of each node entered with true.
template <typename Visitor>
void WalkDom(const GumboNode* root, Visitor* visitor) {
  if (!visitor->Enter(root)) return;
  std::vector<std::pair<const GumboNode*, unsigned>> stack{{root, 0}};
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    const GumboVector* children = Children(node);
    if (children == nullptr || next >= children->length) {
      visitor->Leave(node);
      stack.pop_back();
      continue;
    }
    const GumboNode* child = static_cast<const GumboNode*>(children->data[next++]);
    if (visitor->Enter(child)) stack.emplace_back(child, 0);
  }
}

}  // namespace whosaid::internal

#endif  // WHOSAID_READERS_HTML_DOM_H_
