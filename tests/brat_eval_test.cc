// Copyright 2026 The whosaid Authors.
//
// The brat scorer's definitions (whosaid/eval.h), on hand-made documents.
#include "eval/brat_eval.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "test_util.h"

namespace whosaid::internal {
namespace {

// Code point offsets equal byte offsets in these ASCII texts.
Span At(const std::string& text, uint32_t b, uint32_t e) {
  return Span{b, e, b, e, text.substr(b, e - b)};
}

BratAttribution Gold(std::vector<CodepointRange> content, std::vector<CodepointRange> source,
                     std::vector<CodepointRange> cue) {
  BratAttribution a;
  a.roles[kBratContent] = std::move(content);
  a.roles[kBratSource] = std::move(source);
  a.roles[kBratCue] = std::move(cue);
  return a;
}

// "Taxes will rise," Smith said. Jones said that the plan works.
const std::string kText = "\"Taxes will rise,\" Smith said. Jones said that the plan works.";

Document Predicted(std::vector<Attribution> atts) {
  Document d;
  d.text = kText;
  d.attributions = std::move(atts);
  return d;
}

TEST(BratEval, QuoteMarksAndEndPunctuationAreTrimmedBeforeExactMatch) {
  // Gold content includes the marks and comma; the prediction does not.
  const BratDocument gold{"a", "x", kText, {Gold({{0, 18}}, {{19, 24}}, {{25, 29}})}};
  Attribution p;
  p.content = {At(kText, 1, 16)};
  p.source = At(kText, 19, 24);
  p.cue = At(kText, 25, 29);
  const BratReport r = ScoreBratDocument(gold, Predicted({p}));
  for (int role = 0; role < kSpanRoles; ++role) {
    EXPECT_EQ(r.all.roles[role].exact.true_positives, 1) << role;
    EXPECT_DOUBLE_EQ(r.all.roles[role].exact.F1(), 1.0) << role;
  }
  EXPECT_EQ(r.quoted.gold_attributions, 1);
  EXPECT_EQ(r.quoted.predicted_attributions, 1);
  EXPECT_EQ(r.speaker_right, 1);
}

TEST(BratEval, PartialContentMissesExactButScoresTokenOverlap) {
  // Gold: "that the plan works" (4 words); predicted: "the plan works" (3).
  const BratDocument gold{"a", "x", kText, {Gold({{42, 61}}, {{31, 36}}, {{37, 41}})}};
  Attribution p;
  p.content = {At(kText, 47, 61)};
  p.source = At(kText, 31, 36);
  p.cue = At(kText, 37, 41);
  const BratReport r = ScoreBratDocument(gold, Predicted({p}));
  const RoleScores& content = r.unquoted.roles[static_cast<int>(SpanRole::kContent)];
  EXPECT_EQ(content.exact.true_positives, 0);
  EXPECT_EQ(content.overlap.true_positives, 3);
  EXPECT_EQ(content.overlap.gold, 4);
  EXPECT_DOUBLE_EQ(content.overlap.Precision(), 1.0);
  EXPECT_DOUBLE_EQ(content.overlap.Recall(), 0.75);
  EXPECT_EQ(r.quoted.gold_attributions, 0);
  EXPECT_EQ(r.speaker_checked, 0);  // 3 of 4 words is under the 80% needed
}

TEST(BratEval, UnmatchedPredictionsLowerPrecisionOnly) {
  const BratDocument gold{"a", "x", kText, {}};
  Attribution p;
  p.content = {At(kText, 42, 61)};
  const BratReport r = ScoreBratDocument(gold, Predicted({p}));
  const PrfCounts& c = r.all.roles[0].exact;
  EXPECT_EQ(c.predicted, 1);
  EXPECT_EQ(c.gold, 0);
  EXPECT_DOUBLE_EQ(c.Precision(), 0.0);
  EXPECT_DOUBLE_EQ(c.F1(), 0.0);
}

TEST(BratEval, WrongSourceOnAFoundContentCountsAgainstTheSpeaker) {
  const BratDocument gold{"a", "x", kText, {Gold({{42, 61}}, {{31, 36}}, {{37, 41}})}};
  Attribution p;
  p.content = {At(kText, 42, 61)};
  p.source = At(kText, 19, 24);  // Smith, not Jones
  const BratReport r = ScoreBratDocument(gold, Predicted({p}));
  EXPECT_EQ(r.speaker_checked, 1);
  EXPECT_EQ(r.speaker_right, 0);
}

TEST(BratEvalCli, WithoutAGoldModeIsAUsageError) {
  const std::string cmd = testing::CliPath() + " eval >/dev/null 2>&1";
  const int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
}

}  // namespace
}  // namespace whosaid::internal
