// Copyright 2026 The whosaid Authors.
//
// The frame of every whosaid page (the one-file report and the server's
// pages): doctype, a Content-Security-Policy that allows only whosaid's own
// style sheet and script (by hash) and no network at all, the style sheet,
// a top bar, the body, the script.
#ifndef WHOSAID_REPORT_PAGE_H_
#define WHOSAID_REPORT_PAGE_H_

#include <string>
#include <string_view>

namespace whosaid::report {

// The policy, as sent in a <meta> tag. `for_header` adds the directives that
// only work in an HTTP header (frame-ancestors).
std::string ContentSecurityPolicy(bool for_header = false);

// A complete page. `title` is plain text (escaped here); `top_html` and
// `body_html` are HTML made by whosaid's own renderers, which escape
// everything they take from articles.
std::string RenderPage(std::string_view title, std::string_view top_html, std::string_view body_html);

// "0a1b..." (hex digits, even length) to standard base64; used to turn
// CMake's hex digests into CSP hash sources.
std::string HexToBase64(std::string_view hex);

}  // namespace whosaid::report

#endif  // WHOSAID_REPORT_PAGE_H_
