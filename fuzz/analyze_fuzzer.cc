// Copyright 2026 The whosaid Authors.
//
// Fuzz target: the whole Analyzer::Analyze on arbitrary bytes, then both
// writers. Invariants: Analyze fails only with the statuses it documents;
// every span points into Document::text, its code point offsets agree with
// its byte offsets, and its text is the document's own characters there.
#include <string>

#include "fuzz_check.h"
#include "text/utf8.h"
#include "whosaid/whosaid.h"

namespace whosaid::fuzz {
namespace {

void CheckSpan(const Document& doc, const internal::CodepointIndex& index, const Span& s) {
  FUZZ_CHECK(s.byte_start <= s.byte_end && s.byte_end <= doc.text.size());
  FUZZ_CHECK(s.start == index.ToCodepoint(s.byte_start));
  FUZZ_CHECK(s.end == index.ToCodepoint(s.byte_end));
  FUZZ_CHECK(s.text == std::string_view(doc.text).substr(s.byte_start, s.byte_end - s.byte_start));
}

void CheckDocument(const Document& doc) {
  const internal::CodepointIndex index(doc.text);
  for (const Attribution& a : doc.attributions) {
    FUZZ_CHECK(!a.content.empty());
    for (const Span& s : a.content) CheckSpan(doc, index, s);
    if (a.cue) CheckSpan(doc, index, *a.cue);
    if (a.source) CheckSpan(doc, index, *a.source);
    FUZZ_CHECK(a.speaker.entity >= -1 &&
               a.speaker.entity < static_cast<int>(doc.entities.size()));
  }
  for (const Entity& e : doc.entities) {
    for (const Span& s : e.mentions) CheckSpan(doc, index, s);
  }
}

const Analyzer& SharedAnalyzer() {
  static const Analyzer* analyzer = new Analyzer();  // lexicons parsed once
  return *analyzer;
}

}  // namespace
}  // namespace whosaid::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  Result<Document> doc = fuzz::SharedAnalyzer().Analyze(fuzz::AsText(data, size), "fuzz");
  if (!doc.ok()) {
    const StatusCode code = doc.status().code();
    FUZZ_CHECK(code == StatusCode::kBadInput || code == StatusCode::kLimitExceeded);
    return 0;
  }
  fuzz::CheckDocument(*doc);
  FUZZ_CHECK(!ToJsonLine(*doc).empty());
  (void)ToSourcingMap(*doc);
  return 0;
}
