// Copyright 2026 The whosaid Authors.
#include "readers/http.h"

#include <algorithm>
#include <charconv>

#include "readers/byte_stream.h"

namespace whosaid::internal {
namespace {

std::string_view Trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// Splits "head\r\n\r\nbody" (or with bare LFs) at the blank line.
bool SplitHead(std::string_view block, std::string_view* head, size_t* body_start) {
  const size_t crlf = block.find("\r\n\r\n");
  const size_t lf = block.find("\n\n");
  if (crlf == std::string_view::npos && lf == std::string_view::npos) return false;
  if (lf < crlf) {
    *head = block.substr(0, lf);
    *body_start = lf + 2;
  } else {
    *head = block.substr(0, crlf);
    *body_start = crlf + 4;
  }
  return true;
}

// Decodes Transfer-Encoding: chunked.
Result<std::string> Dechunk(std::string_view in) {
  std::string out;
  while (true) {
    const size_t eol = in.find('\n');
    if (eol == std::string_view::npos) return CorruptError("HTTP chunked body ends without a last chunk");
    const std::string_view size_text = Trim(in.substr(0, in.find_first_of(";\r\n")));
    size_t size = 0;
    const auto [end, ec] = std::from_chars(size_text.data(), size_text.data() + size_text.size(), size, 16);
    if (ec != std::errc() || size_text.empty()) return CorruptError("HTTP chunk size is not hexadecimal");
    in.remove_prefix(eol + 1);
    if (size == 0) return out;
    if (size > in.size()) return CorruptError("HTTP chunk is longer than the record");
    out.append(in.substr(0, size));
    in.remove_prefix(size);
    if (in.starts_with("\r\n")) in.remove_prefix(2);
    else if (in.starts_with("\n")) in.remove_prefix(1);
  }
}

// kHtml or kText for a page's media type; sniffs when the type is absent.
Result<InputFormat> PageFormat(std::string_view media_type, std::string_view body) {
  if (media_type == "text/html" || media_type == "application/xhtml+xml") return InputFormat::kHtml;
  if (media_type == "text/plain") return InputFormat::kText;
  if (media_type.empty() || media_type == "application/octet-stream") {
    if (Trim(body.substr(0, 1024)).starts_with('<')) return InputFormat::kHtml;
  }
  return BadInputError("Content-Type \"" + std::string(media_type) + "\" is not a web page or text");
}

// Undoes Transfer-Encoding and Content-Encoding.
Result<std::string> DecodeBody(const HeaderMap& http, std::string body, size_t max_bytes) {
  if (Lower(http.Get("transfer-encoding")).find("chunked") != std::string::npos) {
    Result<std::string> dechunked = Dechunk(body);
    if (!dechunked.ok()) return dechunked.status();
    body = std::move(*dechunked);
  }
  const std::string encoding = Lower(http.Get("content-encoding"));
  if (encoding == "gzip" || encoding == "x-gzip") return GunzipAll(body, max_bytes);
  if (!encoding.empty() && encoding != "identity") {
    return BadInputError("unsupported HTTP Content-Encoding \"" + encoding + "\"");
  }
  return body;
}

Status ParseHttpResponse(std::string block, size_t max_bytes, InputRecord* record) {
  std::string_view head;
  size_t body_start = 0;
  if (!SplitHead(block, &head, &body_start)) return CorruptError("HTTP response without a header end");
  const std::string_view status_line = head.substr(0, head.find('\n'));
  const size_t sp = status_line.find(' ');
  const std::string_view code = sp == std::string_view::npos ? "" : status_line.substr(sp + 1, 3);
  if (!status_line.starts_with("HTTP/") || code.size() != 3) {
    return CorruptError("not an HTTP response: \"" + std::string(Trim(status_line.substr(0, 80))) + "\"");
  }
  if (code[0] != '2') return BadInputError("HTTP status " + std::string(code) + ", not a page");
  HeaderMap http;
  for (size_t at = status_line.size() + 1; at < head.size();) {
    const size_t eol = std::min(head.find('\n', at), head.size());
    http.Add(head.substr(at, eol - at));
    at = eol + 1;
  }
  const auto [media_type, charset] = ParseContentType(http.Get("content-type"));
  Result<std::string> body = DecodeBody(http, block.substr(body_start), max_bytes);
  if (!body.ok()) return body.status();
  Result<InputFormat> format = PageFormat(media_type, *body);
  if (!format.ok()) return format.status();
  record->body = std::move(*body);
  record->body_format = *format;
  record->charset = charset;
  return Status::Ok();
}

}  // namespace

void HeaderMap::Add(std::string_view line) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  fields_.emplace_back(Lower(Trim(line.substr(0, colon))), std::string(Trim(line.substr(colon + 1))));
}

std::string_view HeaderMap::Get(std::string_view lower_name) const {
  for (const auto& [name, value] : fields_) {
    if (name == lower_name) return value;
  }
  return {};
}

std::pair<std::string, std::string> ParseContentType(std::string_view content_type) {
  const size_t semi = content_type.find(';');
  std::string media_type = Lower(Trim(content_type.substr(0, semi)));
  std::string charset;
  const std::string params = Lower(semi == std::string_view::npos ? "" : content_type.substr(semi));
  if (const size_t at = params.find("charset="); at != std::string::npos) {
    std::string_view value = params;
    value = value.substr(at + 8);
    value = Trim(value.substr(0, value.find(';')));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'')) {
      value = value.substr(1, value.size() - 2);
    }
    charset = std::string(value);
  }
  return {media_type, charset};
}

Status ParsePayload(const HeaderMap& warc_headers, std::string block, size_t max_bytes,
                    InputRecord* record) {
  const auto [media_type, charset] = ParseContentType(warc_headers.Get("content-type"));
  Status status;
  if (media_type == "application/http") {
    status = ParseHttpResponse(std::move(block), max_bytes, record);
  } else {
    Result<InputFormat> format = PageFormat(media_type, block);
    if (format.ok()) {
      record->body = std::move(block);
      record->body_format = *format;
      record->charset = charset;
    }
    status = format.status();
  }
  if (status.ok()) return status;
  record->body.clear();
  return Status(status.code(), record->origin + ": WARC record " + record->id + ": " + status.message());
}

}  // namespace whosaid::internal
