// Copyright 2026 The whosaid Authors.
//
// AttributionFinder: an Article in, Claims out (see claim.h). The rules are
// general news-writing conventions, described where each is implemented.
// Stateless between calls; one finder may serve many articles, one at a time
// per instance.
#ifndef WHOSAID_ATTRIBUTION_ATTRIBUTION_FINDER_H_
#define WHOSAID_ATTRIBUTION_ATTRIBUTION_FINDER_H_

#include <vector>

#include "attribution/article.h"
#include "attribution/claim.h"
#include "whosaid/options.h"

namespace whosaid::internal {

// Finds the claims of `article`, ordered by their first content span.
std::vector<Claim> FindClaims(const Article& article, const Options& options);

}  // namespace whosaid::internal

#endif  // WHOSAID_ATTRIBUTION_ATTRIBUTION_FINDER_H_
