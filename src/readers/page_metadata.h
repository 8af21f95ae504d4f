// Copyright 2026 The whosaid Authors.
//
// What a web page says about its article: headline, byline, publication
// date, outlet, canonical URL (Open Graph and article:* meta tags, schema.org
// JSON-LD and microdata, <title>, <time>, rel=author).
#ifndef WHOSAID_READERS_PAGE_METADATA_H_
#define WHOSAID_READERS_PAGE_METADATA_H_

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>

namespace whosaid::internal {

struct PageMetadata {
  std::optional<std::string> url, outlet, date, title, byline;
};

// `url` is where the page came from, if known: its host names the outlet
// when the page does not.
PageMetadata ReadPageMetadata(const GumboNode* root, std::string_view url);

// "https://www.example.com/a/b" -> "example.com"; empty when not a URL.
std::string HostOf(std::string_view url);

}  // namespace whosaid::internal

#endif  // WHOSAID_READERS_PAGE_METADATA_H_
