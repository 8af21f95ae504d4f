// Copyright 2026 The whosaid Authors.
//
// The viewer's pages (src/serve/site.h), called directly as functions of a
// request: what each page shows from a corpus of the store fixtures, the seed
// article and a hostile article, that nothing an article says becomes
// markup, and that bad requests get clear 400 and 404 pages.
// (tests/serve_http_test.cc checks the same pages through a real socket;
// tests/browser/serve.test.mjs in Chromium.)
#include "serve/site.h"

#include <gtest/gtest.h>

#include <set>

#include "html_checks.h"
#include "serve/provenance_svg.h"
#include "test_util.h"
#include "whosaid/ingest.h"
#include "whosaid/whosaid.h"

namespace whosaid {
namespace {

using testing::CountOf;

// Metadata an attacker controls too: an outlet, a title and a URL.
const DocumentMeta kHostileMeta{"javascript:alert('url')", "<b>Evil</b> \"News\"", "2019-07-01",
                                "<script>alert('title')</script>", "<i>by</i>"};

// One corpus for the whole suite, built once, then opened read-only as the
// server opens it.
class ServeSite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // CTest runs each test in its own process, several at once: one file each.
    db_path_ = testing::ProcessTempDb("serve-site-test");
    BuildCorpus();
    StoreOptions options;
    options.read_only = true;
    Result<std::unique_ptr<Store>> store = Store::Open(db_path_, options);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store).release();
    site_ = new serve::Site(store_);
  }
  static void TearDownTestSuite() {
    delete site_;
    delete store_;
  }

  static void BuildCorpus() {
    Result<std::unique_ptr<Store>> store = Store::Open(db_path_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    Result<MetadataIndex> meta = ReadMetadataTsv(testing::SourcePath("tests/data/store/metadata.tsv"));
    ASSERT_TRUE(meta.ok()) << meta.status().ToString();
    (*meta)["hostile-article"] = kHostileMeta;
    std::vector<std::string> inputs = {testing::SourcePath("samples/ice-raids-leak.txt"),
                                       testing::SourcePath("tests/data/hostile-article.txt")};
    for (const char* id : {"fox-raids-leak", "examiner-raids-leak", "wire-raids-leak", "planet-raids-reaction"}) {
      inputs.push_back(testing::SourcePath("tests/data/store/articles/") + id + ".txt");
    }
    Result<IngestReport> report =
        Ingest(Analyzer(), inputs, *meta, IngestOptions(), store->get(),
               [](const std::string& p, const Status& s) { ADD_FAILURE() << p << s.ToString(); });
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    ASSERT_EQ(report->added, 6);
    ASSERT_TRUE((*store)->Link().ok());
  }

  static serve::Response Get(std::string_view path, std::map<std::string, std::string> params = {}) {
    return site_->Get(path, params);
  }

  static Document Load(const std::string& id) {
    Result<Document> doc = store_->LoadDocument(id);
    EXPECT_TRUE(doc.ok()) << doc.status().ToString();
    return doc.ok() ? *doc : Document{};
  }

  static std::string db_path_;
  static Store* store_;
  static serve::Site* site_;
};

std::string ServeSite::db_path_;
Store* ServeSite::store_ = nullptr;
serve::Site* ServeSite::site_ = nullptr;

// The distinct attribution ids marked as content in an article page.
std::set<std::string> HighlightedAttributions(const std::string& html) {
  std::set<std::string> ids;
  for (const auto& [name, value] : testing::Attributes(html)) {
    if (name != "data-q") continue;
    for (size_t start = 0; start < value.size();) {
      const size_t end = std::min(value.find(' ', start), value.size());
      ids.insert(value.substr(start, end - start));
      start = end + 1;
    }
  }
  return ids;
}

// What a page of the viewer may contain: whosaid's own script and style, its
// own attributes, links to its own routes (and to web pages), and nothing of
// an article's making.
void ExpectNoMarkupFromArticles(const std::string& html) {
  EXPECT_EQ(CountOf(html, "<script"), 1u);
  EXPECT_EQ(CountOf(html, "<style"), 1u);
  for (const char* tag : {"<img", "<iframe", "<textarea", "<b>Ex", "<b>Ev", "<i>", "<!--"}) {
    EXPECT_EQ(CountOf(html, tag), 0u) << tag;
  }
  EXPECT_LE(CountOf(html, "<svg"), 1u) << "at most the provenance picture";
  testing::ExpectOnlyAttributes(
      html,
      "class|id|data-[a-z]+|tabindex|role|title|href|lang|charset|content|name|http-equiv|type|aria-[a-z]+|"
      "action|method|placeholder|maxlength|rel|xmlns|width|height|viewBox|x[12]?|y[12]?|cx|cy|r|d|fill|stroke|"
      "stroke-width|text-anchor|marker-end|refX|refY|markerWidth|markerHeight|orient");
  for (const auto& [name, value] : testing::Attributes(html)) {
    if (name != "href" && name != "action") continue;
    const bool own = value.starts_with("/") || value.starts_with("#");
    const bool web = value.starts_with("https://") || value.starts_with("http://");
    EXPECT_TRUE(own || web) << name << "=\"" << value << "\"";
  }
}

TEST_F(ServeSite, HomeListsSpeakersOutletsAndWidelyCarriedQuotes) {
  const serve::Response page = Get("/");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
  EXPECT_NE(page.body.find("<a href=\"/speaker?name=Carol%20Danko\">Carol Danko</a>"), std::string::npos);
  EXPECT_NE(page.body.find("<a href=\"/outlet?name=Fox%20News\">Fox News</a>"), std::string::npos);
  EXPECT_NE(page.body.find("<a href=\"/quote?id="), std::string::npos);
  EXPECT_NE(page.body.find("telegraphing sensitive law enforcement"), std::string::npos);
  ExpectNoMarkupFromArticles(page.body);
}

TEST_F(ServeSite, ArticlePageHighlightsEveryAttributionAsTheReportDoes) {
  const Document doc = Load("ice-raids-leak");
  ASSERT_GT(doc.attributions.size(), 10u);
  const serve::Response page = Get("/article", {{"id", "ice-raids-leak"}});
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(HighlightedAttributions(page.body).size(), doc.attributions.size());
  EXPECT_NE(page.body.find("<a class=\"name\" href=\"/speaker?name=Tom%20Homan\">Tom Homan</a>"), std::string::npos);
  EXPECT_NE(page.body.find("<span class=\"badge anon\">anonymous</span>"), std::string::npos);
  EXPECT_NE(page.body.find("<section class=\"panel legend\">"), std::string::npos);
}

TEST_F(ServeSite, ArticlePageShowsWhereAndWhenItWasPublished) {
  const serve::Response page = Get("/article", {{"id", "fox-raids-leak"}});
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<a href=\"/outlet?name=Fox%20News\">Fox News</a> \u00B7 2019-06-22"), std::string::npos);
  EXPECT_NE(page.body.find("href=\"https://www.foxnews.com/politics/ice-raids-leak\">source</a>"), std::string::npos);
}

TEST_F(ServeSite, SpeakerPageHasTheirQuotesAcrossOutletsAndTheirRoles) {
  const serve::Response page = Get("/speaker", {{"name", "carol danko"}});
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<h1 class=\"speaker-name\">Carol Danko</h1>"), std::string::npos);
  Result<Table> quotes = store_->SpeakerAttributions("Carol Danko", 0);
  ASSERT_TRUE(quotes.ok());
  EXPECT_EQ(CountOf(page.body, "<li><blockquote>"), quotes->rows.size());
  for (const char* outlet : {"Fox News", "Washington Examiner", "Associated Press"}) {
    EXPECT_NE(page.body.find(std::string(">") + outlet + "</a></td>"), std::string::npos) << outlet;
  }
  EXPECT_NE(page.body.find("<td>ICE spokeswoman</td>"), std::string::npos);
}

TEST_F(ServeSite, OutletPageHasItsSourcingShareTopSourcesAndWhoCitesIt) {
  const serve::Response page = Get("/outlet", {{"name", "Fox News"}});
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<div class=\"stats\"><div><b>3</b>named</div><div><b>3</b>anonymous</div>"),
            std::string::npos);
  EXPECT_NE(page.body.find("Its top sources"), std::string::npos);
  // The Washington Examiner reports what Fox News reported, citing it.
  EXPECT_NE(page.body.find("<a href=\"/article?id=examiner-raids-leak\">"), std::string::npos);
}

TEST_F(ServeSite, SearchFindsAQuoteInEveryOutletThatCarriedIt) {
  const serve::Response page = Get("/search", {{"q", "telegraphing sensitive"}});
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("5 results for \u201Ctelegraphing sensitive\u201D"), std::string::npos);
  EXPECT_EQ(CountOf(page.body, "<a href=\"/speaker?name=Carol%20Danko\">"), 5u);
  // Each result links to the provenance of its canonical quote.
  Result<Table> hits = store_->SearchQuotes("telegraphing sensitive", 1);
  ASSERT_TRUE(hits.ok() && hits->rows.size() == 1);
  const std::string id = std::to_string(std::get<int64_t>(hits->rows[0].back()));
  EXPECT_EQ(CountOf(page.body, "<a href=\"/quote?id=" + id + "\">provenance</a>"), 5u);
}

TEST_F(ServeSite, WordsInTooManyQuotesToRankShowTheLastStoredInstead) {
  serve::Site site(store_, /*ranked_matches=*/3);
  const serve::Response search = site.Get("/search", {{"q", "telegraphing"}});
  ASSERT_EQ(search.status, 200);
  EXPECT_NE(search.body.find("3+ results for \u201Ctelegraphing\u201D (more than 3 match: the 50 stored last"),
            std::string::npos);
  EXPECT_EQ(CountOf(search.body, "<li><blockquote>"), 5u);
  const serve::Response quote = site.Get("/quote", {{"q", "telegraphing"}});
  EXPECT_EQ(quote.status, 200);
  EXPECT_NE(quote.body.find("More than 3 quotes contain \u201Ctelegraphing\u201D: "
                            "<a href=\"/search?q=telegraphing\">search for them</a>"),
            std::string::npos);
}

TEST_F(ServeSite, SearchWithoutWordsAsksForThem) {
  const serve::Response page = Get("/search");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Type words to find in quotes."), std::string::npos);
}

TEST_F(ServeSite, ProvenanceDrawsTheOccurrencesByDateAsSvg) {
  const serve::Response page = Get("/quote", {{"q", "telegraphing sensitive"}});
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(CountOf(page.body, "<svg class=\"provenance\""), 1u);
  EXPECT_EQ(CountOf(page.body, "<g class=\"occurrence\">"), 5u);
  const size_t first = page.body.find("2019-06-22</text>");
  EXPECT_NE(first, std::string::npos);
  EXPECT_LT(first, page.body.find("2019-06-24</text>")) << "oldest first";
  EXPECT_EQ(Get("/quote", {{"id", "1"}}).status, 200);
}

TEST(ProvenanceSvg, ArrowsGoToTheEarlierOutletCitedOrToANodeForTheSource) {
  const std::string svg = serve::ProvenanceSvg({{"2019-06-22", "Fox News", "an unnamed source", ""},
                                                {"2019-06-23", "Examiner", "Fox News", "Fox News"},
                                                {"2019-06-24", "Planet", "Jane Roe", "Nobody Here"}});
  EXPECT_EQ(CountOf(svg, "marker-end="), 2u) << "Examiner to Fox News's row, Planet to a node for Nobody Here";
  EXPECT_EQ(CountOf(svg, "<g class=\"occurrence\">"), 3u);
  EXPECT_EQ(CountOf(svg, "<g class=\"source\">"), 1u) << "Fox News is a row already";
  EXPECT_NE(svg.find(">Nobody Here</text></g>"), std::string::npos);
  EXPECT_NE(svg.find("Examiner \u2014 Fox News</text>"), std::string::npos) << "no 'citing' itself";
  EXPECT_NE(svg.find("Planet \u2014 Jane Roe, citing Nobody Here</text>"), std::string::npos);
}

TEST(ProvenanceSvg, EscapesEveryText) {
  const std::string svg = serve::ProvenanceSvg({{"<d>", "<o>", "\"s\"", "'c'"}});
  EXPECT_EQ(svg.find("<d>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;o&gt; \u2014 &quot;s&quot;, citing &#39;c&#39;"), std::string::npos) << svg;
}

TEST_F(ServeSite, HostileArticleShowsItsMarkupAsTextOnEveryPage) {
  const serve::Response article = Get("/article", {{"id", "hostile-article"}});
  ASSERT_EQ(article.status, 200);
  EXPECT_NE(article.body.find("&lt;script&gt;window.__pwned"), std::string::npos);
  EXPECT_NE(article.body.find("&lt;a href=&#39;javascript:"), std::string::npos);
  // Its metadata is hostile too: the javascript: URL stays text, not a link.
  EXPECT_NE(article.body.find("<p class=\"meta\"><a href=\"/outlet?name=%3Cb%3EEvil%3C%2Fb%3E%20%22News%22\">"
                              "&lt;b&gt;Evil&lt;/b&gt; &quot;News&quot;</a>"),
            std::string::npos);
  EXPECT_NE(article.body.find("javascript:alert(&#39;url&#39;)</p>"), std::string::npos);
  EXPECT_NE(article.body.find("<title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; \u2014 whosaid</title>"),
            std::string::npos);
  const std::vector<std::pair<std::string, std::map<std::string, std::string>>> pages = {
      {"/article", {{"id", "hostile-article"}}},   {"/", {}},
      {"/speaker", {{"name", "John Smith"}}},      {"/outlet", {{"name", "<b>Evil</b> \"News\""}}},
      {"/search", {{"q", "pwned"}}},              {"/search", {{"q", "<script>alert(1)</script>"}}},
      {"/quote", {{"q", "pwned"}}},               {"/nope<script>", {{"<b>", "<i>"}}},
      {"/speaker", {{"name", "<img src=x onerror=alert(1)>"}}},
  };
  for (const auto& [path, params] : pages) {
    SCOPED_TRACE(path);
    const serve::Response page = Get(path, params);
    EXPECT_NE(page.status, 500);
    ExpectNoMarkupFromArticles(page.body);
  }
}

struct BadRequest {
  std::string path;
  std::map<std::string, std::string> params;
  int status;
  std::string says;
};

TEST_F(ServeSite, BadRequestsGetAClearErrorPage) {
  const std::vector<BadRequest> cases = {
      {"/nope", {}, 404, "There is no page at this address."},
      {"/article", {}, 400, "This page needs a \u201Cid\u201D parameter."},
      {"/article", {{"id", ""}}, 400, "needs a \u201Cid\u201D parameter"},
      {"/article", {{"id", "no-such-article"}}, 404, "no document no-such-article"},
      {"/speaker", {}, 400, "needs a \u201Cname\u201D parameter"},
      {"/speaker", {{"name", "Nobody Atall"}}, 404, "No speaker called \u201CNobody Atall\u201D"},
      {"/outlet", {{"name", "Nowhere Gazette"}}, 404, "No outlet called \u201CNowhere Gazette\u201D"},
      {"/quote", {}, 400, "needs a \u201Cq\u201D parameter"},
      {"/quote", {{"q", "zyzzyva quokka"}}, 404, "no quote matches"},
      {"/quote", {{"id", "999999"}}, 404, "No quote matches \u201C999999\u201D"},
      {"/search", {{"q", std::string(serve::kMaxParameterBytes + 1, 'a')}}, 400, "longer than 1024 bytes"},
  };
  for (const BadRequest& c : cases) {
    SCOPED_TRACE(c.path);
    const serve::Response page = Get(c.path, c.params);
    EXPECT_EQ(page.status, c.status);
    EXPECT_NE(page.body.find(c.says), std::string::npos) << page.body.substr(page.body.find("<main>"));
    EXPECT_NE(page.body.find("<a href=\"/\">Back to the corpus</a>"), std::string::npos);
  }
}

TEST_F(ServeSite, PathsAreRoutesNeverFiles) {
  // The routes read nothing from the file system, so these find nothing.
  const std::vector<std::pair<std::string, std::map<std::string, std::string>>> cases = {
      {"/../../../../etc/passwd", {}},
      {"/article/../../../etc/passwd", {}},
      {"/article", {{"id", "../../../../etc/passwd"}}},
      {"/article", {{"id", "/etc/passwd"}}},
      {"/speaker", {{"name", "../../etc/passwd"}}},
      {"//etc/passwd", {}},
      {"/search/", {}},
  };
  for (const auto& [path, params] : cases) {
    SCOPED_TRACE(path);
    const serve::Response page = Get(path, params);
    EXPECT_EQ(page.status, 404);
    EXPECT_EQ(page.body.find("root:"), std::string::npos);
  }
}

TEST_F(ServeSite, TheDatabaseIsReadOnly) {
  DocumentMeta meta;
  Result<Store::PutResult> put = store_->Put(Load("ice-raids-leak"), meta);
  EXPECT_EQ(put.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(put.status().message().find("read-only"), std::string::npos);
  EXPECT_EQ(store_->Link().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace whosaid
