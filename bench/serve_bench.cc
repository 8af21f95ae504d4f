// Copyright 2026 The whosaid Authors.
//
// serve_bench DB [RUNS]: the viewer's server-side render time, page by page,
// on a corpus database (whosaid ingest). Opens DB read-only as `whosaid
// serve` does and renders each page RUNS times (default 5) through the same
// function the server calls (serve::Site::Get, no sockets), printing the best
// and median wall-clock milliseconds, the median CPU milliseconds and the
// page's size. Then, for every SQL statement a page ran, its own time (from
// SQLite's profile hook) and its EXPLAIN QUERY PLAN, so that a full scan
// ("SCAN x" without an index) shows.
//
// The pages: the home page, three articles, the most and a less quoted
// speaker, the name most speakers share, the outlet with most attributions and the outlet most quoted by
// name, four searches (a rare, a
// common and a very common word, a phrase), and the provenance of the most
// widely carried quote, by id and by words.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <string>
#include <vector>

#include "serve/site.h"
#include "whosaid/store.h"

namespace {

using Clock = std::chrono::steady_clock;
using Params = std::map<std::string, std::string>;

// ---- Every statement SQLite runs, with its time, for the page being rendered.

struct Statement {
  std::string sql;
  double ms;
};
std::vector<Statement>* recording = nullptr;

int OnProfile(unsigned, void*, void* stmt, void* nanoseconds) {
  if (recording != nullptr) {
    const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(stmt));
    recording->push_back({sql ? sql : "", *static_cast<int64_t*>(nanoseconds) / 1e6});
  }
  return 0;
}

// Installed on every connection opened from here on (the Store's own).
int TraceConnection(sqlite3* db, const char**, const struct sqlite3_api_routines*) {
  sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, OnProfile, nullptr);
  return SQLITE_OK;
}

std::string Cell(const whosaid::Table& t, size_t row, const std::string& column) {
  for (size_t k = 0; k < t.columns.size() && row < t.rows.size(); ++k) {
    if (t.columns[k] != column) continue;
    const whosaid::Cell& c = t.rows[row][k];
    if (const auto* s = std::get_if<std::string>(&c)) return *s;
    if (const auto* i = std::get_if<int64_t>(&c)) return std::to_string(*i);
  }
  return "";
}

struct PageRequest {
  std::string label;
  std::string path;
  Params params;
};

// The name most speakers share ("officials"): its page gathers all of them.
std::string MostSharedName(sqlite3* db) {
  sqlite3_stmt* q = nullptr;
  std::string name;
  sqlite3_prepare_v2(db, "SELECT name FROM speaker_names GROUP BY name ORDER BY count(*) DESC LIMIT 1", -1, &q,
                     nullptr);
  if (sqlite3_step(q) == SQLITE_ROW) name = reinterpret_cast<const char*>(sqlite3_column_text(q, 0));
  sqlite3_finalize(q);
  return name;
}

// The pages to render, named from what the database holds.
std::vector<PageRequest> Pages(whosaid::Store* store, sqlite3* db) {
  std::vector<PageRequest> pages = {{"home", "/", {}}};
  whosaid::Result<std::vector<std::string>> ids = store->DocumentIds();
  if (ids.ok() && !ids->empty()) {
    for (size_t k : {size_t{0}, ids->size() / 2, ids->size() - 1}) {
      pages.push_back({"article " + (*ids)[k], "/article", {{"id", (*ids)[k]}}});
    }
  }
  whosaid::Result<whosaid::Table> speakers = store->TopSpeakers("", 100);
  if (speakers.ok() && !speakers->rows.empty()) {
    for (size_t row : {size_t{0}, speakers->rows.size() - 1}) {
      const std::string name = Cell(*speakers, row, "speaker");
      pages.push_back({"speaker " + name + " (" + Cell(*speakers, row, "attributions") + " attributions)",
                       "/speaker", {{"name", name}}});
    }
  }
  const std::string shared = MostSharedName(db);
  pages.push_back({"speaker " + shared + " (the name most speakers share)", "/speaker", {{"name", shared}}});
  whosaid::Result<whosaid::Table> share = store->SourcingShare(whosaid::ShareBy::kOutlet, 0);
  if (share.ok() && !share->rows.empty()) {
    size_t top = 0;
    for (size_t row = 0; row < share->rows.size(); ++row) {
      if (std::stoll(Cell(*share, row, "total")) > std::stoll(Cell(*share, top, "total"))) top = row;
    }
    const std::string outlet = Cell(*share, top, "outlet");
    pages.push_back({"outlet " + outlet, "/outlet", {{"name", outlet}}});
  }
  // The outlet most often quoted by name: its page lists every citation.
  for (size_t row = 0; speakers.ok() && row < speakers->rows.size(); ++row) {
    if (Cell(*speakers, row, "kind") != "outlet") continue;
    const std::string cited = Cell(*speakers, row, "speaker");
    pages.push_back({"outlet " + cited + " (quoted by name most)", "/outlet", {{"name", cited}}});
    break;
  }
  for (const char* q : {"hacking", "immigration", "the", "\"border wall\""}) {
    pages.push_back({std::string("search ") + q, "/search", {{"q", q}}});
  }
  whosaid::Result<whosaid::Table> quotes = store->CanonicalQuotes(2, 1);
  if (quotes.ok() && !quotes->rows.empty()) {
    const std::string id = Cell(*quotes, 0, "id");
    pages.push_back({"provenance id " + id + " (" + Cell(*quotes, 0, "documents") + " documents)", "/quote",
                     {{"id", id}}});
  }
  pages.push_back({"provenance \"make America great again\"", "/quote", {{"q", "make America great again"}}});
  return pages;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// FTS5's own statements on its shadow tables (a lookup each, many of them).
bool Internal(const std::string& sql) {
  for (const char* table : {"quotes_fts_idx", "quotes_fts_docsize", "quotes_fts_data", "quotes_fts_config"}) {
    if (sql.find(table) != std::string::npos) return true;
  }
  return sql.starts_with("PRAGMA");
}

void PrintPlans(sqlite3* db, const std::vector<Statement>& statements) {
  for (const Statement& s : statements) {
    if (Internal(s.sql)) continue;
    std::printf("    %8.2f ms  %s\n", s.ms, s.sql.c_str());
    sqlite3_stmt* explain = nullptr;
    if (sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + s.sql).c_str(), -1, &explain, nullptr) != SQLITE_OK) continue;
    while (sqlite3_step(explain) == SQLITE_ROW) {
      std::printf("                 plan: %s\n", reinterpret_cast<const char*>(sqlite3_column_text(explain, 3)));
    }
    sqlite3_finalize(explain);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: serve_bench DB [RUNS]\n");
    return 2;
  }
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  sqlite3_auto_extension(reinterpret_cast<void (*)()>(TraceConnection));
  whosaid::StoreOptions options;
  options.read_only = true;
  whosaid::Result<std::unique_ptr<whosaid::Store>> store = whosaid::Store::Open(argv[1], options);
  if (!store.ok()) return std::fprintf(stderr, "%s\n", store.status().ToString().c_str()), 1;
  sqlite3_reset_auto_extension();
  sqlite3* plans = nullptr;
  sqlite3_open_v2(argv[1], &plans, SQLITE_OPEN_READONLY, nullptr);
  whosaid::serve::Site site(store->get());
  std::printf("%-58s %6s %9s %9s %9s %8s\n", "page", "status", "best ms", "median ms", "cpu ms", "KB");
  for (const PageRequest& page : Pages(store->get(), plans)) {
    std::vector<double> wall, cpu;
    std::vector<Statement> statements;
    whosaid::serve::Response response;
    for (int r = 0; r < runs; ++r) {
      statements.clear();
      recording = &statements;
      const Clock::time_point start = Clock::now();
      const std::clock_t cpu_start = std::clock();
      response = site.Get(page.path, page.params);
      cpu.push_back(1e3 * (std::clock() - cpu_start) / CLOCKS_PER_SEC);
      wall.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
      recording = nullptr;
    }
    std::printf("%-58.58s %6d %9.2f %9.2f %9.2f %8.1f\n", page.label.c_str(), response.status,
                *std::min_element(wall.begin(), wall.end()), Median(wall), Median(cpu),
                response.body.size() / 1024.0);
    PrintPlans(plans, statements);
  }
  sqlite3_close(plans);
  return 0;
}
