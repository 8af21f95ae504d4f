// Copyright 2026 The whosaid Authors.
//
// One analysed article as HTML: its text with every attribution's content
// highlighted in its speaker's colour (anonymous sources striped and marked),
// cues and sources underlined, a legend of speakers with counts, a detail
// panel, and a card per attribution (speaker, role, kind, type, cue, source,
// the chain of sources). Everything taken from the document is escaped.
//
// Element ids are "<prefix>" for the <article>, "<prefix>-a<k>" for the card
// of attribution k and "<prefix>-s<m>" for speaker m, so that several
// articles can share a page. Marked runs of text carry data-att (the cards of
// every attribution whose content, source or cue covers them, innermost
// content first), data-q (only those whose content covers them) and
// data-speaker (the speaker of the first in data-att).
#ifndef WHOSAID_REPORT_ARTICLE_HTML_H_
#define WHOSAID_REPORT_ARTICLE_HTML_H_

#include <functional>
#include <string>

#include "whosaid/document.h"

namespace whosaid::report {

struct ArticleView {
  std::string prefix = "d0";  // element id prefix; [a-z0-9-] only
  // A URL for a speaker's own page, or "" for none (the one-file report has
  // none; the server links to /speaker/...). Escaped by the renderer.
  std::function<std::string(const Speaker&)> speaker_href;
  std::string title;  // shown as the heading; defaults to the document id
};

std::string RenderArticle(const Document& doc, const ArticleView& view);

}  // namespace whosaid::report

#endif  // WHOSAID_REPORT_ARTICLE_HTML_H_
