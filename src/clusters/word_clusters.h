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

  // The classes of `word`; curly quotes and apostrophes count as straight
  // ones ("Clinton’s" is "Clinton's").
  Classes Find(std::string_view word) const;
  // The same by Key(word), for callers that hash the word anyway.
  Classes FindKey(uint64_t key) const {
    if (slots_.empty()) return {};
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].classes;
      if (slots_[i].key == 0) return {};
    }
  }
  // HashBytes (perceptron/features.h) of the word with straight quotes.
  static uint64_t Key(std::string_view word);

  size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }

  // Adds a word; the first of two words with the same Key wins.
  void Add(std::string word, Classes c);

 private:
  struct Slot {
    uint64_t key = 0;  // 0: empty
    Classes classes;
  };
  std::vector<std::pair<std::string, Classes>> words_;  // for Serialize
  std::vector<Slot> slots_;  // open addressing, a power of two, at most half full
  size_t mask_ = 0;
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
