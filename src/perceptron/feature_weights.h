// Copyright 2026 The whosaid Authors.
//
// FeatureWeights: the frozen weights of a trained linear model, one sparse
// row of (class, weight) pairs per feature key. Built by
// AveragedPerceptron::Average() or read from a model file; immutable and
// safe to share between threads afterwards.
#ifndef WHOSAID_PERCEPTRON_FEATURE_WEIGHTS_H_
#define WHOSAID_PERCEPTRON_FEATURE_WEIGHTS_H_

#include <cstdint>
#include <span>
#include <vector>

#include "perceptron/huge_page_allocator.h"
#include "perceptron/model_io.h"
#include "whosaid/status.h"

namespace whosaid::internal {

// One nonzero weight of a feature's row.
struct ClassWeight {
  uint8_t cls;
  float weight;
};

class FeatureWeights {
 public:
  // At most this many classes: a class is stored in one byte.
  static constexpr int kMaxClasses = 256;

  FeatureWeights() = default;
  // `rows` pairs each distinct, nonzero feature key with its nonzero weights.
  FeatureWeights(int num_classes,
                 const std::vector<std::pair<uint64_t, std::vector<ClassWeight>>>& rows);

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_weights() const { return num_weights_; }

  // Adds the weights of every known feature to scores[0, num_classes()),
  // in units of scale() (argmax needs no rescaling); unknown features add
  // nothing.
  void Score(std::span<const uint64_t> features, int32_t* scores) const {
    while (features.size() > kChunk) {
      ScoreChunk(features.first(kChunk), scores);
      features = features.subspan(kChunk);
    }
    ScoreChunk(features, scores);
  }
  // What one unit of Score's output is worth.
  float scale() const { return scale_; }

  // Appends the table to `out`; weights are stored as 16-bit integers with
  // one scale for the whole table.
  void Write(ByteWriter* out) const;
  // Reads a table written by Write (kCorrupt on malformed data).
  static Result<FeatureWeights> Read(ByteReader* in);

 private:
  static constexpr size_t kChunk = 64;
  // A row is kept in one of three ways. Most features have weights for a
  // few classes: up to kInline of them sit in the slot itself, so a lookup
  // touches one cache line. Longer rows are (class, weight) pairs in
  // entries_, or, past a quarter of the classes (the bias, common shapes), a
  // dense row of num_classes weights in dense_ that adds up without
  // scattering.
  struct Entry {
    uint16_t cls;
    int16_t weight;  // times scale_
  };
  static constexpr int kInline = 5;
  enum Kind : uint16_t { kInlineRow, kSparseRow, kDenseRow };
  struct Slot {  // 32 bytes, two to a cache line
    uint64_t key = 0;
    uint16_t size = 0;         // weights in the row; 0 marks an empty slot
    uint16_t kind = kInlineRow;
    union {
      Entry inline_row[kInline];
      uint32_t offset;  // into entries_ or dense_
    };
    Slot() : inline_row{} {}
  };
  static_assert(sizeof(Slot) == 32);

  void ScoreChunk(std::span<const uint64_t> features, int32_t* scores) const {
    if (slots_.empty()) return;
    // The lookups are independent: asking for all their cache lines first
    // lets the memory system fetch them in parallel, then the same for the
    // rows stored outside their slots.
    for (uint64_t f : features) __builtin_prefetch(&slots_[f & mask_]);
    const Slot* found[kChunk];
    size_t n = 0;
    for (uint64_t f : features) {
      const Slot* s = Find(f);
      if (s == nullptr) continue;
      if (s->kind == kSparseRow) __builtin_prefetch(&entries_[s->offset]);
      if (s->kind == kDenseRow) __builtin_prefetch(&dense_[s->offset]);
      found[n++] = s;
    }
    for (size_t k = 0; k < n; ++k) AddRow(*found[k], scores);
  }
  void AddRow(const Slot& s, int32_t* scores) const {
    if (s.kind == kDenseRow) {
      const int16_t* row = &dense_[s.offset];
      for (int c = 0; c < num_classes_; ++c) scores[c] += row[c];
      return;
    }
    const Entry* row = s.kind == kInlineRow ? s.inline_row : &entries_[s.offset];
    for (uint32_t e = 0; e < s.size; ++e) scores[row[e].cls] += row[e].weight;
  }
  // The slot of `feature`, or null.
  const Slot* Find(uint64_t feature) const {
    for (size_t i = feature & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.size == 0) return nullptr;  // an empty slot: the feature is unknown
      if (s.key == feature) return &s;
    }
  }
  // Rebuilds the full key of a slot at index i (for writing the table).
  // Fills the table from rows of (class, quantised weight) pairs.
  void Build(const std::vector<uint64_t>& keys, const std::vector<std::vector<Entry>>& rows);

  int num_classes_ = 0;
  size_t num_features_ = 0;
  size_t num_weights_ = 0;
  uint64_t mask_ = 0;
  float scale_ = 1;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::vector<Entry> entries_;
  std::vector<int16_t> dense_;
};

}  // namespace whosaid::internal

#endif  // WHOSAID_PERCEPTRON_FEATURE_WEIGHTS_H_
