// Copyright 2026 The whosaid Authors.
//
// Helpers shared by the tests: where the ../shared data and the CLI are.
#ifndef WHOSAID_TESTS_TEST_UTIL_H_
#define WHOSAID_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "store/sqlite.h"

namespace whosaid::testing {

// The shared data folder: $WHOSAID_SHARED, else ../shared next to the source
// tree. Tests that need it call RequireShared(), which skips with a clear
// message when it is missing (CI always has it).
inline std::string SharedDir() {
  if (const char* env = std::getenv("WHOSAID_SHARED"); env != nullptr && *env != '\0') return env;
  return std::string(WHOSAID_SOURCE_DIR) + "/../shared";
}

inline std::string SharedPath(const std::string& relative) { return SharedDir() + "/" + relative; }

inline std::string SourcePath(const std::string& relative) {
  return std::string(WHOSAID_SOURCE_DIR) + "/" + relative;
}

inline std::string CliPath() { return WHOSAID_CLI; }

// A path in the temporary folder unique to this process (other test runs on
// the machine, from other checkouts, share the folder), for a database: the
// file and its -wal and -shm are removed now and when the test program ends.
inline std::string ProcessTempDb(const std::string& name) {
  struct Cleanup : ::testing::Environment {
    std::vector<std::string> paths;
    static void Remove(const std::string& path) {
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    }
    void TearDown() override {
      for (const std::string& p : paths) Remove(p);
    }
  };
  static Cleanup* cleanup = static_cast<Cleanup*>(::testing::AddGlobalTestEnvironment(new Cleanup));
  const std::string path = ::testing::TempDir() + "/whosaid-" + std::to_string(getpid()) + "-" + name + ".db";
  Cleanup::Remove(path);
  cleanup->paths.push_back(path);
  return path;
}

// The number of documents in the corpus database at `path`; 0 while it does
// not exist or cannot be read. Opens it read-only, so that polling it does
// not disturb an ingest writing it.
inline int64_t StoredDocuments(const std::string& path) {
  if (!std::filesystem::exists(path)) return 0;  // do not create it before the ingest does
  internal::Db db;
  if (!db.OpenReadOnly(path).ok()) return 0;
  Result<int64_t> n = db.QueryInt("SELECT count(*) FROM documents");
  return n.ok() ? *n : 0;
}

}  // namespace whosaid::testing

// Skips the current test when a ../shared file is missing.
#define WHOSAID_REQUIRE_SHARED(relative)                                                 \
  do {                                                                                  \
    if (!std::filesystem::exists(::whosaid::testing::SharedPath(relative))) {           \
      GTEST_SKIP() << "shared data missing: " << ::whosaid::testing::SharedPath(relative) \
                   << " (set WHOSAID_SHARED to the folder holding it)";                 \
    }                                                                                   \
  } while (0)

#endif  // WHOSAID_TESTS_TEST_UTIL_H_
