// Copyright 2026 The whosaid Authors.
//
// The one-file HTML report: analysed articles as a page a person can read.
//
// Example:
//
//   whosaid::Analyzer analyzer;
//   std::vector<whosaid::Document> docs;
//   docs.push_back(*analyzer.Analyze(text, "ice-raids-leak"));  // check ok() first
//   std::string html = whosaid::ToHtmlReport(docs);
//   // write `html` to report.html and open it in any browser
//
// The page is self-contained: its style sheet and script are inline, it
// loads nothing from the network, and its Content-Security-Policy forbids
// every other script, style, image, frame and connection. Each article shows
// its text with every attribution's content highlighted in its speaker's
// colour (anonymous sources striped and badged), cues (dotted) and sources
// (solid) underlined; hovering a passage names its speaker, clicking it shows
// the speaker, role, kind, type, cue and chain of sources (via); a legend
// lists the speakers with their counts, and a card per attribution follows.
//
// Article text is treated as hostile: every character taken from a Document
// is escaped, so markup in an article shows as text and never runs.
//
// Thread safety: a pure function; call it from any thread.
#ifndef WHOSAID_REPORT_H_
#define WHOSAID_REPORT_H_

#include <string>
#include <vector>

#include "whosaid/document.h"

namespace whosaid {

struct ReportOptions {
  // The page's <title> and heading when it holds several articles; a
  // one-article report is titled with the article's id.
  std::string title = "whosaid report";
};

// Returns the complete page (UTF-8, starting with <!DOCTYPE html>). An empty
// `docs` gives a page that says so.
std::string ToHtmlReport(const std::vector<Document>& docs, const ReportOptions& options = ReportOptions());

}  // namespace whosaid

#endif  // WHOSAID_REPORT_H_
