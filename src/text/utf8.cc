// Copyright 2026 The whosaid Authors.
#include "text/utf8.h"

namespace whosaid::internal {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

int DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t left = s.size() - i;
  const unsigned char c = p[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int len;
  char32_t value;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    len = 2, value = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, value = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, value = c & 0x07, min = 0x10000;
  } else {
    *cp = kReplacement;
    return 1;
  }
  if (left < static_cast<size_t>(len)) {
    *cp = kReplacement;
    return 1;
  }
  for (int k = 1; k < len; ++k) {
    if (!IsContinuation(p[k])) {
      *cp = kReplacement;
      return 1;
    }
    value = (value << 6) | (p[k] & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    *cp = kReplacement;
    return 1;
  }
  *cp = value;
  return len;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string SanitizeUtf8(std::string_view in, uint32_t* invalid_bytes) {
  *invalid_bytes = 0;
  std::string out;
  out.reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    // Fast path: runs of ASCII.
    size_t j = i;
    while (j < in.size() && static_cast<unsigned char>(in[j]) < 0x80) ++j;
    out.append(in.data() + i, j - i);
    i = j;
    if (i == in.size()) break;
    char32_t cp;
    const int len = DecodeUtf8(in, i, &cp);
    if (cp == kReplacement && len == 1) {
      ++*invalid_bytes;
      AppendUtf8(kReplacement, &out);
    } else {
      out.append(in.data() + i, len);
    }
    i += len;
  }
  return out;
}

CodepointIndex::CodepointIndex(std::string_view text) : text_(text) {
  block_start_.reserve(text.size() / kBlock + 2);
  uint32_t count = 0;
  for (size_t b = 0; b < text.size(); b += kBlock) {
    block_start_.push_back(count);
    const size_t end = std::min(text.size(), b + kBlock);
    for (size_t i = b; i < end; ++i) count += !IsContinuation(text[i]);
  }
  block_start_.push_back(count);
}

uint32_t CodepointIndex::ToCodepoint(uint32_t byte) const {
  const uint32_t block = byte / kBlock;
  uint32_t count = block_start_[block];
  for (uint32_t i = block * kBlock; i < byte; ++i) count += !IsContinuation(text_[i]);
  return count;
}

}  // namespace whosaid::internal
