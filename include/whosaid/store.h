// Copyright 2026 The whosaid Authors.
//
// The corpus store: analysed documents in an embedded SQLite database, the
// queries media researchers ask of a corpus, and the cross-article view (one
// canonical quote for the same words in many articles, one speaker for the
// same person across articles, the provenance of a quote).
//
// Example:
//
//   #include "whosaid/store.h"
//
//   whosaid::Result<std::unique_ptr<whosaid::Store>> store =
//       whosaid::Store::Open("corpus.db");
//   if (!store.ok()) return Fail(store.status());
//   whosaid::Analyzer analyzer;
//   whosaid::Result<whosaid::Document> doc = analyzer.Analyze(text, "fox-2019-06-22");
//   whosaid::DocumentMeta meta{.url = "https://...", .outlet = "Fox News",
//                              .date = "2019-06-22", .title = "..."};
//   if (!(*store)->Put(*doc, meta).ok()) ...;   // buffered in the open batch
//   if (!(*store)->Commit().ok()) ...;          // durable from here on
//   if (!(*store)->Link().ok()) ...;            // canonical quotes and speakers
//   whosaid::Result<whosaid::Table> who = (*store)->SearchQuotes("operation", 20);
//   std::fputs(whosaid::FormatTable(*who, whosaid::TableFormat::kText).c_str(), stdout);
//
// The schema is documented in docs/schema.md and versioned with PRAGMA
// user_version; Open migrates an older database in place.
//
// Thread safety: a Store is not thread-safe; use one per thread. Several
// processes may open the same file (WAL mode): readers see the last
// committed batch while a writer works.
#ifndef WHOSAID_STORE_H_
#define WHOSAID_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "whosaid/document.h"
#include "whosaid/status.h"

namespace whosaid {

namespace internal {
class StoreWriterAccess;
}

// What the analysis does not know about a document: where and when it was
// published. Every field may be empty (unknown).
struct DocumentMeta {
  std::string url;
  std::string outlet;  // "Fox News", "breitbart"
  std::string date;    // ISO 8601, "2019-06-22"; queries "over time" group by its first 7 chars
  std::string title;
  std::string byline;
};

//   option            default   what it does
//   ---------------   -------   ------------------------------------------------
//   batch_documents   2000      documents per transaction: a crash loses at
//                               most the batch being written; larger batches
//                               make fewer, larger full-text segments
//   read_only         false     open an existing database for reading only
//                               (the viewer): never created, never migrated,
//                               every write fails; a database at another
//                               schema version is refused (kInvalidArgument),
//                               a file that is not one (kCorrupt)
struct StoreOptions {
  int batch_documents = 2000;
  bool read_only = false;
};

// The result of a query: named columns, rows of cells.
using Cell = std::variant<std::monostate, int64_t, double, std::string>;  // monostate is NULL
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
};

enum class TableFormat {
  kText,  // aligned columns for people; long cells are cut with "…" (display only)
  kJson,  // one JSON array of objects, column name -> value, nothing cut
  kCsv,   // RFC 4180: a header line, fields quoted when needed, nothing cut
};
std::string FormatTable(const Table& table, TableFormat format);

// How SearchQuotes orders the quotes it finds.
enum class SearchOrder {
  kBestMatch,  // FTS5 rank (bm25): every match is ranked, so the cost grows
               // with their number (a very common word on a big corpus: seconds)
  kNewest,     // most recently stored first: stops after `limit` matches
};

// How the named-versus-anonymous share is grouped.
enum class ShareBy { kOutlet, kMonth, kOutletMonth };

class Store {
 public:
  // Opens the database at `path`, creating it when missing and migrating it
  // when older. Fails with kIoError/kNotFound when the file cannot be opened,
  // kCorrupt when it is not a whosaid database (or is newer than this build).
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             StoreOptions options = StoreOptions());
  ~Store();  // commits the open batch; call Commit() to see its Status
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // What Put did with a document.
  enum class PutResult { kAdded, kReplaced, kUnchanged };
  // Stores `doc` under doc.id (which must not be empty) with its metadata:
  // the document's own (Document::url, outlet, date, title, byline, from the
  // reader), each overridden by `meta`'s field when that is not empty.
  // Replaces any document of that id; an identical document (same text,
  // metadata and analysis) is left as it is. Writes go to the open batch,
  // committed every StoreOptions::batch_documents documents. The documents
  // of committed batches are durable and found by full-text search
  // (SearchQuotes, Provenance by words). A Put that fails
  // leaves nothing of its document and the rest of the open batch as it was;
  // only if taking a half-written document out fails too (the disk is full,
  // say) is the open batch rolled back, and the error says so.
  Result<PutResult> Put(const Document& doc, const DocumentMeta& meta);
  // Commits the open batch, if any, and adds every document that a killed
  // process committed but did not index to the full-text index.
  Status Commit();

  // Rebuilds the cross-article tables from the stored attributions: canonical
  // quotes with their occurrences and canonical speakers with their names and
  // roles. Deterministic: the same documents give the same tables. Commits
  // the open batch first.
  Status Link();

  // The document stored under `id`, as Analyzer::Analyze returned it (so
  // ToJsonLine of it equals `whosaid analyze --format jsonl`). kNotFound when
  // absent.
  Result<Document> LoadDocument(std::string_view id);
  Result<DocumentMeta> LoadMeta(std::string_view id);
  // Every stored document id, in the order documents were first stored.
  Result<std::vector<std::string>> DocumentIds();

  // ---- Queries. `limit` caps the rows; 0 means no cap. ----

  // Full-text search (FTS5 syntax: words, "a phrase", OR, prefix*) over the
  // quoted and reported content: quote, speaker, kind, role, outlet, date,
  // document, and quote_id (the canonical quote, for Provenance), best match first.
  Result<Table> SearchQuotes(std::string_view query, int limit);
  Result<Table> SearchQuotes(std::string_view query, int limit, SearchOrder order);
  // Ranking by relevance scores every match, so past this many matches the
  // viewer and the CLI list the last stored instead (or ask for more words):
  // a query's cost stays bounded whatever the corpus size.
  static constexpr int64_t kRankedMatches = 2000;
  // How many quotes `query` matches (as SearchQuotes reads it), counting no
  // further than `cap`: cheap for a small cap, whatever the corpus size.
  Result<int64_t> CountQuoteMatches(std::string_view query, int64_t cap);
  // The queries on a speaker's name (SpeakerAttributions, SpeakerRoles,
  // SpeakerOutlets, Speakers) read the canonical speakers whose name or
  // alias it is (case aside); when more share it than this ("officials",
  // one per article), the ones with most attributions. CountSpeakersNamed
  // says how many share it.
  static constexpr int kMaxSpeakersPerName = 100;
  Result<int64_t> CountSpeakersNamed(std::string_view name);
  // Every attribution of the speaker(s) called `name`, oldest first (undated
  // last), with its quote_id as SearchQuotes.
  Result<Table> SpeakerAttributions(std::string_view name, int limit);
  // Canonical speakers by number of attributions (unknown speakers left
  // out); counting only `outlet`'s documents when it is not empty.
  Result<Table> TopSpeakers(std::string_view outlet, int limit);
  // The top `per_outlet` speakers of every outlet.
  Result<Table> TopSpeakersByOutlet(int per_outlet);
  // Named versus anonymous attributions (of those with a known speaker), with
  // the anonymous share, grouped as `by` says. An attribution is anonymous
  // when its speaker is, or when its speaker cites an anonymous source
  // ("Fox News, citing an unnamed source").
  Result<Table> SourcingShare(ShareBy by, int limit);
  // Speakers with the roles articles give them, each with its first and last
  // date; only speakers called `name` (or its aliases) when not empty.
  Result<Table> SpeakerRoles(std::string_view name, int limit);
  // The outlets that quote the canonical speaker(s) called `name` (or an
  // alias), with their numbers of attributions, most first.
  Result<Table> SpeakerOutlets(std::string_view name, int limit);
  // Attributions in other outlets' documents that rest on `outlet`'s word:
  // the outlet is the speaker ("according to Fox News") or the source cited
  // by the speaker ("..., citing Fox News").
  Result<Table> DocumentsCiting(std::string_view outlet, int limit);

  // How many stored documents full-text search does not find yet: a batch
  // whose indexing failed, or an older whosaid's ingest that was killed
  // before its end (the next Commit, or ingest, indexes them).
  Result<int64_t> DocumentsAwaitingIndex();

  // ---- Cross-article. These read the tables Link builds. ----

  // True when documents were stored after the last Link, so the
  // cross-article tables (and the queries on speakers, which use them) do
  // not cover them yet.
  Result<bool> LinksStale();

  // Canonical quotes carried by at least `min_documents` documents, most
  // widely carried first.
  Result<Table> CanonicalQuotes(int min_documents, int limit);
  // Canonical speakers with their aliases and attribution counts.
  Result<Table> Speakers(std::string_view name, int limit);
  // The provenance of a canonical quote (`quote` is its id, or words that
  // find it by full-text search): every occurrence by date, the outlet that
  // carried it, who it is attributed to, and whose word that outlet relies on
  // (the speaker itself, or "via" a cited source or outlet). The first
  // occurrence is marked "first".
  Result<Table> Provenance(std::string_view quote, int limit);

 private:
  friend class internal::StoreWriterAccess;  // lets Ingest hash documents off this thread
  class Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The schema version this build writes (PRAGMA user_version).
int StoreSchemaVersion();

}  // namespace whosaid

#endif  // WHOSAID_STORE_H_
