// Copyright 2026 The whosaid Authors.
//
// Cutting an article into runs covered by one set of marks each.
#include "report/runs.h"

#include <gtest/gtest.h>

namespace whosaid::report {
namespace {

Span At(const std::string& text, const std::string& part, size_t from = 0) {
  const size_t at = text.find(part, from);
  Span s;
  s.byte_start = static_cast<uint32_t>(at);
  s.byte_end = static_cast<uint32_t>(at + part.size());
  s.text = part;
  return s;
}

std::string TextOf(const Document& doc, const TextRun& r) {
  return doc.text.substr(r.byte_start, r.byte_end - r.byte_start);
}

TEST(SplitIntoRuns, MarksContentCueAndSourceOfAQuote) {
  Document doc;
  doc.text = "\"We are ready,\" Mayor Jane Smith said.";
  Attribution a;
  a.content = {At(doc.text, "We are ready,")};
  a.source = At(doc.text, "Mayor Jane Smith");
  a.cue = At(doc.text, "said");
  doc.attributions = {a};
  const std::vector<TextRun> runs = SplitIntoRuns(doc);
  ASSERT_EQ(runs.size(), 7u);
  EXPECT_EQ(TextOf(doc, runs[1]), "We are ready,");
  EXPECT_EQ(runs[1].content, std::vector<int>{0});
  EXPECT_EQ(TextOf(doc, runs[3]), "Mayor Jane Smith");
  EXPECT_EQ(runs[3].sources, std::vector<int>{0});
  EXPECT_EQ(TextOf(doc, runs[5]), "said");
  EXPECT_EQ(runs[5].cues, std::vector<int>{0});
  EXPECT_FALSE(runs[6].marked());
}

TEST(SplitIntoRuns, NestedAttributionListsTheInnermostContentFirst) {
  Document doc;
  doc.text = "Raids were called off because authorities worried that agents were at risk, according to ICE.";
  Attribution outer, inner;
  outer.content = {At(doc.text, "Raids were called off because authorities worried that agents were at risk")};
  outer.source = At(doc.text, "ICE");
  inner.content = {At(doc.text, "agents were at risk")};
  inner.source = At(doc.text, "authorities");
  doc.attributions = {outer, inner};
  std::vector<std::string> texts;
  for (const TextRun& r : SplitIntoRuns(doc)) {
    if (r.content == std::vector<int>{1, 0}) texts.push_back("inner:" + TextOf(doc, r));
    if (r.sources == std::vector<int>{1}) {
      EXPECT_EQ(r.content, std::vector<int>{0}) << "a source inside another attribution's content";
      texts.push_back("source:" + TextOf(doc, r));
    }
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"source:authorities", "inner:agents were at risk"}));
}

TEST(SplitIntoRuns, CoversTheWholeTextWithoutGapsOrEmptyRuns) {
  Document doc;
  doc.text = "\xE2\x80\x9CYes,\xE2\x80\x9D she said. \xE2\x80\x9CNo.\xE2\x80\x9D";
  Attribution a;
  a.content = {At(doc.text, "Yes,"), At(doc.text, "No.")};
  a.cue = At(doc.text, "said");
  doc.attributions = {a};
  uint32_t at = 0;
  for (const TextRun& r : SplitIntoRuns(doc)) {
    EXPECT_EQ(r.byte_start, at);
    EXPECT_LT(r.byte_start, r.byte_end);
    at = r.byte_end;
  }
  EXPECT_EQ(at, doc.text.size());
}

TEST(SplitIntoRuns, IgnoresSpansThatDoNotFitTheText) {
  Document doc;
  doc.text = "caf\xC3\xA9 talk";  // é is two bytes
  Attribution a;
  a.content = {Span{0, 0, 0, 4, ""}};     // ends inside é
  a.cue = Span{0, 0, 6, 99, ""};          // past the end
  a.source = Span{0, 0, 5, 2, ""};        // reversed
  doc.attributions = {a};
  const std::vector<TextRun> runs = SplitIntoRuns(doc);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_FALSE(runs[0].marked());
  EXPECT_EQ(runs[0].byte_end, doc.text.size());
}

TEST(SplitIntoRuns, EmptyTextHasNoRuns) { EXPECT_TRUE(SplitIntoRuns(Document{}).empty()); }

}  // namespace
}  // namespace whosaid::report
