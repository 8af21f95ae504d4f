// Copyright 2026 The whosaid Authors.
#include "quotes/quote_pairer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace whosaid::internal {
namespace {

// The content of each valid top-level quotation, pieces joined by " | ".
std::vector<std::string> Quotes(const std::string& text, uint32_t* unbalanced = nullptr,
                                size_t max_bytes = 1 << 16) {
  const Lexicon& lex = Lexicon::Default();
  const std::vector<Token> tokens = Tokenize(text, lex);
  const std::vector<uint32_t> paragraphs = SplitParagraphs(text, tokens, lex);
  const PairedQuotes paired = QuotePairer(max_bytes).Pair(text, tokens, paragraphs);
  if (unbalanced != nullptr) *unbalanced = paired.unbalanced;
  std::vector<std::string> out;
  for (const Quote& q : paired.quotes) {
    if (!q.valid || q.nested) continue;
    std::string s;
    for (const QuotePiece& p : q.pieces) {
      if (!s.empty()) s += " | ";
      if (p.first < p.last) s += text.substr(tokens[p.first].begin, tokens[p.last - 1].end - tokens[p.first].begin);
    }
    out.push_back(s);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(QuotePairer, StraightDoubleQuotes) {
  EXPECT_EQ(Quotes("He said \"yes\" and \"no\"."), (V{"yes", "no"}));
}

TEST(QuotePairer, CurlyDoubleQuotes) {
  EXPECT_EQ(Quotes("“We won,” she said. “Again.”"), (V{"We won,", "Again."}));
}

TEST(QuotePairer, Guillemets) { EXPECT_EQ(Quotes("Il a dit «non» hier."), (V{"non"})); }

TEST(QuotePairer, GermanLowHighQuotes) {
  EXPECT_EQ(Quotes("Sie sagte „wir kommen“ und ging."), (V{"wir kommen"}));
}

TEST(QuotePairer, ReversedGuillemets) { EXPECT_EQ(Quotes("Er sagte »nein« dazu."), (V{"nein"})); }

TEST(QuotePairer, SingleQuotesNestedInDoubleAreNotTopLevel) {
  EXPECT_EQ(Quotes("\"He shouted 'stop' twice,\" she said."), (V{"He shouted 'stop' twice,"}));
}

TEST(QuotePairer, ApostrophesAreNotQuotes) {
  EXPECT_TRUE(Quotes("We don't know the '90s crowd or the Smiths' fans.").empty());
  EXPECT_TRUE(Quotes("It’s the Smiths’ best album, O’Brien’s too.").empty());
}

TEST(QuotePairer, ApostropheInsideQuoteDoesNotCloseIt) {
  EXPECT_EQ(Quotes("\"It's the Joneses' turn,\" he said."), (V{"It's the Joneses' turn,"}));
}

TEST(QuotePairer, TopLevelSingleQuotes) {
  EXPECT_EQ(Quotes("The sign read 'closed for good' on Monday."), (V{"closed for good"}));
}

TEST(QuotePairer, InchMarksAreNotQuotes) {
  EXPECT_TRUE(Quotes("He is 6'2\" tall and owns a 12\" record.").empty());
}

TEST(QuotePairer, MultiParagraphConventionMakesOneQuote) {
  EXPECT_EQ(Quotes("\"First part.\n\n\"Second part.\n\n\"Third part,\" he said."),
            (V{"First part. | Second part. | Third part,"}));
}

TEST(QuotePairer, UnclosedQuoteRunsToParagraphEnd) {
  uint32_t unbalanced = 0;
  EXPECT_EQ(Quotes("He said \"this never ends.\n\nNext paragraph.", &unbalanced),
            (V{"this never ends."}));
  EXPECT_EQ(unbalanced, 1u);
}

TEST(QuotePairer, ClosingMarkTypedAsOpenerAtParagraphStartOpens) {
  EXPECT_EQ(Quotes("”Fear. I am afraid.” ― Edwin Monroy"), (V{"Fear. I am afraid."}));
}

TEST(QuotePairer, DoubledApostrophesAndBackticksAreDoubleQuotes) {
  EXPECT_EQ(Quotes("''It works,'' he said. ``Really.''"), (V{"It works,", "Really."}));
}

TEST(QuotePairer, StrayClosingMarkIsIgnored) {
  uint32_t unbalanced = 0;
  EXPECT_TRUE(Quotes("He left” early.", &unbalanced).empty());
  EXPECT_EQ(unbalanced, 1u);
}

TEST(QuotePairer, SecondOpeningMarkClosesTheFirst) {
  uint32_t unbalanced = 0;
  EXPECT_EQ(Quotes("“One “two” three.", &unbalanced), (V{"One", "two"}));
  EXPECT_EQ(unbalanced, 1u);
}

TEST(QuotePairer, QuoteBrokenByStrayBlankLineIsOneQuote) {
  EXPECT_EQ(Quotes("\"We will stand with the\n\npeople of this city,\" she said."),
            (V{"We will stand with the\n\npeople of this city,"}));
}

TEST(QuotePairer, QuoteBrokenBySingleLineBreak) {
  EXPECT_EQ(Quotes("\"We will stand\nwith you,\" she said."), (V{"We will stand\nwith you,"}));
}

TEST(QuotePairer, OverlongQuoteIsNotAQuote) {
  uint32_t unbalanced = 0;
  const std::string text = "\"" + std::string(200, 'a') + "\" he said.";
  EXPECT_TRUE(Quotes(text, &unbalanced, 100).empty());
  EXPECT_EQ(unbalanced, 1u);
}

TEST(QuotePairer, TenThousandUnbalancedMarksNeverCrash) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "“a ";
  uint32_t unbalanced = 0;
  const V quotes = Quotes(text, &unbalanced);
  EXPECT_EQ(quotes.size(), 10000u);  // each opening mark ends the one before
  EXPECT_EQ(unbalanced, 10000u);
}

TEST(QuotePairer, EmptyTextHasNoQuotes) { EXPECT_TRUE(Quotes("").empty()); }

}  // namespace
}  // namespace whosaid::internal
