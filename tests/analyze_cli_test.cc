// Copyright 2026 The whosaid Authors.
//
// `whosaid analyze` at corpus scale: the output does not depend on the
// number of threads, bad documents go to the errors file with their reason
// and do not stop the run, and the exit code says whether any failed.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "test_util.h"

namespace whosaid {
namespace {

struct CliRun {
  int exit_code = -1;
  std::string out;
};

// Runs the CLI with `args`; stderr goes to `err_path` (or is discarded).
CliRun RunCli(const std::string& args, const std::string& err_path = "/dev/null") {
  const std::string command = testing::CliPath() + " " + args + " 2>" + err_path;
  CliRun run;
  std::FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) run.out.append(buf, n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("whosaid_cli_test_" + name)).string();
}

TEST(AnalyzeCli, OneThreadAndTwoThreadsPrintTheSameBytes) {
  WHOSAID_REQUIRE_SHARED("gold/polnear/train/text");
  const std::string inputs =
      testing::SharedPath("gold/polnear/train/text") + " " + testing::SourcePath("tests/data/readers");
  const CliRun one = RunCli("analyze -f jsonl -j1 " + inputs);
  const CliRun two = RunCli("analyze -f jsonl -j2 " + inputs);
  const CliRun four = RunCli("analyze -f text -j4 " + inputs);
  const CliRun one_text = RunCli("analyze -f text -j1 " + inputs);
  EXPECT_EQ(one.exit_code, 1);  // the fixtures include broken files
  EXPECT_GT(std::count(one.out.begin(), one.out.end(), '\n'), 840);
  EXPECT_TRUE(one.out == two.out) << "-j1 and -j2 outputs differ";
  EXPECT_TRUE(one_text.out == four.out) << "-j1 and -j4 text outputs differ";
}

TEST(AnalyzeCli, FailuresGoToTheErrorsFileWithTheirReasonAndTheRestIsAnalysed) {
  const std::string errors = TempPath("errors.tsv");
  const std::string summary = TempPath("summary.txt");
  const CliRun run = RunCli("analyze -f jsonl -j2 --errors " + errors + " " +
                                testing::SourcePath("tests/data/readers/truncated.txt.gz") + " " +
                                testing::SourcePath("tests/data/readers/article.txt") + " " +
                                testing::SourcePath("tests/data/readers/lying-length.warc"),
                            summary);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.out.find("\"id\":\"article\""), std::string::npos);
  EXPECT_NE(run.out.find("\"outlet\":\"The Riverton Ledger\""), std::string::npos);
  const std::string failed = Slurp(errors);
  EXPECT_NE(failed.find("truncated gzip"), std::string::npos) << failed;
  EXPECT_NE(failed.find("Content-Length does not end at a record boundary"), std::string::npos) << failed;
  const std::string stderr_text = Slurp(summary);
  EXPECT_NE(stderr_text.find("whosaid: 2 documents, "), std::string::npos) << stderr_text;
  EXPECT_NE(stderr_text.find(" attributions, 2 errors in "), std::string::npos) << stderr_text;
}

TEST(AnalyzeCli, APageNested100000DeepFailsAloneAndTheRestIsAnalysed) {
  const std::string deep = TempPath("deep.html");
  {
    std::ofstream out(deep);
    for (int i = 0; i < 100000; ++i) out << "<div>";
    out << "\"Deep,\" she said.";
  }
  const std::string errors = TempPath("deep-errors.tsv");
  const CliRun run = RunCli("analyze -f jsonl -j2 --errors " + errors + " " + deep + " " +
                            testing::SourcePath("tests/data/readers/article.txt"));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.out.find("\"id\":\"article\""), std::string::npos) << run.out;
  EXPECT_NE(Slurp(errors).find("HTML elements nest 100000 deep, more than max_html_depth (1000)"),
            std::string::npos)
      << Slurp(errors);
}

// The "1 GB single record": the budget is lowered to 2,000 bytes so
// that the test need not write 1 GB; a record is skipped by its size, not by
// what it holds, and the WARC's next record is read.
TEST(AnalyzeCli, ARecordOverTheBudgetFailsAloneAndTheRestIsAnalysed) {
  const std::string errors = TempPath("budget-errors.tsv");
  const CliRun run = RunCli("analyze -f jsonl -j2 --max-document-bytes 2000 --errors " + errors + " " +
                            testing::SourcePath("tests/data/readers/article.warc.gz") + " " +
                            testing::SourcePath("tests/data/readers/article.txt"));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.out.find("\"id\":\"article\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"id\":\"00000000-0000-0000-0000-000000000003\""), std::string::npos) << run.out;
  EXPECT_NE(Slurp(errors).find("more than max_document_bytes (2000)"), std::string::npos) << Slurp(errors);
}

TEST(AnalyzeCli, GlobsExpandInSortedOrder) {
  // Quoted, so that whosaid expands it, not the shell.
  const CliRun run =
      RunCli("analyze -f jsonl '" + testing::SourcePath("tests/data/readers/article.t*") + "'");
  EXPECT_EQ(run.exit_code, 0);
  // article.txt, article.txt.gz, article.txt.zst
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 3);
}

TEST(AnalyzeCli, PlainTextOutputKeepsItsContract) {
  // No metadata for plain text: the JSON line starts as it always has.
  const CliRun run = RunCli("analyze -f jsonl " + testing::SourcePath("tests/data/readers/article.txt"));
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out.rfind("{\"id\":\"article\",\"attributions\":[", 0), 0u) << run.out.substr(0, 80);
}

TEST(AnalyzeCli, WithTextWritesTheExtractedArticle) {
  const CliRun run = RunCli("analyze -f jsonl --with-text " +
                            testing::SourcePath("tests/data/readers/article.html"));
  EXPECT_NE(run.out.find("\"text\":\"City council approves new bike lanes after heated debate\\n\\n"),
            std::string::npos);
}

}  // namespace
}  // namespace whosaid
