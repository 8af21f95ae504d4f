// Copyright 2026 The whosaid Authors.
//
// The text layer: UTF-8 repair, the offset map, tokens, paragraphs, sentences.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "text/normalize.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace whosaid::internal {
namespace {

TEST(Utf8, InvalidBytesBecomeOneReplacementEach) {
  uint32_t invalid = 0;
  const std::string out = SanitizeUtf8("a\xff\xfe" "b\xc3", &invalid);
  EXPECT_EQ(out, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  EXPECT_EQ(invalid, 3u);
}

TEST(Utf8, OverlongAndSurrogateSequencesAreInvalid) {
  uint32_t invalid = 0;
  SanitizeUtf8("\xC0\xAF\xED\xA0\x80", &invalid);
  EXPECT_EQ(invalid, 5u);
}

TEST(Utf8, ValidTextIsUnchanged) {
  uint32_t invalid = 0;
  const std::string text = "Garcetti said “ça va” — 😀";
  EXPECT_EQ(SanitizeUtf8(text, &invalid), text);
  EXPECT_EQ(invalid, 0u);
}

TEST(CodepointIndex, CountsCodePointsAcrossBlocks) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "é";  // 2 bytes each: spans several blocks
  const CodepointIndex index(text);
  EXPECT_EQ(index.ToCodepoint(0), 0u);
  EXPECT_EQ(index.ToCodepoint(2), 1u);
  EXPECT_EQ(index.ToCodepoint(512), 256u);
  EXPECT_EQ(index.ToCodepoint(600), 300u);
}

TEST(OffsetMap, IdentityWhenNothingChanges) {
  const NormalizedText n = Normalize("plain text");
  EXPECT_EQ(n.text, "plain text");
  EXPECT_EQ(n.to_original.ToOriginal(6), 6u);
}

TEST(OffsetMap, CrLfAndNoBreakSpacesMapBack) {
  const std::string orig = "a\r\nb\xC2\xA0" "c";  // CR LF, then U+00A0
  const NormalizedText n = Normalize(orig);
  EXPECT_EQ(n.text, "a\nb c");
  EXPECT_EQ(n.to_original.ToOriginal(2), 3u);  // 'b'
  EXPECT_EQ(n.to_original.ToOriginal(3), 4u);  // the space: start of U+00A0
  EXPECT_EQ(n.to_original.ToOriginal(4), 6u);  // 'c'
  EXPECT_EQ(n.to_original.ToOriginal(5), 7u);  // the end
}

TEST(OffsetMap, RemovedInvisibleCharactersMapPastThemselves) {
  const std::string orig = "in\xE2\x80\x8B" "side";  // zero-width space
  const NormalizedText n = Normalize(orig);
  EXPECT_EQ(n.text, "inside");
  EXPECT_EQ(n.to_original.ToOriginal(2), 5u);  // 's'
}

TEST(OffsetMap, ParagraphSeparatorBecomesBlankLine) {
  const std::string orig = "a\xE2\x80\xA9" "b";
  const NormalizedText n = Normalize(orig);
  EXPECT_EQ(n.text, "a\n\nb");
  EXPECT_EQ(n.to_original.ToOriginal(1), 1u);
  EXPECT_EQ(n.to_original.ToOriginal(2), 1u);
  EXPECT_EQ(n.to_original.ToOriginal(3), 4u);
}

std::vector<std::string> TokenTexts(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text, Lexicon::Default())) out.emplace_back(t.str(text));
  return out;
}

using V = std::vector<std::string>;

struct TokenCase {
  const char* text;
  V tokens;
};

class TokenizerTest : public ::testing::TestWithParam<TokenCase> {};

TEST_P(TokenizerTest, SplitsAsNewsIsWritten) {
  EXPECT_EQ(TokenTexts(GetParam().text), GetParam().tokens);
}

INSTANTIATE_TEST_SUITE_P(
    News, TokenizerTest,
    ::testing::Values(
        TokenCase{"U.S. officials", {"U.S.", "officials"}},
        TokenCase{"Gov. Newsom", {"Gov.", "Newsom"}},
        TokenCase{"John F. Kennedy", {"John", "F.", "Kennedy"}},
        TokenCase{"3.5 percent of 2,000", {"3.5", "percent", "of", "2,000"}},
        TokenCase{"at 10:30 p.m.", {"at", "10:30", "p.m."}},
        TokenCase{"don't O'Brien's", {"don't", "O'Brien's"}},
        TokenCase{"the '90s", {"the", "'90s"}},
        TokenCase{"the Smiths' album", {"the", "Smiths", "'", "album"}},
        TokenCase{"week-long -- wait", {"week-long", "--", "wait"}},
        TokenCase{"targets...\"", {"targets", "...", "\""}},
        TokenCase{"AT&T said", {"AT&T", "said"}},
        TokenCase{"“Yes,” he said.", {"“", "Yes", ",", "”", "he", "said", "."}},
        TokenCase{"@POTUS #news", {"@POTUS", "#news"}},
        TokenCase{"9/11 widow", {"9/11", "widow"}},
        TokenCase{"''Yes,'' he", {"''", "Yes", ",", "''", "he"}},
        TokenCase{"end.", {"end", "."}}));

std::vector<std::string> Sentences(const std::string& text) {
  const Lexicon& lex = Lexicon::Default();
  const std::vector<Token> tokens = Tokenize(text, lex);
  const std::vector<uint32_t> paragraphs = SplitParagraphs(text, tokens, lex);
  const std::vector<bool> no_quotes(tokens.size(), false);
  const std::vector<uint32_t> starts = SplitSentences(text, tokens, paragraphs, no_quotes, lex);
  std::vector<std::string> out;
  for (size_t k = 0; k < starts.size(); ++k) {
    const uint32_t last = (k + 1 < starts.size() ? starts[k + 1] : tokens.size()) - 1;
    out.push_back(text.substr(tokens[starts[k]].begin, tokens[last].end - tokens[starts[k]].begin));
  }
  return out;
}

TEST(Sentences, AbbreviationsAndInitialsDoNotEndSentences) {
  EXPECT_EQ(Sentences("Sen. Jane Doe met Mr. J. Smith on Jan. 5. They talked."),
            (V{"Sen. Jane Doe met Mr. J. Smith on Jan. 5.", "They talked."}));
}

TEST(Sentences, AbbreviationEndsSentenceBeforeAFunctionWord) {
  EXPECT_EQ(Sentences("He moved to the U.S. The next year he left."),
            (V{"He moved to the U.S.", "The next year he left."}));
}

TEST(Sentences, DecimalsDoNotEndSentences) {
  EXPECT_EQ(Sentences("Growth was 3.5 percent. Prices rose."),
            (V{"Growth was 3.5 percent.", "Prices rose."}));
}

TEST(Sentences, QuestionAndExclamationMarksEndSentences) {
  EXPECT_EQ(Sentences("Why now? Because! Fine."), (V{"Why now?", "Because!", "Fine."}));
}

TEST(Paragraphs, BlankLinesSeparateParagraphs) {
  EXPECT_EQ(Sentences("Headline without period\n\nFirst sentence."),
            (V{"Headline without period", "First sentence."}));
}

TEST(Paragraphs, SingleLineBreakIsNotAParagraphBreak) {
  EXPECT_EQ(Sentences("President Donald\nTrump tweeted."), (V{"President Donald\nTrump tweeted."}));
}

TEST(Paragraphs, StrayBlankLineInsideASentenceIsNotAParagraphBreak) {
  EXPECT_EQ(Sentences("These actions will include residents\n\nin the region."),
            (V{"These actions will include residents\n\nin the region."}));
  EXPECT_EQ(Sentences("They praised the\n\nPresident's plan."),
            (V{"They praised the\n\nPresident's plan."}));
}

}  // namespace
}  // namespace whosaid::internal
