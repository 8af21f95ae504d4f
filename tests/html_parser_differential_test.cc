// Copyright 2026 The whosaid Authors.
//
// whosaid's HTML parser against gumbo's (the HTML5 reference it replaced for
// speed) on the 181 real news pages of the Article Extraction Benchmark: the
// extracted article and every metadata field must come out the same from
// either tree.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "readers/charset.h"
#include "readers/html_dom.h"
#include "readers/html_text.h"
#include "readers/main_content.h"
#include "readers/page_metadata.h"
#include "test_util.h"
#include "whosaid/reader.h"

namespace whosaid::internal {
namespace {

// What extraction reads from a tree (as ExtractArticle does).
std::string Extracted(const GumboNode* root) {
  std::string text = ExtractMainContent(CollectTextBlocks(root, true));
  if (text.size() < 500) {
    std::string again = ExtractMainContent(CollectTextBlocks(root, false));
    if (again.size() > text.size()) text = again;
  }
  const PageMetadata meta = ReadPageMetadata(root, "");
  for (const auto* field : {&meta.url, &meta.outlet, &meta.date, &meta.title, &meta.byline}) {
    text += "\n|" + field->value_or("(none)");
  }
  return text;
}

TEST(HtmlParserDifferential, ExtractsWhatGumboWouldOnTheBenchmarkPages) {
  WHOSAID_REQUIRE_SHARED("html/aeb/html");
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(testing::SharedPath("html/aeb/html"))) {
    paths.push_back(e.path().string());
  }
  ASSERT_GE(paths.size(), 100u);
  Options options;
  options.input_format = InputFormat::kHtml;
  int compared = 0;
  for (const std::string& path : paths) {
    auto source = OpenDocumentSource(path, options);
    ASSERT_TRUE(source.ok()) << path;
    InputRecord record;
    ASSERT_TRUE((*source)->Next(&record)) << path;
    const std::string html = ConvertToUtf8(record.body, SniffMetaCharset(record.body));

    auto ours = HtmlDom::Parse(html, options.max_html_depth);
    ASSERT_TRUE(ours.ok()) << path;
    GumboOutput* gumbo = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
    EXPECT_EQ(Extracted((*ours)->root()), Extracted(gumbo->root)) << path;
    gumbo_destroy_output(&kGumboDefaultOptions, gumbo);
    ++compared;
  }
  EXPECT_EQ(compared, static_cast<int>(paths.size()));
}

}  // namespace
}  // namespace whosaid::internal
