// Copyright 2026 The whosaid Authors.
//
// From tags to claims (linking), and merging model claims into rule claims.
#include "attribution/model/model_claims.h"

#include <gtest/gtest.h>

#include "lexicon/lexicon.h"

namespace whosaid::internal {
namespace {

constexpr uint8_t O = kTagO, BS = kTagBSource, IS = kTagISource, BC = kTagBCue, IC = kTagICue,
                  BT = kTagBContent, IT = kTagIContent;

struct Tagged {
  std::string text;
  Article article;
  TaggedArticle tags;
};

// `tags` one per token of `text`; every margin 1.
std::unique_ptr<Tagged> Tag(std::string text, std::vector<uint8_t> tags) {
  auto t = std::make_unique<Tagged>();
  t->text = std::move(text);
  t->article = BuildArticle(t->text, Lexicon::Default(), 1 << 16);
  EXPECT_EQ(t->article.size(), tags.size());
  t->tags.tags = std::move(tags);
  t->tags.margin.assign(t->tags.tags.size(), 1.0f);
  return t;
}

std::string Text(const Tagged& t, std::pair<uint32_t, uint32_t> r) {
  return t.text.substr(r.first, r.second - r.first);
}

TEST(ModelClaims, ContentLinksToItsCueAndTheCueToItsSource) {
  // The mayor told reporters that taxes would rise .
  const auto t = Tag("The mayor told reporters that taxes would rise.",
                     {BS, IS, BC, O, BT, IT, IT, IT, O});
  const std::vector<ModelClaim> claims = ClaimsFromTags(t->article, t->tags);
  ASSERT_EQ(claims.size(), 1u);
  const Claim& c = claims[0].claim;
  ASSERT_EQ(c.content.size(), 1u);
  EXPECT_EQ(Text(*t, c.content[0]), "that taxes would rise");
  EXPECT_EQ(t->article.Text(c.cue), "told");
  EXPECT_EQ(t->article.Text(c.source), "The mayor");
  EXPECT_EQ(c.type, AttributionType::kIndirect);
  EXPECT_FLOAT_EQ(claims[0].confidence, 1.0f);
}

TEST(ModelClaims, ContentsAroundOneCueFormOneClaim) {
  // " We will , " she said , " win . "
  const auto t = Tag("\"We will,\" she said, \"win.\"",
                     {O, BT, IT, O, O, BS, BC, O, O, BT, O, O});
  const std::vector<ModelClaim> claims = ClaimsFromTags(t->article, t->tags);
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_EQ(claims[0].claim.content.size(), 2u);
  EXPECT_EQ(Text(*t, claims[0].claim.content[1]), "win");
  EXPECT_EQ(claims[0].claim.type, AttributionType::kDirect);
}

TEST(ModelClaims, AContentRightAfterAWordIsNoSecondHalf) {
  // " We win , " Smith said , when Jones blasted him for losing .
  // The tagger missed "blasted": the second content is not Smith's.
  const auto t = Tag("\"We win,\" Smith said, when Jones blasted him for losing.",
                     {O, BT, IT, O, O, BS, BC, O, O, O, O, BT, IT, IT, O});
  const std::vector<ModelClaim> claims = ClaimsFromTags(t->article, t->tags);
  ASSERT_EQ(claims.size(), 2u);
  ASSERT_EQ(claims[0].claim.content.size(), 1u);
  EXPECT_EQ(Text(*t, claims[0].claim.content[0]), "We win");
  EXPECT_EQ(t->article.Text(claims[0].claim.cue), "said");
  ASSERT_EQ(claims[1].claim.content.size(), 1u);
  EXPECT_EQ(Text(*t, claims[1].claim.content[0]), "him for losing");
  EXPECT_TRUE(claims[1].claim.cue.empty());
}

TEST(ModelClaims, AContentRightAfterItsCueKeepsTheCue) {
  // Taxes rose . Smith said the plan failed .
  const auto t = Tag("Taxes rose. Smith said the plan failed.",
                     {BT, IT, O, BS, BC, BT, IT, IT, O});
  const std::vector<ModelClaim> claims = ClaimsFromTags(t->article, t->tags);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(Text(*t, claims[0].claim.content[0]), "Taxes rose");
  EXPECT_TRUE(claims[0].claim.cue.empty());
  EXPECT_EQ(Text(*t, claims[1].claim.content[0]), "the plan failed");
  EXPECT_EQ(t->article.Text(claims[1].claim.cue), "said");
}

TEST(ModelClaims, ASubjectAndItsInfinitiveAroundTheCueStayOneContent) {
  // The treaty is expected to pass .
  const auto t = Tag("The treaty is expected to pass.", {BT, IT, BC, IC, BT, IT, O});
  const std::vector<ModelClaim> claims = ClaimsFromTags(t->article, t->tags);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].claim.content.size(), 2u);
}

TEST(ModelClaims, SourceIsTakenOnlyFromTheCuesSentence) {
  // Smith spoke . Taxes will rise , officials said .
  const auto t = Tag("Smith spoke. Taxes will rise, officials said.",
                     {BS, O, O, BT, IT, IT, O, O, BC, O});
  const std::vector<ModelClaim> claims = ClaimsFromTags(t->article, t->tags);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_TRUE(claims[0].claim.source.empty());
}

Claim ContentClaim(uint32_t b, uint32_t e, TokenRange cue = {}) {
  Claim c;
  c.content = {{b, e}};
  c.cue = cue;
  return c;
}

TEST(ModelClaims, AQuoteWithoutCueOrSourceShowsTheModels) {
  // " We win , " she said . " They lose . "
  const auto t = Tag("\"We win,\" she said. \"They lose.\"",
                     {O, BT, IT, O, O, BS, BC, O, O, BT, IT, O, O});
  const std::vector<ModelClaim> model = ClaimsFromTags(t->article, t->tags);
  const size_t they = t->text.find("They");
  std::vector<Claim> rules = {ContentClaim(static_cast<uint32_t>(they),
                                           static_cast<uint32_t>(they + 9))};  // continues, no cue
  ShowModelSpans(t->article, model, &rules);
  EXPECT_EQ(t->article.Text(rules[0].shown_cue), "said");
  EXPECT_EQ(t->article.Text(rules[0].shown_source), "she");
  EXPECT_TRUE(rules[0].source.empty());  // the speaker is still resolved as the rules say
}

// Twenty one-letter words: token i covers bytes [2i, 2i + 1).
const char kLetters[] = "a b c d e f g h i j k l m n o p q r s t";

TEST(ModelClaims, MergeKeepsRuleClaimsAndAddsOnlyWhatTheyMissed) {
  const Article a = BuildArticle(kLetters, Lexicon::Default(), 1 << 16);
  ASSERT_EQ(a.size(), 20u);
  std::vector<Claim> claims = {ContentClaim(0, 9, {5, 6})};  // tokens 0-4, cue 5
  claims[0].source = {15, 17};
  std::vector<ModelClaim> model = {
      {ContentClaim(6, 12), 1000},          // overlaps the rule claim's content
      {ContentClaim(14, 17, {5, 6}), 1000},  // shares its cue
      {ContentClaim(30, 33), 1000},         // is the rule claim's source
      {ContentClaim(20, 25), 1000},         // new
      {ContentClaim(36, 39), 1},            // new, below the gate
  };
  MergeModelClaims(a, model, /*gate=*/true, Options().model_min_confidence, &claims);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].content[0].first, 0u);
  EXPECT_EQ(claims[1].content[0].first, 20u);
}

TEST(ModelClaims, UngatedMergeKeepsLowConfidenceClaims) {
  const Article a = BuildArticle(kLetters, Lexicon::Default(), 1 << 16);
  std::vector<Claim> claims;
  MergeModelClaims(a, {{ContentClaim(36, 39), 1}}, /*gate=*/false, 0, &claims);
  EXPECT_EQ(claims.size(), 1u);
}

TEST(ModelClaims, LinkingAMegabyteOfCuesStaysFast) {
  // Alternating content and cue tags over 200,000 tokens in one paragraph:
  // nearest-chunk search must not be quadratic (this took minutes when it was).
  std::string text;
  std::vector<uint8_t> tags;
  for (int k = 0; k < 100000; ++k) {
    text += "x said ";
    tags.push_back(BT);
    tags.push_back(BC);
  }
  const auto t = Tag(text, tags);
  EXPECT_EQ(ClaimsFromTags(t->article, t->tags).size(), 100000u);
}

}  // namespace
}  // namespace whosaid::internal
