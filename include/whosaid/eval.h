// Copyright 2026 The whosaid Authors.
//
// Scoring against hand-made gold attributions (whosaid-gold v1, described in
// docs/evaluation.md and ../shared/corpus/README.md).
//
// A gold content span is found when a predicted content span shares at least
// 80% of its \w+ tokens with it, in both directions (the prediction is not
// much longer either). Spans, not attributions, are matched, so a quote that
// gold splits in two and whosaid keeps as one attribution with two spans (or
// the reverse) is still found. The speaker is right when the predicted
// canonical name equals the gold speaker or one of its aliases (case and
// spacing aside). A predicted attribution none of whose spans matches any
// gold span, required or optional, is spurious.
#ifndef WHOSAID_EVAL_H_
#define WHOSAID_EVAL_H_

#include <string>
#include <vector>

#include "whosaid/status.h"
#include "whosaid/whosaid.h"

namespace whosaid {

struct GoldReport {
  std::string id;
  int required_spans = 0;     // gold content spans of non-optional attributions
  int optional_spans = 0;
  int found = 0;              // required spans matched by a prediction
  int right_speaker = 0;      // ... whose attribution has the gold speaker
  int predicted = 0;          // predicted attributions
  int spurious = 0;           // predicted attributions matching no gold span
  std::vector<std::string> misses;          // one readable line each
  std::vector<std::string> wrong_speakers;
  std::vector<std::string> spurious_lines;

  // The findings, one per line, then one summary line.
  std::string ToText() const;
  // The counts as one JSON object.
  std::string ToJson() const;
};

// Reads the gold file at `path`, analyses its "text" with `analyzer` and
// scores the result. Fails with kNotFound, kIoError or kCorrupt (the file is
// not gold JSON), or with whatever Analyze fails with.
Result<GoldReport> EvaluateGold(const Analyzer& analyzer, const std::string& path);

}  // namespace whosaid

#endif  // WHOSAID_EVAL_H_
