// Copyright 2026 The whosaid Authors.
//
// The time-per-document watchdog (Options::max_document_seconds): a document
// that takes too long fails with kLimitExceeded naming the limit, and the
// analysis loops stop early instead of running to the end.
#include "deadline.h"

#include <gtest/gtest.h>

#include <thread>

#include "whosaid/whosaid.h"

namespace whosaid {
namespace {

using internal::Deadline;

constexpr char kArticle[] =
    "\"We are ready,\" Mayor Jane Smith said Friday. The council disagreed, "
    "according to a spokesman.\n\n\"Not today,\" Smith added.";

Deadline ExpiredDeadline() {
  const Deadline deadline(1e-9);
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return deadline;
}

TEST(DeadlineTest, DefaultNeverExpires) {
  const Deadline deadline;
  for (int i = 0; i < 1000; ++i) EXPECT_FALSE(deadline.Poll());
  EXPECT_FALSE(deadline.Expired());
}

TEST(DeadlineTest, ZeroOrNegativeSecondsMeansNoDeadline) {
  EXPECT_FALSE(Deadline(0).Expired());
  EXPECT_FALSE(Deadline(-1).Expired());
}

TEST(DeadlineTest, ExpiresOnceItsTimeHasPassedAndStaysExpired) {
  const Deadline deadline = ExpiredDeadline();
  EXPECT_TRUE(deadline.Expired());
  EXPECT_TRUE(deadline.Poll());
  EXPECT_FALSE(Deadline(3600).Expired());
}

TEST(DeadlineTest, PollNoticesExpiryWithinAFewCalls) {
  const Deadline deadline = ExpiredDeadline();
  bool noticed = false;
  for (int i = 0; i < 64 && !noticed; ++i) noticed = deadline.Poll();
  EXPECT_TRUE(noticed);
}

TEST(AnalyzerWatchdogTest, DocumentOverItsTimeBudgetFailsNamingTheLimit) {
  Options options;
  options.max_document_seconds = 1e-9;
  const Result<Document> doc = Analyzer(options).Analyze(kArticle, "slow");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kLimitExceeded);
  EXPECT_NE(doc.status().message().find("max_document_seconds (1e-09 s)"), std::string::npos)
      << doc.status().message();
}

TEST(AnalyzerWatchdogTest, ZeroSecondsTurnsTheWatchdogOff) {
  Options options;
  options.max_document_seconds = 0;
  const Result<Document> doc = Analyzer(options).Analyze(kArticle, "any");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_FALSE(doc->attributions.empty());
}

TEST(AnalyzerWatchdogTest, DefaultBudgetLeavesOrdinaryArticlesAlone) {
  EXPECT_GT(Options().max_document_seconds, 0);
  EXPECT_TRUE(Analyzer().Analyze(kArticle).ok());
}

}  // namespace
}  // namespace whosaid
