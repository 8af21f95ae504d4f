// Copyright 2026 The whosaid Authors.
//
// Accuracy floors on the hand-made gold of the bundled sample articles
// (tests/data/gold/*.gold.json, made by tests/data/gold/make_gold.py).
#include <gtest/gtest.h>

#include "test_util.h"
#include "whosaid/eval.h"

namespace whosaid {
namespace {

class SampleGoldTest : public ::testing::TestWithParam<const char*> {};

TEST_P(SampleGoldTest, EveryRequiredQuoteFoundWithItsSpeakerAndNothingSpurious) {
  const Analyzer analyzer;
  Result<GoldReport> r = EvaluateGold(
      analyzer, testing::SourcePath(std::string("tests/data/gold/") + GetParam() + ".gold.json"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_GT(r->required_spans, 10);
  EXPECT_EQ(r->found, r->required_spans) << r->ToText();
  EXPECT_EQ(r->right_speaker, r->required_spans) << r->ToText();
  EXPECT_EQ(r->spurious, 0) << r->ToText();
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleGoldTest,
                         ::testing::Values("harbor-bridge-closure", "clinic-funding-vote"));

}  // namespace
}  // namespace whosaid
