// Copyright 2026 The whosaid Authors.
//
// analyze_bench: single-thread throughput of `analyze --format jsonl` (the
// analysis and the JSON line, without file I/O) over the PolNeAR train texts,
// repeated until at least --min-mb megabytes have been analysed.
//
//   build/bench/analyze_bench [TEXT_DIR] [--min-mb N] [--no-model]
//
// --no-model measures the rule-based core alone (Options::model = false).
//
// TEXT_DIR defaults to $WHOSAID_SHARED/gold/polnear/train/text, else
// ../shared/gold/polnear/train/text. Prints MB/s and documents/s.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "whosaid/whosaid.h"

namespace {

std::string DefaultDir() {
  const char* shared = std::getenv("WHOSAID_SHARED");
  return std::string(shared && *shared ? shared : "../shared") + "/gold/polnear/train/text";
}

std::vector<std::string> LoadTexts(const std::string& dir) {
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_regular_file()) paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const std::string& p : paths) {
    whosaid::Result<std::string> t = whosaid::ReadFile(p, size_t{1} << 30);
    if (t.ok()) texts.push_back(std::move(*t));
  }
  return texts;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = DefaultDir();
  double min_mb = 50;
  whosaid::Options options;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--no-model") == 0) {
      options.model = false;
    } else if (std::strcmp(argv[i], "--min-mb") == 0 && i + 1 < argc) {
      min_mb = std::atof(argv[++i]);
    } else {
      dir = argv[i];
    }
  }
  const std::vector<std::string> texts = LoadTexts(dir);
  if (texts.empty()) {
    std::fprintf(stderr, "analyze_bench: no texts in %s (set WHOSAID_SHARED or pass TEXT_DIR)\n",
                 dir.c_str());
    return 1;
  }
  const whosaid::Analyzer analyzer(options);
  size_t bytes = 0, docs = 0, attributions = 0, json_bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  while (bytes < min_mb * 1e6) {
    for (const std::string& t : texts) {
      whosaid::Result<whosaid::Document> doc = analyzer.Analyze(t, "bench");
      if (!doc.ok()) {
        std::fprintf(stderr, "analyze_bench: %s\n", doc.status().ToString().c_str());
        return 1;
      }
      json_bytes += whosaid::ToJsonLine(*doc).size();
      attributions += doc->attributions.size();
      bytes += t.size();
      ++docs;
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // CPU time too: on a shared machine, wall time also counts other programs.
  const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  std::printf("corpus: %zu texts from %s (%s)\n", texts.size(), dir.c_str(),
              options.model ? "rules + learned model" : "rules only");
  std::printf("analysed %.1f MB, %zu documents, %zu attributions in %.2f s (1 thread)\n",
              bytes / 1e6, docs, attributions, seconds);
  std::printf("throughput (wall): %.1f MB/s, %.0f documents/s\n", bytes / 1e6 / seconds,
              docs / seconds);
  std::printf("throughput (CPU):  %.1f MB/s, %.0f documents/s (%.2f CPU s)\n",
              bytes / 1e6 / cpu_seconds, docs / cpu_seconds, cpu_seconds);
  return json_bytes > 0 ? 0 : 1;
}
