// Copyright 2026 The whosaid Authors.
#include "ud/conllu.h"

#include <gtest/gtest.h>

namespace whosaid::internal {
namespace {

constexpr std::string_view kTwoSentences =
    "# text = Don't go.\n"
    "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tDo\tdo\tAUX\tVB\t_\t3\taux\t_\t_\n"
    "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t3:conj\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n";

TEST(Conllu, KeepsSyntacticWordsAndDropsRangesAndEmptyNodes) {
  Result<std::vector<TreebankSentence>> s = ParseConllu(kTwoSentences, "test");
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 2u);
  const TreebankSentence& first = (*s)[0];
  EXPECT_EQ(first.text, "Don't go.");
  EXPECT_EQ(first.forms, (std::vector<std::string>{"Do", "n't", "go", "."}));
  EXPECT_EQ(first.upos, (std::vector<std::string>{"AUX", "PART", "VERB", "PUNCT"}));
  EXPECT_EQ(first.xpos[1], "RB");
  EXPECT_EQ(first.heads, (std::vector<int>{3, 3, 0, 3}));
  EXPECT_EQ(first.deprels[3], "punct");
  EXPECT_EQ((*s)[1].forms, (std::vector<std::string>{"Yes"}));
}

struct BadCase {
  const char* what;
  const char* content;
  const char* message;
};

TEST(Conllu, MalformedLinesAreCorruptAndNamed) {
  const BadCase cases[] = {
      {"too few columns", "1\tYes\tyes\tINTJ\n", "test:1: expected 10"},
      {"id out of sequence", "2\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n", "test:1: word ID"},
      {"head not a number", "1\tYes\tyes\tINTJ\tUH\t_\tx\troot\t_\t_\n", "test:1: head is not"},
      {"head outside", "1\tYes\tyes\tINTJ\tUH\t_\t5\troot\t_\t_\n\n", "test:2: a head points"},
  };
  for (const BadCase& c : cases) {
    Result<std::vector<TreebankSentence>> s = ParseConllu(c.content, "test");
    ASSERT_FALSE(s.ok()) << c.what;
    EXPECT_EQ(s.status().code(), StatusCode::kCorrupt) << c.what;
    EXPECT_NE(s.status().message().find(c.message), std::string::npos)
        << c.what << ": " << s.status().message();
  }
}

TEST(Conllu, MissingFileIsNotFound) {
  EXPECT_EQ(ReadConllu("/nonexistent/x.conllu").status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace whosaid::internal
