// Copyright 2026 The whosaid Authors.
//
// Fuzz target: the quote pairer on texts dense in quotation marks. Random
// bytes rarely spell “ or ’, so each input byte picks a fragment of news text
// (quote marks of every shape, words, punctuation, line and paragraph
// breaks); the first byte picks max_quote_bytes, small enough to matter.
// Invariants: text_fuzzer.h.
#include <array>
#include <string>

#include "fuzz_check.h"
#include "lexicon/lexicon.h"
#include "text_fuzzer.h"

namespace whosaid::fuzz {
namespace {

constexpr std::array<std::string_view, 32> kFragments = {
    "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB",
    "\u201E", "\u201A", "\u2039", "\u203A", " ", "\n", "\n\n", " said ",
    "Smith", "we", "don't", "'90s", ".", ",", ":", "?", "\u2014", "...",
    " according to ", "He ", "O'Brien", "\u201CThe", "ready.\u201D", " the ",
};

std::string Compose(const uint8_t* data, size_t size) {
  std::string text;
  for (size_t i = 0; i < size; ++i) text += kFragments[data[i] % kFragments.size()];
  return text;
}

}  // namespace
}  // namespace whosaid::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  if (size == 0) return 0;
  const size_t max_quote_bytes = 1 + data[0] * 4;
  const std::string text = fuzz::NormalizedText(fuzz::Compose(data + 1, size - 1));
  const internal::Article article =
      internal::BuildArticle(text, internal::Lexicon::Default(), max_quote_bytes);
  fuzz::CheckArticle(article, max_quote_bytes);
  return 0;
}
