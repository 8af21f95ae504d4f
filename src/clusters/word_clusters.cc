// Copyright 2026 The whosaid Authors.
#include "clusters/word_clusters.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "perceptron/features.h"
#include "perceptron/model_io.h"
#include "tagging/tagger_features.h"

namespace whosaid::internal {

const WordClusters& WordClusters::Default() {
  static const WordClusters* clusters = [] {
    Result<WordClusters> read = FromBytes(EmbeddedModel("clusters"));
    return new WordClusters(read.ok() ? std::move(*read) : WordClusters());
  }();
  return *clusters;
}

uint64_t WordClusters::Key(std::string_view word) {
  std::string buf;
  const uint64_t key = HashBytes(StraightenQuotes(word, &buf));
  return key == 0 ? 1 : key;
}

WordClusters::Classes WordClusters::Find(std::string_view word) const { return FindKey(Key(word)); }

void WordClusters::Add(std::string word, Classes c) {
  if (2 * (words_.size() + 1) > slots_.size()) {  // grow, keeping the table at most half full
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, 2 * old.size()), Slot());
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.key == 0) continue;
      size_t i = s.key & mask_;
      while (slots_[i].key != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }
  const uint64_t key = Key(word);
  size_t i = key & mask_;
  while (slots_[i].key != 0) {
    if (slots_[i].key == key) return;
    i = (i + 1) & mask_;
  }
  slots_[i] = Slot{key, c};
  words_.emplace_back(std::move(word), c);
}

Result<WordClusters> WordClusters::FromBytes(std::string_view bytes) {
  WordClusters out;
  size_t line_number = 0;
  while (!bytes.empty()) {
    ++line_number;
    const size_t eol = std::min(bytes.find('\n'), bytes.size());
    const std::string_view line = bytes.substr(0, eol);
    bytes.remove_prefix(std::min(eol + 1, bytes.size()));
    if (line.empty() || line[0] == '#') continue;
    const size_t tab1 = line.find('\t');
    const size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos) {
      return CorruptError(fmt::format("clusters: line {} is not word<TAB>coarse<TAB>fine", line_number));
    }
    Classes c;
    try {
      c.coarse = static_cast<uint16_t>(std::stoi(std::string(line.substr(tab1 + 1, tab2 - tab1 - 1))));
      c.fine = static_cast<uint16_t>(std::stoi(std::string(line.substr(tab2 + 1))));
    } catch (const std::exception&) {
      return CorruptError(fmt::format("clusters: line {} has no class numbers", line_number));
    }
    out.Add(std::string(line.substr(0, tab1)), c);
  }
  return out;
}

std::string WordClusters::Serialize() const {
  std::map<std::string_view, Classes> sorted(words_.begin(), words_.end());
  std::string out =
      "# whosaid word clusters: word<TAB>coarse class<TAB>fine class (whosaid train clusters)\n";
  for (const auto& [word, c] : sorted) out += fmt::format("{}\t{}\t{}\n", word, c.coarse, c.fine);
  return out;
}

namespace {

double XLogX(int64_t x) { return x > 0 ? static_cast<double>(x) * std::log(static_cast<double>(x)) : 0; }

// Bigram statistics of the corpus over word ids (0: sentence boundary,
// 1: every rare word, 2...: the vocabulary by falling frequency).
struct Bigrams {
  int num_words = 0;
  std::vector<std::vector<std::pair<int, int64_t>>> left, right;  // neighbours other than itself
  std::vector<int64_t> self, as_first, as_second;
};

// One clustering of the words into k classes by the exchange algorithm.
class Exchange {
 public:
  Exchange(const Bigrams& b, int k)
      : b_(b), k_(k), cls_(b.num_words), n_(static_cast<size_t>(k) * k, 0), first_(k, 0),
        second_(k, 0), l_(k, 0), r_(k, 0), in_l_(k, false), in_r_(k, false) {
    for (int w = 0; w < b.num_words; ++w) cls_[w] = w % k;
    for (int w = 0; w < b.num_words; ++w) {
      for (const auto& [v, c] : b.right[w]) At(cls_[w], cls_[v]) += c;
      At(cls_[w], cls_[w]) += b.self[w];
      first_[cls_[w]] += b.as_first[w];
      second_[cls_[w]] += b.as_second[w];
    }
  }

  // One pass over the vocabulary; returns how many words changed class.
  int Pass() {
    int moved = 0;
    for (int w = 0; w < b_.num_words; ++w) {
      Gather(w);
      const int from = cls_[w];
      Move(w, from, -1);
      int best = from;
      double best_gain = Gain(w, from);
      for (int c = 0; c < k_; ++c) {
        if (c == from) continue;
        const double g = Gain(w, c);
        if (g > best_gain + 1e-9) best = c, best_gain = g;
      }
      Move(w, best, +1);
      cls_[w] = best;
      moved += best != from;
      Clear();
    }
    return moved;
  }

  // The class bigram log-likelihood, up to a constant.
  double Objective() const {
    double sum = 0;
    for (int64_t x : n_) sum += XLogX(x);
    for (int c = 0; c < k_; ++c) sum -= XLogX(first_[c]) + XLogX(second_[c]);
    return sum;
  }

  int ClassOf(int w) const { return cls_[w]; }

 private:
  int64_t& At(int c1, int c2) { return n_[static_cast<size_t>(c1) * k_ + c2]; }

  // The counts of w's neighbours by class, left and right.
  void Gather(int w) {
    for (const auto& [u, c] : b_.left[w]) {
      const int cu = cls_[u];
      if (!in_l_[cu]) in_l_[cu] = true, touched_l_.push_back(cu);
      l_[cu] += c;
    }
    for (const auto& [v, c] : b_.right[w]) {
      const int cv = cls_[v];
      if (!in_r_[cv]) in_r_[cv] = true, touched_r_.push_back(cv);
      r_[cv] += c;
    }
  }
  void Clear() {
    for (int c : touched_l_) l_[c] = 0, in_l_[c] = false;
    for (int c : touched_r_) r_[c] = 0, in_r_[c] = false;
    touched_l_.clear();
    touched_r_.clear();
  }

  // Adds (sign +1) or removes (-1) word w's counts to or from class c.
  void Move(int w, int c, int sign) {
    for (int cv : touched_r_) At(c, cv) += sign * r_[cv];
    for (int cu : touched_l_) At(cu, c) += sign * l_[cu];
    At(c, c) += sign * b_.self[w];
    first_[c] += sign * b_.as_first[w];
    second_[c] += sign * b_.as_second[w];
  }

  // How much the objective would rise with w (removed) added to class c.
  double Gain(int w, int c) {
    double g = 0;
    for (int cv : touched_r_) {
      if (cv == c) continue;
      const int64_t x = At(c, cv);
      g += XLogX(x + r_[cv]) - XLogX(x);
    }
    for (int cu : touched_l_) {
      if (cu == c) continue;
      const int64_t x = At(cu, c);
      g += XLogX(x + l_[cu]) - XLogX(x);
    }
    const int64_t diagonal = At(c, c);
    g += XLogX(diagonal + r_[c] + l_[c] + b_.self[w]) - XLogX(diagonal);
    g -= XLogX(first_[c] + b_.as_first[w]) - XLogX(first_[c]);
    g -= XLogX(second_[c] + b_.as_second[w]) - XLogX(second_[c]);
    return g;
  }

  const Bigrams& b_;
  const int k_;
  std::vector<int> cls_;
  std::vector<int64_t> n_, first_, second_, l_, r_;
  std::vector<bool> in_l_, in_r_;
  std::vector<int> touched_l_, touched_r_;
};

}  // namespace

WordClusters TrainWordClusters(const std::vector<std::vector<std::string>>& sentences,
                               const ClusterTrainingOptions& options,
                               const std::function<void(std::string_view)>& log) {
  // The vocabulary: words seen min_count times, by falling count, then bytes.
  std::unordered_map<std::string_view, int64_t> counts;
  for (const auto& s : sentences) {
    for (const std::string& w : s) ++counts[w];
  }
  std::vector<std::pair<std::string_view, int64_t>> vocab;
  for (const auto& [w, c] : counts) {
    if (c >= options.min_count) vocab.emplace_back(w, c);
  }
  std::sort(vocab.begin(), vocab.end(), [](const auto& x, const auto& y) {
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  });
  std::unordered_map<std::string_view, int> id;
  for (size_t i = 0; i < vocab.size(); ++i) id.emplace(vocab[i].first, static_cast<int>(i) + 2);

  Bigrams b;
  b.num_words = static_cast<int>(vocab.size()) + 2;
  std::unordered_map<uint64_t, int64_t> pairs;
  for (const auto& s : sentences) {
    int prev = 0;
    for (const std::string& w : s) {
      auto it = id.find(w);
      const int cur = it == id.end() ? 1 : it->second;
      ++pairs[static_cast<uint64_t>(prev) << 32 | static_cast<uint32_t>(cur)];
      prev = cur;
    }
    ++pairs[static_cast<uint64_t>(prev) << 32];
  }
  b.left.resize(b.num_words);
  b.right.resize(b.num_words);
  b.self.assign(b.num_words, 0);
  b.as_first.assign(b.num_words, 0);
  b.as_second.assign(b.num_words, 0);
  std::vector<std::pair<uint64_t, int64_t>> sorted_pairs(pairs.begin(), pairs.end());
  std::sort(sorted_pairs.begin(), sorted_pairs.end());  // a fixed order: the result must not depend on hashing
  for (const auto& [key, c] : sorted_pairs) {
    const int u = static_cast<int>(key >> 32), v = static_cast<int>(key & 0xFFFFFFFF);
    b.as_first[u] += c;
    b.as_second[v] += c;
    if (u == v) {
      b.self[u] += c;
    } else {
      b.right[u].emplace_back(v, c);
      b.left[v].emplace_back(u, c);
    }
  }
  log(fmt::format("{} sentences, {} words in the vocabulary (seen {}+ times), {} distinct bigrams",
                  sentences.size(), vocab.size(), options.min_count, sorted_pairs.size()));

  std::vector<int> classes[2];  // coarse, fine
  for (int which = 0; which < 2; ++which) {
    const int k = which == 0 ? options.coarse : options.fine;
    Exchange exchange(b, k);
    for (int pass = 1; pass <= options.iterations; ++pass) {
      const int moved = exchange.Pass();
      log(fmt::format("{} classes, pass {}: {} words moved, log-likelihood {:.0f}", k, pass, moved,
                      exchange.Objective()));
      if (moved == 0) break;
    }
    for (int w = 0; w < b.num_words; ++w) classes[which].push_back(exchange.ClassOf(w));
  }
  WordClusters clusters;
  for (size_t i = 0; i < vocab.size(); ++i) {
    clusters.Add(std::string(vocab[i].first),
                 {static_cast<uint16_t>(classes[0][i + 2]), static_cast<uint16_t>(classes[1][i + 2])});
  }
  return clusters;
}

}  // namespace whosaid::internal
