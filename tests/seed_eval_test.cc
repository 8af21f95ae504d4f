// Copyright 2026 The whosaid Authors.
//
// Accuracy floor on the seed article's gold: every required quote found with
// its speaker, nothing spurious. A floor, so it fails when accuracy drops.
#include <gtest/gtest.h>

#include "test_util.h"
#include "whosaid/eval.h"

namespace whosaid {
namespace {

TEST(SeedEval, AllRequiredQuotesFoundWithTheirSpeakersAndNothingSpurious) {
  WHOSAID_REQUIRE_SHARED("corpus/seed/ice-raids-leak.gold.json");
  const Analyzer analyzer;
  Result<GoldReport> report =
      EvaluateGold(analyzer, testing::SharedPath("corpus/seed/ice-raids-leak.gold.json"));
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->required_spans, 19);
  EXPECT_EQ(report->found, 19) << report->ToText();
  EXPECT_EQ(report->right_speaker, 19) << report->ToText();
  EXPECT_EQ(report->spurious, 0) << report->ToText();
}

}  // namespace
}  // namespace whosaid
