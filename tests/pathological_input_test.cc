// Copyright 2026 The whosaid Authors.
//
// Inputs built to defeat the rules' backward and forward scans: a megabyte
// "sentence" without an end, thousands of cues and commas. Each must finish
// (CTest's per-test timeout fails a hang) with a sensible result. Speed itself
// is measured by bench/, not here.
#include <gtest/gtest.h>

#include <string>

#include "whosaid/whosaid.h"

namespace whosaid {
namespace {

std::string Repeat(const std::string& piece, size_t bytes) {
  std::string s;
  while (s.size() < bytes) s += piece;
  return s;
}

Result<Document> AnalyzeUnlimited(const std::string& text) {
  Options options;
  options.max_attributions = 1 << 30;
  return Analyzer(options).Analyze(text, "pathological");
}

TEST(PathologicalInput, MegabyteOfPronounCuesWithoutASentenceEnd) {
  Result<Document> doc = AnalyzeUnlimited(Repeat("he said ", 1 << 20));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_GT(doc->attributions.size(), 1000u);
}

TEST(PathologicalInput, MegabyteOfFinalReportingClauses) {
  Result<Document> doc = AnalyzeUnlimited(Repeat("Officials said the plan, ", 1 << 20));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
}

TEST(PathologicalInput, MegabyteOfNamesBetweenCommas) {
  Result<Document> doc = AnalyzeUnlimited("A spokesman" + Repeat(", Kevin Marsh", 1 << 20) + ", said it.");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
}

TEST(PathologicalInput, MegabyteOfQuotesAndCues) {
  Result<Document> doc = AnalyzeUnlimited(Repeat("\"yes,\" he said, \"no\" and ", 1 << 20));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_GT(doc->attributions.size(), 1000u);
}

TEST(PathologicalInput, DefaultBudgetRejectsAttributionFloodsByName) {
  Result<Document> doc = Analyzer().Analyze(Repeat("he said ", 1 << 20), "flood");
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("max_attributions"), std::string::npos);
}

}  // namespace
}  // namespace whosaid
