// Copyright 2026 The whosaid Authors.
//
// Normalisation with an offset map back to the original bytes, in the manner
// of sentencepiece's Normalize(input, &normalized, &norm_to_orig).
//
// What changes: CR LF and lone CR become LF; U+2028 becomes LF and U+2029 a
// blank line; tabs, no-break and other exotic spaces become ' '; invisible
// characters (zero-width spaces and joiners, word joiner, BOM, soft hyphen)
// are removed. Everything else, quote marks and dashes included, is kept:
// their shape carries meaning for the quote pairer.
#ifndef WHOSAID_TEXT_NORMALIZE_H_
#define WHOSAID_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace whosaid::internal {

// Maps byte offsets in a normalised text back to the original. Stored as
// anchors where the two drift apart, so an unchanged text costs one entry.
class OffsetMap {
 public:
  OffsetMap() { anchors_.push_back({0, 0}); }

  // From normalised offset `norm` on, offsets advance in step from `orig`.
  void Anchor(uint32_t norm, uint32_t orig);

  // The original offset of normalised offset `norm`. Inside a replaced
  // character, offsets map to its start; at a removed character, to the
  // character after it.
  uint32_t ToOriginal(uint32_t norm) const;

 private:
  std::vector<std::pair<uint32_t, uint32_t>> anchors_;  // (norm, orig), norm ascending
};

struct NormalizedText {
  std::string text;
  OffsetMap to_original;
};

// `utf8` must be valid UTF-8 (see SanitizeUtf8).
NormalizedText Normalize(std::string_view utf8);

}  // namespace whosaid::internal

#endif  // WHOSAID_TEXT_NORMALIZE_H_
