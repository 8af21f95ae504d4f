// Copyright 2026 The whosaid Authors.
#include "clusters/word_clusters.h"

#include <gtest/gtest.h>

namespace whosaid::internal {
namespace {

std::vector<std::vector<std::string>> ToyCorpus() {
  std::vector<std::vector<std::string>> s;
  for (int i = 0; i < 20; ++i) {
    for (const char* noun : {"cat", "dog", "bird"}) {
      for (const char* verb : {"sat", "ran", "slept"}) {
        s.push_back({"the", noun, verb, "."});
        s.push_back({"a", noun, verb, "here", "."});
      }
    }
  }
  return s;
}

ClusterTrainingOptions Small() {
  ClusterTrainingOptions o;
  o.coarse = 3;
  o.fine = 6;
  o.min_count = 1;
  return o;
}

TEST(WordClustersTest, WordsBetweenTheSameNeighboursShareAClass) {
  const WordClusters c = TrainWordClusters(ToyCorpus(), Small(), [](std::string_view) {});
  EXPECT_EQ(c.size(), 10u);
  EXPECT_EQ(c.Find("cat").fine, c.Find("dog").fine);
  EXPECT_EQ(c.Find("dog").fine, c.Find("bird").fine);
  EXPECT_EQ(c.Find("sat").fine, c.Find("ran").fine);
  EXPECT_NE(c.Find("cat").fine, c.Find("sat").fine);
  EXPECT_EQ(c.Find("unseen").fine, WordClusters::kNone);
}

TEST(WordClustersTest, TrainingIsDeterministicAndTheFileRoundTrips) {
  const WordClusters a = TrainWordClusters(ToyCorpus(), Small(), [](std::string_view) {});
  const WordClusters b = TrainWordClusters(ToyCorpus(), Small(), [](std::string_view) {});
  EXPECT_EQ(a.Serialize(), b.Serialize());
  Result<WordClusters> read = WordClusters::FromBytes(a.Serialize());
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(read->Serialize(), a.Serialize());
}

TEST(WordClustersTest, AMalformedFileIsCorrupt) {
  EXPECT_EQ(WordClusters::FromBytes("said\t1\n").status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(WordClusters::FromBytes("said\tx\ty\n").status().code(), StatusCode::kCorrupt);
}

TEST(WordClustersTest, TheCompiledInClustersGroupWeekdays) {
  const WordClusters& c = WordClusters::Default();
  ASSERT_FALSE(c.empty()) << "data/models/clusters.model was not compiled in";
  EXPECT_NE(c.Find("Monday").fine, WordClusters::kNone);
  EXPECT_EQ(c.Find("Monday").fine, c.Find("Tuesday").fine);
}

}  // namespace
}  // namespace whosaid::internal
