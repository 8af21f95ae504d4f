// Copyright 2026 The whosaid Authors.
#include "readers/charset.h"

#include <unicode/ucnv.h>

#include <algorithm>

#include "text/utf8.h"

namespace whosaid::internal {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool IsLabelChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':';
}

bool IsUtf8Label(std::string_view label) { return label == "utf-8" || label == "utf8"; }

// WHATWG Encoding: these labels all mean windows-1252.
bool IsWindows1252Label(std::string_view label) {
  return label == "iso-8859-1" || label == "latin1" || label == "l1" || label == "us-ascii" ||
         label == "ascii" || label == "iso8859-1" || label == "cp1252" || label == "windows-1252";
}

bool IsValidUtf8(std::string_view s) {
  uint32_t invalid = 0;
  (void)SanitizeUtf8(s, &invalid);
  return invalid == 0;
}

// ICU conversion; false when ICU does not know the label.
bool IcuConvert(std::string_view bytes, const std::string& from, std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  out->resize(bytes.size() * 3 + 16);  // a byte becomes at most 3 UTF-8 bytes
  const int32_t n = ucnv_convert("UTF-8", from.c_str(), out->data(), static_cast<int32_t>(out->size()),
                                 bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    err = U_ZERO_ERROR;
    out->resize(n);
    ucnv_convert("UTF-8", from.c_str(), out->data(), n, bytes.data(),
                 static_cast<int32_t>(bytes.size()), &err);
  }
  if (U_FAILURE(err)) return false;
  out->resize(n);
  return true;
}

}  // namespace

std::string SniffMetaCharset(std::string_view html) {
  const std::string head = Lower(html.substr(0, 4096));
  for (size_t meta = head.find("<meta"); meta != std::string::npos; meta = head.find("<meta", meta + 5)) {
    const size_t end = std::min(head.find('>', meta), head.size());
    const std::string_view tag = std::string_view(head).substr(meta, end - meta);
    size_t at = tag.find("charset");
    if (at == std::string_view::npos) continue;
    at += 7;
    while (at < tag.size() && (tag[at] == ' ' || tag[at] == '=' || tag[at] == '"' || tag[at] == '\'')) ++at;
    size_t stop = at;
    while (stop < tag.size() && IsLabelChar(tag[stop])) ++stop;
    if (stop > at) return std::string(tag.substr(at, stop - at));
  }
  return "";
}

std::string ConvertToUtf8(std::string_view bytes, std::string_view charset) {
  const std::string label = Lower(charset);
  if (label.empty() || IsUtf8Label(label)) {
    if (!label.empty() || IsValidUtf8(bytes)) return std::string(bytes);
  }
  std::string out;
  const std::string from = label.empty() || IsWindows1252Label(label) ? "windows-1252" : label;
  if (IcuConvert(bytes, from, &out)) return out;
  if (IsValidUtf8(bytes)) return std::string(bytes);
  IcuConvert(bytes, "windows-1252", &out);
  return out;
}

}  // namespace whosaid::internal
