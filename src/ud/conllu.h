// Copyright 2026 The whosaid Authors.
//
// Universal Dependencies treebanks in CoNLL-U: the training and evaluation
// data of the tagger and the parser. Reading keeps the syntactic words (the
// integer-numbered lines) and drops multiword-token ranges ("3-4") and empty
// nodes ("8.1"), as UD's own scorer does for UPOS, XPOS, UAS and LAS.
#ifndef WHOSAID_UD_CONLLU_H_
#define WHOSAID_UD_CONLLU_H_

#include <string>
#include <string_view>
#include <vector>

#include "whosaid/status.h"

namespace whosaid::internal {

// One sentence; every vector holds one entry per word, word i (0-based) being
// CoNLL-U ID i + 1. heads[i] is the ID of the head (0 for the root), so word
// indices and IDs differ by one.
struct TreebankSentence {
  std::string text;  // the "# text = " comment, or empty
  std::vector<std::string> forms;
  std::vector<std::string> upos;
  std::vector<std::string> xpos;
  std::vector<int> heads;
  std::vector<std::string> deprels;
  size_t size() const { return forms.size(); }
};

// Parses CoNLL-U `content`; `name` prefixes error messages. Fails with
// kCorrupt, naming the line, when a word line lacks 10 columns, its ID is out
// of sequence, or its head is not a number within the sentence.
Result<std::vector<TreebankSentence>> ParseConllu(std::string_view content, std::string_view name);

// Reads and parses the CoNLL-U file at `path` (kNotFound, kIoError, kCorrupt).
Result<std::vector<TreebankSentence>> ReadConllu(const std::string& path);

}  // namespace whosaid::internal

#endif  // WHOSAID_UD_CONLLU_H_
