// Copyright 2026 The whosaid Authors.
#include "whosaid/report.h"

#include <fmt/format.h>

#include "report/article_html.h"
#include "report/html.h"
#include "report/page.h"

namespace whosaid {
namespace {

std::string TableOfContents(const std::vector<Document>& docs) {
  std::string out = "<ol class=\"toc\">\n";
  for (size_t i = 0; i < docs.size(); ++i) {
    out += fmt::format("<li><a href=\"#d{}\">{}</a> \u2014 {} attributions</li>\n", i,
                       report::Escape(docs[i].id.empty() ? "(untitled document)" : docs[i].id),
                       docs[i].attributions.size());
  }
  return out + "</ol>\n";
}

}  // namespace

std::string ToHtmlReport(const std::vector<Document>& docs, const ReportOptions& options) {
  const std::string title = docs.size() == 1 && !docs[0].id.empty() ? docs[0].id : options.title;
  std::string body;
  if (docs.empty()) body = "<p class=\"meta\">No documents.</p>\n";
  if (docs.size() > 1) {
    body += "<h1>" + report::Escape(options.title) + "</h1>\n" + TableOfContents(docs);
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    report::ArticleView view;
    view.prefix = fmt::format("d{}", i);
    body += report::RenderArticle(docs[i], view);
  }
  const std::string top = "<span class=\"brand\">whosaid</span><span class=\"meta\">who said what, on whose word</span>";
  return report::RenderPage(title + " \u2014 whosaid", top, body);
}

}  // namespace whosaid
