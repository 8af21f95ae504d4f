// Copyright 2026 The whosaid Authors.
//
// Checks shared by the tests of whosaid's HTML (the one-file report and the
// viewer's pages): that article text never became markup.
#ifndef WHOSAID_TESTS_HTML_CHECKS_H_
#define WHOSAID_TESTS_HTML_CHECKS_H_

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

namespace whosaid::testing {

inline size_t CountOf(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// Every `name="value"` attribute in `html`, as {name, value}.
inline std::vector<std::pair<std::string, std::string>> Attributes(const std::string& html) {
  static const std::regex attribute(R"re(\s([a-zA-Z-]+)="([^"]*)")re");
  std::vector<std::pair<std::string, std::string>> out;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), attribute); it != std::sregex_iterator(); ++it) {
    out.emplace_back((*it)[1].str(), (*it)[2].str());
  }
  return out;
}

// Expects that every attribute name in `html` matches `allowed` (a regular
// expression): an attribute of an article's making would not.
inline void ExpectOnlyAttributes(const std::string& html, const std::string& allowed) {
  const std::regex names(allowed);
  for (const auto& [name, value] : Attributes(html)) {
    EXPECT_TRUE(std::regex_match(name, names)) << name << "=\"" << value << "\"";
  }
}

}  // namespace whosaid::testing

#endif  // WHOSAID_TESTS_HTML_CHECKS_H_
