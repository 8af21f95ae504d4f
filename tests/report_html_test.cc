// Copyright 2026 The whosaid Authors.
//
// Escaping and encoding for pages: what article text may never do.
#include "report/html.h"

#include <gtest/gtest.h>

#include "report/assets.h"
#include "report/page.h"

namespace whosaid::report {
namespace {

struct EscapeCase {
  const char* input;
  const char* escaped;
};

TEST(Escape, NeutralisesEveryCharacterThatCanOpenMarkupOrCloseAnAttribute) {
  const EscapeCase cases[] = {
      {"plain words", "plain words"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
      {"' onmouseover='alert(1)", "&#39; onmouseover=&#39;alert(1)"},
      {"AT&T &amp; &#x3C;", "AT&amp;T &amp;amp; &amp;#x3C;"},
      {"a\tb\nc\rd", "a\tb\nc\rd"},
      {"nul\x01" "bell\x07" "del\x7f", "nul\xEF\xBF\xBD" "bell\xEF\xBF\xBD" "del\xEF\xBF\xBD"},
      {"\xE2\x80\x9C" "curly" "\xE2\x80\x9D", "\xE2\x80\x9C" "curly" "\xE2\x80\x9D"},
  };
  for (const EscapeCase& c : cases) EXPECT_EQ(Escape(c.input), c.escaped) << c.input;
}

TEST(Escape, KeepsNulBytesOutOfThePage) {
  EXPECT_EQ(Escape(std::string("a\0b", 3)), "a\xEF\xBF\xBD" "b");
}

TEST(UrlEncode, LeavesOnlyUnreservedCharactersAsTheyAre) {
  EXPECT_EQ(UrlEncode("Tom Homan"), "Tom%20Homan");
  EXPECT_EQ(UrlEncode("../../etc/passwd"), "..%2F..%2Fetc%2Fpasswd");
  EXPECT_EQ(UrlEncode("javascript:alert(1)"), "javascript%3Aalert%281%29");
  EXPECT_EQ(UrlEncode("\xC3\xA9"), "%C3%A9");
  EXPECT_EQ(UrlEncode("a-b.c_d~e"), "a-b.c_d~e");
}

TEST(HexToBase64, TurnsDigestsIntoCspHashSources) {
  // SHA-256 of the empty string, as CSP writes it.
  EXPECT_EQ(HexToBase64("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  EXPECT_EQ(HexToBase64("4d616e"), "TWFu");
  EXPECT_EQ(HexToBase64("4d61"), "TWE=");
  EXPECT_EQ(HexToBase64("4d"), "TQ==");
}

TEST(ContentSecurityPolicy, AllowsOnlyTheEmbeddedStyleAndScriptAndNoNetwork) {
  const std::string csp = ContentSecurityPolicy();
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(csp.find("script-src 'sha256-" + HexToBase64(internal::kReportJsSha256) + "'"), std::string::npos);
  EXPECT_NE(csp.find("style-src 'sha256-" + HexToBase64(internal::kReportCssSha256) + "'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe"), std::string::npos);
  EXPECT_EQ(csp.find("frame-ancestors"), std::string::npos) << "ignored (and warned about) in <meta>";
  EXPECT_NE(ContentSecurityPolicy(/*for_header=*/true).find("frame-ancestors 'none'"), std::string::npos);
}

}  // namespace
}  // namespace whosaid::report
