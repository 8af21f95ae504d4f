// Copyright 2026 The whosaid Authors.
#include "tagging/syntax.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "lexicon/lexicon.h"
#include "tagging/syntax_eval.h"

namespace whosaid::internal {
namespace {

std::vector<std::string> WordsOf(std::string_view text) {
  const std::vector<Token> tokens = Tokenize(text, Lexicon::Default());
  Syntax s;
  SplitIntoWords(text, tokens, &s);
  std::vector<std::string> words;
  for (const SyntacticWord& w : s.words) words.emplace_back(text.substr(w.begin, w.end - w.begin));
  return words;
}

struct SplitCase {
  const char* text;
  std::vector<std::string> words;
};

TEST(SplitIntoWords, SplitsTokensTheWayTheTreebankDoes) {
  const SplitCase cases[] = {
      {"They don't know.", {"They", "do", "n't", "know", "."}},
      {"It can't wait", {"It", "ca", "n't", "wait"}},
      {"McAleenan's office", {"McAleenan", "'s", "office"}},
      {"McAleenan’s office", {"McAleenan", "’s", "office"}},
      {"we're sure they'll say we'd", {"we", "'re", "sure", "they", "'ll", "say", "we", "'d"}},
      {"a week-long operation", {"a", "week", "-", "long", "operation"}},
      {"McDonald's said", {"McDonald", "'s", "said"}},
      {"the students' union", {"the", "students", "'", "union"}},
  };
  for (const SplitCase& c : cases) EXPECT_EQ(WordsOf(c.text), c.words) << c.text;
}

TEST(SplitIntoWords, EveryTokenMapsToItsWords) {
  const std::string_view text = "Officials don't comment.";
  const std::vector<Token> tokens = Tokenize(text, Lexicon::Default());
  Syntax s;
  SplitIntoWords(text, tokens, &s);
  ASSERT_EQ(s.first_word.size(), tokens.size() + 1);
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    ASSERT_LT(s.first_word[t], s.first_word[t + 1]) << "token " << t << " has no word";
    for (uint32_t w = s.first_word[t]; w < s.first_word[t + 1]; ++w) {
      EXPECT_EQ(s.words[w].token, t);
      EXPECT_GE(s.words[w].begin, tokens[t].begin);
      EXPECT_LE(s.words[w].end, tokens[t].end);
    }
  }
}

TEST(AnalyzeSyntax, TagsAndParsesEachSentence) {
  Result<const Tagger*> tagger = Tagger::Default();
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  Result<const Parser*> parser = Parser::Default();
  const Parser* p = parser.ok() ? *parser : nullptr;
  const std::string_view text = "The mayor said the plan works. Officials didn't comment.";
  const std::vector<Token> tokens = Tokenize(text, Lexicon::Default());
  const std::vector<uint32_t> sentence_starts = {0, 7};
  ASSERT_EQ(tokens[7].str(text), "Officials");
  const Syntax s = AnalyzeSyntax(text, tokens, sentence_starts, **tagger, p);
  ASSERT_EQ(s.words.size(), 12u);
  EXPECT_EQ(s.upos(s.words[2]), "VERB");  // said
  EXPECT_EQ(s.xpos(s.words[2]), "VBD");
  EXPECT_EQ(s.words[8].sentence, 1u);     // did
  EXPECT_EQ(s.upos(s.words[9]), "PART");  // n't
  if (p == nullptr) GTEST_SKIP() << "this build has no parser";
  EXPECT_EQ(s.label(s.words[1]), "nsubj");  // mayor <- said
  EXPECT_EQ(s.words[1].head, 2);
  EXPECT_EQ(s.words[2].head, -1);           // said is the root
  EXPECT_EQ(s.label(s.words[5]), "ccomp");  // said -> works
  EXPECT_EQ(s.words[5].head, 2);
  for (const SyntacticWord& w : s.words) {
    if (w.head >= 0) EXPECT_EQ(s.words[w.head].sentence, w.sentence) << "arc across sentences";
  }
}

// Two sentences: whosaid splits the first as the treebank does; the
// treebank keeps "e-mail" whole, whosaid makes three words of it.
constexpr std::string_view kTwoTexts =
    "# text = Officials don't comment.\n"
    "1\tOfficials\t_\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "2\tdo\t_\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\t_\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tcomment\t_\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\t.\t_\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = e-mail\n"
    "1\te-mail\t_\tNOUN\tNN\t_\t0\troot\t_\t_\n";

TEST(EvaluateOwnTokenisation, CountsOnlyWordsWhosaidMadeExactly) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("whosaid_own_tokens_" + std::to_string(getpid()) + ".conllu"))
                               .string();
  std::ofstream(path) << kTwoTexts;
  Result<SyntaxModels> models = LoadSyntaxModels("", "");
  ASSERT_TRUE(models.ok()) << models.status().ToString();
  Result<AlignedScores> a = EvaluateOwnTokenisation(*models, path);
  std::filesystem::remove(path);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->right.words, 6);
  EXPECT_EQ(a->system_words, 8) << "5 words, then e - mail";
  EXPECT_EQ(a->matched, 5);
  EXPECT_DOUBLE_EQ(a->F1(a->matched), 200.0 * 5 / 14);
  EXPECT_LE(a->right.upos, 5) << "a tag counts only on a matched word";
  EXPECT_LE(a->right.heads, 5);
}

}  // namespace
}  // namespace whosaid::internal
