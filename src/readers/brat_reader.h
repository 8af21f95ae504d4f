// Copyright 2026 The whosaid Authors.
//
// Reads attribution gold in brat standoff, in the layout of PolNeAR
// (Newell, Margolin & Ruths, LREC 2018):
//
//   DIR/text/NAME.txt                      the article
//   DIR/attributions/NAME_<annotator>.ann  its attributions
//
// An attribution is an event line ("E3\tAttribution:T12 Cue:T11 Source:T10
// Content:T9 Content2:T13") whose trigger is an Attribution or
// Attribution-no-source text-bound annotation; its arguments name the text
// spans of its roles. Role names are read by prefix (Content, Content2 ...
// all add spans to the content). Text-bound spans may be discontinuous
// ("T16\tContent 1359 1390;1393 1432"). Offsets are code points into the
// article, ends exclusive. Other lines (Discuss, Discard, annotator notes,
// continuation lines of a multi-line span text) are ignored.
//
// Articles with several annotation files (several annotators) are read once,
// with the file whose annotator id sorts first; the others are counted in
// BratCorpus::extra_annotations and not read.
#ifndef WHOSAID_READERS_BRAT_READER_H_
#define WHOSAID_READERS_BRAT_READER_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "whosaid/status.h"

namespace whosaid::internal {

enum BratRole { kBratContent = 0, kBratSource = 1, kBratCue = 2 };
inline constexpr int kBratRoles = 3;

// A span as code points [first, second).
using CodepointRange = std::pair<uint32_t, uint32_t>;

struct BratAttribution {
  // Per BratRole, the fragments of that role in text order; empty when the
  // role is absent (no source for Attribution-no-source).
  std::array<std::vector<CodepointRange>, kBratRoles> roles;
};

struct BratDocument {
  std::string name;       // the article's file stem
  std::string annotator;  // from the .ann file name
  std::string text;       // the article as read
  std::vector<BratAttribution> attributions;
};

struct BratCorpus {
  std::vector<BratDocument> documents;  // sorted by name
  int multi_annotated = 0;     // articles with more than one annotation file
  int extra_annotations = 0;   // annotation files not read (see above)
};

// Parses one .ann file of an article `text_length` code points long. Fails
// with kCorrupt (naming `name` and the line) on a malformed span or event
// line, or a span outside the text.
Result<std::vector<BratAttribution>> ParseBratAnnotations(std::string_view ann,
                                                          uint32_t text_length,
                                                          std::string_view name);

// Reads the corpus in `dir`. Fails with kNotFound when `dir` lacks text/ or
// attributions/ or an annotation file has no article, with kCorrupt as
// above, and with kLimitExceeded for a file over `max_bytes`.
Result<BratCorpus> ReadBratCorpus(const std::string& dir, size_t max_bytes);

}  // namespace whosaid::internal

#endif  // WHOSAID_READERS_BRAT_READER_H_
