// Copyright 2026 The whosaid Authors.
//
// GumDocument: a GUM document (text, words and gold entity mentions, from
// ReadEntityConllu) read as whosaid reads an article, with the map between
// whosaid's tokens and GUM's words. Shared by `whosaid eval --gum` and the
// name typer's trainer, so both see exactly what Analyze sees.
#ifndef WHOSAID_SPEAKERS_GUM_DOCUMENT_H_
#define WHOSAID_SPEAKERS_GUM_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "attribution/article.h"
#include "readers/entity_conllu_reader.h"
#include "text/normalize.h"

namespace whosaid::internal {

class GumDocument {
 public:
  // `gold` must outlive the GumDocument.
  GumDocument(const EntityDocument& gold, size_t max_quote_bytes);
  GumDocument(const GumDocument&) = delete;
  GumDocument& operator=(const GumDocument&) = delete;

  const Article& article() const { return article_; }
  const EntityDocument& gold() const { return gold_; }

  // The first token of gold word w, or -1 when none starts inside it.
  int TokenOfWord(uint32_t w) const { return token_of_word_[w]; }
  // The tokens of gold words [begin, end); empty when none is aligned.
  TokenRange Tokens(uint32_t begin, uint32_t end) const;
  // The gold words [first, last] a token range covers; first < 0 when unaligned.
  std::pair<int, int> Words(TokenRange r) const;
  bool Covers(TokenRange r, uint32_t word) const;

 private:
  const EntityDocument& gold_;
  uint32_t invalid_ = 0;
  std::string text_;
  NormalizedText norm_;
  Article article_;
  std::vector<int> word_of_token_;
  std::vector<int> token_of_word_;
};

// Whether the gold mention is a name: its head word is a proper noun.
bool IsNamedMention(const EntityDocument& d, const GoldMention& m);

}  // namespace whosaid::internal

#endif  // WHOSAID_SPEAKERS_GUM_DOCUMENT_H_
