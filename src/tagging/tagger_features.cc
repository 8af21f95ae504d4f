// Copyright 2026 The whosaid Authors.
#include "tagging/tagger_features.h"

#include <string>

#include "clusters/word_clusters.h"
#include "perceptron/features.h"

namespace whosaid::internal {
namespace {

char ShapeClass(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

// Letter classes with runs of more than two cut to two: "McAleenan" ->
// "XxXxx", "2,000" -> "d,dd".
uint64_t ShapeHash(std::string_view word) {
  char buf[16];
  size_t n = 0;
  char last = 0;
  int run = 0;
  for (unsigned char c : word) {
    const char k = ShapeClass(c);
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2 && n < sizeof buf) buf[n++] = k;
  }
  return HashBytes(std::string_view(buf, n));
}

WordHashes HashWord(std::string_view word, std::string* straight, std::string* lower) {
  const std::string_view form = StraightenQuotes(word, straight);
  lower->assign(form);
  for (char& c : *lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  const std::string_view l = *lower;
  WordHashes h;
  h.form = HashBytes(form);
  h.lower = HashBytes(l);
  const WordClusters& clusters = WordClusters::Default();
  WordClusters::Classes c = clusters.FindKey(h.form == 0 ? 1 : h.form);
  if (c.fine == WordClusters::kNone) c = clusters.FindKey(h.lower == 0 ? 1 : h.lower);
  h.coarse = c.coarse;
  h.fine = c.fine;
  h.shape = ShapeHash(form);
  for (size_t k = 0; k < 3; ++k) h.prefix[k] = HashBytes(l.substr(0, k + 1));
  for (size_t k = 0; k < 4; ++k) h.suffix[k] = HashBytes(l.substr(l.size() > k ? l.size() - k - 1 : 0));
  return h;
}

WordHashes Padding(uint64_t marker) {
  WordHashes h;
  h.form = h.lower = h.shape = marker;
  for (uint64_t& p : h.prefix) p = marker;
  for (uint64_t& s : h.suffix) s = marker;
  h.coarse = h.fine = marker;
  return h;
}

}  // namespace

std::string_view StraightenQuotes(std::string_view word, std::string* buf) {
  if (word.find('\xE2') == std::string_view::npos) return word;
  buf->clear();
  for (size_t i = 0; i < word.size(); ++i) {
    // U+2018..U+201F are E2 80 98..9F in UTF-8.
    if (i + 2 < word.size() && word[i] == '\xE2' && word[i + 1] == '\x80') {
      const unsigned char c = word[i + 2];
      if (c >= 0x98 && c <= 0x9B) {
        buf->push_back('\'');
        i += 2;
        continue;
      }
      if (c >= 0x9C && c <= 0x9F) {
        buf->push_back('"');
        i += 2;
        continue;
      }
    }
    buf->push_back(word[i]);
  }
  return *buf;
}

void HashWords(const std::vector<std::string_view>& words, std::vector<WordHashes>* out) {
  static const uint64_t kStart = HashBytes("<s>"), kEnd = HashBytes("</s>");
  out->clear();
  out->reserve(words.size() + 4);
  out->push_back(Padding(kStart));
  out->push_back(Padding(kStart));
  std::string straight, lower;
  for (std::string_view word : words) out->push_back(HashWord(word, &straight, &lower));
  out->push_back(Padding(kEnd));
  out->push_back(Padding(kEnd));
}

void TaggerFeatures(const std::vector<WordHashes>& w, size_t i, const TagContext& tags,
                    bool second_pass, uint64_t* f) {
  const uint32_t prev_xpos = tags.prev_xpos, prev2_xpos = tags.prev2_xpos;
  const uint32_t prev_upos = tags.prev_upos;
  const WordHashes& w0 = w[i + 2];
  const WordHashes& m1 = w[i + 1];
  const WordHashes& m2 = w[i];
  const WordHashes& p1 = w[i + 3];
  const WordHashes& p2 = w[i + 4];
  int n = 0;
  f[n++] = FeatureKey(0, 0);
  f[n++] = FeatureKey(1, w0.lower);
  f[n++] = FeatureKey(2, w0.form);
  for (uint32_t k = 0; k < 4; ++k) f[n++] = FeatureKey(3 + k, w0.suffix[k]);
  for (uint32_t k = 0; k < 3; ++k) f[n++] = FeatureKey(7 + k, w0.prefix[k]);
  f[n++] = FeatureKey(10, w0.shape);
  f[n++] = FeatureKey(11, m1.lower);
  f[n++] = FeatureKey(12, m2.lower);
  f[n++] = FeatureKey(13, p1.lower);
  f[n++] = FeatureKey(14, p2.lower);
  f[n++] = FeatureKey(15, m1.suffix[2]);
  f[n++] = FeatureKey(16, p1.suffix[2]);
  f[n++] = FeatureKey(17, m1.shape);
  f[n++] = FeatureKey(18, p1.shape);
  f[n++] = FeatureKey(19, prev_xpos);
  f[n++] = FeatureKey(20, prev2_xpos);
  f[n++] = FeatureKey(21, prev_xpos, prev2_xpos);
  f[n++] = FeatureKey(22, prev_xpos, w0.lower);
  f[n++] = FeatureKey(23, m1.lower, w0.lower);
  f[n++] = FeatureKey(24, w0.lower, p1.lower);
  f[n++] = FeatureKey(25, prev_upos, w0.suffix[2]);
  f[n++] = FeatureKey(26, i == 0, w0.form);
  f[n++] = FeatureKey(27, w0.fine);
  f[n++] = FeatureKey(28, w0.coarse);
  f[n++] = FeatureKey(29, m1.fine);
  f[n++] = FeatureKey(30, p1.fine);
  f[n++] = FeatureKey(31, prev_xpos, w0.coarse);
  if (!second_pass) return;
  f[n++] = FeatureKey(33, tags.next_xpos);
  f[n++] = FeatureKey(34, tags.next2_xpos);
  f[n++] = FeatureKey(35, tags.next_xpos, tags.next2_xpos);
  f[n++] = FeatureKey(36, prev_xpos, tags.next_xpos);
  f[n++] = FeatureKey(37, tags.next_xpos, w0.lower);
  f[n++] = FeatureKey(38, tags.next_upos, w0.suffix[2]);
}

}  // namespace whosaid::internal
