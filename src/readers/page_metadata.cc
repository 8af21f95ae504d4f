// Copyright 2026 The whosaid Authors.
#include "readers/page_metadata.h"

#include <algorithm>
#include <array>
#include <map>

#include "readers/html_dom.h"
#include "readers/html_text.h"

namespace whosaid::internal {
namespace {

constexpr size_t kMaxBylineBytes = 200;

constexpr std::array<std::string_view, 17> kDateNames = {
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created",
    "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "citation_date",
    "dc.date.created"};
constexpr std::array<std::string_view, 6> kAuthorNames = {
    "author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator"};

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string Trimmed(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1));
}

// The string value of "key": "value" in JSON-LD text (first occurrence).
std::string JsonLdString(std::string_view json, std::string_view key) {
  const std::string quoted = "\"" + std::string(key) + "\"";
  size_t at = json.find(quoted);
  if (at == std::string_view::npos) return "";
  at = json.find_first_not_of(" \t\r\n:", at + quoted.size());
  if (at == std::string_view::npos || json[at] != '"') return "";
  const size_t end = json.find('"', at + 1);
  return end == std::string_view::npos ? "" : std::string(json.substr(at + 1, end - at - 1));
}

bool LooksLikeUrl(std::string_view s) { return s.starts_with("http://") || s.starts_with("https://"); }

// Collects every metadata-bearing element in one walk.
class MetadataCollector {
 public:
  bool Enter(const GumboNode* node) {
    if (node->type == GUMBO_NODE_DOCUMENT) return true;
    if (node->type != GUMBO_NODE_ELEMENT) return false;
    switch (node->v.element.tag) {
      case GUMBO_TAG_META: return Meta(node), false;
      case GUMBO_TAG_TITLE: return First(&title_tag_, NodeText(node)), false;
      case GUMBO_TAG_H1: return First(&h1_, NodeText(node)), false;
      case GUMBO_TAG_LINK:
        if (Lower(Attribute(node, "rel")) == "canonical") First(&canonical_, Attribute(node, "href"));
        return false;
      case GUMBO_TAG_TIME: First(&time_, Attribute(node, "datetime")); break;
      case GUMBO_TAG_SCRIPT:
        if (Lower(Attribute(node, "type")) == "application/ld+json") JsonLd(node);
        return false;
      default: break;
    }
    Microdata(node);
    return true;
  }
  void Leave(const GumboNode*) {}

  PageMetadata Result(std::string_view url) const {
    PageMetadata m;
    m.title = FirstOf({Meta("og:title"), Meta("twitter:title"), ld_headline_, h1_, title_tag_});
    m.date = FirstOf({DateMeta(), ld_date_, item_date_, time_});
    m.byline = FirstOf({AuthorMeta(), item_author_, rel_author_, byline_class_});
    m.url = FirstOf({Meta("og:url"), canonical_, std::string(url)});
    m.outlet = FirstOf({Meta("og:site_name"), Meta("application-name"), HostOf(m.url.value_or(""))});
    return m;
  }

 private:
  static void First(std::string* slot, std::string_view value) {
    if (slot->empty()) *slot = Trimmed(value);
  }

  static std::optional<std::string> FirstOf(std::initializer_list<std::string> values) {
    for (const std::string& v : values) {
      if (!v.empty()) return v;
    }
    return std::nullopt;
  }

  void Meta(const GumboNode* node) {
    for (const char* key : {"property", "name", "itemprop"}) {
      const std::string name = Lower(Attribute(node, key));
      if (!name.empty() && !meta_.count(name)) meta_[name] = Trimmed(Attribute(node, "content"));
    }
  }

  std::string Meta(const std::string& name) const {
    const auto it = meta_.find(name);
    return it == meta_.end() ? "" : it->second;
  }

  std::string DateMeta() const {
    for (std::string_view name : kDateNames) {
      if (std::string v = Meta(std::string(name)); !v.empty()) return v;
    }
    return "";
  }

  std::string AuthorMeta() const {
    for (std::string_view name : kAuthorNames) {
      if (std::string v = Meta(std::string(name)); !v.empty() && !LooksLikeUrl(v)) return v;
    }
    return "";
  }

  void JsonLd(const GumboNode* node) {
    const std::string json = NodeText(node);
    First(&ld_headline_, JsonLdString(json, "headline"));
    First(&ld_date_, JsonLdString(json, "datePublished"));
  }

  void Microdata(const GumboNode* node) {
    const std::string itemprop = Lower(Attribute(node, "itemprop"));
    if (itemprop == "datepublished") {
      const std::string_view dt = Attribute(node, "datetime");
      First(&item_date_, dt.empty() ? Attribute(node, "content") : dt);
    }
    if (itemprop == "author") First(&item_author_, ShortText(node));
    if (Lower(Attribute(node, "rel")) == "author") First(&rel_author_, ShortText(node));
    if (byline_class_.empty() && Lower(Attribute(node, "class")).find("byline") != std::string::npos) {
      First(&byline_class_, ShortText(node));
    }
  }

  // The text of a byline-sized element; empty when it is too long to be one.
  static std::string ShortText(const GumboNode* node) {
    std::string text = NodeText(node);
    return text.size() <= kMaxBylineBytes ? text : "";
  }

  std::map<std::string, std::string> meta_;
  std::string title_tag_, h1_, canonical_, time_, ld_headline_, ld_date_, item_date_, item_author_,
      rel_author_, byline_class_;
};

}  // namespace

std::string HostOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view host = url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  if (host.starts_with("www.")) host.remove_prefix(4);
  return Lower(host);
}

PageMetadata ReadPageMetadata(const GumboNode* root, std::string_view url) {
  MetadataCollector collector;
  WalkDom(root, &collector);
  return collector.Result(url);
}

}  // namespace whosaid::internal
