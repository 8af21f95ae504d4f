// Copyright 2026 The whosaid Authors.
//
// whosaid: who said what, on whose word. Start here.
//
// An Analyzer reads one news article and returns its attributions: each
// quotation or piece of reported speech, the cue that reports it ("said",
// "according to"), the mention naming its source, and the speaker as an
// identity (the fullest name the article gives, a role, a kind).
//
// Example:
//
//   #include "whosaid/whosaid.h"
//
//   whosaid::Analyzer analyzer;  // loads the lexicons once; share it
//   whosaid::Result<whosaid::Document> doc = analyzer.Analyze(
//       "\"We are ready,\" Mayor Jane Smith said Friday.", "example");
//   if (!doc.ok()) return Fail(doc.status());
//   for (const whosaid::Attribution& a : doc->attributions) {
//     // a.content[0].text == "We are ready,"
//     // a.speaker.name == "Jane Smith", *a.speaker.role == "Mayor"
//   }
//   std::string line = whosaid::ToJsonLine(*doc);  // the JSONL contract
//
// Thread safety: Analyzer::Analyze is const and may be called from many
// threads at once on one Analyzer.
#ifndef WHOSAID_WHOSAID_H_
#define WHOSAID_WHOSAID_H_

#include <memory>
#include <string>
#include <string_view>

#include "whosaid/document.h"
#include "whosaid/options.h"
#include "whosaid/output.h"
#include "whosaid/report.h"
#include "whosaid/status.h"

namespace whosaid {

class Analyzer {
 public:
  explicit Analyzer(Options options = Options());
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Analyses one document. `bytes` is the article's text, UTF-8 expected:
  // invalid bytes are replaced by U+FFFD and counted in Document::repairs.
  // `id` is copied into Document::id.
  //
  // Fails with kLimitExceeded when the input is larger than
  // Options::max_document_bytes or yields more than
  // Options::max_attributions or takes longer than
  // Options::max_document_seconds, and with kBadInput when it is binary data (it
  // holds NUL bytes). An empty input is a document without attributions.
  Result<Document> Analyze(std::string_view bytes, std::string_view id = "") const;
  // As above, for an article with a byline ("By Jane Doe"): when it names
  // one person, a first-person "I" outside quotations (a columnist's "I
  // asked the mayor") is that person, and Document::byline is set.
  Result<Document> Analyze(std::string_view bytes, std::string_view id,
                           std::string_view byline) const;

  const Options& options() const { return options_; }

 private:
  Options options_;
};

// Reads a whole file (or standard input for "-"). Fails with kNotFound or
// kIoError; with kLimitExceeded when the file is larger than `max_bytes`.
Result<std::string> ReadFile(const std::string& path, size_t max_bytes);

}  // namespace whosaid

#endif  // WHOSAID_WHOSAID_H_
