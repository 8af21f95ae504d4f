// Copyright 2026 The whosaid Authors.
//
// Options: every knob of the analysis in one struct, shared by the library,
// the CLI (flags of the same names) and the Python module.
//
//   option                   default      what it does
//   ----------------------   ----------   ------------------------------------------
//   max_document_bytes       64 MiB       larger inputs fail with kLimitExceeded
//   max_quote_bytes          64 KiB       a "quote" longer than this is treated as an
//                                         unbalanced mark, not as a quotation
//   max_attributions         100000       per document; more fails with kLimitExceeded
//   indirect                 true         also find reported speech without quote marks
//   input_format             kAuto        how to read input files (whosaid/reader.h); kAuto
//                                         goes by extension: .txt, .html/.htm, .jsonl/.json,
//                                         .warc, each optionally .gz or .zst
//   jsonl_fields             id url text  field names read from JSONL records; "html" is
//                            html outlet  used when "text" is absent
//                            date title
//                            byline
//   max_html_depth           1000         HTML nested deeper fails with kLimitExceeded
//                                         (max_document_bytes also bounds each input record)
//   rules                    true         find attributions with the rule-based finder
//   model                    true         add the learned model's attributions that the
//                                         rules did not find (docs/attribution-model.md);
//                                         needs `indirect`
//   model_min_confidence     250          a model attribution joins the rules' ones only
//                                         with at least this confidence (mean Viterbi margin)
//   max_document_seconds     60           the watchdog: analysis taking longer fails with
//                                         kLimitExceeded instead of holding up the run;
//                                         0 = no limit (a 64 MiB document, the largest
//                                         allowed, takes about 3 s on a 2-core VM)
//
// Budgets exist because input comes from the open web: exceeding one is an
// error that names the limit, never a crash and never a silent truncation.
#ifndef WHOSAID_OPTIONS_H_
#define WHOSAID_OPTIONS_H_

#include <cstddef>
#include <string>

namespace whosaid {

// The kinds of input whosaid reads; see whosaid/reader.h.
enum class InputFormat {
  kAuto,   // by the file's extension
  kText,   // a whole file is one article, UTF-8 plain text
  kHtml,   // a whole file is one web page; the article is extracted from it
  kJsonl,  // one JSON object per line, one article each
  kWarc,   // WARC (Common Crawl News): one article per HTTP response record
};

// The JSONL field names for each piece of an article. A record needs `text`
// or `html` (text wins when both are present); the others are optional.
struct JsonlFields {
  std::string id = "id";
  std::string url = "url";
  std::string text = "text";
  std::string html = "html";
  std::string outlet = "outlet";
  std::string date = "date";
  std::string title = "title";
  std::string byline = "byline";
};

struct Options {
  size_t max_document_bytes = size_t{64} << 20;
  size_t max_quote_bytes = size_t{64} << 10;
  size_t max_attributions = 100000;
  bool indirect = true;
  InputFormat input_format = InputFormat::kAuto;
  JsonlFields jsonl_fields;
  size_t max_html_depth = 1000;
  bool rules = true;
  bool model = true;
  double max_document_seconds = 60;
  double model_min_confidence = 250;
};

}  // namespace whosaid

#endif  // WHOSAID_OPTIONS_H_
