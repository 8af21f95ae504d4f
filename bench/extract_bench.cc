// Copyright 2026 The whosaid Authors.
//
// extract_bench [--min-seconds S] [DIR] : article extraction speed.
// Reads every web page under DIR (default ../shared/html/aeb/html, the
// Article Extraction Benchmark; .html or .html.gz) into memory, then runs
// ExtractDocument (charset, parsing, main content, metadata) over all of
// them, round after round until S CPU seconds (default 3) have gone by, on
// one thread. Prints pages/s and MB/s of HTML per CPU second (the machine
// is shared: CPU time describes whosaid, wall time its neighbours too).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "whosaid/reader.h"

namespace {

double CpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

std::vector<whosaid::InputRecord> LoadPages(const std::string& dir) {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  whosaid::Options options;
  options.input_format = whosaid::InputFormat::kHtml;
  std::vector<whosaid::InputRecord> pages;
  for (const std::string& path : paths) {
    auto source = whosaid::OpenDocumentSource(path, options);
    if (!source.ok()) continue;
    whosaid::InputRecord record;
    while ((*source)->Next(&record)) pages.push_back(record);
  }
  return pages;
}

}  // namespace

int main(int argc, char** argv) {
  double min_seconds = 3;
  std::string dir = "../shared/html/aeb/html";
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--min-seconds") == 0 && i + 1 < argc) {
      min_seconds = std::atof(argv[++i]);
    } else {
      dir = argv[i];
    }
  }
  const std::vector<whosaid::InputRecord> pages = LoadPages(dir);
  if (pages.empty()) {
    std::fprintf(stderr, "extract_bench: no pages under %s\n", dir.c_str());
    return 1;
  }
  size_t bytes = 0;
  for (const auto& page : pages) bytes += page.body.size();
  std::printf("%zu pages, %.1f MB of HTML\n", pages.size(), bytes / 1e6);

  const whosaid::Options options;
  size_t done = 0, failed = 0, rounds = 0, text_bytes = 0;
  const double start = CpuSeconds();
  while (rounds == 0 || CpuSeconds() - start < min_seconds) {
    for (const auto& page : pages) {
      auto doc = whosaid::ExtractDocument(page, options);
      failed += !doc.ok();
      if (doc.ok()) text_bytes += doc->text.size();
      ++done;
    }
    ++rounds;
  }
  const double cpu = CpuSeconds() - start;
  std::printf("%zu rounds, %zu pages (%zu failed), %.2f CPU s: %.0f pages/s, %.1f MB/s of HTML per CPU second"
              " (%.1f MB of text out)\n",
              rounds, done, failed, cpu, done / cpu, rounds * bytes / cpu / 1e6, text_bytes / 1e6);
  return failed > 0;
}
