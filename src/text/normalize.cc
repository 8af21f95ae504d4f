// Copyright 2026 The whosaid Authors.
#include "text/normalize.h"

#include <algorithm>

#include "text/utf8.h"

namespace whosaid::internal {
namespace {

// What a non-ASCII code point becomes: itself (nullptr), or a replacement
// string ("" removes it).
const char* Replacement(char32_t cp) {
  switch (cp) {
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x202F: case 0x205F: case 0x3000: case 0x1680:
      return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
      return "";
    case 0x2028: case 0x0085:
      return "\n";
    case 0x2029:
      return "\n\n";
    default:
      return nullptr;
  }
}

}  // namespace

void OffsetMap::Anchor(uint32_t norm, uint32_t orig) {
  if (!anchors_.empty() && anchors_.back().first == norm) {
    anchors_.back().second = orig;
    return;
  }
  anchors_.push_back({norm, orig});
}

uint32_t OffsetMap::ToOriginal(uint32_t norm) const {
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), norm,
                             [](uint32_t n, const auto& a) { return n < a.first; });
  --it;  // anchors_[0] is (0, 0), so there is always one at or before `norm`
  return it->second + (norm - it->first);
}

NormalizedText Normalize(std::string_view in) {
  NormalizedText out;
  out.text.reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    const unsigned char c = in[i];
    if (c >= 0x20 && c < 0x80) {
      out.text.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    const char* repl = nullptr;
    int len = 1;
    if (c == '\r') {
      repl = "\n";
      if (i + 1 < in.size() && in[i + 1] == '\n') len = 2;
    } else if (c == '\t' || c == '\v' || c == '\f') {
      repl = " ";
    } else if (c >= 0x80) {
      char32_t cp;
      len = DecodeUtf8(in, i, &cp);
      repl = Replacement(cp);
    }
    if (repl == nullptr) {
      out.text.append(in.data() + i, len);
      i += len;
      continue;
    }
    const uint32_t n = static_cast<uint32_t>(out.text.size());
    // Every byte of the replacement maps to the start of what it replaced.
    for (const char* r = repl; *r != '\0'; ++r) {
      out.to_original.Anchor(static_cast<uint32_t>(out.text.size()), static_cast<uint32_t>(i));
      out.text.push_back(*r);
    }
    if (*repl == '\0') out.to_original.Anchor(n, static_cast<uint32_t>(i));
    i += len;
    out.to_original.Anchor(static_cast<uint32_t>(out.text.size()), static_cast<uint32_t>(i));
  }
  return out;
}

}  // namespace whosaid::internal
