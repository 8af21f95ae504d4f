// Copyright 2026 The whosaid Authors.
//
// `whosaid ingest` and `whosaid query` as a user runs them: the database
// holds exactly what `analyze --format jsonl` prints (a differential test),
// and a kill -9 in the middle of an ingest loses only the open batch; running
// the same command again gives the database a clean run gives.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "store/sqlite.h"
#include "test_util.h"

namespace whosaid {
namespace {

std::string TempDb(const std::string& name) { return testing::ProcessTempDb("store-cli-" + name); }

// Runs the CLI with `args` (a shell command line tail); returns its stdout.
// Runs the CLI; its stderr goes to the test's log when it exits non-zero.
std::string Cli(const std::string& args, int* exit_code = nullptr) {
  const std::string errors = ::testing::TempDir() + "whosaid_store_cli_stderr.txt";
  const std::string command = testing::CliPath() + " " + args + " 2>" + errors;
  std::FILE* p = popen(command.c_str(), "r");
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  const int status = pclose(p);
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (exit_code != nullptr) *exit_code = code;
  if (code != 0) {
    std::ifstream in(errors);
    std::cerr << "whosaid " << args << " exited with " << code << "; stderr:\n" << in.rdbuf();
  }
  return out;
}

// Every row of every table except the full-text index's own (whose segment
// layout depends on batch boundaries; its content is checked by query).
std::string Dump(const std::string& path) {
  internal::Db db;
  EXPECT_TRUE(db.Open(path).ok());
  internal::Statement tables;
  EXPECT_TRUE(db.Prepare("SELECT name FROM sqlite_schema WHERE type = 'table' "
                         "AND name NOT LIKE 'quotes_fts%' ORDER BY name",
                         &tables)
                  .ok());
  std::string out;
  while (*tables.Step()) {
    const std::string table = tables.Text(0);
    internal::Statement probe, rows;
    EXPECT_TRUE(db.Prepare("SELECT * FROM " + table, &probe).ok());
    const char* order = probe.ColumnCount() > 1 ? " ORDER BY 1, 2" : " ORDER BY 1";
    if (!db.Prepare("SELECT * FROM " + table + order, &rows).ok()) {
      ADD_FAILURE() << "cannot read " << table;
      continue;
    }
    out += "== " + table + "\n";
    while (*rows.Step()) {
      for (int c = 0; c < rows.ColumnCount(); ++c) out += rows.Text(c) + "\t";
      out += "\n";
    }
  }
  return out;
}

TEST(StoreCli, TheFixturesComeBackExactlyAsAnalyzePrintsThem) {
  const std::string db = TempDb("fixtures");
  const std::string articles = testing::SourcePath("tests/data/store/articles");
  int code = -1;
  Cli("ingest --db " + db + " " + articles, &code);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(Cli("query --db " + db + " export"), Cli("analyze --format jsonl " + articles));
}

TEST(StoreCli, JsonlRecordsKeepTheirMetadataThroughTheStore) {
  const std::string db = TempDb("jsonl");
  const std::string jsonl = ::testing::TempDir() + "/store-cli-articles.jsonl";
  std::FILE* f = std::fopen(jsonl.c_str(), "w");
  std::fputs("{\"id\":\"a1\",\"url\":\"https://example.com/a1\",\"outlet\":\"Example News\","
             "\"date\":\"2024-05-01\",\"text\":\"\\\"We are ready,\\\" Mayor Jane Smith said.\"}\n",
             f);
  std::fclose(f);
  int code = -1;
  Cli("ingest --db " + db + " " + jsonl, &code);
  EXPECT_EQ(code, 0);
  const std::string exported = Cli("query --db " + db + " export");
  EXPECT_EQ(exported, Cli("analyze --format jsonl " + jsonl));
  EXPECT_NE(exported.find("\"outlet\":\"Example News\""), std::string::npos) << exported;
  EXPECT_EQ(Cli("query --db " + db + " --format csv sourcing"),
            "outlet,named,anonymous,total,anonymous_share\r\nExample News,1,0,1,0.000\r\n");
}

TEST(StoreCli, PolnearTrainDevAndTheSeedComeBackExactlyAsAnalyzePrintsThem) {
  WHOSAID_REQUIRE_SHARED("gold/polnear/train/text");
  const std::string db = TempDb("polnear");
  const std::string inputs = testing::SharedPath("gold/polnear/train/text") + " " +
                             testing::SharedPath("gold/polnear/dev/text") + " " +
                             testing::SharedPath("corpus/seed/ice-raids-leak.txt");
  int code = -1;
  Cli("ingest --no-link --db " + db + " " + inputs, &code);
  EXPECT_EQ(code, 0);
  const std::string analyzed = Cli("analyze --format jsonl " + inputs);
  EXPECT_EQ(std::count(analyzed.begin(), analyzed.end(), '\n'), 840 + 84 + 1);
  EXPECT_TRUE(Cli("query --db " + db + " export") == analyzed);  // not EXPECT_EQ: 8 MB diffs
}

TEST(StoreCli, QueryFormatsAreTextJsonAndCsv) {
  const std::string db = TempDb("formats");
  Cli("ingest --db " + db + " --meta " + testing::SourcePath("tests/data/store/metadata.tsv") +
      " " + testing::SourcePath("tests/data/store/articles"));
  const std::string base = "query --db " + db + " --limit 1 ";
  EXPECT_EQ(Cli(base + "--format csv top-speakers"),
            "speaker,kind,attributions,documents\r\nCarol Danko,person,4,4\r\n");
  EXPECT_EQ(Cli(base + "--format json top-speakers"),
            "[{\"speaker\":\"Carol Danko\",\"kind\":\"person\",\"attributions\":4,"
            "\"documents\":4}]\n");
  EXPECT_NE(Cli(base + "top-speakers").find("Carol Danko  person"), std::string::npos);
}

TEST(StoreCli, UsageErrorsExitWithTwoAndAMissingDatabaseDirectoryWithOne) {
  int code = -1;
  Cli("query --db x.db nonsense", &code);
  EXPECT_EQ(code, 2);
  Cli("query --db /nonexistent/dir/x.db top-speakers", &code);
  EXPECT_EQ(code, 1);
}

// Starts `whosaid ingest` as a child process and returns its pid.
pid_t StartIngest(const std::vector<std::string>& args) {
  const pid_t pid = fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stderr);
    std::vector<char*> argv;
    const std::string cli = testing::CliPath();
    argv.push_back(const_cast<char*>(cli.c_str()));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

TEST(StoreCli, AKillNineMidIngestLosesOnlyTheOpenBatchAndARerunCompletesTheJob) {
  WHOSAID_REQUIRE_SHARED("gold/polnear/train/text");
  const std::string text = testing::SharedPath("gold/polnear/train/text");
  const std::string meta = testing::SharedPath("gold/polnear/metadata.tsv");
  const std::string clean = TempDb("clean"), killed = TempDb("killed");
  Cli("ingest --batch 20 --db " + clean + " --meta " + meta + " " + text);

  const std::vector<std::string> args = {"ingest", "--batch", "20", "--jobs", "1",
                                         "--db",   killed,    "--meta", meta, text};
  const pid_t child = StartIngest(args);
  ASSERT_GT(child, 0);
  // Wait for a few committed batches, then kill without warning.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (testing::StoredDocuments(killed) < 100 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest finished before it could be killed";

  const int64_t survived = testing::StoredDocuments(killed);
  EXPECT_GE(survived, 100);
  EXPECT_LT(survived, 840);
  EXPECT_EQ(survived % 20, 0) << "only whole batches are committed";

  int code = -1;
  Cli("ingest --batch 20 --db " + killed + " --meta " + meta + " " + text, &code);
  EXPECT_EQ(code, 0);
  EXPECT_TRUE(Dump(killed) == Dump(clean));  // not EXPECT_EQ: megabytes of diff
  EXPECT_EQ(Cli("query --db " + killed + " --format csv search immigration"),
            Cli("query --db " + clean + " --format csv search immigration"));
  internal::Db db;
  ASSERT_TRUE(db.Open(killed).ok());
  EXPECT_TRUE(db.Exec("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')").ok());
}

// Ranking scores every match, so past Store::kRankedMatches matches search
// lists the last stored (with a note) and provenance asks for more words,
// unless told --rank all.
TEST(StoreCli, CommonWordsAreNotRankedUnlessAsked) {
  const std::string jsonl = ::testing::TempDir() + "whosaid_common_words.jsonl";
  {
    std::ofstream out(jsonl);
    for (int k = 0; k < 2000; ++k) {
      out << "{\"id\": \"d" << k << "\", \"text\": \"A spokesman said \\\"the bridge " << k
          << " will close on Monday\\\".\"}\n";
    }
  }
  const std::string db = TempDb("common-words");
  int code = -1;
  Cli("ingest --no-model --db " + db + " " + jsonl, &code);
  ASSERT_EQ(code, 0);
  const std::string errors = ::testing::TempDir() + "whosaid_store_cli_stderr.txt";
  auto stderr_text = [&] {
    std::ifstream in(errors);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  const std::string newest = Cli("query --db " + db + " --limit 1 --format csv search bridge", &code);
  EXPECT_EQ(code, 0);
  EXPECT_NE(stderr_text().find("2000 or more quotes match; listing the last stored"), std::string::npos);
  EXPECT_NE(newest.find("bridge 1999 will"), std::string::npos) << newest;
  Cli("query --db " + db + " --limit 1 search bridge --rank all", &code);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(stderr_text().find("note"), std::string::npos);
  EXPECT_NE(Cli("query --db " + db + " --limit 1 search bridge 1234").find("bridge 1234 will"), std::string::npos)
      << "fewer matches are ranked";
  Cli("query --db " + db + " provenance bridge close", &code);
  EXPECT_EQ(code, 1);
  EXPECT_NE(stderr_text().find("2000 or more quotes contain \"bridge close\": add words"), std::string::npos);
  Cli("query --db " + db + " provenance bridge close --rank all", &code);
  EXPECT_EQ(code, 0);
}

}  // namespace
}  // namespace whosaid
