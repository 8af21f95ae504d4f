// Copyright 2026 The whosaid Authors.
//
// Fuzz target: the tokenizer, paragraph and sentence splitter (and the quote
// pairer they feed) on arbitrary bytes, repaired and normalised first as the
// Analyzer does. Invariants: text_fuzzer.h.
#include "fuzz_check.h"
#include "lexicon/lexicon.h"
#include "text_fuzzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  constexpr size_t kMaxQuoteBytes = size_t{64} << 10;
  const std::string text = fuzz::NormalizedText(fuzz::AsText(data, size));
  const internal::Article article =
      internal::BuildArticle(text, internal::Lexicon::Default(), kMaxQuoteBytes);
  fuzz::CheckArticle(article, kMaxQuoteBytes);
  return 0;
}
