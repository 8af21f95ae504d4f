// Copyright 2026 The whosaid Authors.
//
// Escaping for HTML. Everything that comes from an article (its text, names,
// roles, ids) is hostile: it goes into a page only through these functions.
#ifndef WHOSAID_REPORT_HTML_H_
#define WHOSAID_REPORT_HTML_H_

#include <string>
#include <string_view>

namespace whosaid::report {

// Appends `text` to `out` escaped for use both as element text and inside a
// double- or single-quoted attribute value: & < > " ' become entities, and
// control characters other than tab, line feed and carriage return become
// U+FFFD. The result can never open a tag, close an attribute or start a
// character reference of the input's making.
void AppendEscaped(std::string_view text, std::string* out);

// The same, returned.
std::string Escape(std::string_view text);

// Percent-encodes `text` for a URL path segment or query value: every byte
// except A-Z a-z 0-9 - . _ ~ becomes %XX.
std::string UrlEncode(std::string_view text);

}  // namespace whosaid::report

#endif  // WHOSAID_REPORT_HTML_H_
