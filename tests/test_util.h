// Copyright 2026 The whosaid Authors.
//
// Helpers shared by the tests: where the ../shared data and the CLI are.
#ifndef WHOSAID_TESTS_TEST_UTIL_H_
#define WHOSAID_TESTS_TEST_UTIL_H_

#include <cstdlib>
#include <filesystem>
#include <string>

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
