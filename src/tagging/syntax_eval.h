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

}  // namespace whosaid::internal

#endif  // WHOSAID_TAGGING_SYNTAX_EVAL_H_
