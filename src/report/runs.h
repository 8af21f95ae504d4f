// Copyright 2026 The whosaid Authors.
//
// Runs: a document's text cut at every boundary of every attribution's
// content, cue and source, so that each run is covered by one fixed set of
// spans. Attributions may overlap ("authorities worried that X" inside the
// content of "..., according to ICE"); cutting into runs lets a flat sequence
// of <span>s show overlapping marks without ill-nested HTML.
#ifndef WHOSAID_REPORT_RUNS_H_
#define WHOSAID_REPORT_RUNS_H_

#include <cstdint>
#include <vector>

#include "whosaid/document.h"

namespace whosaid::report {

struct TextRun {
  uint32_t byte_start = 0;  // into Document::text
  uint32_t byte_end = 0;
  std::vector<int> content;  // attributions whose content covers the run, innermost first
  std::vector<int> cues;     // attributions whose cue covers it, in index order
  std::vector<int> sources;  // attributions whose source covers it, in index order

  bool marked() const { return !content.empty() || !cues.empty() || !sources.empty(); }
};

// Cuts doc.text into runs that together cover it exactly, in order, with no
// empty run and no two neighbours covered alike. "Innermost" is the shortest
// content span (ties: the later attribution). Spans that do not fit the text
// (past its end, reversed, or not on a UTF-8 character boundary) are ignored:
// the Analyzer never makes them, and a page must not cut a character in two.
std::vector<TextRun> SplitIntoRuns(const Document& doc);

}  // namespace whosaid::report

#endif  // WHOSAID_REPORT_RUNS_H_
