// Copyright 2026 The whosaid Authors.
#include "perceptron/feature_weights.h"

#include <gtest/gtest.h>

#include "perceptron/averaged_perceptron.h"

namespace whosaid::internal {
namespace {

// A model that learned to tell class 1 (feature 7) from class 2 (feature 9),
// plus a bias row touching every class.
FeatureWeights SmallModel() {
  AveragedPerceptron p(4);
  const uint64_t seven[] = {7, 100}, nine[] = {9, 100};
  for (int i = 0; i < 10; ++i) {
    p.Update(seven, 1, 2);
    p.Tick();
    p.Update(nine, 2, 1);
    p.Tick();
    p.Update(std::span<const uint64_t>(&seven[1], 1), 3, 0);
    p.Tick();
  }
  return p.Average(0.0f);
}

std::vector<int32_t> Scores(const FeatureWeights& w, std::vector<uint64_t> features) {
  std::vector<int32_t> scores(w.num_classes(), 0);
  w.Score(features, scores.data());
  return scores;
}

TEST(FeatureWeights, LearnedFeaturesScoreTheirClassHighest) {
  const FeatureWeights w = SmallModel();
  const std::vector<int32_t> s7 = Scores(w, {7});
  const std::vector<int32_t> s9 = Scores(w, {9});
  EXPECT_GT(s7[1], s7[2]);
  EXPECT_GT(s9[2], s9[1]);
}

TEST(FeatureWeights, UnknownFeaturesAddNothing) {
  const FeatureWeights w = SmallModel();
  EXPECT_EQ(Scores(w, {12345, 67890}), std::vector<int32_t>(4, 0));
}

TEST(FeatureWeights, WriteThenReadScoresTheSame) {
  const FeatureWeights w = SmallModel();
  ByteWriter out;
  w.Write(&out);
  ByteReader in(out.bytes());
  Result<FeatureWeights> back = FeatureWeights::Read(&in);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(in.at_end());
  EXPECT_EQ(back->num_features(), w.num_features());
  EXPECT_EQ(Scores(*back, {7, 9, 100}), Scores(w, {7, 9, 100}));
}

TEST(FeatureWeights, TruncatedTableIsCorruptNotACrash) {
  ByteWriter out;
  SmallModel().Write(&out);
  for (size_t cut = 0; cut < out.bytes().size(); cut += 3) {
    ByteReader in(std::string_view(out.bytes()).substr(0, cut));
    EXPECT_EQ(FeatureWeights::Read(&in).status().code(), StatusCode::kCorrupt) << cut;
  }
}

}  // namespace
}  // namespace whosaid::internal
