// Copyright 2026 The whosaid Authors.
//
// The \w+ words of a text as code point ranges: the unit of the overlap
// scores in both scorers (gold_eval.cc, brat_eval.cc).
#ifndef WHOSAID_EVAL_WORD_INDEX_H_
#define WHOSAID_EVAL_WORD_INDEX_H_

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/tokenizer.h"
#include "text/utf8.h"

namespace whosaid::internal {

inline bool IsScoreWordChar(char32_t cp) { return IsWordChar(cp) || cp == '_'; }

class WordIndex {
 public:
  explicit WordIndex(std::string_view text) {
    uint32_t cp_index = 0;
    bool in_word = false;
    std::string word;  // lowercase ASCII of the current word, for IsThat
    for (size_t i = 0; i < text.size();) {
      char32_t cp;
      i += DecodeUtf8(text, i, &cp);
      const bool w = IsScoreWordChar(cp);
      if (w && !in_word) starts_.push_back(cp_index), word.clear();
      if (!w && in_word) ends_.push_back(cp_index), that_.push_back(word == "that");
      if (w && word.size() < 8) word.push_back(cp < 128 ? static_cast<char>(std::tolower(static_cast<int>(cp))) : '?');
      in_word = w;
      ++cp_index;
    }
    if (in_word) ends_.push_back(cp_index), that_.push_back(word == "that");
  }

  // True when word `w` is "that" (in any case).
  bool IsThat(size_t w) const { return w < that_.size() && that_[w]; }

  size_t size() const { return starts_.size(); }

  // Indices [first, last) of the words inside code points [start, end).
  std::pair<size_t, size_t> Words(uint32_t start, uint32_t end) const {
    const size_t first = std::lower_bound(starts_.begin(), starts_.end(), start) - starts_.begin();
    size_t last = first;
    while (last < starts_.size() && ends_[last] <= end) ++last;
    return {first, last};
  }

 private:
  std::vector<uint32_t> starts_, ends_;
  std::vector<bool> that_;
};

// True when at least `min_share` of each side's words are shared.
inline bool MutualOverlap(size_t overlap, size_t a, size_t b, double min_share) {
  if (a == 0 || b == 0) return false;
  return overlap >= min_share * a && overlap >= min_share * b;
}

}  // namespace whosaid::internal

#endif  // WHOSAID_EVAL_WORD_INDEX_H_
