// Copyright 2026 The whosaid Authors.
//
// Article extraction from web pages: the article's paragraphs and nothing
// else, paragraphs kept apart, metadata from the page, budgets for hostile
// pages, and the accuracy floor on the Article Extraction Benchmark.
#include <gtest/gtest.h>

#include <string>

#include "test_util.h"
#include "whosaid/eval.h"
#include "whosaid/reader.h"

namespace whosaid {
namespace {

std::string Paragraphs(int n) {
  std::string html;
  for (int i = 0; i < n; ++i) {
    html += "<p>Paragraph " + std::to_string(i) +
            " of the story, long enough to count as prose, with a comma, and a full stop.</p>\n";
  }
  return html;
}

std::string Extract(const std::string& html, std::string_view url = "") {
  Result<InputDocument> doc = ExtractArticle(html, url, Options());
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? doc->text : "";
}

TEST(HtmlExtraction, KeepsTheArticlesParagraphsApartAndDropsTheFurniture) {
  const std::string html =
      "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav>"
      "<div class=sidebar><p>Most read: a sidebar paragraph that is long, long enough.</p></div>"
      "<div class=article-body>" + Paragraphs(3) + "</div>"
      "<div class=comments><p>A reader comment, which is not the article, though long.</p></div>"
      "<footer><p>Copyright notice for the site, which is long enough to score.</p></footer>"
      "</body></html>";
  const std::string text = Extract(html);
  EXPECT_EQ(text,
            "Paragraph 0 of the story, long enough to count as prose, with a comma, and a full stop.\n\n"
            "Paragraph 1 of the story, long enough to count as prose, with a comma, and a full stop.\n\n"
            "Paragraph 2 of the story, long enough to count as prose, with a comma, and a full stop.");
}

TEST(HtmlExtraction, AParagraphThatStartsWithAQuoteIsKept) {
  // newspaper3k drops these; multi-paragraph quote rules need them.
  const std::string html = "<article>" + Paragraphs(2) +
                           "<p>\u201cWe will not back down,\u201d she said.</p>" + Paragraphs(1) +
                           "</article>";
  EXPECT_NE(Extract(html).find("\n\n\u201cWe will not back down,\u201d she said.\n\n"), std::string::npos);
}

TEST(HtmlExtraction, DoubleLineBreaksMakeParagraphs) {
  const std::string html =
      "<div class=story>First paragraph of a story written with line breaks, as some sites do."
      "<br><br>Second paragraph, which follows two breaks, and so stands apart.<br>Same paragraph.</div>";
  EXPECT_EQ(Extract(html),
            "First paragraph of a story written with line breaks, as some sites do.\n\n"
            "Second paragraph, which follows two breaks, and so stands apart.\nSame paragraph.");
}

TEST(HtmlExtraction, ReadsHeadlineBylineDateAndOutletFromThePage) {
  const struct {
    const char* head;
    const char* url;
    const char* title;
    const char* byline;
    const char* date;
    const char* outlet;
  } cases[] = {
      {"<meta property=og:site_name content='The Daily Planet'><meta property=og:title content='Big news'>"
       "<meta name=author content='Lois Lane'><meta property=article:published_time content=2024-01-02>",
       "", "Big news", "Lois Lane", "2024-01-02", "The Daily Planet"},
      {"<title>Page title</title><script type=application/ld+json>{\"@type\":\"NewsArticle\","
       "\"headline\":\"LD headline\",\"datePublished\":\"2023-05-06T07:08:09Z\"}</script>",
       "https://www.example.org/news/1", "LD headline", "", "2023-05-06T07:08:09Z", "example.org"},
  };
  for (const auto& c : cases) {
    const std::string html = std::string("<html><head>") + c.head + "</head><body><article>" +
                             Paragraphs(2) + "</article></body></html>";
    Result<InputDocument> doc = ExtractArticle(html, c.url, Options());
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->title.value_or(""), c.title);
    EXPECT_EQ(doc->byline.value_or(""), c.byline);
    EXPECT_EQ(doc->date.value_or(""), c.date);
    EXPECT_EQ(doc->outlet.value_or(""), c.outlet);
  }
}

TEST(HtmlExtraction, HtmlNested100000DeepIsAnErrorNamingTheLimit) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  Result<InputDocument> doc = ExtractArticle(html, "", Options());
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kLimitExceeded);
  EXPECT_NE(doc.status().message().find("max_html_depth (1000)"), std::string::npos)
      << doc.status().ToString();
}

TEST(HtmlExtraction, UnclosedParagraphsDoNotCountAsNesting) {
  std::string html = "<div class=story>";
  for (int i = 0; i < 5000; ++i) html += "<p>A paragraph, never closed, as HTML allows it to be";
  Result<InputDocument> doc = ExtractArticle(html, "", Options());
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
}

TEST(HtmlExtraction, MetaCharsetIsHonoured) {
  InputRecord record;
  record.body_format = InputFormat::kHtml;
  record.body = "<html><head><meta charset=\"windows-1252\"></head><body><p>\x93" "Caf\xe9" "\x94"
                " he said.</p></body></html>";
  Result<InputDocument> doc = ExtractDocument(record, Options());
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "\u201cCaf\u00e9\u201d he said.");
}

TEST(HtmlExtraction, TheArticleFixtureComesOutAsItsTextFile) {
  Result<std::string> html = ReadFile(testing::SourcePath("tests/data/readers/article.html"), 1 << 20);
  Result<std::string> text = ReadFile(testing::SourcePath("tests/data/readers/article.txt"), 1 << 20);
  ASSERT_TRUE(html.ok() && text.ok());
  EXPECT_EQ(Extract(*html) + "\n", *text);
}

// The accuracy floor: whosaid eval --aeb ../shared/html/aeb.
TEST(HtmlExtraction, ArticleExtractionBenchmarkF1StaysAboveTheFloor) {
  WHOSAID_REQUIRE_SHARED("html/aeb/ground-truth.json");
  Result<ExtractionReport> report = EvaluateExtraction(testing::SharedPath("html/aeb"), Options());
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->pages, 181);
  EXPECT_EQ(report->failed, 0);
  EXPECT_GE(report->f1, 0.95) << report->ToText();
}

}  // namespace
}  // namespace whosaid
