// Copyright 2026 The whosaid Authors.
#include "readers/html_text.h"

#include <algorithm>
#include <array>

#include "readers/html_dom.h"

namespace whosaid::internal {
namespace {

// Subtrees that never hold article text.
bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MENU:
    case GUMBO_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
}

// Class and id words of page furniture (after Readability's "unlikely
// candidates"), and words that rescue an element all the same.
constexpr std::array<std::string_view, 33> kFurniture = {
    "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
    "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
    "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter", "share"};
constexpr std::array<std::string_view, 7> kMaybeContent = {"and", "article", "body", "column",
                                                           "content", "main", "shadow"};

template <size_t N>
bool ContainsAny(std::string_view s, const std::array<std::string_view, N>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return s.find(w) != std::string_view::npos; });
}

bool IsHidden(const GumboNode* node) {
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr) return true;
  if (Attribute(node, "aria-hidden") == "true") return true;
  std::string style(Attribute(node, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

bool IsFurniture(const GumboNode* node) {
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_A) {
    return false;
  }
  const std::string_view role = Attribute(node, "role");
  if (role == "navigation" || role == "menu" || role == "menubar" || role == "complementary" ||
      role == "dialog" || role == "alertdialog") {
    return true;
  }
  const std::string names = ClassAndId(node);
  return ContainsAny(names, kFurniture) && !ContainsAny(names, kMaybeContent);
}

// Collects blocks as the walk enters and leaves elements.
class BlockCollector {
 public:
  explicit BlockCollector(bool skip_furniture) : skip_furniture_(skip_furniture) {}

  bool Enter(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
        node->type == GUMBO_NODE_WHITESPACE) {
      AppendText(node->v.text.text);
      return false;
    }
    if (node->type == GUMBO_NODE_DOCUMENT) return true;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return false;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) return AppendBreak(), false;
    if (IsSkippedTag(tag) || IsHidden(node) || (skip_furniture_ && IsFurniture(node))) return false;
    if (IsBlockTag(tag)) Flush(), holders_.push_back(node);
    if (tag == GUMBO_TAG_A) ++in_link_;
    if (tag == GUMBO_TAG_PRE) ++in_pre_;
    return true;
  }

  void Leave(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_A) --in_link_;
    if (tag == GUMBO_TAG_PRE) --in_pre_;
    if (IsBlockTag(tag)) Flush(), holders_.pop_back();
  }

  std::vector<TextBlock> Finish() {
    Flush();
    return std::move(blocks_);
  }

 private:
  void AppendText(std::string_view text) {
    const size_t before = current_.text.size();
    for (const char c : text) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (!space || (in_pre_ > 0 && c == '\n')) {
        current_.text.push_back(c);
      } else if (!current_.text.empty() && current_.text.back() != ' ' && current_.text.back() != '\n') {
        current_.text.push_back(' ');
      }
    }
    if (in_link_ > 0) current_.link_bytes += current_.text.size() - before;
  }

  // <br> breaks a line; two in a row (a common way to make paragraphs) a paragraph.
  void AppendBreak() {
    std::string& t = current_.text;
    while (!t.empty() && t.back() == ' ') t.pop_back();
    if (!t.empty() && !t.ends_with("\n\n")) t.push_back('\n');
  }

  void Flush() {
    std::string& t = current_.text;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.pop_back();
    const size_t start = t.find_first_not_of(" \n");
    if (start != std::string::npos && !holders_.empty()) {
      t.erase(0, start);
      current_.element = holders_.back();
      current_.link_bytes = std::min(current_.link_bytes, t.size());
      blocks_.push_back(std::move(current_));
    }
    current_ = TextBlock();
  }

  std::vector<TextBlock> blocks_;
  TextBlock current_{};
  std::vector<const GumboNode*> holders_;
  int in_link_ = 0, in_pre_ = 0;
  bool skip_furniture_;
};

// Gathers all text, for NodeText.
class TextGatherer {
 public:
  explicit TextGatherer(const GumboNode* root) : root_(root) {}

  bool Enter(const GumboNode* node) {
    if (node == root_) return true;  // even <title> or <script type=ld+json>
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      for (const char c : std::string_view(node->v.text.text)) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        if (!space) text_.push_back(c);
        else if (!text_.empty() && text_.back() != ' ') text_.push_back(' ');
      }
      return false;
    }
    return node->type == GUMBO_NODE_ELEMENT && !IsSkippedTag(node->v.element.tag);
  }
  void Leave(const GumboNode*) {}
  std::string Finish() {
    while (!text_.empty() && text_.back() == ' ') text_.pop_back();
    return text_;
  }

 private:
  const GumboNode* root_;
  std::string text_;
};

}  // namespace

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

std::vector<TextBlock> CollectTextBlocks(const GumboNode* root, bool skip_furniture) {
  BlockCollector collector(skip_furniture);
  WalkDom(root, &collector);
  return collector.Finish();
}

std::string NodeText(const GumboNode* node) {
  TextGatherer gatherer(node);
  WalkDom(node, &gatherer);
  return gatherer.Finish();
}

std::string ClassAndId(const GumboNode* node) {
  std::string names = std::string(Attribute(node, "class")) + " " + std::string(Attribute(node, "id"));
  std::transform(names.begin(), names.end(), names.begin(), [](unsigned char c) { return std::tolower(c); });
  return names;
}

}  // namespace whosaid::internal
