// Copyright 2026 The whosaid Authors.
//
// Failure drills: what the world does to a run, played out through the CLI as
// a user would meet it. Each ends with a clear error and an exit code, never
// a crash, and loses nothing that was already safe: a disk that fills up
// during an ingest, a database file that is corrupt or cut short, compressed
// input that is corrupt. (A kill -9 during an ingest: store_cli_test.cc;
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

  // Runs the CLI with `args`, files at most `max_file_bytes` long (writes past
  // that fail with EFBIG, as on a full disk), for at most two minutes.
  Outcome Run(const std::vector<std::string>& args, rlim_t max_file_bytes = RLIM_INFINITY) {
    const std::string err_path = (dir_ / "stderr").string();
    const pid_t pid = fork();
    if (pid == 0) {
      std::freopen(err_path.c_str(), "w", stderr);
      std::freopen("/dev/null", "w", stdout);
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
    out.err = Slurp(err_path);
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

}  // namespace
}  // namespace whosaid
