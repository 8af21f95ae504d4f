// Copyright 2026 The whosaid Authors.
#include "readers/brat_reader.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace whosaid::internal {
namespace {

using Frags = std::vector<CodepointRange>;

TEST(BratReader, ReadsAnAttributionEventWithItsThreeRoles) {
  const auto atts = ParseBratAnnotations(
      "T1\tSource 0 3\tBob\nT2\tCue 4 8\tsaid\nT3\tContent 9 20\tit was late\n"
      "T4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
      20, "a.ann");
  ASSERT_TRUE(atts.ok()) << atts.status().ToString();
  ASSERT_EQ(atts->size(), 1u);
  EXPECT_EQ((*atts)[0].roles[kBratSource], (Frags{{0, 3}}));
  EXPECT_EQ((*atts)[0].roles[kBratCue], (Frags{{4, 8}}));
  EXPECT_EQ((*atts)[0].roles[kBratContent], (Frags{{9, 20}}));
}

TEST(BratReader, AttributionWithoutSourceHasNoSourceFragments) {
  const auto atts = ParseBratAnnotations(
      "T1\tContent 0 5\tthings\nT2\tCue 6 9\tis\nT3\tAttribution-no-source 6 9\tis\n"
      "E1\tAttribution-no-source:T3 Cue:T2 Content:T1\n",
      9, "a.ann");
  ASSERT_TRUE(atts.ok());
  ASSERT_EQ(atts->size(), 1u);
  EXPECT_TRUE((*atts)[0].roles[kBratSource].empty());
  EXPECT_EQ((*atts)[0].roles[kBratContent], (Frags{{0, 5}}));
}

TEST(BratReader, DiscontinuousSpansAndContent2AddFragmentsInTextOrder) {
  const auto atts = ParseBratAnnotations(
      "T1\tContent 30 40;0 10\tx\nT2\tContent 50 60\ty\nT3\tCue 12 16\tsaid\n"
      "T4\tAttribution 12 16\tsaid\nE1\tAttribution:T4 Cue:T3 Content:T1 Content2:T2\n",
      60, "a.ann");
  ASSERT_TRUE(atts.ok());
  EXPECT_EQ((*atts)[0].roles[kBratContent], (Frags{{0, 10}, {30, 40}, {50, 60}}));
}

TEST(BratReader, IgnoresNotesDiscardsAndContinuationLinesOfMultiLineSpanText) {
  const auto atts = ParseBratAnnotations(
      "T1\tContent 0 9\tline one\nline two\n\n#1\tAnnotatorNotes T1\tunsure\n"
      "T2\tDiscard 0 4\tline\nT3\tCue 10 14\tsaid\nT4\tAttribution 10 14\tsaid\n"
      "E1\tAttribution:T4 Cue:T3 Content:T1\n",
      14, "a.ann");
  ASSERT_TRUE(atts.ok()) << atts.status().ToString();
  EXPECT_EQ(atts->size(), 1u);
}

TEST(BratReader, SpanPastTheEndOfTheTextIsCorruptAndNamesTheLine) {
  const auto atts = ParseBratAnnotations("T1\tCue 0 4\tsaid\nT2\tContent 5 99\tx\n", 20, "a.ann");
  ASSERT_FALSE(atts.ok());
  EXPECT_EQ(atts.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(atts.status().message().find("a.ann:2"), std::string::npos);
}

TEST(BratReader, EventNamingAnUnknownSpanIsCorrupt) {
  const auto atts = ParseBratAnnotations("E1\tAttribution:T9 Cue:T2\n", 20, "a.ann");
  EXPECT_FALSE(atts.ok());
}

TEST(BratReader, MissingCorpusIsNotFound) {
  const auto corpus = ReadBratCorpus("/nonexistent/polnear", 1 << 20);
  ASSERT_FALSE(corpus.ok());
  EXPECT_EQ(corpus.status().code(), StatusCode::kNotFound);
}

TEST(BratReader, PolnearDevReadsEveryArticleOnce) {
  WHOSAID_REQUIRE_SHARED("gold/polnear/dev/text");
  const auto corpus = ReadBratCorpus(testing::SharedPath("gold/polnear/dev"), 1 << 24);
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  EXPECT_EQ(corpus->documents.size(), 84u);
  EXPECT_EQ(corpus->multi_annotated, 2);
  size_t attributions = 0;
  for (const BratDocument& d : corpus->documents) attributions += d.attributions.size();
  EXPECT_GT(attributions, 2000u);
}

}  // namespace
}  // namespace whosaid::internal
