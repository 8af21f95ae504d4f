// Copyright 2026 The whosaid Authors.
//
// The per-document step of EvaluateBrat (whosaid/eval.h), exposed for tests:
// gold attributions of one article and whosaid's Document for it in, counts
// out.
#ifndef WHOSAID_EVAL_BRAT_EVAL_H_
#define WHOSAID_EVAL_BRAT_EVAL_H_

#include "readers/brat_reader.h"
#include "whosaid/eval.h"

namespace whosaid::internal {

// `doc.text` must be the article the gold offsets point into.
BratReport ScoreBratDocument(const BratDocument& gold, const Document& doc);

}  // namespace whosaid::internal

#endif  // WHOSAID_EVAL_BRAT_EVAL_H_
