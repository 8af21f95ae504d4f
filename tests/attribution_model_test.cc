// Copyright 2026 The whosaid Authors.
//
// The learned attribution tagger: tags, decoding, the model file, training.
#include "attribution/model/attribution_model.h"

#include <gtest/gtest.h>

#include <random>

#include "attribution/model/trainer.h"

namespace whosaid::internal {
namespace {

TEST(ModelTags, InsideTagsFollowOnlyTheirOwnRole) {
  const struct {
    uint8_t prev, tag;
    bool follows;
  } kCases[] = {
      {kTagO, kTagBSource, true},         {kTagO, kTagISource, false},
      {kTagBSource, kTagISource, true},   {kTagISource, kTagISource, true},
      {kTagBCue, kTagISource, false},     {kTagBContent, kTagIContent, true},
      {kTagIContent, kTagICue, false},    {kTagIContent, kTagO, true},
      {kTagICue, kTagBContent, true},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(TagFollows(c.prev, c.tag), c.follows) << int(c.prev) << " -> " << int(c.tag);
  }
}

TEST(ModelViterbi, NeverStartsASpanWithAnInsideTagWhateverTheScores) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> dist(-5, 5);
  std::vector<float> scores(200 * kModelTags);
  for (float& s : scores) s = dist(rng);
  std::array<float, (kModelTags + 1) * kModelTags> transitions{};
  std::vector<uint8_t> tags(200, kTagO);
  Viterbi(scores, 0, 200, transitions.data(), &tags);
  EXPECT_TRUE(TagFollows(kTagO, tags[0]));
  for (size_t i = 1; i < tags.size(); ++i) EXPECT_TRUE(TagFollows(tags[i - 1], tags[i])) << i;
}

BratDocument Doc(std::string text, std::vector<std::array<CodepointRange, 3>> atts) {
  BratDocument d{"doc", "a", std::move(text), {}};
  for (const auto& [content, source, cue] : atts) {
    BratAttribution a;
    a.roles[kBratContent] = {content};
    a.roles[kBratSource] = {source};
    a.roles[kBratCue] = {cue};
    d.attributions.push_back(a);
  }
  return d;
}

// "Bob said that it was late." Source Bob, cue said, content "that it was late".
BratDocument BobSaid() { return Doc("Bob said that it was late.", {{{{9, 25}, {0, 3}, {4, 8}}}}); }

TEST(ModelTraining, GoldSpansBecomeBioTagsOnWhosaidsTokens) {
  const auto labeled = LabelArticle(BobSaid());
  const std::vector<uint8_t> expected = {kTagBSource,  kTagBCue,     kTagBContent, kTagIContent,
                                         kTagIContent, kTagIContent, kTagO};
  EXPECT_EQ(labeled->gold, expected);
}

TEST(ModelTraining, NestedAttributionsShorterSpansWin) {
  // The outer content holds an inner attribution: "Ann said Bob said it."
  const BratDocument d = Doc("Ann said Bob said it.", {{{{9, 20}, {0, 3}, {4, 8}}},
                                                       {{{18, 20}, {9, 12}, {13, 17}}}});
  const auto labeled = LabelArticle(d);
  const std::vector<uint8_t> expected = {kTagBSource, kTagBCue,     kTagBSource,
                                         kTagBCue,    kTagBContent, kTagO};
  EXPECT_EQ(labeled->gold, expected);
}

BratCorpus TinyCorpus() {
  BratCorpus c;
  c.documents.push_back(BobSaid());
  c.documents.push_back(Doc("The mayor told reporters that taxes would rise.\n\nIt rained.",
                            {{{{25, 46}, {0, 9}, {10, 14}}}}));
  return c;
}

TEST(ModelTraining, SameDataAndOptionsGiveTheSameModelFile) {
  TrainOptions options;
  options.epochs = 3;
  options.bits = 10;
  auto first = TrainAttributionModel(TinyCorpus(), TinyCorpus(), options, nullptr);
  auto second = TrainAttributionModel(TinyCorpus(), TinyCorpus(), options, nullptr);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first->ToBytes(), second->ToBytes());
}

TEST(ModelFile, RoundTripsAndTagsAlike) {
  TrainOptions options;
  options.epochs = 5;
  options.bits = 10;
  auto model = TrainAttributionModel(TinyCorpus(), TinyCorpus(), options, nullptr);
  ASSERT_TRUE(model.ok());
  auto read = AttributionModel::FromBytes(model->ToBytes());
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  const auto labeled = LabelArticle(BobSaid());
  EXPECT_EQ(read->Tag(labeled->article, labeled->rule_tags).tags,
            model->Tag(labeled->article, labeled->rule_tags).tags);
  EXPECT_EQ(read->cue_words(), model->cue_words());
}

TEST(ModelFile, ASyntaxModelSaysSoAndTagsAlikeAfterReading) {
  TrainOptions options;
  options.epochs = 2;
  options.bits = 10;
  options.syntax = true;
  auto model = TrainAttributionModel(TinyCorpus(), TinyCorpus(), options, nullptr);
  ASSERT_TRUE(model.ok());
  EXPECT_TRUE(model->syntax());
  auto read = AttributionModel::FromBytes(model->ToBytes());
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_TRUE(read->syntax());
  const auto labeled = LabelArticle(BobSaid());
  EXPECT_EQ(read->Tag(labeled->article, labeled->rule_tags).tags,
            model->Tag(labeled->article, labeled->rule_tags).tags);
  // Syntax models read more features per token than plain ones.
  std::vector<uint32_t> plain, with_syntax;
  const Syntax syntax = ArticleSyntax(labeled->article);
  ExtractFeatures(labeled->article, 10, {}, labeled->rule_tags, nullptr, &plain);
  ExtractFeatures(labeled->article, 10, {}, labeled->rule_tags, &syntax, &with_syntax);
  EXPECT_EQ(plain.size(), labeled->article.size() * FeaturesPerToken(false));
  EXPECT_EQ(with_syntax.size(), labeled->article.size() * FeaturesPerToken(true));
}

TEST(ModelFile, GarbageTruncatedOrOtherVersionIsCorrupt) {
  TrainOptions options;
  options.epochs = 1;
  options.bits = 8;
  auto model = TrainAttributionModel(TinyCorpus(), TinyCorpus(), options, nullptr);
  ASSERT_TRUE(model.ok());
  std::string bytes = model->ToBytes();
  EXPECT_EQ(AttributionModel::FromBytes("not a model").status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(AttributionModel::FromBytes(bytes.substr(0, bytes.size() - 1)).status().code(),
            StatusCode::kCorrupt);
  bytes[8] = static_cast<char>(kFeatureVersion + 1);  // the version field
  EXPECT_EQ(AttributionModel::FromBytes(bytes).status().code(), StatusCode::kCorrupt);
}

TEST(ModelFile, TheShippedModelIsCompiledIn) {
  EXPECT_NE(AttributionModel::Default(), nullptr)
      << "data/models/attribution.bin is missing, empty or made for other features";
}

}  // namespace
}  // namespace whosaid::internal
