// Copyright 2026 The whosaid Authors.
//
// The raw lexicon files, compiled in from data/lexicons/*.txt at build time
// (cmake/embed_lexicons.cmake). Lexicon (lexicon.h) parses them.
#ifndef WHOSAID_LEXICON_LEXICON_DATA_H_
#define WHOSAID_LEXICON_LEXICON_DATA_H_

namespace whosaid::internal {

struct LexiconFile {
  const char* name;      // file stem: "reporting_verbs" for reporting_verbs.txt
  const char* contents;  // the whole file
};

extern const LexiconFile kLexiconFiles[];
extern const int kLexiconFileCount;

}  // namespace whosaid::internal

#endif  // WHOSAID_LEXICON_LEXICON_DATA_H_
