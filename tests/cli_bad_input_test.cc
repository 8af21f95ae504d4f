// Copyright 2026 The whosaid Authors.
//
// Bad input through the CLI: a clear message or a sensible result, the
// documented exit code, and the other inputs of the run still processed.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_util.h"

namespace whosaid {
namespace {

namespace fs = std::filesystem;

struct RunResult {
  int exit_code;
  std::string out;
  std::string err;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

class CliBadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("whosaid_cli_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }

  RunResult Run(const std::string& args) {
    const std::string cmd = testing::CliPath() + " " + args + " >" + (dir_ / "out").string() +
                            " 2>" + (dir_ / "err").string();
    const int status = std::system(cmd.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(dir_ / "out"), Slurp(dir_ / "err")};
  }

  fs::path dir_;
};

TEST_F(CliBadInputTest, DocumentsOverTheTimeBudgetAreReportedAndTheRunEnds) {
  const std::string a = Write("a.txt", "\"Yes,\" she said.").string();
  const std::string b = Write("b.txt", "\"No,\" he said.").string();
  const RunResult r = Run("analyze --max-document-seconds 1e-9 " + a + " " + b);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(a + ": analysis took longer than max_document_seconds (1e-09 s)"),
            std::string::npos) << r.err;
  EXPECT_NE(r.err.find(b + ": analysis took longer"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 of 2 documents failed"), std::string::npos) << r.err;
}

TEST_F(CliBadInputTest, EmptyFileIsADocumentWithoutAttributions) {
  const RunResult r = Run("analyze --format jsonl " + Write("empty.txt", "").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"id\":\"empty\",\"attributions\":[]"), std::string::npos) << r.out;
}

TEST_F(CliBadInputTest, BinaryFileIsReportedAndTheRunGoesOn) {
  const fs::path bin = Write("image.bin", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const fs::path good = Write("good.txt", "\"We are ready,\" Mayor Jane Smith said.");
  const RunResult r = Run("analyze --format jsonl " + bin.string() + " " + good.string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("binary data"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 of 2 documents failed"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("Jane Smith"), std::string::npos) << r.out;
}

TEST_F(CliBadInputTest, InvalidUtf8IsRepairedAndCounted) {
  const fs::path p = Write("bad.txt", "\"We are \xff ready,\" Mayor Jane Smith said.");
  const RunResult r = Run("analyze --format jsonl " + p.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"invalid_utf8_bytes\":1"), std::string::npos) << r.out;
  // The replacement counts as one code point: the content still starts at 1.
  EXPECT_NE(r.out.find("\"start\":1,\"end\":16,\"text\":\"We are \xEF\xBF\xBD ready,\""),
            std::string::npos)
      << r.out;
}

TEST_F(CliBadInputTest, HundredMegabyteLineOverTheBudgetFailsClearly) {
  const fs::path p = dir_ / "huge.txt";
  {
    std::ofstream out(p, std::ios::binary);
    const std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) out << chunk;
  }
  const RunResult r = Run("analyze " + p.string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("max_document_bytes"), std::string::npos) << r.err;
}

TEST_F(CliBadInputTest, TenThousandUnbalancedQuoteMarksGiveASensibleResult) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += i % 3 ? "\" " : "“word ";
  const RunResult r = Run("analyze --format jsonl " + Write("quotes.txt", text).string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"unbalanced_quotes\":"), std::string::npos);
}

TEST_F(CliBadInputTest, MissingFileIsReported) {
  const RunResult r = Run("analyze " + (dir_ / "nope.txt").string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no such file"), std::string::npos) << r.err;
}

TEST_F(CliBadInputTest, UnknownFlagIsAUsageError) {
  EXPECT_EQ(Run("analyze --no-such-flag x").exit_code, 2);
  EXPECT_EQ(Run("").exit_code, 2);
}

TEST_F(CliBadInputTest, StandardInputIsRead) {
  const fs::path p = Write("in.txt", "\"Yes,\" said Tom Reed.");
  const RunResult r = Run("analyze --format jsonl - <" + p.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"id\":\"stdin\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Tom Reed"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace whosaid
