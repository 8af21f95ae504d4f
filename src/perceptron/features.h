// Copyright 2026 The whosaid Authors.
//
// Feature hashing. A feature is a 64-bit key: a template number combined with
// the hashes of the values it looks at ("suffix of word 0 = -ing"). The hash
// functions are fixed here (not std::hash) because the keys are stored in
// model files and must mean the same on every machine.
#ifndef WHOSAID_PERCEPTRON_FEATURES_H_
#define WHOSAID_PERCEPTRON_FEATURES_H_

#include <cstdint>
#include <string_view>

namespace whosaid::internal {

// The finaliser of MurmurHash3: spreads every input bit over the output.
inline uint64_t MixBits(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

// FNV-1a over the bytes, then mixed.
inline uint64_t HashBytes(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return MixBits(h);
}

// An order-dependent combination of two hashes.
inline uint64_t HashCombine(uint64_t a, uint64_t b) {
  return MixBits(a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2)));
}

// The key of template `t` applied to values a (and b, c).
inline uint64_t FeatureKey(uint32_t t, uint64_t a) { return HashCombine(MixBits(t + 1), a); }
inline uint64_t FeatureKey(uint32_t t, uint64_t a, uint64_t b) {
  return HashCombine(FeatureKey(t, a), b);
}
inline uint64_t FeatureKey(uint32_t t, uint64_t a, uint64_t b, uint64_t c) {
  return HashCombine(FeatureKey(t, a, b), c);
}

}  // namespace whosaid::internal

#endif  // WHOSAID_PERCEPTRON_FEATURES_H_
