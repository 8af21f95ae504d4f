// Copyright 2026 The whosaid Authors.
//
// From the tagger's BIO tags to Claims, and into the rule-based claims.
//
// Linking: the tags give source, cue and content spans, not which belong
// together. Each content span takes the nearest cue span in its paragraph
// (one in the same sentence first); content spans sharing a cue form one
// claim ("X," she said, "Y" is one claim with two content spans); each claim
// takes the source span nearest its cue, in the cue's sentence. A claim's
// confidence is the mean tag margin over its content tokens.
//
// Merging: the rules stay authoritative. A model claim is added only when
// its content overlaps no rule claim's content, source or cited source, its
// cue is no rule claim's cue, and (when gated) its cue holds a word the
// model knows as a cue (the lexicon's or one it learned) and its confidence
// reaches Options::model_min_confidence. Where the model finds the same
// attribution as a rule claim (their contents overlap), its cue and source
// spans, when they overlap the rule claim's and differ from it only as
// annotators' spans differ (modifiers, an appositive; see ShownSpan in the
// .cc), become that claim's shown cue and source (Claim::shown_cue,
// shown_source): the rules find who spoke, the model marks the spans as
// annotators do. The
// confidence is in the model's own score units, so the gate belongs to the
// model file: retraining means choosing it again (docs/attribution-model.md
// tells how it was chosen).
#ifndef WHOSAID_ATTRIBUTION_MODEL_MODEL_CLAIMS_H_
#define WHOSAID_ATTRIBUTION_MODEL_MODEL_CLAIMS_H_

#include <vector>

#include "attribution/article.h"
#include "attribution/claim.h"
#include "attribution/model/attribution_model.h"
#include "whosaid/options.h"

namespace whosaid::internal {


struct ModelClaim {
  Claim claim;
  float confidence = 0;
};

// The claims the tags describe, ordered by their first content span.
std::vector<ModelClaim> ClaimsFromTags(const Article& a, const TaggedArticle& tagged);

// Sets the shown cue and source of the rule claims in *claims from the
// model claims that find the same attributions (see above).
void ShowModelSpans(const Article& a, const std::vector<ModelClaim>& model_claims,
                    std::vector<Claim>* claims);

// Appends to *claims those of `model_claims` that pass the merge rules
// above; the confidence gate (`min_confidence`) applies when `gate` is true.
void MergeModelClaims(const Article& a, std::vector<ModelClaim> model_claims, bool gate,
                      float min_confidence, std::vector<Claim>* claims);

// Tags `a` with `model`, which reads `rule_claims` (the rules' claims) as
// features, and appends to *claims the model claims that pass the merge
// rules above; the confidence gate applies when `gate` is true. Claims
// already in *claims are left untouched and keep their indices.
void AddModelClaims(const Article& a, const AttributionModel& model, bool gate,
                    float min_confidence, const std::vector<Claim>& rule_claims,
                    std::vector<Claim>* claims);

// AddModelClaims with the model compiled into the library, gated when the
// rules ran (options.rules; without them the rules still run, as features
// only); does nothing when there is no model.
void AddLearnedClaims(const Article& a, const Options& options, std::vector<Claim>* claims);

}  // namespace whosaid::internal

#endif  // WHOSAID_ATTRIBUTION_MODEL_MODEL_CLAIMS_H_
