// Copyright 2026 The whosaid Authors.
//
// Word clusters: words that occur between the same neighbours share a class
// ("said", "added", "noted"; "Monday", "Tuesday"; "Clinton", "Trump"). The
// taggers use a word's classes as features, so that what they learned about
// one word carries over to words seen rarely or never in their training data.
//
// Classes come from the exchange algorithm (Kneser & Ney 1993; Martin,
// Liermann & Ney 1998 -- what mkcls does): it maximises the likelihood of a
// class bigram model of unlabelled text by moving one word at a time to the
// class that raises it most. Two clusterings are kept: coarse and fine.
//
// The clusters are data (data/models/clusters.model, text: one
// "word<TAB>coarse<TAB>fine" line per word, case kept), made by
// `whosaid train clusters` and compiled into the library.
#ifndef WHOSAID_CLUSTERS_WORD_CLUSTERS_H_
#define WHOSAID_CLUSTERS_WORD_CLUSTERS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "whosaid/status.h"

namespace whosaid::internal {

class WordClusters {
 public:
  static constexpr uint16_t kNone = 0xFFFF;  // a word without a class (too rare)

  struct Classes {
    uint16_t coarse = kNone;
    uint16_t fine = kNone;
  };

  WordClusters() = default;

  // The clusters compiled into the library (none when there is no file).
  static const WordClusters& Default();

  static Result<WordClusters> FromBytes(std::string_view bytes);
  std::string Serialize() const;

  Classes Find(std::string_view word) const {
    auto it = classes_.find(word);
    return it == classes_.end() ? Classes{} : it->second;
  }
  size_t size() const { return classes_.size(); }
  bool empty() const { return classes_.empty(); }

  void Add(std::string word, Classes c) { classes_.emplace(std::move(word), c); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, Classes, Hash, std::equal_to<>> classes_;
};

struct ClusterTrainingOptions {
  int coarse = 64;       // classes of the coarse clustering
  int fine = 512;        // classes of the fine one
  int min_count = 3;     // rarer words get no class
  int iterations = 8;    // passes over the vocabulary (each clustering)
};

// Clusters the words of `sentences` (each a sequence of words). Deterministic:
// the same sentences and options give the same classes. `log` gets one line
// per pass.
WordClusters TrainWordClusters(const std::vector<std::vector<std::string>>& sentences,
                               const ClusterTrainingOptions& options,
                               const std::function<void(std::string_view)>& log);

}  // namespace whosaid::internal

#endif  // WHOSAID_CLUSTERS_WORD_CLUSTERS_H_
