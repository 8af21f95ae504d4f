// Copyright 2026 The whosaid Authors.
//
// Character sets: web pages arrive in whatever encoding their server chose.
// Everything after the reader works on UTF-8.
#ifndef WHOSAID_READERS_CHARSET_H_
#define WHOSAID_READERS_CHARSET_H_

#include <string>
#include <string_view>

namespace whosaid::internal {

// The charset a page declares in <meta charset> or <meta http-equiv
// content-type> within its first 4 KB, lower-cased; empty when none.
std::string SniffMetaCharset(std::string_view html);

// Converts `bytes` to UTF-8 from `charset` (a label such as "windows-1251",
// "ISO-8859-1" or "shift_jis"; ISO-8859-1 and ASCII are read as
// windows-1252, as browsers do). An empty or unknown label means UTF-8 when
// the bytes are valid UTF-8, else windows-1252. Bytes the converter cannot
// map become U+FFFD.
std::string ConvertToUtf8(std::string_view bytes, std::string_view charset);

}  // namespace whosaid::internal

#endif  // WHOSAID_READERS_CHARSET_H_
