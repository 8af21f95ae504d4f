// Copyright 2026 The whosaid Authors.
#include "perceptron/feature_weights.h"

#include <algorithm>
#include <cmath>

namespace whosaid::internal {
namespace {

constexpr uint64_t kMaxFeatures = uint64_t{1} << 28;

// A table at most half full keeps probe sequences short.
uint64_t TableSize(size_t n) {
  uint64_t size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}

}  // namespace

FeatureWeights::FeatureWeights(
    int num_classes, const std::vector<std::pair<uint64_t, std::vector<ClassWeight>>>& rows)
    : num_classes_(num_classes) {
  float max_abs = 0;
  for (const auto& [key, row] : rows) {
    for (const ClassWeight& cw : row) max_abs = std::max(max_abs, std::fabs(cw.weight));
  }
  scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<uint64_t> keys;
  std::vector<std::vector<Entry>> quantised;
  for (const auto& [key, row] : rows) {
    std::vector<Entry> q;
    for (const ClassWeight& cw : row) {
      const auto w = static_cast<int16_t>(std::lround(cw.weight / scale_));
      if (w != 0) q.push_back(Entry{cw.cls, w});
    }
    if (q.empty()) continue;
    keys.push_back(key);
    quantised.push_back(std::move(q));
  }
  Build(keys, quantised);
}

void FeatureWeights::Build(const std::vector<uint64_t>& keys,
                           const std::vector<std::vector<Entry>>& rows) {
  num_features_ = keys.size();
  num_weights_ = 0;
  slots_.assign(TableSize(keys.size()), Slot());
  mask_ = slots_.size() - 1;
  entries_.clear();
  dense_.clear();
  for (size_t r = 0; r < keys.size(); ++r) {
    size_t i = keys[r] & mask_;
    while (slots_[i].size != 0) i = (i + 1) & mask_;
    Slot& slot = slots_[i];
    slot.key = keys[r];
    slot.size = static_cast<uint16_t>(rows[r].size());
    num_weights_ += rows[r].size();
    if (rows[r].size() * 4 > static_cast<size_t>(num_classes_)) {
      slot.kind = kDenseRow;
      slot.offset = static_cast<uint32_t>(dense_.size());
      dense_.resize(dense_.size() + num_classes_, 0);
      for (const Entry& e : rows[r]) dense_[slot.offset + e.cls] = e.weight;
    } else if (rows[r].size() > kInline) {
      slot.kind = kSparseRow;
      slot.offset = static_cast<uint32_t>(entries_.size());
      entries_.insert(entries_.end(), rows[r].begin(), rows[r].end());
    } else {
      slot.kind = kInlineRow;
      std::copy(rows[r].begin(), rows[r].end(), slot.inline_row);
    }
  }
}

void FeatureWeights::Write(ByteWriter* out) const {
  out->Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  out->Put<uint64_t>(num_features_);
  out->Put<uint64_t>(num_weights_);
  out->Put<float>(scale_);
  for (size_t i = 0; i < slots_.size(); ++i) {
    const Slot& s = slots_[i];
    if (s.size == 0) continue;
    out->Put<uint64_t>(s.key);
    out->Put<uint16_t>(static_cast<uint16_t>(s.size - 1));
    if (s.kind == kDenseRow) {
      for (int c = 0; c < num_classes_; ++c) {
        if (dense_[s.offset + c] == 0) continue;
        out->Put<uint8_t>(static_cast<uint8_t>(c));
        out->Put<int16_t>(dense_[s.offset + c]);
      }
      continue;
    }
    const Entry* row = s.kind == kInlineRow ? s.inline_row : &entries_[s.offset];
    for (uint32_t k = 0; k < s.size; ++k) {
      out->Put<uint8_t>(static_cast<uint8_t>(row[k].cls));
      out->Put<int16_t>(row[k].weight);
    }
  }
}

Result<FeatureWeights> FeatureWeights::Read(ByteReader* in) {
  uint32_t num_classes = 0;
  uint64_t num_features = 0, num_weights = 0;
  float scale = 0;
  if (!in->Get(&num_classes) || !in->Get(&num_features) || !in->Get(&num_weights) ||
      !in->Get(&scale) || num_classes == 0 || num_classes > kMaxClasses ||
      num_features > kMaxFeatures || !in->Fits(num_features, 10) || !in->Fits(num_weights, 3) ||
      !std::isfinite(scale) || scale <= 0) {
    return CorruptError("model: bad weight table header");
  }
  FeatureWeights fw;
  fw.num_classes_ = static_cast<int>(num_classes);
  fw.scale_ = scale;
  std::vector<uint64_t> keys(num_features);
  std::vector<std::vector<Entry>> rows(num_features);
  uint64_t total = 0;
  for (uint64_t r = 0; r < num_features; ++r) {
    uint16_t extra = 0;
    if (!in->Get(&keys[r]) || !in->Get(&extra) || extra >= num_classes) {
      return CorruptError("model: truncated or bad weights");
    }
    for (int k = 0; k <= extra; ++k) {
      uint8_t cls = 0;
      int16_t q = 0;
      if (!in->Get(&cls) || !in->Get(&q) || cls >= num_classes) {
        return CorruptError("model: truncated or bad weights");
      }
      rows[r].push_back(Entry{cls, q});
    }
    total += rows[r].size();
  }
  if (total != num_weights) return CorruptError("model: weight count mismatch");
  fw.Build(keys, rows);
  return fw;
}

}  // namespace whosaid::internal
