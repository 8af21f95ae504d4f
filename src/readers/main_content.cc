// Copyright 2026 The whosaid Authors.
#include "readers/main_content.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "readers/html_dom.h"

namespace whosaid::internal {
namespace {

constexpr size_t kMinScoredBytes = 25;

// Class and id words that make an element more or less likely to be the
// article (Readability's weights).
constexpr std::array<std::string_view, 27> kNegativeNames = {
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote",
    "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
    "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "byline"};
constexpr std::array<std::string_view, 12> kPositiveNames = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story"};

template <size_t N>
bool ContainsAny(std::string_view s, const std::array<std::string_view, N>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return s.find(w) != std::string_view::npos; });
}

double ClassWeight(const GumboNode* node) {
  double weight = 0;
  for (const char* attr : {"class", "id"}) {
    std::string value(Attribute(node, attr));
    if (value.empty()) continue;
    std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ContainsAny(value, kNegativeNames)) weight -= 25;
    if (ContainsAny(value, kPositiveNames)) weight += 25;
  }
  // schema.org microdata names the article's body outright.
  if (Attribute(node, "itemprop") == "articleBody") weight += 25;
  return weight;
}

double TagWeight(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
    default: return 0;
  }
}

// Blocks that vote for their container, as Readability's paragraphs do.
bool IsScoredTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TH: case GUMBO_TAG_H1:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
      return false;
    default:
      return true;
  }
}

// Blocks that are paragraphs themselves rather than containers with text.
bool IsParagraphTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CAPTION: case GUMBO_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

struct NodeStats {
  double score = 0;
  bool candidate = false;
  size_t text_bytes = 0;
  size_t link_bytes = 0;
  double LinkDensity() const { return text_bytes == 0 ? 0 : double(link_bytes) / text_bytes; }
};

class ContentScorer {
 public:
  explicit ContentScorer(const std::vector<TextBlock>& blocks) : blocks_(blocks) {
    for (const TextBlock& b : blocks_) {
      CountText(b);
      Vote(b);
    }
  }

  // The elements that hold the article.
  std::unordered_set<const GumboNode*> ArticleElements() const {
    const GumboNode* top = TopCandidate();
    std::unordered_set<const GumboNode*> chosen{top};
    const GumboNode* parent = top->parent;
    if (parent == nullptr || Children(parent) == nullptr) return chosen;
    const double threshold = std::max(10.0, FinalScore(top) * 0.2);
    const GumboVector* siblings = Children(parent);
    for (unsigned i = 0; i < siblings->length; ++i) {
      const auto* sibling = static_cast<const GumboNode*>(siblings->data[i]);
      if (sibling != top && JoinsArticle(sibling, top, threshold)) chosen.insert(sibling);
    }
    return chosen;
  }

 private:
  void CountText(const TextBlock& b) {
    for (const GumboNode* n = b.element; n != nullptr; n = n->parent) {
      NodeStats& s = stats_[n];
      s.text_bytes += b.text.size();
      s.link_bytes += b.link_bytes;
    }
  }

  void Vote(const TextBlock& b) {
    if (b.text.size() < kMinScoredBytes || !IsScoredTag(b.element->v.element.tag)) return;
    const double score = 1 + std::count(b.text.begin(), b.text.end(), ',') +
                         std::min<double>(b.text.size() / 100, 3);
    int level = 0;
    // Text straight inside a container counts as a paragraph of it, as if
    // wrapped in a <p> (Readability does wrap it).
    const GumboNode* first = IsParagraphTag(b.element->v.element.tag) ? b.element->parent : b.element;
    for (const GumboNode* n = first; n != nullptr && level < 5; n = n->parent, ++level) {
      if (n->type != GUMBO_NODE_ELEMENT) break;
      NodeStats& s = stats_[n];
      if (!s.candidate) {
        s.candidate = true;
        candidates_.push_back(n);
        s.score = TagWeight(n->v.element.tag) + ClassWeight(n);
      }
      s.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
    }
  }

  double FinalScore(const GumboNode* n) const {
    const auto it = stats_.find(n);
    if (it == stats_.end() || !it->second.candidate) return 0;
    return it->second.score * (1 - it->second.LinkDensity());
  }

  const NodeStats* Stats(const GumboNode* n) const {
    const auto it = stats_.find(n);
    return it == stats_.end() ? nullptr : &it->second;
  }

  const GumboNode* TopCandidate() const {
    const GumboNode* best = nullptr;
    double best_score = 0;
    for (const GumboNode* node : candidates_) {  // in document order of first vote
      const double score = FinalScore(node);
      if (best == nullptr || score > best_score) {
        best = node, best_score = score;
      }
    }
    if (best == nullptr) return blocks_.empty() ? nullptr : Root(blocks_.front().element);
    // A container that is its parent's only child stands for the parent.
    while (best->parent != nullptr && best->parent->type == GUMBO_NODE_ELEMENT &&
           Children(best->parent)->length == 1) {
      best = best->parent;
    }
    return best;
  }

  static const GumboNode* Root(const GumboNode* n) {
    while (n->parent != nullptr) n = n->parent;
    return n;
  }

  bool JoinsArticle(const GumboNode* sibling, const GumboNode* top, double threshold) const {
    if (sibling->type != GUMBO_NODE_ELEMENT) return false;
    double bonus = 0;
    const std::string_view cls = Attribute(sibling, "class");
    if (!cls.empty() && cls == Attribute(top, "class")) bonus = FinalScore(top) * 0.2;
    if (FinalScore(sibling) + bonus >= threshold) return true;
    const NodeStats* s = Stats(sibling);
    if (s == nullptr || sibling->v.element.tag != GUMBO_TAG_P) return false;
    if (s->text_bytes > 80) return s->LinkDensity() < 0.25;
    return s->text_bytes > 0 && s->link_bytes == 0;
  }

  const std::vector<TextBlock>& blocks_;
  std::unordered_map<const GumboNode*, NodeStats> stats_;
  std::vector<const GumboNode*> candidates_;
};

bool Inside(const GumboNode* n, const std::unordered_set<const GumboNode*>& chosen) {
  for (; n != nullptr; n = n->parent) {
    if (chosen.count(n)) return true;
  }
  return false;
}

// Blocks inside the article that are still not article text.
bool IsNoise(const TextBlock& b) {
  if (b.element->v.element.tag == GUMBO_TAG_H1) return true;  // the headline: metadata
  return b.link_bytes * 2 > b.text.size();
}

}  // namespace

std::string ExtractMainContent(const std::vector<TextBlock>& blocks) {
  if (blocks.empty()) return "";
  const ContentScorer scorer(blocks);
  const std::unordered_set<const GumboNode*> chosen = scorer.ArticleElements();
  std::string text;
  for (const TextBlock& b : blocks) {
    if (!Inside(b.element, chosen) || IsNoise(b)) continue;
    if (!text.empty()) text += "\n\n";
    text += b.text;
  }
  return text;
}

}  // namespace whosaid::internal
