// Copyright 2026 The whosaid Authors.
//
// Readers: every input format and compression, and what each does with bad
// input (a per-record error that names the problem, the rest still read).
// Fixtures: tests/data/readers/ (made by make_fixtures.py there).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_util.h"
#include "whosaid/reader.h"
#include "whosaid/whosaid.h"

namespace whosaid {
namespace {

std::string Fixture(const std::string& name) {
  return testing::SourcePath("tests/data/readers/" + name);
}

// Every record of a file: its id and body, or its error.
struct ReadResult {
  std::vector<InputRecord> records;
  std::vector<std::string> ids;     // of good records
  std::vector<std::string> errors;  // status strings of bad ones
};

ReadResult ReadAll(const std::string& path, Options options = Options()) {
  ReadResult out;
  Result<std::unique_ptr<DocumentSource>> source = OpenDocumentSource(path, options);
  EXPECT_TRUE(source.ok()) << source.status().ToString();
  if (!source.ok()) return out;
  InputRecord record;
  while ((*source)->Next(&record)) {
    if (record.status.ok()) {
      out.ids.push_back(record.id);
    } else {
      out.errors.push_back(record.status.ToString());
    }
    out.records.push_back(record);
  }
  return out;
}

std::string ArticleText() {
  Result<std::string> text = ReadFile(Fixture("article.txt"), 1 << 20);
  EXPECT_TRUE(text.ok());
  return text.ok() ? *text : "";
}

TEST(InputFormat, ComesFromTheExtensionWithCompressionAside) {
  const struct {
    const char* path;
    InputFormat format;
    const char* id;
  } cases[] = {
      {"a/story.txt", InputFormat::kText, "story"},
      {"article.jsonl", InputFormat::kJsonl, "article"},
      {"story.html.gz", InputFormat::kHtml, "story"},
      {"page.HTM", InputFormat::kHtml, "page"},
      {"dump.jsonl.zst", InputFormat::kJsonl, "dump"},
      {"CC-NEWS-20240101.warc.gz", InputFormat::kWarc, "CC-NEWS-20240101"},
      {"notes", InputFormat::kText, "notes"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FormatFromPath(c.path), c.format) << c.path;
    EXPECT_EQ(DocumentIdFromPath(c.path), c.id) << c.path;
  }
  EXPECT_EQ(DocumentIdFromPath("-"), "stdin");
  EXPECT_FALSE(ParseInputFormat("pdf").ok());
  EXPECT_EQ(*ParseInputFormat("warc"), InputFormat::kWarc);
}

TEST(Compression, GzipAndZstdReadTheSameTextAsThePlainFile) {
  for (const char* name : {"article.txt.gz", "article.txt.zst", "two-members.txt.gz"}) {
    ReadResult r = ReadAll(Fixture(name));
    ASSERT_EQ(r.records.size(), 1u) << name;
    EXPECT_TRUE(r.records[0].status.ok()) << name << ": " << r.records[0].status.ToString();
    EXPECT_EQ(r.records[0].body, ArticleText()) << name;
  }
}

TEST(Compression, TruncatedGzipIsAnErrorNotAShortDocument) {
  ReadResult r = ReadAll(Fixture("truncated.txt.gz"));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("truncated gzip"), std::string::npos) << r.errors[0];
  EXPECT_TRUE(r.ids.empty());
}

TEST(Compression, TruncatedZstdIsAnErrorNotAShortDocument) {
  ReadResult r = ReadAll(Fixture("truncated.txt.zst"));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("truncated zstd"), std::string::npos) << r.errors[0];
}

TEST(TextReader, AFileLargerThanTheBudgetIsAnErrorNamingTheLimit) {
  Options options;
  options.max_document_bytes = 100;
  ReadResult r = ReadAll(Fixture("article.txt"), options);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("max_document_bytes"), std::string::npos) << r.errors[0];
}

TEST(JsonlReader, ReadsEachLineAndReportsBadLinesWithoutStopping) {
  ReadResult r = ReadAll(Fixture("article.jsonl.zst"));
  // Line 2 is blank (skipped); 4 is not JSON; 5 has no text; 6 uses other field names.
  EXPECT_EQ(r.ids, (std::vector<std::string>{"article", "7"}));
  ASSERT_EQ(r.errors.size(), 3u);
  EXPECT_NE(r.errors[0].find("article.jsonl.zst:4: not a JSON object"), std::string::npos) << r.errors[0];
  EXPECT_NE(r.errors[1].find(":5: no \"text\" or \"html\" field"), std::string::npos) << r.errors[1];
  const InputRecord& first = r.records[0];
  EXPECT_EQ(first.body, ArticleText());
  EXPECT_EQ(first.url.value_or(""), "https://ledger.example.com/2024/03/12/bike-lanes");
  const InputRecord& html = r.records[1];
  EXPECT_EQ(html.body_format, InputFormat::kHtml);
  EXPECT_EQ(html.outlet.value_or(""), "Ledger (JSONL)");
}

TEST(JsonlReader, FieldNamesAreConfigurableAndIdsDefaultToFileAndLine) {
  Options options;
  options.jsonl_fields.text = "body";
  options.jsonl_fields.id = "no-such-field";
  ReadResult r = ReadAll(Fixture("article.jsonl"), options);
  // Line 1 has no "body" now; line 3 has "html".
  EXPECT_EQ(r.ids, (std::vector<std::string>{"article:3", "article:6"}));
  EXPECT_EQ(r.records.back().body, "Fields named otherwise.");
}

TEST(JsonlReader, TheBylineFieldReachesTheDocument) {
  const std::string path = testing::ProcessTempDb("readers-byline") + ".jsonl";
  {
    std::ofstream out(path);
    out << R"({"id":"a","text":"Rain is coming, she said.","byline":"By Ann Lee"})" << "\n"
        << R"({"id":"b","text":"Rain is coming, she said.","author":"Bo Chen"})" << "\n";
  }
  const Analyzer analyzer;
  ReadResult r = ReadAll(path);
  ASSERT_EQ(r.records.size(), 2u);
  Result<Document> a = AnalyzeRecord(analyzer, r.records[0]);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->byline.value_or("(none)"), "By Ann Lee");
  EXPECT_FALSE(r.records[1].byline.has_value());
  Options options;
  options.jsonl_fields.byline = "author";
  r = ReadAll(path, options);
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[1].byline.value_or("(none)"), "Bo Chen");
  std::filesystem::remove(path);
}

TEST(JsonlReader, ALineOverTheBudgetIsSkippedAndTheNextLineRead) {
  Options options;
  options.max_document_bytes = 1000;  // the HTML line is longer
  ReadResult r = ReadAll(Fixture("article.jsonl"), options);
  EXPECT_EQ(r.ids, (std::vector<std::string>{"article"}));
  ASSERT_GE(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("article.jsonl:3: line is longer than max_document_bytes"),
            std::string::npos)
      << r.errors[0];
}

TEST(WarcReader, YieldsPagesOfResponseRecordsAndReportsTheOthers) {
  for (const char* name : {"article.warc", "article.warc.gz"}) {
    ReadResult r = ReadAll(Fixture(name));
    // warcinfo and request records are not pages and pass silently.
    EXPECT_EQ(r.ids, (std::vector<std::string>{"00000000-0000-0000-0000-000000000001",
                                               "00000000-0000-0000-0000-000000000003"}))
        << name;
    ASSERT_EQ(r.errors.size(), 2u) << name;
    EXPECT_NE(r.errors[0].find("\"image/png\" is not a web page"), std::string::npos) << r.errors[0];
    EXPECT_NE(r.errors[1].find("HTTP status 301"), std::string::npos) << r.errors[1];
    const InputRecord& page = r.records[0];
    EXPECT_EQ(page.body_format, InputFormat::kHtml);
    EXPECT_EQ(page.charset, "utf-8");
    EXPECT_EQ(page.url.value_or(""), "https://ledger.example.com/2024/03/12/bike-lanes");
  }
}

TEST(WarcReader, ConvertsTheDeclaredCharsetToUtf8) {
  ReadResult r = ReadAll(Fixture("article.warc"));
  ASSERT_EQ(r.ids.size(), 2u);
  Result<InputDocument> doc = ExtractDocument(r.records[2], Options());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, "\u201cCaf\u00e9 prices will rise,\u201d the owner said on Monday.");
}

TEST(WarcReader, TruncatedWarcGzKeepsEarlierRecordsAndEndsWithAnError) {
  ReadResult r = ReadAll(Fixture("truncated.warc.gz"));
  EXPECT_EQ(r.ids.size(), 2u);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors.back().find("truncated gzip"), std::string::npos) << r.errors.back();
}

TEST(WarcReader, ALyingContentLengthFailsThatRecordOnlyAndReadingGoesOn) {
  for (const char* name : {"lying-length.warc", "short-length.warc"}) {
    ReadResult r = ReadAll(Fixture(name));
    ASSERT_EQ(r.errors.size(), 1u) << name;
    EXPECT_NE(r.errors[0].find("Content-Length does not end at a record boundary"),
              std::string::npos)
        << r.errors[0];
    EXPECT_EQ(r.ids, (std::vector<std::string>{"00000000-0000-0000-0000-000000000001"})) << name;
  }
}

TEST(WarcReader, ARecordOverTheBudgetIsSkippedWithoutBeingBuffered) {
  Options options;
  options.max_document_bytes = 1000;  // the article's response is ~2.4 KB
  ReadResult r = ReadAll(Fixture("article.warc.gz"), options);
  ASSERT_GE(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("more than max_document_bytes (1000)"), std::string::npos)
      << r.errors[0];
  EXPECT_EQ(r.ids, (std::vector<std::string>{"00000000-0000-0000-0000-000000000003"}));
}

TEST(WarcReader, ACorruptGzipMemberFailsAndReadingResumesAtTheNextMember) {
  Result<std::string> gz = ReadFile(Fixture("article.warc.gz"), 1 << 20);
  ASSERT_TRUE(gz.ok());
  std::string bytes = *gz;
  // Members start with 1f 8b 08; the third holds the article's response.
  std::vector<size_t> members;
  for (size_t at = bytes.find("\x1f\x8b\x08"); at != std::string::npos; at = bytes.find("\x1f\x8b\x08", at + 1)) {
    members.push_back(at);
  }
  ASSERT_GE(members.size(), 4u);
  for (size_t i = members[2] + 30; i < members[2] + 60; ++i) bytes[i] = static_cast<char>(~bytes[i]);
  const std::string path = ::testing::TempDir() + "corrupt-member.warc.gz";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  ReadResult r = ReadAll(path);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors[0].find("corrupt gzip data near compressed byte"), std::string::npos) << r.errors[0];
  EXPECT_EQ(r.ids, (std::vector<std::string>{"00000000-0000-0000-0000-000000000003"}));
}

TEST(Readers, AMissingFileIsNotFound) {
  Result<std::unique_ptr<DocumentSource>> source =
      OpenDocumentSource(Fixture("no-such-file.txt"), Options());
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.status().code(), StatusCode::kNotFound);
}

// The same article as text, as a web page, as a JSONL line and inside a WARC
// record yields the same attributions (the differential test).
TEST(Readers, TheSameArticleInEveryFormatGivesTheSameAttributions) {
  const Analyzer analyzer;
  std::vector<std::string> outputs;
  for (const char* name : {"article.txt", "article.html", "article.jsonl", "article.warc.gz"}) {
    Result<std::unique_ptr<DocumentSource>> source = OpenDocumentSource(Fixture(name), Options());
    ASSERT_TRUE(source.ok());
    InputRecord record;
    ASSERT_TRUE((*source)->Next(&record)) << name;
    Result<Document> doc = AnalyzeRecord(analyzer, record);
    ASSERT_TRUE(doc.ok()) << name << ": " << doc.status().ToString();
    Document attributions_only;
    attributions_only.attributions = doc->attributions;
    attributions_only.entities = doc->entities;
    outputs.push_back(ToJsonLine(attributions_only));
    EXPECT_GE(doc->attributions.size(), 3u) << name;  // two quotes, a report, an according-to
  }
  for (size_t i = 1; i < outputs.size(); ++i) EXPECT_EQ(outputs[i], outputs[0]) << i;
}

}  // namespace
}  // namespace whosaid
