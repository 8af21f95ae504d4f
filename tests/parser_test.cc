// Copyright 2026 The whosaid Authors.
#include "parsing/parser.h"

#include <gtest/gtest.h>

#include <sstream>
#include <thread>

#include "parsing/arc_hybrid.h"
#include "parsing/parser_trainer.h"
#include "tagging/syntax_eval.h"
#include "test_util.h"
#include "ud/conllu.h"

namespace whosaid::internal {
namespace {

// Gold heads as ArcHybrid::Cost wants them: indexed by token, entry 0 (the
// root) unused, then the CoNLL-U heads of words 1..n.
std::vector<int> ByToken(const std::vector<int>& conllu_heads) {
  std::vector<int> heads = {-1};
  heads.insert(heads.end(), conllu_heads.begin(), conllu_heads.end());
  return heads;
}

std::vector<int> ParsedHeads(const ArcHybrid& c) {
  return std::vector<int>(c.heads().begin() + 1, c.heads().end());
}

// "Officials said so ." — said is the root, the others depend on it.
const std::vector<int> kOfficialsSaidSo = {2, 0, 2, 2};

TEST(ArcHybrid, StartsWithTheRootOnTheStackAndEveryWordInTheBuffer) {
  const ArcHybrid c(4);
  EXPECT_EQ(c.Stack(0), 0);
  EXPECT_EQ(c.Stack(1), ArcHybrid::kNone);
  EXPECT_EQ(c.Buffer(0), 1);
  EXPECT_EQ(c.Buffer(3), 4);
  EXPECT_EQ(c.Buffer(4), ArcHybrid::kNone);
  EXPECT_FALSE(c.terminal());
  EXPECT_TRUE(c.Allowed(Move::kShift));
  EXPECT_FALSE(c.Allowed(Move::kLeft)) << "the root never becomes a dependent";
  EXPECT_FALSE(c.Allowed(Move::kRight));
}

TEST(ArcHybrid, ShiftLeftAndRightBuildTheTree) {
  ArcHybrid c(4);
  c.Apply({Move::kShift, 0});  // Officials
  c.Apply({Move::kLeft, 7});   // Officials <- said
  EXPECT_EQ(c.heads()[1], 2);
  EXPECT_EQ(c.labels()[1], 7);
  EXPECT_EQ(c.Stack(0), 0) << "LEFT pops the stack";
  EXPECT_EQ(c.Buffer(0), 2) << "and keeps the head in the buffer";
  EXPECT_EQ(c.LeftChild(2, 0), 1);
  EXPECT_EQ(c.NumLeft(2), 1);
  c.Apply({Move::kShift, 0});  // said
  c.Apply({Move::kShift, 0});  // so
  c.Apply({Move::kRight, 3});  // said -> so
  EXPECT_EQ(c.heads()[3], 2);
  EXPECT_EQ(c.Stack(0), 2) << "RIGHT pops s0 and attaches it to s1";
  EXPECT_EQ(c.RightChild(2, 0), 3);
  c.Apply({Move::kShift, 0});  // .
  c.Apply({Move::kRight, 4});  // said -> .
  EXPECT_EQ(c.RightChild(2, 0), 4) << "the newest right dependent is the rightmost";
  EXPECT_EQ(c.RightChild(2, 1), 3);
  EXPECT_EQ(c.NumRight(2), 2);
  EXPECT_FALSE(c.terminal());
  c.Apply({Move::kRight, 0});  // root -> said
  EXPECT_TRUE(c.terminal());
  EXPECT_EQ(ParsedHeads(c), kOfficialsSaidSo);
}

TEST(ArcHybrid, TheRootTakesItsOneDependentLast) {
  ArcHybrid c(2);
  c.Apply({Move::kShift, 0});
  EXPECT_FALSE(c.Allowed(Move::kRight)) << "a word is still in the buffer";
  c.Apply({Move::kShift, 0});
  EXPECT_TRUE(c.Allowed(Move::kRight)) << "word 1 may take word 2 as a dependent";
  EXPECT_FALSE(c.Allowed(Move::kShift)) << "the buffer is empty";
  c.Apply({Move::kRight, 0});
  EXPECT_TRUE(c.Allowed(Move::kRight)) << "now only the root is left to take word 1";
  c.Apply({Move::kRight, 0});
  EXPECT_TRUE(c.terminal());
  EXPECT_EQ(ParsedHeads(c), (std::vector<int>{0, 1}));
}

TEST(ArcHybrid, TransitionsAreNumberedShiftThenLeftsThenRights) {
  const int labels = 3;
  for (int cls = 0; cls < 1 + 2 * labels; ++cls) {
    EXPECT_EQ(ClassOf(TransitionOf(cls, labels), labels), cls);
  }
  EXPECT_EQ(TransitionOf(0, labels).move, Move::kShift);
  EXPECT_EQ(TransitionOf(1, labels).move, Move::kLeft);
  EXPECT_EQ(TransitionOf(1 + labels, labels).move, Move::kRight);
  EXPECT_EQ(TransitionOf(2 * labels, labels).label, labels - 1);
}

// The dynamic oracle counts the gold arcs a move makes unreachable.
TEST(DynamicOracle, CountsTheGoldArcsAMoveLoses) {
  const std::vector<int> gold = ByToken(kOfficialsSaidSo);
  ArcHybrid c(4);
  c.Apply({Move::kShift, 0});  // stack: root Officials; buffer: said so .
  EXPECT_EQ(c.Cost(Move::kLeft, gold), 0) << "Officials <- said is gold";
  EXPECT_EQ(c.Cost(Move::kShift, gold), 2)
      << "Officials could no longer depend on said, nor said on the root under Officials";
  c.Apply({Move::kLeft, 0});
  c.Apply({Move::kShift, 0});
  c.Apply({Move::kShift, 0});  // stack: root said so; buffer: .
  EXPECT_EQ(c.Cost(Move::kRight, gold), 0) << "said -> so is gold";
  EXPECT_EQ(c.Cost(Move::kLeft, gold), 1) << "so would depend on '.', not said";
  EXPECT_EQ(c.Cost(Move::kShift, gold), 1) << "'.' would sit on so, away from said";
}

// Following zero-cost moves from the start rebuilds any projective tree.
TEST(DynamicOracle, ZeroCostMovesRebuildEveryProjectiveTree) {
  const std::vector<std::vector<int>> trees = {
      kOfficialsSaidSo,
      {0},
      {2, 0},
      {0, 1},
      {3, 3, 0, 5, 3, 3},           // two left dependents, a right one with its own
      {0, 1, 2, 3, 4},              // a chain to the right
      {2, 3, 4, 5, 0},              // a chain to the left
      {4, 1, 1, 0, 6, 4, 9, 9, 4},  // subtrees on both sides of the root
  };
  for (const std::vector<int>& tree : trees) {
    const std::vector<int> gold = ByToken(tree);
    ArcHybrid c(static_cast<int>(tree.size()));
    while (!c.terminal()) {
      bool moved = false;
      for (Move m : {Move::kLeft, Move::kRight, Move::kShift}) {
        if (c.Allowed(m) && c.Cost(m, gold) == 0) {
          c.Apply({m, 0});
          moved = true;
          break;
        }
      }
      ASSERT_TRUE(moved) << "no zero-cost move";
    }
    EXPECT_EQ(ParsedHeads(c), tree);
  }
}

// After a mistake the oracle still leads to the best tree left: here only
// the one arc the mistake broke is lost.
TEST(DynamicOracle, AfterAMistakeLosesNothingMore) {
  const std::vector<int> tree = {3, 3, 0, 5, 3, 3};
  const std::vector<int> gold = ByToken(tree);
  ArcHybrid c(static_cast<int>(tree.size()));
  c.Apply({Move::kShift, 0});
  ASSERT_EQ(c.Cost(Move::kShift, gold), 0);
  c.Apply({Move::kShift, 0});
  ASSERT_EQ(c.Cost(Move::kRight, gold), 1);
  c.Apply({Move::kRight, 0});  // wrong: word 2 becomes word 1's dependent
  while (!c.terminal()) {
    for (Move m : {Move::kLeft, Move::kRight, Move::kShift}) {
      if (c.Allowed(m) && c.Cost(m, gold) == 0) {
        c.Apply({m, 0});
        break;
      }
    }
  }
  int wrong = 0;
  for (size_t i = 0; i < tree.size(); ++i) wrong += ParsedHeads(c)[i] != tree[i];
  EXPECT_EQ(wrong, 1);
}

// A tiny treebank: sentences with heads and labels, XPOS in the tag column.
constexpr std::string_view kTinyTreebank =
    "1\tOfficials\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tso\t_\tADV\tRB\t_\t2\tadvmod\t_\t_\n"
    "4\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tThe\t_\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tmayor\t_\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tsaid\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\t_\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tplan\t_\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
    "6\tworks\t_\tVERB\tVBZ\t_\t3\tccomp\t_\t_\n"
    "7\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tShe\t_\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\ttold\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\treporters\t_\tNOUN\tNNS\t_\t2\tiobj\t_\t_\n"
    "4\tthat\t_\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
    "5\tnobody\t_\tPRON\tNN\t_\t7\tnsubj\t_\t_\n"
    "6\twas\t_\tAUX\tVBD\t_\t7\tcop\t_\t_\n"
    "7\thurt\t_\tADJ\tJJ\t_\t2\tccomp\t_\t_\n"
    "8\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

std::vector<TreebankSentence> TinyTreebank() {
  Result<std::vector<TreebankSentence>> s = ParseConllu(kTinyTreebank, "tiny");
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return *s;
}

Parser TrainTiny() {
  ParserTrainingOptions options;
  options.iterations = 10;
  const std::vector<TreebankSentence> tiny = TinyTreebank();
  Result<Parser> parser = TrainParser(tiny, tiny, options, [](std::string_view) {});
  EXPECT_TRUE(parser.ok()) << parser.status().ToString();
  return std::move(*parser);
}

TEST(ParserTraining, LearnsATinyTreebankByHeart) {
  const Parser parser = TrainTiny();
  const UdScores scores = ScoreParser(parser, TinyTreebank());
  EXPECT_EQ(scores.words, 19);
  EXPECT_EQ(scores.heads, 19);
  EXPECT_EQ(scores.labeled, 19);
}

TEST(ParserTraining, SameDataAndSeedGiveTheSameModelFile) {
  EXPECT_EQ(TrainTiny().Serialize(), TrainTiny().Serialize());
}

TEST(ParserTraining, RefusesEmptyData) {
  Result<Parser> parser = TrainParser({}, TinyTreebank(), {}, [](std::string_view) {});
  EXPECT_EQ(parser.status().code(), StatusCode::kInvalidArgument);
}

TEST(Parser, ModelFileRoundTrips) {
  const Parser parser = TrainTiny();
  const std::string bytes = parser.Serialize();
  Result<Parser> back = Parser::FromBytes(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->Serialize(), bytes);
  for (size_t cut : {size_t{0}, size_t{7}, bytes.size() / 2, bytes.size() - 1}) {
    EXPECT_EQ(Parser::FromBytes(std::string_view(bytes).substr(0, cut)).status().code(),
              StatusCode::kCorrupt)
        << cut;
  }
  EXPECT_EQ(Parser::FromBytes(bytes + "x").status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(Parser::Load("/nonexistent/parser.model").status().code(), StatusCode::kNotFound);
}

TEST(Parser, EmptySentenceHasAnEmptyTree) {
  ParseTree tree;
  TrainTiny().Parse({}, {}, &tree);
  EXPECT_TRUE(tree.heads.empty());
  EXPECT_TRUE(tree.labels.empty());
}

// The built-in model.

const Parser& DefaultParser() {
  Result<const Parser*> parser = Parser::Default();
  EXPECT_TRUE(parser.ok()) << parser.status().ToString();
  return **parser;
}

std::vector<std::string_view> Split(std::string_view s, std::vector<std::string>* store) {
  std::istringstream in{std::string(s)};
  store->clear();
  for (std::string w; in >> w;) store->push_back(w);
  return std::vector<std::string_view>(store->begin(), store->end());
}

struct ArcCase {
  const char* words;  // treebank words, spaces between
  const char* tags;   // their XPOS
  int word;           // 0-based
  int head;           // CoNLL-U ID of its head (0 = root)
  const char* label;
};

// The arcs attribution cares about: who is the subject of a reporting verb,
// which clause is what was said.
TEST(Parser, FindsTheArcsAttributionDependsOn) {
  const ArcCase cases[] = {
      {"The mayor said the plan works .", "DT NN VBD DT NN VBZ .", 1, 3, "nsubj"},
      {"The mayor said the plan works .", "DT NN VBD DT NN VBZ .", 2, 0, "root"},
      {"The mayor said the plan works .", "DT NN VBD DT NN VBZ .", 5, 3, "ccomp"},
      {"Police said the suspect fled on foot .", "NNS VBD DT NN VBD IN NN .", 0, 2, "nsubj"},
      {"Police said the suspect fled on foot .", "NNS VBD DT NN VBD IN NN .", 4, 2, "ccomp"},
      // In UD a name's first word heads it: Carol <- nsubj, Danko <- flat, and
      // the apposition hangs from Carol.
      {"Carol Danko , an ICE spokeswoman , said the raids would go ahead .",
       "NNP NNP , DT NNP NN , VBD DT NNS MD VB RB .", 0, 8, "nsubj"},
      {"Carol Danko , an ICE spokeswoman , said the raids would go ahead .",
       "NNP NNP , DT NNP NN , VBD DT NNS MD VB RB .", 1, 1, "flat"},
      {"Carol Danko , an ICE spokeswoman , said the raids would go ahead .",
       "NNP NNP , DT NNP NN , VBD DT NNS MD VB RB .", 5, 1, "appos"},
      {"Carol Danko , an ICE spokeswoman , said the raids would go ahead .",
       "NNP NNP , DT NNP NN , VBD DT NNS MD VB RB .", 11, 8, "ccomp"},
      {"\" We are ready , \" the mayor said Friday .", "`` PRP VBP JJ , '' DT NN VBD NNP .", 7, 9,
       "nsubj"},
      {"\" We are ready , \" the mayor said Friday .", "`` PRP VBP JJ , '' DT NN VBD NNP .", 3, 9,
       "ccomp"},
  };
  const Parser& parser = DefaultParser();
  std::vector<std::string> words, tags;
  ParseTree tree;
  for (const ArcCase& c : cases) {
    parser.Parse(Split(c.words, &words), Split(c.tags, &tags), &tree);
    EXPECT_EQ(tree.heads[c.word], c.head) << c.words << " @" << c.word;
    EXPECT_EQ(parser.label_name(tree.labels[c.word]), c.label) << c.words << " @" << c.word;
  }
}

TEST(Parser, ManyThreadsParseLikeOne) {
  const Parser& parser = DefaultParser();
  std::vector<std::string> words, tags;
  const auto w = Split("The agency said in a statement that it would not comment .", &words);
  const auto t = Split("DT NN VBD IN DT NN IN PRP MD RB VB .", &tags);
  ParseTree expected;
  parser.Parse(w, t, &expected);
  std::vector<ParseTree> got(4);
  std::vector<std::thread> threads;
  for (ParseTree& g : got) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) parser.Parse(w, t, &g);
    });
  }
  for (std::thread& th : threads) th.join();
  for (const ParseTree& g : got) {
    EXPECT_EQ(g.heads, expected.heads);
    EXPECT_EQ(g.labels, expected.labels);
  }
}

// The accuracy floor: the built-in tagger and parser on EWT dev with gold
// tokenisation, the parser reading the tagger's tags. docs/tagging.md has
// the full scores; the floors sit a little below them.
constexpr double kUasFloor = 84.0;
constexpr double kLasFloor = 80.7;

TEST(ParserAccuracy, EwtDevStaysAboveTheFloor) {
  WHOSAID_REQUIRE_SHARED("ud/ewt/en_ewt-ud-dev.conllu");
  Result<SyntaxModels> models = LoadSyntaxModels("", "");
  ASSERT_TRUE(models.ok()) << models.status().ToString();
  ASSERT_NE(models->parser, nullptr);
  Result<UdScores> scores =
      EvaluateTreebank(*models, testing::SharedPath("ud/ewt/en_ewt-ud-dev.conllu"));
  ASSERT_TRUE(scores.ok()) << scores.status().ToString();
  EXPECT_EQ(scores->words, 25147);
  EXPECT_GE(scores->uas(), kUasFloor);
  EXPECT_GE(scores->las(), kLasFloor);
}

}  // namespace
}  // namespace whosaid::internal
