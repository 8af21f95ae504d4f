// Copyright 2026 The whosaid Authors.
#include "speakers/gum_document.h"

#include <algorithm>

#include "lexicon/lexicon.h"
#include "text/utf8.h"

namespace whosaid::internal {

GumDocument::GumDocument(const EntityDocument& gold, size_t max_quote_bytes)
    : gold_(gold),
      text_(SanitizeUtf8(gold.text, &invalid_)),
      norm_(Normalize(text_)),
      article_(BuildArticle(norm_.text, Lexicon::Default(), max_quote_bytes)) {
  // The words of a multi-word token ("Byron's" = "Byron" + "'s") all span
  // its surface form; its bytes belong to the first, which carries the name.
  std::vector<int> word_at(text_.size() + 1, -1);
  for (size_t w = 0; w < gold.words.size(); ++w) {
    for (uint32_t b = gold.words[w].begin; b < gold.words[w].end && b < text_.size(); ++b) {
      if (word_at[b] < 0) word_at[b] = static_cast<int>(w);
    }
  }
  token_of_word_.assign(gold.words.size(), -1);
  for (uint32_t t = 0; t < article_.size(); ++t) {
    const uint32_t b = norm_.to_original.ToOriginal(article_.tokens[t].begin);
    const int w = b < word_at.size() ? word_at[b] : -1;
    word_of_token_.push_back(w);
    if (w >= 0 && token_of_word_[w] < 0) token_of_word_[w] = static_cast<int>(t);
  }
}

TokenRange GumDocument::Tokens(uint32_t begin, uint32_t end) const {
  TokenRange r{UINT32_MAX, 0};
  for (uint32_t w = begin; w < end; ++w) {
    if (token_of_word_[w] < 0) continue;
    r.begin = std::min(r.begin, static_cast<uint32_t>(token_of_word_[w]));
    r.end = std::max(r.end, static_cast<uint32_t>(token_of_word_[w]) + 1);
  }
  return r.begin == UINT32_MAX ? TokenRange{} : r;
}

std::pair<int, int> GumDocument::Words(TokenRange r) const {
  int first = -1, last = -1;
  for (uint32_t t = r.begin; t < r.end; ++t) {
    if (word_of_token_[t] < 0) continue;
    if (first < 0) first = word_of_token_[t];
    last = word_of_token_[t];
  }
  return {first, last};
}

bool GumDocument::Covers(TokenRange r, uint32_t word) const {
  const auto [first, last] = Words(r);
  return first >= 0 && first <= static_cast<int>(word) && static_cast<int>(word) <= last;
}

bool IsNamedMention(const EntityDocument& d, const GoldMention& m) {
  return d.words[m.head].upos == "PROPN";
}

}  // namespace whosaid::internal
