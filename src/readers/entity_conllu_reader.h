// Copyright 2026 The whosaid Authors.
//
// ReadEntityConllu: CoNLL-U with GUM's entity annotation in, documents with
// their text, tokens and gold entity mentions out.
//
// GUM writes entities in the MISC column as Entity=(12-person-new-...)
// for a mention opening and closing on one token, "(12-person-..." for one
// that opens and "12)" for one that closes. The document's text is rebuilt
// from the word forms and SpaceAfter=No: sentences joined by a space,
// paragraphs (# newpar) by a blank line, so whosaid reads it as news text.
// A transcript's turns (# speaker = Kendra) are printed as transcripts are:
// each change of speaker starts a paragraph, and each paragraph opens with
// its speaker's name ("Kendra: ...", "General Elizabeth B Prelogar: ...").
#ifndef WHOSAID_READERS_ENTITY_CONLLU_READER_H_
#define WHOSAID_READERS_ENTITY_CONLLU_READER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "whosaid/status.h"

namespace whosaid::internal {

struct ConlluWord {
  std::string form;
  std::string lemma;
  std::string upos;
  std::string deprel;
  int head = -1;         // document-level word index; -1 for the root
  uint32_t begin = 0;    // byte offsets into EntityDocument::text (a multi-word
  uint32_t end = 0;      // token's words all cover its surface form)
};

struct GoldMention {
  uint32_t begin = 0;  // word indices [begin, end)
  uint32_t end = 0;
  uint32_t head = 0;   // the word whose syntactic head lies outside the mention
  int entity = 0;      // the entity's id within its document
  std::string type;    // person, organization, place, abstract, event, ...
};

struct EntityDocument {
  std::string id;
  std::string byline;  // "# meta::author = ..."
  std::string text;
  std::vector<ConlluWord> words;
  std::vector<GoldMention> mentions;  // ordered by where they close
};

// Reads every document of the file at `path`. Fails with kNotFound or
// kIoError, or kCorrupt naming the line of a malformed row or entity bracket.
Result<std::vector<EntityDocument>> ReadEntityConllu(const std::string& path);

// The same from a string (`name` appears in error messages).
Result<std::vector<EntityDocument>> ParseEntityConllu(std::string_view data,
                                                      const std::string& name);

}  // namespace whosaid::internal

#endif  // WHOSAID_READERS_ENTITY_CONLLU_READER_H_
