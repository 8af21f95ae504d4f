// Copyright 2026 The whosaid Authors.
//
// UTF-8 validation and byte <-> code point offset conversion.
#ifndef WHOSAID_TEXT_UTF8_H_
#define WHOSAID_TEXT_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::internal {

// Decodes the code point at s[i], storing it in *cp; returns its length in
// bytes (1-4). An invalid or truncated sequence yields U+FFFD and length 1.
int DecodeUtf8(std::string_view s, size_t i, char32_t* cp);

// Appends the UTF-8 encoding of cp.
void AppendUtf8(char32_t cp, std::string* out);

// Returns `in` with every byte that is not part of a valid UTF-8 sequence
// replaced by U+FFFD (one replacement per byte, so code point counts match
// "the text as read"). Counts the replacements in *invalid_bytes.
std::string SanitizeUtf8(std::string_view in, uint32_t* invalid_bytes);

// Maps byte offsets of a valid UTF-8 text to code point offsets in O(1)
// amortised time and 1/64 of the text's size in memory.
class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view text);

  // `byte` must be <= text.size() and on a code point boundary.
  uint32_t ToCodepoint(uint32_t byte) const;

 private:
  static constexpr uint32_t kBlock = 256;
  std::string_view text_;
  std::vector<uint32_t> block_start_;  // code points before each block
};

}  // namespace whosaid::internal

#endif  // WHOSAID_TEXT_UTF8_H_
