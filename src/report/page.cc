// Copyright 2026 The whosaid Authors.
#include "report/page.h"

#include <fmt/format.h>

#include <cstdint>

#include "report/assets.h"
#include "report/html.h"

namespace whosaid::report {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

}  // namespace

std::string HexToBase64(std::string_view hex) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes.push_back(static_cast<char>(HexValue(hex[i]) * 16 + HexValue(hex[i + 1])));
  }
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    uint32_t n = static_cast<uint8_t>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<uint8_t>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<uint8_t>(bytes[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[n & 63] : '=';
  }
  return out;
}

std::string ContentSecurityPolicy(bool for_header) {
  return fmt::format(
      "default-src 'none'; style-src 'sha256-{}'; script-src 'sha256-{}'; img-src data:; "
      "form-action 'self'; base-uri 'none'{}",
      HexToBase64(internal::kReportCssSha256), HexToBase64(internal::kReportJsSha256),
      for_header ? "; frame-ancestors 'none'" : "");
}

std::string RenderPage(std::string_view title, std::string_view top_html, std::string_view body_html) {
  std::string page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  page += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + ContentSecurityPolicy() + "\">\n";
  page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  page += "<meta name=\"referrer\" content=\"no-referrer\">\n";
  page += "<title>" + Escape(title) + "</title>\n<style>";
  page += internal::kReportCss;
  page += "</style>\n</head>\n<body>\n<header class=\"top\">";
  page += top_html;
  page += "</header>\n<main>\n";
  page += body_html;
  page += "</main>\n<script>";
  page += internal::kReportJs;
  page += "</script>\n</body>\n</html>\n";
  return page;
}

}  // namespace whosaid::report
