// Copyright 2026 The whosaid Authors.
//
// Writers for analysed documents.
//
// ToJsonLine: one line of JSON (no trailing newline) in the JSONL contract
// documented in docs/output-format.md:
//   {"id": ..., "attributions": [{"type", "content": [{"start","end","text"}],
//    "cue", "source", "speaker": {"name","kind","role","entity"}, "via"}],
//    "entities": [...], "repairs": {...}}
// Offsets are code points into the document text as read, end exclusive.
// The optional metadata fields "url", "outlet", "date", "title" and "byline"
// follow "id" when the document has them; "text" (the text the offsets index,
// e.g. the article extracted from HTML) is written on request.
//
// ToSourcingMap: a readable report: each speaker with role and kind, then
// their attributions in order.
#ifndef WHOSAID_OUTPUT_H_
#define WHOSAID_OUTPUT_H_

#include <string>

#include "whosaid/document.h"

namespace whosaid {

struct JsonOptions {
  bool include_text = false;  // write the document's text as "text"
};

std::string ToJsonLine(const Document& doc);
std::string ToJsonLineWithOptions(const Document& doc, const JsonOptions& options);
std::string ToSourcingMap(const Document& doc);

}  // namespace whosaid

#endif  // WHOSAID_OUTPUT_H_
