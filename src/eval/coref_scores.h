// Copyright 2026 The whosaid Authors.
//
// The CoNLL-2012 coreference metrics over clusters of mention ids: MUC
// (links), B-cubed (mentions) and CEAF-e (entities, aligned one to one by
// the Kuhn-Munkres algorithm with phi4 = 2|G∩P| / (|G| + |P|)). Each
// returns numerators and denominators, so documents add up micro-averaged
// as the reference scorer does.
#ifndef WHOSAID_EVAL_COREF_SCORES_H_
#define WHOSAID_EVAL_COREF_SCORES_H_

#include <vector>

#include "whosaid/eval.h"

namespace whosaid::internal {

using Clusters = std::vector<std::vector<int>>;  // mention ids; each id in at most one cluster

CorefCounts MucCounts(const Clusters& gold, const Clusters& predicted);
CorefCounts BCubedCounts(const Clusters& gold, const Clusters& predicted);
CorefCounts CeafECounts(const Clusters& gold, const Clusters& predicted);

// Maximum-weight one-to-one assignment of rows to columns of `weights`
// (rows x columns, non-negative); returns the total weight.
double MaxAssignment(const std::vector<std::vector<double>>& weights);

}  // namespace whosaid::internal

#endif  // WHOSAID_EVAL_COREF_SCORES_H_
