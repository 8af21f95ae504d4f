// Copyright 2026 The whosaid Authors.
//
// The one-file HTML report: what it shows, and that article text can never
// become markup in it. (tests/browser/report.test.mjs checks the same page in
// a real browser.)
#include "whosaid/report.h"

#include <gtest/gtest.h>

#include "html_checks.h"
#include "test_util.h"
#include "whosaid/whosaid.h"

namespace whosaid {
namespace {

Document Analyze(const std::string& text, const std::string& id) {
  const Analyzer analyzer;
  Result<Document> doc = analyzer.Analyze(text, id);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? *doc : Document{};
}

using testing::CountOf;

TEST(HtmlReport, HighlightsEachAttributionAndListsItsSpeaker) {
  const Document doc = Analyze("\"We are ready,\" Mayor Jane Smith said on Friday.", "ready");
  ASSERT_EQ(doc.attributions.size(), 1u);
  const std::string html = ToHtmlReport({doc});
  EXPECT_NE(html.find("data-q=\"d0-a0\""), std::string::npos);
  EXPECT_NE(html.find(">We are ready,</span>"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"name\">Jane Smith</span>"), std::string::npos);
  EXPECT_NE(html.find("data-count=\"1\""), std::string::npos);
  EXPECT_NE(html.find("<title>ready \u2014 whosaid</title>"), std::string::npos);
}

TEST(HtmlReport, MarksAnonymousSources) {
  const Document doc = Analyze("\"It was a mistake,\" an unnamed official said.", "anon");
  ASSERT_EQ(doc.attributions.size(), 1u);
  ASSERT_EQ(doc.attributions[0].speaker.kind, SpeakerKind::kAnonymous);
  const std::string html = ToHtmlReport({doc});
  EXPECT_NE(html.find("class=\"q c0 anon"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"badge anon\">anonymous</span>"), std::string::npos);
}

TEST(HtmlReport, HostileArticleCannotAddATagOrAnAttribute) {
  const std::string path = testing::SourcePath("tests/data/hostile-article.txt");
  Result<std::string> text = ReadFile(path, 1 << 20);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  const Document doc = Analyze(*text, "hostile");
  ASSERT_GE(doc.attributions.size(), 4u);
  const std::string html = ToHtmlReport({doc});
  // The only script and style elements are whosaid's own.
  EXPECT_EQ(CountOf(html, "<script"), 1u);
  EXPECT_EQ(CountOf(html, "<style"), 1u);
  for (const char* tag : {"<img", "<svg", "<iframe", "<textarea", "<b>", "<a ", "<!--"}) {
    EXPECT_EQ(CountOf(html, tag), 0u) << tag;
  }
  // No attribute of the article's making: every attribute whosaid writes is
  // one of these.
  testing::ExpectOnlyAttributes(
      html, "class|id|data-[a-z]+|tabindex|role|title|href|lang|charset|content|name|http-equiv|type|aria-[a-z]+");
  EXPECT_NE(html.find("&lt;script&gt;window.__pwned"), std::string::npos);
}

TEST(HtmlReport, SeveralArticlesGetTheirOwnIdsAndAContentsList) {
  const Document a = Analyze("\"Yes,\" Ann Lee said.", "first");
  const Document b = Analyze("\"No,\" Bob Roe said.", "second");
  const std::string html = ToHtmlReport({a, b}, ReportOptions{"Two stories"});
  EXPECT_NE(html.find("<article class=\"doc\" id=\"d0\""), std::string::npos);
  EXPECT_NE(html.find("<article class=\"doc\" id=\"d1\""), std::string::npos);
  EXPECT_NE(html.find("id=\"d1-a0\""), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#d1\">second</a>"), std::string::npos);
  EXPECT_NE(html.find("<title>Two stories \u2014 whosaid</title>"), std::string::npos);
}

TEST(HtmlReport, NoDocumentsGivesAPageThatSaysSo) {
  EXPECT_NE(ToHtmlReport({}).find("No documents."), std::string::npos);
}

TEST(HtmlReport, ParagraphsBecomeParagraphsEvenInsideAQuote) {
  Document doc;
  doc.id = "paras";
  doc.text = "Ann Lee said: First part.\n\nSecond part.";
  Attribution a;
  a.type = AttributionType::kIndirect;
  a.content = {Span{14, 39, 14, 39, "First part.\n\nSecond part."}};
  ASSERT_EQ(doc.text.substr(14), a.content[0].text);
  a.speaker.name = "Ann Lee";
  doc.attributions = {a};
  const std::string html = ToHtmlReport({doc});
  EXPECT_NE(html.find("First part.</span></p>\n<p><span class=\"q c0\""), std::string::npos)
      << "the highlight is closed before the paragraph break and reopened after it";
}

TEST(ReportCommand, WritesThePageAndFailsClearlyOnAMissingInput) {
  const std::string out = ::testing::TempDir() + "/whosaid-report-test.html";
  const std::string cmd = testing::CliPath() + " report " + testing::SourcePath("samples/ice-raids-leak.txt") +
                          " /no/such/article.txt -o " + out + " 2>/dev/null";
  const int status = std::system(cmd.c_str());
  EXPECT_EQ(WEXITSTATUS(status), 1) << "a missing input fails the run";
  Result<std::string> html = ReadFile(out, 1 << 24);
  ASSERT_TRUE(html.ok()) << "the report holds the inputs that worked";
  EXPECT_NE(html->find("<h1>ice-raids-leak</h1>"), std::string::npos);
}

}  // namespace
}  // namespace whosaid
