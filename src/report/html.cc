// Copyright 2026 The whosaid Authors.
#include "report/html.h"

namespace whosaid::report {
namespace {

// Control characters have no business in a page and some (NUL, form feed)
// confuse parsers; they are shown as the replacement character.
bool IsDisallowedControl(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
}

}  // namespace

void AppendEscaped(std::string_view text, std::string* out) {
  out->reserve(out->size() + text.size());
  for (char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '&': *out += "&amp;"; break;
      case '<': *out += "&lt;"; break;
      case '>': *out += "&gt;"; break;
      case '"': *out += "&quot;"; break;
      case '\'': *out += "&#39;"; break;
      default:
        if (IsDisallowedControl(c)) {
          *out += "\xEF\xBF\xBD";
        } else {
          out->push_back(ch);
        }
    }
  }
}

std::string Escape(std::string_view text) {
  std::string out;
  AppendEscaped(text, &out);
  return out;
}

std::string UrlEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '.' || c == '_' || c == '~';
    if (plain) {
      out.push_back(ch);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace whosaid::report
