// Copyright 2026 The whosaid Authors.
//
// Fuzz target: UTF-8 repair, normalisation and the offset maps
// (text/utf8.h, text/normalize.h) on arbitrary bytes.
//
// Invariants: the repaired text is valid UTF-8 and repairing it again
// changes nothing; the code point index counts what a decoder counts; the
// normalised text is valid UTF-8 and maps back monotonically onto code point
// boundaries of the repaired text, its end onto its end.
#include <string>

#include "fuzz_check.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace whosaid::fuzz {
namespace {

using internal::DecodeUtf8;

constexpr char32_t kReplacement = 0xFFFD;

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Every position decodes to a whole code point; only ASCII is one byte long.
void CheckValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    const int len = DecodeUtf8(s, i, &cp);
    FUZZ_CHECK(len >= 1 && len <= 4 && i + len <= s.size());
    FUZZ_CHECK(!(len == 1 && cp == kReplacement));
    i += len;
  }
}

void CheckCodepointIndex(std::string_view s) {
  const internal::CodepointIndex index(s);
  uint32_t count = 0;
  for (size_t i = 0; i < s.size();) {
    FUZZ_CHECK(index.ToCodepoint(static_cast<uint32_t>(i)) == count);
    char32_t cp;
    i += DecodeUtf8(s, i, &cp);
    ++count;
  }
  FUZZ_CHECK(index.ToCodepoint(static_cast<uint32_t>(s.size())) == count);
}

void CheckNormalize(std::string_view valid) {
  const internal::NormalizedText norm = internal::Normalize(valid);
  CheckValidUtf8(norm.text);
  uint32_t previous = 0;
  for (uint32_t k = 0; k <= norm.text.size(); ++k) {
    if (k < norm.text.size() && IsContinuation(norm.text[k])) continue;  // only code point starts
    const uint32_t orig = norm.to_original.ToOriginal(k);
    FUZZ_CHECK(orig >= previous && orig <= valid.size());
    FUZZ_CHECK(orig == valid.size() || !IsContinuation(valid[orig]));
    previous = orig;
  }
  FUZZ_CHECK(norm.to_original.ToOriginal(static_cast<uint32_t>(norm.text.size())) == valid.size());
}

}  // namespace
}  // namespace whosaid::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  uint32_t invalid = 0;
  const std::string repaired = internal::SanitizeUtf8(fuzz::AsText(data, size), &invalid);
  FUZZ_CHECK(invalid <= size);
  fuzz::CheckValidUtf8(repaired);
  uint32_t again = 0;
  FUZZ_CHECK(internal::SanitizeUtf8(repaired, &again) == repaired && again == 0);
  fuzz::CheckCodepointIndex(repaired);
  fuzz::CheckNormalize(repaired);
  return 0;
}
