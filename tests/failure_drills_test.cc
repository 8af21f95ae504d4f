// Copyright 2026 The whosaid Authors.
//
// Failure drills: what the world does to a run, played out through the CLI as
// a user would meet it. Each ends with a clear error and an exit code, never
// a crash, and loses nothing that was already safe: a disk that fills up
// during an ingest, a database file that is corrupt or cut short, compressed
// input that is corrupt, a Ctrl-C (SIGINT) in the middle of a run, which
// prints the summary so far and exits with 130. (A kill -9 during an ingest: store_cli_test.cc;
// truncated compressed input: readers_test.cc, analyze_cli_test.cc.)
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "store/sqlite.h"
#include "test_util.h"

namespace whosaid {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  bool exited = false;  // false: killed by a signal (a crash) or timed out
  int code = -1;
  std::string err;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

class FailureDrill : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("whosaid_drill_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Starts the CLI with `args`, its stdout to `out_path` (or nowhere), its
  // stderr to dir_/stderr, files at most `max_file_bytes` long (writes past
  // that fail with EFBIG, as on a full disk).
  pid_t Start(const std::vector<std::string>& args, rlim_t max_file_bytes = RLIM_INFINITY,
              const std::string& out_path = "/dev/null") {
    const std::string err_path = (dir_ / "stderr").string();
    const pid_t pid = fork();
    if (pid == 0) {
      std::freopen(err_path.c_str(), "w", stderr);
      std::freopen(out_path.c_str(), "w", stdout);
      signal(SIGXFSZ, SIG_IGN);  // a full disk is an error from write(), not a signal
      const rlimit limit{max_file_bytes, max_file_bytes};
      setrlimit(RLIMIT_FSIZE, &limit);
      std::vector<char*> argv;
      std::string cli = testing::CliPath();
      argv.push_back(cli.data());
      for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    return pid;
  }

  // Runs the CLI as Start does and waits for it, for at most two minutes.
  Outcome Run(const std::vector<std::string>& args, rlim_t max_file_bytes = RLIM_INFINITY) {
    return Wait(Start(args, max_file_bytes));
  }

  Outcome Wait(pid_t pid) {
    Outcome out;
    int status = 0;
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(2);
    while (waitpid(pid, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() > give_up) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        return out;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    out.exited = WIFEXITED(status);
    out.code = out.exited ? WEXITSTATUS(status) : -1;
    out.err = Slurp(dir_ / "stderr");
    return out;
  }

  // A database holding the bundled sample articles.
  std::string SampleDatabase() {
    const std::string db = (dir_ / "samples.db").string();
    const Outcome o = Run({"ingest", "--db", db, testing::SourcePath("samples")});
    EXPECT_TRUE(o.exited && o.code == 0) << o.err;
    return db;
  }

  fs::path dir_;
};

std::string IntegrityCheck(const std::string& path) {
  internal::Db db;
  if (Status s = db.Open(path); !s.ok()) return s.ToString();
  internal::Statement check;
  if (Status s = db.Prepare("PRAGMA integrity_check", &check); !s.ok()) return s.ToString();
  Result<bool> row = check.Step();
  return row.ok() && *row ? check.Text(0) : "no result";
}

TEST_F(FailureDrill, DiskFullDuringIngestIsAClearErrorAndTheDatabaseStaysSound) {
  WHOSAID_REQUIRE_SHARED("gold/polnear/train/text");
  const std::string db = (dir_ / "full.db").string();
  const Outcome o = Run({"ingest", "--batch", "20", "--db", db,
                         testing::SharedPath("gold/polnear/train/text")},
                        /*max_file_bytes=*/512 << 10);
  ASSERT_TRUE(o.exited) << "crashed or hung: " << o.err;
  EXPECT_EQ(o.code, 1) << o.err;
  EXPECT_NE(o.err.find("full"), std::string::npos) << o.err;
  EXPECT_EQ(IntegrityCheck(db), "ok");
  // What was committed before the disk filled up is still there and usable.
  const Outcome query = Run({"query", "--db", db, "top-speakers"});
  EXPECT_TRUE(query.exited && query.code == 0) << query.err;
}

TEST_F(FailureDrill, ACorruptDatabaseFileIsAClearErrorNotACrash) {
  const std::string db = SampleDatabase();
  {  // Every page but the first (the header and schema) overwritten.
    std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4096);
    const std::string garbage(fs::file_size(db) - 4096, '\xAB');
    f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
  }
  const Outcome query = Run({"query", "--db", db, "top-speakers"});
  ASSERT_TRUE(query.exited) << "crashed or hung: " << query.err;
  EXPECT_EQ(query.code, 1) << query.err;
  EXPECT_NE(query.err.find("malformed"), std::string::npos) << query.err;
  const Outcome ingest = Run({"ingest", "--db", db, testing::SourcePath("samples")});
  ASSERT_TRUE(ingest.exited) << "crashed or hung: " << ingest.err;
  EXPECT_EQ(ingest.code, 1) << ingest.err;
  EXPECT_FALSE(ingest.err.empty());
}

TEST_F(FailureDrill, ATruncatedDatabaseFileIsAClearErrorNotACrash) {
  const std::string db = SampleDatabase();
  fs::resize_file(db, fs::file_size(db) / 2);
  const Outcome query = Run({"query", "--db", db, "top-speakers"});
  ASSERT_TRUE(query.exited) << "crashed or hung: " << query.err;
  EXPECT_EQ(query.code, 1) << query.err;
  EXPECT_FALSE(query.err.empty());
}

TEST_F(FailureDrill, CorruptCompressedInputIsReportedAndTheOtherFilesAreAnalysed) {
  for (const std::string name : {"article.txt.gz", "article.txt.zst"}) {
    std::string bytes = Slurp(testing::SourcePath("tests/data/readers/" + name));
    bytes[bytes.size() / 2] ^= '\xFF';
    const fs::path corrupt = dir_ / ("corrupt-" + name);
    std::ofstream(corrupt, std::ios::binary) << bytes;
    const Outcome o = Run({"analyze", corrupt.string(),
                           testing::SourcePath("samples/clinic-funding-vote.txt")});
    ASSERT_TRUE(o.exited) << name << " crashed or hung: " << o.err;
    EXPECT_EQ(o.code, 1) << o.err;
    EXPECT_NE(o.err.find(corrupt.string()), std::string::npos) << o.err;
    EXPECT_NE(o.err.find("1 of 2"), std::string::npos) << o.err;
  }
}

// Polls `done` every 2 ms for up to a minute.
bool WaitFor(const std::function<bool()>& done) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return true;
}

TEST_F(FailureDrill, SigintDuringAnalyzePrintsTheSummarySoFarAndEndsAtAWholeDocument) {
  WHOSAID_REQUIRE_SHARED("gold/polnear/train/text");
  const std::string out = (dir_ / "out.jsonl").string();
  const pid_t child = Start({"analyze", "-j", "1", "--format", "jsonl",
                             testing::SharedPath("gold/polnear/train/text")},
                            RLIM_INFINITY, out);
  ASSERT_GT(child, 0);
  // stdout is a file, so fully buffered: wait until a few buffers are out.
  ASSERT_TRUE(WaitFor([&] { return fs::exists(out) && fs::file_size(out) > (256 << 10); }));
  kill(child, SIGINT);
  const Outcome o = Wait(child);
  ASSERT_TRUE(o.exited) << "crashed or hung: " << o.err;
  EXPECT_EQ(o.code, 130) << o.err;

  std::smatch m;
  ASSERT_TRUE(std::regex_search(o.err, m, std::regex("interrupted after (\\d+) documents")))
      << o.err;
  const int64_t reported = std::stoll(m[1]);
  EXPECT_LT(reported, 840) << "the run finished before the signal";
  const std::string printed = Slurp(out);
  ASSERT_FALSE(printed.empty());
  EXPECT_EQ(printed.back(), '\n') << "the output ends inside a document";
  EXPECT_EQ(std::count(printed.begin(), printed.end(), '\n'), reported);
  std::istringstream lines(printed);
  for (std::string line; std::getline(lines, line);) {
    ASSERT_TRUE(line.front() == '{' && line.back() == '}') << line.substr(0, 200);
  }
}

TEST_F(FailureDrill, SigintDuringIngestCommitsWhatWasReadAndARerunFinishes) {
  WHOSAID_REQUIRE_SHARED("gold/polnear/train/text");
  const std::string text = testing::SharedPath("gold/polnear/train/text");
  const std::string db = (dir_ / "sigint.db").string();
  const pid_t child = Start({"ingest", "--batch", "20", "--jobs", "1", "--db", db, text});
  ASSERT_GT(child, 0);
  ASSERT_TRUE(WaitFor([&] { return testing::StoredDocuments(db) >= 40; }));
  kill(child, SIGINT);
  const Outcome o = Wait(child);
  ASSERT_TRUE(o.exited) << "crashed or hung: " << o.err;
  EXPECT_EQ(o.code, 130) << o.err;

  std::smatch m;
  ASSERT_TRUE(std::regex_search(o.err, m, std::regex("interrupted: .*: (\\d+) added"))) << o.err;
  const int64_t added = std::stoll(m[1]);
  EXPECT_LT(added, 840) << "the run finished before the signal";
  EXPECT_EQ(testing::StoredDocuments(db), added) << "every document read is committed, and only those";
  EXPECT_EQ(IntegrityCheck(db), "ok");

  const Outcome rerun = Run({"ingest", "--batch", "20", "--db", db, text});
  EXPECT_TRUE(rerun.exited && rerun.code == 0) << rerun.err;
  EXPECT_EQ(testing::StoredDocuments(db), 840);
  EXPECT_NE(rerun.err.find(std::to_string(added) + " unchanged"), std::string::npos) << rerun.err;
}

}  // namespace
}  // namespace whosaid
