// Copyright 2026 The whosaid Authors.
//
// The HTML parser behind article extraction: which text ends up in which
// element, as HTML5 decides it for the things news pages do (end tags left
// out, stray end tags, raw text in scripts, character references, a missing
// </head>), and bounded work and depth on hostile pages.
#include "readers/html_parser.h"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace whosaid::internal {
namespace {

// A bump arena for the tests.
struct TestArena {
  std::vector<std::unique_ptr<char[]>> blocks;
  static void* Allocate(void* self, size_t size) {
    auto* arena = static_cast<TestArena*>(self);
    arena->blocks.emplace_back(new char[size]);
    return arena->blocks.back().get();
  }
};

// The tree as text: elements as name(children), text in quotes; whitespace-
// only text is left out, attributes as [name=value].
void Render(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT) {
    *out += "\"" + std::string(node->v.text.text) + "\"";
    return;
  }
  if (node->type == GUMBO_NODE_WHITESPACE) return;
  const GumboVector* children = &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    *out += gumbo_normalized_tagname(node->v.element.tag);
    const GumboVector& attributes = node->v.element.attributes;
    for (unsigned k = 0; k < attributes.length; ++k) {
      const auto* a = static_cast<const GumboAttribute*>(attributes.data[k]);
      *out += std::string("[") + a->name + "=" + a->value + "]";
    }
    children = &node->v.element.children;
  }
  if (children->length == 0) return;
  *out += "(";
  for (unsigned k = 0; k < children->length; ++k) {
    const auto* child = static_cast<const GumboNode*>(children->data[k]);
    EXPECT_EQ(child->parent, node);
    EXPECT_EQ(child->index_within_parent, k);
    Render(child, out);
  }
  *out += ")";
}

std::string Parse(const std::string& html, size_t max_depth = 1000) {
  TestArena arena;
  const GumboNode* document = ParseHtml(html, max_depth, &TestArena::Allocate, &arena);
  std::string out;
  for (unsigned k = 0; k < document->v.document.children.length; ++k) {
    Render(static_cast<const GumboNode*>(document->v.document.children.data[k]), &out);
  }
  return out;
}

struct Case {
  const char* what;
  const char* html;
  const char* tree;
};

TEST(HtmlParser, BuildsTheTreeHtml5WouldForWhatNewsPagesDo) {
  const Case cases[] = {
      {"paragraphs left open close at the next one",
       "<body><p>One<p>Two<div>Three</div>", "body(p(\"One\")p(\"Two\")div(\"Three\"))"},
      {"list items and table cells close their open siblings",
       "<ul><li>a<li>b</ul><table><tr><td>1<td>2<tr><td>3</table>",
       "ul(li(\"a\")li(\"b\"))table(tr(td(\"1\")td(\"2\"))tr(td(\"3\")))"},
      {"a stray end tag is ignored", "<div>a</span>b</p>c</div>", "div(\"abc\")"},
      {"an end tag closes what is open inside it", "<div><span><b>x</div>y", "div(span(b(\"x\")))\"y\""},
      {"an inline end tag does not close a block", "<span><div>x</span>y</div>", "span(div(\"xy\"))"},
      {"script and style hold raw text", "<script>if (a<b) x='</p>';</script><style>p>a{}</style>",
       "script(\"if (a<b) x='</p>';\")style(\"p>a{}\")"},
      {"the title decodes references but holds no tags", "<title>A &amp; <b>B</title>",
       "title(\"A & <b>B\")"},
      {"character references: named, numeric, windows-1252, legacy",
       "<p>&ldquo;Hi&rdquo; &#8212; &#x2019; &#146; &amp &copy 1&lt;2 &bogus; &</p>",
       "p(\"\xE2\x80\x9CHi\xE2\x80\x9D \xE2\x80\x94 \xE2\x80\x99 \xE2\x80\x99 & \xC2\xA9 1<2 &bogus; &\")"},
      {"attributes: quoted, unquoted, bare, duplicate, references, case",
       "<a HREF=\"/x?a=1&amp;b=2\" class=story hidden data-x='y' class=dup>t</a>",
       "a[href=/x?a=1&b=2][class=story][hidden=][data-x=y](\"t\")"},
      {"a legacy reference in an attribute before '=' stays literal", "<a href=\"?a&copy=2\">t</a>",
       "a[href=?a&copy=2](\"t\")"},
      {"void elements have no children", "<p>a<br>b<img src=x>c</p>", "p(\"a\"br\"b\"img[src=x]\"c\")"},
      {"comments, doctypes and processing instructions vanish",
       "<!DOCTYPE html><!-- <p>no</p> --><?xml x?><p>yes</p>", "p(\"yes\")"},
      {"a missing </head> closes at the first body element",
       "<html><head><title>T</title><meta name=a content=b><div>Body</div>",
       "html(head(title(\"T\")meta[name=a][content=b])div(\"Body\"))"},
      {"a second <html> or <body> is merged away", "<html><body><p>a</p><body><html><p>b</p>",
       "html(body(p(\"a\")p(\"b\")))"},
      {"content after </body> stays in the body", "<html><body><p>a</p></body></html><p>b</p>",
       "html(body(p(\"a\")p(\"b\")))"},
      {"a lone '<' is text", "<p>1 < 2 and 3 <= 4</p>", "p(\"1 < 2 and 3 <= 4\")"},
      {"self-closing counts only in svg, where <title> is no raw text",
       "<div/>x<svg><title/><desc>y</desc><title>z<b>w</b></title></svg>",
       "div(\"x\"svg(titledesc(\"y\")title(\"z\"b(\"w\"))))"},
      {"invalid UTF-8 and NUL become U+FFFD", "<p>a\xFF" "b\0c</p>",
       "p(\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\")"},
      {"a tag cut off by the end of the page is dropped", "<p>text</p><a href=\"x", "p(\"text\")"},
      {"an unterminated script runs to the end", "<p>a</p><script>var x = 1;", "p(\"a\")script(\"var x = 1;\")"},
  };
  for (const Case& c : cases) {
    // The NUL case needs its length: the literal has an embedded '\0'.
    const std::string html = std::string(c.what).find("NUL") != std::string::npos
                                 ? std::string(c.html, std::strlen(c.html) + 6)
                                 : std::string(c.html);
    EXPECT_EQ(Parse(html), c.tree) << c.what;
  }
}

TEST(HtmlParser, ElementsBeyondTheDepthBudgetBecomeLeavesSoTheTreeStaysShallow) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  TestArena arena;
  const GumboNode* document = ParseHtml(html, 50, &TestArena::Allocate, &arena);
  // Follow the first child down: the deepest chain of elements.
  int depth = 0;
  const GumboVector* children = &document->v.document.children;
  while (children->length > 0) {
    const auto* child = static_cast<const GumboNode*>(children->data[0]);
    if (child->type != GUMBO_NODE_ELEMENT) break;
    ++depth;
    children = &child->v.element.children;
  }
  EXPECT_GE(depth, 50);
  EXPECT_LE(depth, 52);
}

TEST(HtmlParser, ManyAttributesOnOneTagAreCappedNotQuadratic) {
  std::string html = "<p";
  for (int i = 0; i < 100000; ++i) html += " a" + std::to_string(i) + "=1";
  html += ">text</p>";
  TestArena arena;
  const GumboNode* doc = ParseHtml(html, 1000, &TestArena::Allocate, &arena);
  const auto* p = static_cast<const GumboNode*>(doc->v.document.children.data[0]);
  EXPECT_EQ(p->v.element.attributes.length, 256u);
  EXPECT_EQ(p->v.element.children.length, 1u);
}

}  // namespace
}  // namespace whosaid::internal
