// Copyright 2026 The whosaid Authors.
//
// store_bench [--copies N] DB INPUT_DIR... : the cost of the corpus store,
// phase by phase. Reads every file under the folders into memory, then
// times, on one thread:
//   analyse  Analyzer::Analyze of every document (nothing stored)
//   store    Store::Put + Commit of the analysed documents into DB (a new
//            file); with --copies N, each document N times under new ids
//            (as bench/make_corpus.js replicates PolNeAR), so that the
//            store's own cost at scale is measured without the analysis
//   link     Store::Link (cross-article quotes and speakers)
//   queries  each indexed query once, in milliseconds
// and prints documents/s and MB/s for the first three. DB must not exist.
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "whosaid/store.h"
#include "whosaid/whosaid.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// CPU time of this process: on a shared machine, wall time also counts other
// people's work.
double CpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }
double cpu_start = 0;

void Report(const char* phase, size_t docs, size_t bytes, double seconds) {
  const double cpu = CpuSeconds() - cpu_start;
  std::printf("%-8s %8zu docs %8.2f s %10.0f docs/s %8.2f MB/s  (cpu %.2f s: %.0f docs/s)\n",
              phase, docs, seconds, docs / seconds, bytes / seconds / 1e6, cpu, docs / cpu);
}

template <typename F>
void TimeQuery(const char* name, F query) {
  const Clock::time_point start = Clock::now();
  whosaid::Result<whosaid::Table> t = query();
  const double ms = Seconds(start) * 1e3;
  std::printf("query %-28s %8.2f ms %6zu rows%s\n", name, ms, t.ok() ? t->rows.size() : 0,
              t.ok() ? "" : (" " + t.status().ToString()).c_str());
}

}  // namespace

int main(int argc, char** argv) {
  int copies = 1;
  if (argc > 2 && std::string(argv[1]) == "--copies") {
    copies = std::atoi(argv[2]);
    argc -= 2;
    argv += 2;
  }
  if (argc < 3 || copies < 1 || (std::filesystem::exists(argv[1]) && !getenv("EXP"))) {
    std::fprintf(stderr, "usage: store_bench [--copies N] NEW_DB INPUT_DIR...\n");
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> inputs;  // id, text
  size_t bytes = 0;
  for (int a = 2; a < argc; ++a) {
    for (const auto& e : std::filesystem::recursive_directory_iterator(argv[a])) {
      if (!e.is_regular_file()) continue;
      whosaid::Result<std::string> text = whosaid::ReadFile(e.path().string(), size_t{1} << 26);
      if (!text.ok()) continue;
      bytes += text->size();
      inputs.emplace_back(e.path().stem().string(), std::move(*text));
    }
  }
  const whosaid::Analyzer analyzer;
  std::vector<whosaid::Document> docs;
  Clock::time_point start = Clock::now();
  cpu_start = CpuSeconds();
  for (const auto& [id, text] : inputs) {
    whosaid::Result<whosaid::Document> doc = analyzer.Analyze(text, id);
    if (doc.ok()) docs.push_back(std::move(*doc));
  }
  Report("analyse", docs.size(), bytes, Seconds(start));

  auto store = whosaid::Store::Open(argv[1]);
  if (!store.ok()) return std::fprintf(stderr, "%s\n", store.status().ToString().c_str()), 1;
  start = Clock::now();
  cpu_start = CpuSeconds();
  std::vector<std::string> ids;
  for (const whosaid::Document& doc : docs) ids.push_back(doc.id);
  size_t n = 0;
  for (int copy = 0; copy < copies; ++copy) {
    for (size_t k = 0; k < docs.size(); ++k) {
      whosaid::Document& doc = docs[k];
      if (copy > 0) doc.id = ids[k] + "#" + std::to_string(copy);
      const whosaid::DocumentMeta meta{"", "outlet" + std::to_string(n % 7),
                                       "2016-" + std::to_string(10 + n % 3) + "-01", "", ""};
      if (!(*store)->Put(doc, meta).ok()) return 1;
      ++n;
    }
  }
  if (!(*store)->Commit().ok()) return 1;
  Report("store", n, bytes * copies, Seconds(start));
  start = Clock::now();
  cpu_start = CpuSeconds();
  if (whosaid::Status s = (*store)->Link(); !s.ok()) {
    return std::fprintf(stderr, "%s\n", s.ToString().c_str()), 1;
  }
  Report("link", n, bytes * copies, Seconds(start));

  whosaid::Store* s = store->get();
  TimeQuery("search \"immigration\"", [&] { return s->SearchQuotes("immigration", 20); });
  TimeQuery("speaker \"Donald Trump\"", [&] { return s->SpeakerAttributions("Donald Trump", 20); });
  TimeQuery("top-speakers", [&] { return s->TopSpeakers("", 20); });
  TimeQuery("top-speakers --outlet", [&] { return s->TopSpeakers("outlet3", 20); });
  TimeQuery("top-speakers --per-outlet 3", [&] { return s->TopSpeakersByOutlet(3); });
  TimeQuery("sourcing --by outlet-month",
            [&] { return s->SourcingShare(whosaid::ShareBy::kOutletMonth, 0); });
  TimeQuery("roles \"Hillary Clinton\"", [&] { return s->SpeakerRoles("Hillary Clinton", 20); });
  TimeQuery("citing \"CNN\"", [&] { return s->DocumentsCiting("CNN", 20); });
  TimeQuery("quotes", [&] { return s->CanonicalQuotes(2, 20); });
  TimeQuery("provenance \"fake news\"", [&] { return s->Provenance("fake news", 20); });
  return 0;
}
