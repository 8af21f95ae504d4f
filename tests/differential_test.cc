// Copyright 2026 The whosaid Authors.
//
// Differential: the library and the CLI give the same JSON lines on the
// PolNeAR dev articles. (python/tests/test_differential.py checks the Python
// module against the same CLI output.)
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"
#include "whosaid/whosaid.h"

namespace whosaid {
namespace {

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string RunCli(const std::string& args) {
  const std::string command = testing::CliPath() + " " + args;
  std::FILE* pipe = popen(command.c_str(), "r");
  std::string out;
  char buf[1 << 16];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  EXPECT_EQ(pclose(pipe), 0) << command;
  return out;
}

TEST(Differential, LibraryAndCliGiveTheSameJsonLinesOnPolnearDev) {
  WHOSAID_REQUIRE_SHARED("gold/polnear/dev/text");
  const std::string dir = testing::SharedPath("gold/polnear/dev/text");
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  const std::vector<std::string> cli = Lines(RunCli("analyze --format jsonl '" + dir + "'"));
  ASSERT_EQ(cli.size(), files.size());
  ASSERT_EQ(files.size(), 84u);
  const Analyzer analyzer;
  for (size_t k = 0; k < files.size(); ++k) {
    Result<std::string> bytes = ReadFile(files[k].string(), analyzer.options().max_document_bytes);
    ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
    Result<Document> doc = analyzer.Analyze(*bytes, files[k].stem().string());
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_EQ(ToJsonLine(*doc), cli[k]) << files[k];
  }
}

}  // namespace
}  // namespace whosaid
