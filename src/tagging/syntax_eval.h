// Copyright 2026 The whosaid Authors.
//
// Scoring the tagger and the parser on a UD treebank with gold tokenisation
// (whosaid eval --conllu): the parser reads the tagger's tags, as it does on
// real text.
#ifndef WHOSAID_TAGGING_SYNTAX_EVAL_H_
#define WHOSAID_TAGGING_SYNTAX_EVAL_H_

#include <memory>
#include <optional>
#include <string>

#include "parsing/parser.h"
#include "tagging/tagger.h"
#include "ud/conllu.h"
#include "ud/ud_scores.h"

namespace whosaid::internal {

// The models to score: the built-in ones, or ones loaded from files.
struct SyntaxModels {
  std::shared_ptr<const Tagger> tagger;
  std::shared_ptr<const Parser> parser;  // null when the build has no parser
};

// Loads each model from its path, or the built-in one when the path is empty.
Result<SyntaxModels> LoadSyntaxModels(const std::string& tagger_path,
                                      const std::string& parser_path);

// Reads the CoNLL-U file at `path`, tags and parses its sentences and scores
// them (without a parser, the head and label counts stay zero).
Result<UdScores> EvaluateTreebank(const SyntaxModels& models, const std::string& path);

// Scores on whosaid's own tokenisation instead of the gold one: each
// sentence's text (its "# text =" comment) is tokenised by whosaid, split
// into words (SplitIntoWords), tagged and parsed. A gold word is matched
// when whosaid made a word of exactly its characters; its tag counts as right
// only then, its head only when the head's word is matched too (as the
// CoNLL 2018 scorer aligns words). Sentences without a text are skipped.
struct AlignedScores {
  UdScores right;         // words = gold words; the others count matched, right words
  long system_words = 0;  // words whosaid made
  long matched = 0;       // gold words whosaid made exactly
  // F1 of `count` right words over the gold and the system words, in percent.
  double F1(long count) const {
    const long both = right.words + system_words;
    return both ? 200.0 * count / both : 0.0;
  }
};
Result<AlignedScores> EvaluateOwnTokenisation(const SyntaxModels& models, const std::string& path);

}  // namespace whosaid::internal

#endif  // WHOSAID_TAGGING_SYNTAX_EVAL_H_
