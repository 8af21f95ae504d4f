// Copyright 2026 The whosaid Authors.
//
// Accuracy floors on the hand-made gold of the bundled sample articles
// (tests/data/gold/*.gold.json, made by tests/data/gold/make_gold.py).
#include <gtest/gtest.h>

#include <fstream>
#include <string>

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

// The scorer leaves a leading "that" out of both spans: whosaid's content
// "that taxes would rise" finds the gold "taxes would rise" (3 of 4 words
// would be under the 80% a match needs).
TEST(GoldScorer, LeavesTheComplementizerOut) {
  const std::string path = ::testing::TempDir() + "/complementizer.gold.json";
  {
    std::ofstream out(path);
    out << R"({"id": "c", "text": "The mayor said that taxes would rise.", "attributions": [)"
        << R"({"type": "indirect", "content": [[20, 36]], "cue": [10, 14], "source": [0, 9],)"
        << R"( "speaker": "mayor", "speaker_kind": "person"}]})";
  }
  const Analyzer analyzer;
  Result<GoldReport> r = EvaluateGold(analyzer, path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->required_spans, 1);
  EXPECT_EQ(r->found, 1) << r->ToText();
  EXPECT_EQ(r->spurious, 0) << r->ToText();
}

}  // namespace
}  // namespace whosaid
