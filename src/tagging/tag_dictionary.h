// Copyright 2026 The whosaid Authors.
//
// TagDictionary: frequent word forms that the training data tags one way
// (nearly) always — "the", ",", "said" is not one of them. The tagger gives
// them that tag without scoring, which is faster and, on such words, at
// least as accurate. Immutable after construction; safe to share.
#ifndef WHOSAID_TAGGING_TAG_DICTIONARY_H_
#define WHOSAID_TAGGING_TAG_DICTIONARY_H_

#include <cstdint>
#include <vector>

#include "perceptron/model_io.h"
#include "whosaid/status.h"

namespace whosaid::internal {

class TagDictionary {
 public:
  struct Entry {
    uint64_t form;  // WordHashes::form
    uint8_t upos;
    uint8_t xpos;
  };

  TagDictionary() = default;
  explicit TagDictionary(std::vector<Entry> entries);

  // Counts (form, upos, xpos) occurrences and keeps the forms seen at least
  // `min_count` times whose most frequent tag pair has a share of at least
  // `min_share`.
  class Builder {
   public:
    void Add(uint64_t form, uint8_t upos, uint8_t xpos);
    TagDictionary Build(int min_count, double min_share) const;

   private:
    std::vector<std::pair<uint64_t, uint16_t>> seen_;  // (form, upos << 8 | xpos)
  };

  // The entry for `form`, or nullptr.
  const Entry* Find(uint64_t form) const;
  size_t size() const { return entries_.size(); }

  void Write(ByteWriter* out) const;
  // kCorrupt on malformed data or tags outside [0, num_upos) / [0, num_xpos).
  static Result<TagDictionary> Read(ByteReader* in, int num_upos, int num_xpos);

 private:
  std::vector<Entry> entries_;  // sorted by form
};

}  // namespace whosaid::internal

#endif  // WHOSAID_TAGGING_TAG_DICTIONARY_H_
