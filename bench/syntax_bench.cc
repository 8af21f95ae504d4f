// Copyright 2026 The whosaid Authors.
//
// syntax_bench: tagging and parsing speed on a treebank with gold
// tokenisation, on one thread.
//
//   build/bench/syntax_bench ../shared/ud/ewt/en_ewt-ud-dev.conllu [tagger.model [parser.model]]
//
// Prints words per second and MB/s (bytes of the word forms) for tagging,
// for parsing alone (the sentences tagged beforehand by the tagger, as the
// parser sees them on real text) and for both; models default to the ones
// compiled into the library. Rates are per
// second of this thread's CPU time, so they measure one core even on a
// shared machine; wall-clock rates are printed beside them.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "parsing/parser.h"
#include "tagging/syntax_eval.h"
#include "tagging/tagger.h"
#include "tagging/tagger_trainer.h"
#include "ud/conllu.h"

namespace {

using namespace whosaid::internal;
using Clock = std::chrono::steady_clock;

constexpr double kMinSeconds = 2.0;

int Fail(const whosaid::Status& s) {
  std::fprintf(stderr, "syntax_bench: %s\n", s.ToString().c_str());
  return 1;
}

size_t Bytes(const std::vector<TreebankSentence>& sentences) {
  size_t bytes = 0;
  for (const TreebankSentence& s : sentences) {
    for (const std::string& w : s.forms) bytes += w.size() + 1;
  }
  return bytes;
}

double ThreadCpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9;
}

// Runs `pass` over the whole treebank until kMinSeconds have passed.
template <typename Pass>
void Measure(const char* what, const std::vector<TreebankSentence>& sentences, Pass pass) {
  long words = 0;
  for (const TreebankSentence& s : sentences) words += static_cast<long>(s.size());
  const double bytes = static_cast<double>(Bytes(sentences));
  int rounds = 0;
  const Clock::time_point start = Clock::now();
  const double cpu_start = ThreadCpuSeconds();
  double cpu = 0;
  while (cpu < kMinSeconds) {
    for (const TreebankSentence& s : sentences) pass(s);
    ++rounds;
    cpu = ThreadCpuSeconds() - cpu_start;
  }
  const double wall = std::chrono::duration<double>(Clock::now() - start).count();
  std::printf(
      "%-8s %9.0f words/s  %6.2f MB/s per CPU second (wall clock: %.0f words/s); %d rounds of %ld "
      "words\n",
      what, rounds * words / cpu, rounds * bytes / cpu / 1e6, rounds * words / wall, rounds, words);
}

std::vector<std::string_view> XposOf(const TreebankSentence& s) {
  return std::vector<std::string_view>(s.xpos.begin(), s.xpos.end());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 4) {
    std::fprintf(stderr, "usage: syntax_bench TREEBANK.conllu [TAGGER.model [PARSER.model]]\n");
    return 2;
  }
  whosaid::Result<std::vector<TreebankSentence>> sentences = ReadConllu(argv[1]);
  if (!sentences.ok()) return Fail(sentences.status());
  whosaid::Result<SyntaxModels> models =
      LoadSyntaxModels(argc > 2 ? argv[2] : "", argc > 3 ? argv[3] : "");
  if (!models.ok()) return Fail(models.status());
  const Tagger& tagger = *models->tagger;
  TagSequence tags;
  Measure("tagging", *sentences, [&](const TreebankSentence& s) { tagger.Tag(WordsOf(s), &tags); });
  if (models->parser == nullptr) {
    std::printf("parsing: this build has no parser model\n");
    return 0;
  }
  const Parser& parser = *models->parser;
  std::vector<TreebankSentence> tagged = *sentences;
  Retag(tagger, &tagged);
  ParseTree tree;
  Measure("parsing", tagged,
          [&](const TreebankSentence& s) { parser.Parse(WordsOf(s), XposOf(s), &tree); });
  Measure("both", *sentences, [&](const TreebankSentence& s) {
    const std::vector<std::string_view> words = WordsOf(s);
    tagger.Tag(words, &tags);
    std::vector<std::string_view> xpos;
    for (uint8_t t : tags.xpos) xpos.push_back(tagger.xpos_name(t));
    parser.Parse(words, xpos, &tree);
  });
  return 0;
}
