// Copyright 2026 The whosaid Authors.
//
// Quote matching against a hand-labelled test set: occurrences of quotations
// as outlets report them (truncated, re-punctuated, cut by ellipses, quoted in
// part, lightly edited by the wire), plus hard negatives (different quotes
// sharing most words, namesakes saying the same short words). The store's
// matcher groups them; pairwise precision and recall against the labels must
// reach 0.95 and 0.9. The set is tests/data/store/quote_matching.tsv.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "store/quote_matcher.h"
#include "test_util.h"

namespace whosaid::internal {
namespace {

struct LabelledOccurrence {
  std::string group;
  QuoteOccurrence occurrence;  // its text views `text`, below
  std::shared_ptr<const std::string> text;
};

// Reads `group<TAB>speaker<TAB>q|m<TAB>text` lines ('#' comments, blank lines
// skipped). Speakers become ids in order of appearance; "-" is unknown.
std::vector<LabelledOccurrence> ReadTestSet(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::vector<LabelledOccurrence> out;
  std::map<std::string, int> speaker_ids;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream cells(line);
    for (std::string cell; std::getline(cells, cell, '\t');) fields.push_back(cell);
    EXPECT_EQ(fields.size(), 4u) << "malformed line: " << line;
    if (fields.size() != 4) continue;
    auto text = std::make_shared<const std::string>(fields[3]);
    LabelledOccurrence labelled{fields[0], {*text, -1, fields[2] == "m"}, text};
    if (fields[1] != "-") {
      labelled.occurrence.speaker =
          speaker_ids.emplace(fields[1], static_cast<int>(speaker_ids.size())).first->second;
    }
    out.push_back(std::move(labelled));
  }
  return out;
}

struct PairScores {
  int true_pairs = 0;       // same quote in the labels and in the output
  int predicted_pairs = 0;  // same quote in the output
  int gold_pairs = 0;       // same quote in the labels
  std::vector<std::string> errors;
  double precision() const { return predicted_pairs ? 1.0 * true_pairs / predicted_pairs : 1.0; }
  double recall() const { return gold_pairs ? 1.0 * true_pairs / gold_pairs : 1.0; }
};

PairScores ScorePairs(const std::vector<LabelledOccurrence>& set, const QuoteGroups& groups) {
  PairScores scores;
  for (size_t a = 0; a < set.size(); ++a) {
    for (size_t b = a + 1; b < set.size(); ++b) {
      const bool gold = set[a].group == set[b].group;
      const bool predicted = groups.quote_of[a] == groups.quote_of[b];
      scores.gold_pairs += gold;
      scores.predicted_pairs += predicted;
      scores.true_pairs += gold && predicted;
      if (gold != predicted) {
        scores.errors.push_back(std::string(gold ? "missed:  " : "merged:  ") + *set[a].text +
                                "  <->  " + *set[b].text);
      }
    }
  }
  return scores;
}

TEST(QuoteMatching, GroupsOccurrencesOfTheSameQuoteAndKeepsDifferentQuotesApart) {
  const std::vector<LabelledOccurrence> set =
      ReadTestSet(testing::SourcePath("tests/data/store/quote_matching.tsv"));
  ASSERT_GE(set.size(), 90u);
  std::vector<QuoteOccurrence> occurrences;
  for (const auto& labelled : set) occurrences.push_back(labelled.occurrence);

  const PairScores scores = ScorePairs(set, GroupQuotes(occurrences));

  std::string errors;
  for (const auto& error : scores.errors) errors += error + "\n";
  std::cout << "quote matching: pairwise precision " << scores.precision() << " ("
            << scores.true_pairs << "/" << scores.predicted_pairs << "), recall " << scores.recall()
            << " (" << scores.true_pairs << "/" << scores.gold_pairs << ")\n";
  EXPECT_GE(scores.precision(), 0.95) << errors;
  EXPECT_GE(scores.recall(), 0.9) << errors;
}

}  // namespace
}  // namespace whosaid::internal
