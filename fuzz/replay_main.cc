// Copyright 2026 The whosaid Authors.
//
// The replay program: runs a fuzz target's LLVMFuzzerTestOneInput on every
// file named on the command line (folders: every file inside, sorted), so
// the committed corpus replays under CTest with any compiler, no libFuzzer
// needed (as simdjson does). A failed invariant aborts; a corpus with no
// files is an error too, so that a mistyped path cannot pass.
//
//   <name>_replay [--max-seconds-per-mb=S] CORPUS_DIR|FILE...
//
// With --max-seconds-per-mb, an input that takes longer than S seconds of
// CPU time per megabyte of input (at least 10 KB counted, so that tiny
// inputs are not judged by timer noise) fails the run. The first input is
// run once before timing, so that loading models does not count.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_check.h"

namespace {

namespace fs = std::filesystem;

// CPU time of the process: unlike the wall clock, not stretched by other
// tests running on the same cores.
double CpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

std::vector<fs::path> InputFiles(int argc, char** argv) {
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]).rfind("--", 0) == 0) continue;  // a flag
    const fs::path arg(argv[i]);
    if (!fs::is_directory(arg)) {
      files.push_back(arg);
      continue;
    }
    std::vector<fs::path> found;
    for (const fs::directory_entry& e : fs::recursive_directory_iterator(arg)) {
      if (e.is_regular_file()) found.push_back(e.path());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<fs::path> files = InputFiles(argc, argv);
  if (files.empty()) {
    std::fprintf(stderr, "usage: %s CORPUS_DIR|FILE... (no input files found)\n", argv[0]);
    return 2;
  }
  double max_seconds_per_mb = 0;  // 0: no limit
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const std::string flag = "--max-seconds-per-mb=";
    if (arg.rfind(flag, 0) == 0) max_seconds_per_mb = std::stod(arg.substr(flag.size()));
  }
  double slowest = 0, slowest_per_mb = 0;
  std::string slowest_name;
  bool warmed_up = false;
  int too_slow = 0;
  for (const fs::path& path : files) {
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      return 1;
    }
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    if (!warmed_up) LLVMFuzzerTestOneInput(data, bytes.size()), warmed_up = true;
    const double start = CpuSeconds();
    LLVMFuzzerTestOneInput(data, bytes.size());
    const double seconds = CpuSeconds() - start;
    const double per_mb = seconds / (std::max<double>(bytes.size(), 10 << 10) / (1 << 20));
    if (seconds > slowest) slowest = seconds, slowest_name = path.filename().string();
    slowest_per_mb = std::max(slowest_per_mb, per_mb);
    if (max_seconds_per_mb > 0 && per_mb > max_seconds_per_mb) {
      std::fprintf(stderr, "%s: %zu bytes took %.4f s, %.2f s per MB (limit %.2f)\n", path.c_str(),
                   bytes.size(), seconds, per_mb, max_seconds_per_mb);
      ++too_slow;
    }
  }
  std::printf("replayed %zu inputs; slowest %.4f s (%s); at most %.3f s per MB\n", files.size(),
              slowest, slowest_name.c_str(), slowest_per_mb);
  return too_slow > 0 ? 1 : 0;
}
