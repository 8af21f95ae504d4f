// Copyright 2026 The whosaid Authors.
//
// Header blocks (WARC and HTTP share the "Name: value" syntax) and the HTTP
// response inside a WARC record: status, Content-Type with its charset,
// chunked transfer and gzip content encoding.
#ifndef WHOSAID_READERS_HTTP_H_
#define WHOSAID_READERS_HTTP_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "whosaid/reader.h"

namespace whosaid::internal {

// Header fields in order; names compared case-insensitively.
class HeaderMap {
 public:
  // Adds a "Name: value" line; lines without a colon are ignored.
  void Add(std::string_view line);
  // The first value of `lower_name`, trimmed; empty when absent.
  std::string_view Get(std::string_view lower_name) const;

 private:
  std::vector<std::pair<std::string, std::string>> fields_;  // (lower-case name, value)
};

// The media type of a Content-Type value, lower-cased ("text/html") and its
// charset parameter ("" when none).
std::pair<std::string, std::string> ParseContentType(std::string_view content_type);

// Fills record->body, body_format and charset from a WARC record's block:
// an HTTP response (Content-Type application/http) or, for resource and
// conversion records, the page itself. Fails with kBadInput when the block
// is not an HTML or plain-text page (an image, a redirect), with kCorrupt
// when the HTTP framing is broken.
Status ParsePayload(const HeaderMap& warc_headers, std::string block, size_t max_bytes,
                    InputRecord* record);

}  // namespace whosaid::internal

#endif  // WHOSAID_READERS_HTTP_H_
