// Copyright 2026 The whosaid Authors.
#include "readers/html_parser.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace whosaid::internal {
namespace {

struct Entity {
  const char* name;
  const char* utf8;
};
constexpr Entity kEntities[] = {
#include "readers/html_entities.inc"
};

// What numeric references 0x80-0x9F mean (the HTML5 windows-1252 remap).
constexpr char32_t kWindows1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) { return IsAlpha(c) || IsDigit(c); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

const Entity* FindEntity(std::string_view name) {
  auto it = std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                             [](const Entity& e, std::string_view n) { return e.name < n; });
  return it != std::end(kEntities) && it->name == name ? it : nullptr;
}

// Decodes the character reference at s[at] ('&') into *out; returns the
// bytes consumed, or 0 when there is none (the '&' is then literal).
size_t DecodeReference(std::string_view s, size_t at, bool in_attribute, std::string* out) {
  size_t i = at + 1;
  if (i < s.size() && s[i] == '#') {
    const bool hex = i + 1 < s.size() && (s[i + 1] == 'x' || s[i + 1] == 'X');
    i += hex ? 2 : 1;
    const size_t digits_start = i;
    uint32_t cp = 0;
    for (; i < s.size(); ++i) {
      const char c = s[i];
      int v = IsDigit(c) ? c - '0' : hex && Lower(c) >= 'a' && Lower(c) <= 'f' ? Lower(c) - 'a' + 10 : -1;
      if (v < 0) break;
      cp = std::min<uint32_t>(cp * (hex ? 16 : 10) + v, 0x110000);
    }
    if (i == digits_start) return 0;
    if (i < s.size() && s[i] == ';') ++i;
    if (cp >= 0x80 && cp <= 0x9F) cp = kWindows1252[cp - 0x80];
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    AppendUtf8(static_cast<char32_t>(cp), out);
    return i - at;
  }
  size_t end = i;
  while (end < s.size() && end - i < 32 && IsAlnum(s[end])) ++end;
  if (end == i) return 0;
  if (end < s.size() && s[end] == ';') {
    if (const Entity* e = FindEntity(s.substr(i, end + 1 - i))) {
      out->append(e->utf8);
      return end + 1 - at;
    }
  }
  // Legacy names without ';' ("&amp", "&copy"), the longest that fits; in an
  // attribute not when a letter, digit or '=' follows ("?a=1&copy=2").
  for (size_t len = end - i; len >= 2; --len) {
    const Entity* e = FindEntity(s.substr(i, len));
    if (e == nullptr) continue;
    const char next = i + len < s.size() ? s[i + len] : ' ';
    if (in_attribute && (IsAlnum(next) || next == '=')) return 0;
    out->append(e->utf8);
    return len + 1;
  }
  return 0;
}

void AppendDecoded(std::string_view s, bool in_attribute, std::string* out) {
  size_t at = 0;
  while (at < s.size()) {
    const size_t amp = s.find('&', at);
    if (amp == std::string_view::npos) {
      out->append(s.substr(at));
      return;
    }
    out->append(s.substr(at, amp - at));
    const size_t used = DecodeReference(s, amp, in_attribute, out);
    if (used == 0) out->push_back('&');
    at = amp + std::max<size_t>(used, 1);
  }
}

bool IsVoid(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR: case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND: case GUMBO_TAG_FRAME:
      return true;
    default:
      return false;
  }
}

// Elements whose content is text up to their end tag.
bool IsRawText(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_TITLE: case GUMBO_TAG_TEXTAREA:
      return true;
    default:
      return false;
  }
}
bool DecodesReferences(GumboTag tag) { return tag == GUMBO_TAG_TITLE || tag == GUMBO_TAG_TEXTAREA; }

// Elements that may stay in <head>; any other start tag closes it.
bool BelongsInHead(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE: case GUMBO_TAG_BASE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND:
      return true;
    default:
      return false;
  }
}

// Start tags that close an open <p>.
bool ClosesParagraph(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_UL: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

// Elements an end tag's search does not pass ("scope" boundaries).
bool IsScopeBoundary(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_TABLE: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_OBJECT: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_MARQUEE: case GUMBO_TAG_BUTTON:
      return true;
    default:
      return false;
  }
}

bool IsTableStructure(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

// Phrasing elements: their end tag does not close block elements opened
// inside them (the HTML5 "special" category is everything blocky).
bool IsPhrasing(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
    case GUMBO_TAG_BIG: case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA:
    case GUMBO_TAG_DFN: case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_KBD:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_MARK: case GUMBO_TAG_NOBR: case GUMBO_TAG_Q:
    case GUMBO_TAG_RUBY: case GUMBO_TAG_S: case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_VAR:
    case GUMBO_TAG_UNKNOWN:
      return true;
    default:
      return false;
  }
}

// Builds the tree as tags arrive.
class TreeBuilder {
 public:
  TreeBuilder(size_t max_depth, HtmlAllocate allocate, void* arena)
      : max_depth_(max_depth), allocate_(allocate), arena_(arena) {
    document_ = NewNode(GUMBO_NODE_DOCUMENT);
    document_->v.document = GumboDocument{};
    document_->v.document.name = "";
    document_->v.document.public_identifier = "";
    document_->v.document.system_identifier = "";
    open_.push_back({document_, GUMBO_TAG_UNKNOWN, {}, {}});
  }

  void Text(std::string_view raw, bool decode) {
    if (decode && raw.find('&') != std::string_view::npos) {
      AppendDecoded(raw, false, &text_);
    } else {
      text_.append(raw);
    }
  }

  void StartTag(std::string_view name, GumboTag tag, std::vector<GumboAttribute*>* attributes,
                bool self_closing) {
    FlushText();
    if (!PrepareFor(tag)) return;
    GumboNode* node = NewElement(tag, attributes);
    const bool foreign = foreign_depth_ > 0 || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH;
    if (IsVoid(tag) || (self_closing && foreign) || open_.size() > max_depth_) {
      Append(node);
      Finish(node, {});
      return;
    }
    Append(node);
    open_.push_back({node, tag, std::string(name), {}});
    if (tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH || foreign_depth_ > 0) ++foreign_depth_;
    if (tag == GUMBO_TAG_HEAD) seen_head_ = true;
  }

  void EndTag(std::string_view name, GumboTag tag) {
    if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) return;  // content after them stays in body
    if (tag == GUMBO_TAG_BR) {
      std::vector<GumboAttribute*> none;
      StartTag("br", GUMBO_TAG_BR, &none, false);
      return;
    }
    // An ignored end tag leaves the text around it one node.
    const size_t at = FindOpen(name, tag);
    if (at == 0) return;
    FlushText();
    PopTo(at);
  }

  // Closes what is open; returns the document.
  GumboNode* Finish() {
    FlushText();
    PopTo(1);
    Finish(document_, std::move(open_[0].children));
    return document_;
  }

  // The innermost open element.
  GumboTag current() const { return open_.back().tag; }
  bool in_foreign_content() const { return foreign_depth_ > 0; }

 private:
  struct Open {
    GumboNode* node;
    GumboTag tag;
    std::string name;  // for elements gumbo does not know
    std::vector<GumboNode*> children;
  };

  void* Allocate(size_t size) { return allocate_(arena_, size); }

  char* Copy(std::string_view s) {
    char* p = static_cast<char*>(Allocate(s.size() + 1));
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return p;
  }

  GumboNode* NewNode(GumboNodeType type) {
    auto* node = static_cast<GumboNode*>(Allocate(sizeof(GumboNode)));
    std::memset(node, 0, sizeof(GumboNode));
    node->type = type;
    return node;
  }

  GumboNode* NewElement(GumboTag tag, std::vector<GumboAttribute*>* attributes) {
    GumboNode* node = NewNode(tag == GUMBO_TAG_TEMPLATE ? GUMBO_NODE_TEMPLATE : GUMBO_NODE_ELEMENT);
    GumboElement& e = node->v.element;
    e.tag = tag;
    e.tag_namespace = foreign_depth_ > 0 || tag == GUMBO_TAG_SVG ? GUMBO_NAMESPACE_SVG : GUMBO_NAMESPACE_HTML;
    e.original_tag = {nullptr, 0};  // the page's bytes do not outlive parsing
    e.original_end_tag = {nullptr, 0};
    e.attributes = Vector(attributes->data(), attributes->size());
    attributes->clear();
    return node;
  }

  GumboVector Vector(void* const* items, size_t n) {
    GumboVector v{nullptr, static_cast<unsigned int>(n), static_cast<unsigned int>(n)};
    if (n > 0) {
      v.data = static_cast<void**>(Allocate(n * sizeof(void*)));
      std::memcpy(v.data, items, n * sizeof(void*));
    }
    return v;
  }
  GumboVector Vector(GumboAttribute* const* items, size_t n) {
    return Vector(reinterpret_cast<void* const*>(items), n);
  }

  void Append(GumboNode* node) {
    Open& parent = open_.back();
    node->parent = parent.node;
    node->index_within_parent = parent.children.size();
    parent.children.push_back(node);
  }

  void Finish(GumboNode* node, std::vector<GumboNode*> children) {
    GumboVector v = Vector(reinterpret_cast<void* const*>(children.data()), children.size());
    if (node->type == GUMBO_NODE_DOCUMENT) {
      node->v.document.children = v;
    } else {
      node->v.element.children = v;
    }
  }

  void FlushText() {
    if (text_.empty()) return;
    const bool blank = std::all_of(text_.begin(), text_.end(), IsSpace);
    if (!blank && InHead()) PopTo(HeadIndex());  // text belongs in the body
    GumboNode* node = NewNode(blank ? GUMBO_NODE_WHITESPACE : GUMBO_NODE_TEXT);
    node->v.text.text = Copy(text_);
    node->v.text.original_text = {node->v.text.text, text_.size()};
    Append(node);
    text_.clear();
  }

  size_t HeadIndex() const {
    for (size_t k = open_.size(); k-- > 1;) {
      if (open_[k].tag == GUMBO_TAG_HEAD) return k;
    }
    return 0;
  }
  bool InHead() const { return open_.size() > 1 && open_.back().tag == GUMBO_TAG_HEAD; }

  bool HasOpen(GumboTag tag) const {
    for (size_t k = 1; k < open_.size(); ++k) {
      if (open_[k].tag == tag) return true;
    }
    return false;
  }

  // Closes what a start tag implies; false when the tag is to be dropped.
  bool PrepareFor(GumboTag tag) {
    if (tag == GUMBO_TAG_HTML) return !HasOpen(GUMBO_TAG_HTML) && open_.size() == 1;
    if (tag == GUMBO_TAG_HEAD) return !seen_head_ && !HasOpen(GUMBO_TAG_BODY);
    if (InHead() && !BelongsInHead(tag)) PopTo(HeadIndex());
    if (tag == GUMBO_TAG_BODY) return !HasOpen(GUMBO_TAG_BODY);
    if (foreign_depth_ > 0) return true;
    if (ClosesParagraph(tag)) CloseIfInScope(GUMBO_TAG_P, GUMBO_TAG_P);
    switch (tag) {
      case GUMBO_TAG_LI: CloseListItem({GUMBO_TAG_LI}); break;
      case GUMBO_TAG_DD: case GUMBO_TAG_DT: CloseListItem({GUMBO_TAG_DD, GUMBO_TAG_DT}); break;
      case GUMBO_TAG_OPTION: if (current() == GUMBO_TAG_OPTION) PopTo(open_.size() - 1); break;
      case GUMBO_TAG_OPTGROUP:
        if (current() == GUMBO_TAG_OPTION) PopTo(open_.size() - 1);
        if (current() == GUMBO_TAG_OPTGROUP) PopTo(open_.size() - 1);
        break;
      case GUMBO_TAG_TD: case GUMBO_TAG_TH: CloseInTable({GUMBO_TAG_TD, GUMBO_TAG_TH}, GUMBO_TAG_TR); break;
      case GUMBO_TAG_TR: CloseInTable({GUMBO_TAG_TR}, GUMBO_TAG_TABLE); break;
      case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
        CloseInTable({GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT}, GUMBO_TAG_TABLE);
        break;
      case GUMBO_TAG_A: CloseIfInScope(GUMBO_TAG_A, GUMBO_TAG_A); break;
      default:
        if (IsHeading(tag) && IsHeading(current())) PopTo(open_.size() - 1);
        break;
    }
    return true;
  }

  // Pops through the innermost `tag` when it is open within scope.
  void CloseIfInScope(GumboTag tag, GumboTag) {
    for (size_t k = open_.size(); k-- > 1;) {
      if (open_[k].tag == tag) return PopTo(k);
      if (IsScopeBoundary(open_[k].tag)) return;
    }
  }

  // <li> closes the open <li> (and <dd>/<dt> theirs) unless a block other
  // than <div>, <p> or <address> lies between.
  void CloseListItem(std::initializer_list<GumboTag> targets) {
    for (size_t k = open_.size(); k-- > 1;) {
      const GumboTag t = open_[k].tag;
      if (std::find(targets.begin(), targets.end(), t) != targets.end()) return PopTo(k);
      if (!IsPhrasing(t) && t != GUMBO_TAG_DIV && t != GUMBO_TAG_P && t != GUMBO_TAG_ADDRESS) return;
    }
  }

  void CloseInTable(std::initializer_list<GumboTag> targets, GumboTag limit) {
    for (size_t k = open_.size(); k-- > 1;) {
      const GumboTag t = open_[k].tag;
      if (std::find(targets.begin(), targets.end(), t) != targets.end()) return PopTo(k);
      if (t == limit || t == GUMBO_TAG_TABLE || t == GUMBO_TAG_HTML) return;
    }
  }

  // The open element an end tag closes, or 0 when it closes none.
  size_t FindOpen(std::string_view name, GumboTag tag) const {
    const bool table = IsTableStructure(tag);
    for (size_t k = open_.size(); k-- > 1;) {
      const GumboTag t = open_[k].tag;
      if (t == tag && (tag != GUMBO_TAG_UNKNOWN || EqualsLower(open_[k].name, name))) return k;
      if (table ? (t == GUMBO_TAG_TABLE || t == GUMBO_TAG_HTML || t == GUMBO_TAG_TEMPLATE)
                : IsScopeBoundary(t)) {
        return 0;
      }
      if (IsPhrasing(tag) && !IsPhrasing(t) && t != GUMBO_TAG_P && t != GUMBO_TAG_LI) return 0;
    }
    return 0;
  }

  static bool EqualsLower(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t k = 0; k < a.size(); ++k) {
      if (Lower(a[k]) != Lower(b[k])) return false;
    }
    return true;
  }

  // Closes open_[k] and everything inside it.
  void PopTo(size_t k) {
    while (open_.size() > k && open_.size() > 1) {
      Open& top = open_.back();
      if (foreign_depth_ > 0) --foreign_depth_;
      Finish(top.node, std::move(top.children));
      open_.pop_back();
    }
  }

  const size_t max_depth_;
  const HtmlAllocate allocate_;
  void* const arena_;
  GumboNode* document_;
  std::vector<Open> open_;
  std::string text_;
  int foreign_depth_ = 0;
  bool seen_head_ = false;
};

// Reads tags and text from the page and feeds the tree builder.
class Tokenizer {
 public:
  Tokenizer(std::string_view html, TreeBuilder* builder) : s_(html), builder_(builder) {}

  void Run() {
    while (at_ < s_.size()) {
      const size_t lt = s_.find('<', at_);
      if (lt == std::string_view::npos) {
        builder_->Text(s_.substr(at_), true);
        return;
      }
      builder_->Text(s_.substr(at_, lt - at_), true);
      at_ = lt;
      const char next = lt + 1 < s_.size() ? s_[lt + 1] : '\0';
      if (next == '!' || next == '?') {
        SkipMarkup();
      } else if (next == '/' && lt + 2 < s_.size() && IsAlpha(s_[lt + 2])) {
        EndTag();
      } else if (next == '/') {
        at_ = Find('>', lt + 2) + 1;  // "</>" or "</ junk>": a bogus comment
      } else if (IsAlpha(next)) {
        StartTag();
      } else {
        builder_->Text("<", false);
        ++at_;
      }
    }
  }

 private:
  size_t Find(char c, size_t from) const {
    const size_t p = s_.find(c, from);
    return p == std::string_view::npos ? s_.size() - 1 : p;
  }

  // Comments, doctypes, CDATA sections and processing instructions.
  void SkipMarkup() {
    if (s_.compare(at_, 4, "<!--") == 0) {
      const size_t end = s_.find("-->", at_ + 2);
      // "<!-->" and "<!--->" end at once.
      at_ = end == std::string_view::npos ? s_.size() : end + 3;
      return;
    }
    if (s_.compare(at_, 9, "<![CDATA[") == 0) {
      const size_t end = s_.find("]]>", at_ + 9);
      at_ = end == std::string_view::npos ? s_.size() : end + 3;
      return;
    }
    at_ = Find('>', at_) + 1;
  }

  std::string_view Name(size_t* i) const {
    const size_t start = *i;
    while (*i < s_.size() && !IsSpace(s_[*i]) && s_[*i] != '/' && s_[*i] != '>') ++*i;
    return s_.substr(start, *i - start);
  }

  GumboTag TagOf(std::string_view name) {
    lowered_.assign(name.begin(), name.end());
    std::transform(lowered_.begin(), lowered_.end(), lowered_.begin(), Lower);
    return gumbo_tagn_enum(lowered_.data(), static_cast<unsigned>(lowered_.size()));
  }

  void EndTag() {
    size_t i = at_ + 2;
    const std::string_view name = Name(&i);
    // Attributes on an end tag are ignored, quoted '>' included.
    SkipAttributes(&i);
    at_ = i;
    builder_->EndTag(name, TagOf(name));
  }

  void StartTag() {
    size_t i = at_ + 1;
    const std::string_view name = Name(&i);
    const GumboTag tag = TagOf(name);
    bool self_closing = false;
    if (!ReadAttributes(&i, &self_closing)) {  // the page ends inside the tag: dropped
      at_ = s_.size();
      return;
    }
    at_ = i;
    // In svg and math, <title> and <style> are ordinary elements.
    const bool raw_text = IsRawText(tag) && !builder_->in_foreign_content();
    builder_->StartTag(name, tag, &attributes_, self_closing);
    // An element the builder dropped or made a leaf loses its raw text.
    if (raw_text) RawText(name, tag, builder_->current() == tag);
  }

  // Reads attributes up to and past '>'; false when the page ends first.
  bool ReadAttributes(size_t* i, bool* self_closing) {
    attributes_.clear();
    while (true) {
      while (*i < s_.size() && (IsSpace(s_[*i]) || s_[*i] == '/')) {
        *self_closing = s_[*i] == '/';
        ++*i;
      }
      if (*i >= s_.size()) return false;
      if (s_[*i] == '>') {
        ++*i;
        return true;
      }
      *self_closing = false;
      const size_t name_start = *i;
      ++*i;  // a name may start with '=' ("<a =x>")
      while (*i < s_.size() && !IsSpace(s_[*i]) && s_[*i] != '/' && s_[*i] != '>' && s_[*i] != '=') ++*i;
      const std::string_view name = s_.substr(name_start, *i - name_start);
      while (*i < s_.size() && IsSpace(s_[*i])) ++*i;
      std::string_view value;
      if (*i < s_.size() && s_[*i] == '=') {
        ++*i;
        while (*i < s_.size() && IsSpace(s_[*i])) ++*i;
        if (*i >= s_.size()) return false;
        if (s_[*i] == '"' || s_[*i] == '\'') {
          const size_t close = s_.find(s_[*i], *i + 1);
          if (close == std::string_view::npos) return false;
          value = s_.substr(*i + 1, close - *i - 1);
          *i = close + 1;
        } else {
          const size_t start = *i;
          while (*i < s_.size() && !IsSpace(s_[*i]) && s_[*i] != '>') ++*i;
          value = s_.substr(start, *i - start);
        }
      }
      AddAttribute(name, value);
    }
  }

  void SkipAttributes(size_t* i) {
    bool ignored = false;
    std::vector<GumboAttribute*> saved;
    saved.swap(attributes_);
    if (!ReadAttributes(i, &ignored)) *i = s_.size();
    attributes_.swap(saved);
  }

  void AddAttribute(std::string_view name, std::string_view value);

  // The text of <script>, <style>, <title>... up to its end tag.
  void RawText(std::string_view name, GumboTag tag, bool keep) {
    size_t end = at_;
    while (true) {
      end = s_.find("</", end);
      if (end == std::string_view::npos) {
        end = s_.size();
        break;
      }
      const size_t after = end + 2 + name.size();
      if (after <= s_.size() && EqualsIgnoringCase(s_.substr(end + 2, name.size()), name) &&
          (after == s_.size() || IsSpace(s_[after]) || s_[after] == '>' || s_[after] == '/')) {
        break;
      }
      end += 2;
    }
    if (keep) builder_->Text(s_.substr(at_, end - at_), DecodesReferences(tag));
    at_ = end;
    if (end < s_.size()) {
      EndTag();
    } else if (keep) {
      builder_->EndTag(name, tag);
    }
  }

  static bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return Lower(x) == Lower(y); });
  }

 public:
  HtmlAllocate allocate = nullptr;
  void* arena = nullptr;

 private:
  std::string_view s_;
  size_t at_ = 0;
  TreeBuilder* builder_;
  std::string lowered_, value_;
  std::vector<GumboAttribute*> attributes_;
};

void Tokenizer::AddAttribute(std::string_view name, std::string_view value) {
  // Checking for duplicates is quadratic: a hostile tag's attributes past
  // kMaxAttributes are dropped (real pages have a few dozen at most).
  constexpr size_t kMaxAttributes = 256;
  if (attributes_.size() >= kMaxAttributes) return;
  auto* attr = static_cast<GumboAttribute*>(allocate(arena, sizeof(GumboAttribute)));
  std::memset(attr, 0, sizeof(GumboAttribute));
  std::string lowered(name);
  std::transform(lowered.begin(), lowered.end(), lowered.begin(), Lower);
  for (const GumboAttribute* a : attributes_) {
    if (lowered == a->name) return;  // the first of duplicates wins
  }
  value_.clear();
  AppendDecoded(value, true, &value_);
  auto copy = [&](const std::string& s) {
    char* p = static_cast<char*>(allocate(arena, s.size() + 1));
    std::memcpy(p, s.data(), s.size() + 1);
    return p;
  };
  attr->attr_namespace = GUMBO_ATTR_NAMESPACE_NONE;
  attr->name = copy(lowered);
  attr->original_name = {attr->name, lowered.size()};
  attr->value = copy(value_);
  attr->original_value = {attr->value, value_.size()};
  attributes_.push_back(attr);
}

}  // namespace

GumboNode* ParseHtml(std::string_view html, size_t max_depth, HtmlAllocate allocate, void* arena) {
  // Text nodes are C strings of valid UTF-8: repair the page once if needed.
  std::string repaired;
  if (!simdjson::validate_utf8(html.data(), html.size()) ||
      std::memchr(html.data(), '\0', html.size()) != nullptr) {
    uint32_t invalid = 0;
    repaired = SanitizeUtf8(html, &invalid);
    std::string out;
    out.reserve(repaired.size());
    for (char c : repaired) {
      if (c == '\0') out += "\xEF\xBF\xBD";
      else out += c;
    }
    repaired.swap(out);
    html = repaired;
  }
  TreeBuilder builder(max_depth, allocate, arena);
  Tokenizer tokenizer(html, &builder);
  tokenizer.allocate = allocate;
  tokenizer.arena = arena;
  tokenizer.Run();
  return builder.Finish();
}

}  // namespace whosaid::internal
