// Copyright 2026 The whosaid Authors.
#include "store/schema.h"

#include <string>
#include <vector>

namespace whosaid::internal {
namespace {

// Each entry is one migration; never edit a released one, append a new one.
const std::vector<const char*>& Migrations() {
  static const std::vector<const char*> migrations = {
      // 1: documents as analysed, with full-text search over the content.
      R"sql(
CREATE TABLE store_state (
  key   TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO store_state VALUES ('links_stale', 0);

CREATE TABLE documents (
  doc                INTEGER PRIMARY KEY,
  id                 TEXT NOT NULL UNIQUE,
  url                TEXT NOT NULL,
  outlet             TEXT NOT NULL,
  date               TEXT NOT NULL,
  title              TEXT NOT NULL,
  byline             TEXT NOT NULL,
  text               TEXT NOT NULL,
  invalid_utf8_bytes INTEGER NOT NULL,
  unbalanced_quotes  INTEGER NOT NULL,
  fingerprint        INTEGER NOT NULL
);
CREATE INDEX documents_by_outlet ON documents (outlet, date);
CREATE INDEX documents_by_date ON documents (date);

CREATE TABLE entities (
  doc      INTEGER NOT NULL,
  entity   INTEGER NOT NULL,
  name     TEXT NOT NULL,
  kind     TEXT NOT NULL,
  role     TEXT,
  mentions TEXT NOT NULL,
  PRIMARY KEY (doc, entity)
) WITHOUT ROWID;

CREATE TABLE attributions (
  attribution       INTEGER PRIMARY KEY,
  doc               INTEGER NOT NULL,
  ordinal           INTEGER NOT NULL,
  type              TEXT NOT NULL,
  content           TEXT NOT NULL,
  quote             TEXT NOT NULL,
  cue_start         INTEGER, cue_end INTEGER, cue_byte_start INTEGER, cue_byte_end INTEGER,
  source_start      INTEGER, source_end INTEGER, source_byte_start INTEGER, source_byte_end INTEGER,
  speaker_name      TEXT NOT NULL,
  speaker_kind      TEXT NOT NULL,
  speaker_role      TEXT,
  speaker_entity    INTEGER,
  via_name          TEXT,
  via_kind          TEXT,
  via_role          TEXT,
  via_entity        INTEGER
);
CREATE INDEX attributions_by_via ON attributions (via_name COLLATE NOCASE) WHERE via_name IS NOT NULL;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
  quote, content = 'attributions', content_rowid = 'attribution',
  tokenize = 'unicode61 remove_diacritics 2'
);
)sql",
      // 2: the cross-article tables that Store::Link rebuilds.
      R"sql(
CREATE TABLE speakers (
  speaker      INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL,
  attributions INTEGER NOT NULL,
  documents    INTEGER NOT NULL
);
CREATE INDEX speakers_by_attributions ON speakers (attributions DESC);

CREATE TABLE speaker_names (
  name    TEXT NOT NULL COLLATE NOCASE,
  speaker INTEGER NOT NULL,
  PRIMARY KEY (name, speaker)
) WITHOUT ROWID;
CREATE INDEX speaker_names_by_speaker ON speaker_names (speaker);

CREATE TABLE speaker_roles (
  speaker      INTEGER NOT NULL,
  role         TEXT NOT NULL,
  first_date   TEXT NOT NULL,
  last_date    TEXT NOT NULL,
  attributions INTEGER NOT NULL,
  PRIMARY KEY (speaker, role)
) WITHOUT ROWID;

CREATE TABLE speaker_outlets (
  outlet       TEXT NOT NULL,
  speaker      INTEGER NOT NULL,
  attributions INTEGER NOT NULL,
  PRIMARY KEY (outlet, speaker)
) WITHOUT ROWID;
CREATE INDEX speaker_outlets_by_count ON speaker_outlets (outlet, attributions DESC);

CREATE TABLE attribution_speakers (
  attribution INTEGER PRIMARY KEY,
  speaker     INTEGER NOT NULL
);
CREATE INDEX attribution_speakers_by_speaker ON attribution_speakers (speaker);

CREATE TABLE quotes (
  quote      INTEGER PRIMARY KEY,
  text       TEXT NOT NULL,
  documents  INTEGER NOT NULL,
  outlets    INTEGER NOT NULL,
  first_date TEXT NOT NULL
);
CREATE INDEX quotes_by_documents ON quotes (documents DESC);

CREATE TABLE quote_occurrences (
  attribution INTEGER PRIMARY KEY,
  quote       INTEGER NOT NULL,
  match       TEXT NOT NULL
);
CREATE INDEX quote_occurrences_by_quote ON quote_occurrences (quote);

CREATE TABLE sourcing_counts (
  outlet    TEXT NOT NULL,
  month     TEXT NOT NULL,
  named     INTEGER NOT NULL,
  anonymous INTEGER NOT NULL,
  PRIMARY KEY (outlet, month)
) WITHOUT ROWID;
)sql",
      // 3: the organisation a speaker speaks for (Speaker::organization).
      R"sql(
ALTER TABLE attributions ADD COLUMN speaker_organization TEXT;
ALTER TABLE attributions ADD COLUMN via_organization TEXT;
ALTER TABLE entities ADD COLUMN organization TEXT;
)sql",
      // 4: indexes for the viewer's pages (whosaid serve): a speaker's
      // outlets, and the outlets quoted by name ("according to Fox News").
      R"sql(
CREATE INDEX speaker_outlets_by_speaker ON speaker_outlets (speaker, attributions DESC);
CREATE INDEX attributions_by_outlet_speaker ON attributions (speaker_name COLLATE NOCASE)
  WHERE speaker_kind = 'outlet';
)sql",
      // 5: a speaker's attributions in date order from an index (undated
      // last), so that a speaker's first quotes need no sort of all of them.
      R"sql(
ALTER TABLE attribution_speakers ADD COLUMN date TEXT NOT NULL DEFAULT '';
UPDATE attribution_speakers SET date = (
  SELECT d.date FROM attributions a JOIN documents d ON d.doc = a.doc
  WHERE a.attribution = attribution_speakers.attribution);
DROP INDEX attribution_speakers_by_speaker;
CREATE INDEX attribution_speakers_by_speaker_date
  ON attribution_speakers (speaker, date = '', date, attribution);
)sql",
      // 6: pages that stay bounded at a million documents. Citations of an
      // outlet ("according to Fox News", "..., citing Fox News") in date
      // order, written with each document; a quote's occurrences in date
      // order; a name's speakers by number of attributions, so that a name
      // thousands of speakers share ("officials") reads only the first few.
      R"sql(
CREATE TABLE citations (
  cited       TEXT NOT NULL COLLATE NOCASE,
  undated     INTEGER NOT NULL,
  date        TEXT NOT NULL,
  attribution INTEGER NOT NULL,
  PRIMARY KEY (cited, undated, date, attribution)
) WITHOUT ROWID;
CREATE INDEX citations_by_attribution ON citations (attribution);
INSERT OR IGNORE INTO citations
  SELECT a.via_name, d.date = '', d.date, a.attribution FROM attributions a
  JOIN documents d ON d.doc = a.doc WHERE a.via_name IS NOT NULL;
INSERT OR IGNORE INTO citations
  SELECT a.speaker_name, d.date = '', d.date, a.attribution FROM attributions a
  JOIN documents d ON d.doc = a.doc WHERE a.speaker_kind = 'outlet' AND a.speaker_name <> '';
DROP INDEX attributions_by_via;
DROP INDEX attributions_by_outlet_speaker;

ALTER TABLE quote_occurrences ADD COLUMN date TEXT NOT NULL DEFAULT '';
UPDATE quote_occurrences SET date = (
  SELECT d.date FROM documents d WHERE d.doc = quote_occurrences.attribution >> 20);
DROP INDEX quote_occurrences_by_quote;
CREATE INDEX quote_occurrences_by_quote_date
  ON quote_occurrences (quote, date = '', date, attribution);

ALTER TABLE speaker_names ADD COLUMN attributions INTEGER NOT NULL DEFAULT 0;
UPDATE speaker_names SET attributions = (
  SELECT s.attributions FROM speakers s WHERE s.speaker = speaker_names.speaker);
CREATE INDEX speaker_names_by_name_attributions
  ON speaker_names (name, attributions DESC, speaker);
)sql",
      // 7: a cheaper ingest. Documents stored but not yet in the full-text
      // index: an ingest indexes them once, at its end
      // (DocumentWriter::IndexPending), and a killed one leaves them here for
      // the next run to index. FTS5 merges 16 segments at a time instead of 4
      // (a third less work to build the index, no slower to query). The
      // documents' outlet and date indexes go: no query reads them, and every
      // insert paid for them.
      R"sql(
CREATE TABLE fts_pending (doc INTEGER PRIMARY KEY);
INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('automerge', 16);
DROP INDEX documents_by_outlet;
DROP INDEX documents_by_date;
)sql",
      // 8: a cheaper Link. Each attribution's speaker and canonical quote in
      // one table, written in key order; a speaker's and a quote's
      // attributions in date order as tables of their own, which Link writes
      // already sorted, in place of two tables with an index each (each index
      // a sort of every attribution). And a cheaper full-text index: FTS5
      // merges 64 segments at a time (a sixth less work to build the index
      // than 16; 30 segments instead of 9 at 200,000 documents, no slower to
      // query).
      R"sql(
CREATE TABLE attribution_links (
  attribution INTEGER PRIMARY KEY,
  speaker     INTEGER,
  quote       INTEGER NOT NULL,
  match       TEXT NOT NULL
);
CREATE TABLE speaker_attributions (
  speaker     INTEGER NOT NULL,
  undated     INTEGER NOT NULL,
  date        TEXT NOT NULL,
  attribution INTEGER NOT NULL,
  PRIMARY KEY (speaker, undated, date, attribution)
) WITHOUT ROWID;
CREATE TABLE quote_attributions (
  quote       INTEGER NOT NULL,
  undated     INTEGER NOT NULL,
  date        TEXT NOT NULL,
  attribution INTEGER NOT NULL,
  PRIMARY KEY (quote, undated, date, attribution)
) WITHOUT ROWID;
INSERT INTO attribution_links
  SELECT o.attribution, x.speaker, o.quote, o.match FROM quote_occurrences o
  LEFT JOIN attribution_speakers x ON x.attribution = o.attribution ORDER BY o.attribution;
INSERT INTO speaker_attributions
  SELECT speaker, date = '', date, attribution FROM attribution_speakers;
INSERT INTO quote_attributions SELECT quote, date = '', date, attribution FROM quote_occurrences;
DROP TABLE attribution_speakers;
DROP TABLE quote_occurrences;
INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('automerge', 64);
INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('crisismerge', 64);
)sql",
      // 9: FTS5 gathers 8 MB of terms in memory before it writes a segment
      // (1 MB by default): a batch of 2,000 articles, indexed as it commits,
      // makes one segment instead of several, and indexing 200,000
      // documents so costs about a sixth less CPU (bench/fts_batches.sh,
      // three runs: 15.2-17.1 s against 19.0-19.2), with the same query
      // answers and times.
      R"sql(
INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('hashsize', 8388608);
)sql",
  };
  return migrations;
}

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(Migrations().size()); }

namespace {

// Checks that `db` is at most at our version and is ours.
Status CheckVersion(Db* db, int64_t version) {
  if (version > LatestSchemaVersion()) {
    return CorruptError("database schema version " + std::to_string(version) +
                        " is newer than this whosaid (" +
                        std::to_string(LatestSchemaVersion()) + ")");
  }
  if (version > 0) return Status::Ok();
  // A fresh file has no tables; anything else at version 0 is not ours.
  Result<int64_t> tables = db->QueryInt("SELECT count(*) FROM sqlite_schema");
  if (!tables.ok()) return tables.status();
  if (*tables > 0) return CorruptError("not a whosaid database (it has tables but no version)");
  return Status::Ok();
}

// Applies the missing migrations inside the caller's transaction.
Status ApplyMissing(Db* db) {
  Result<int64_t> version = db->QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  WHOSAID_RETURN_IF_ERROR(CheckVersion(db, *version));
  for (int v = static_cast<int>(*version) + 1; v <= LatestSchemaVersion(); ++v) {
    WHOSAID_RETURN_IF_ERROR(db->Exec(Migrations()[v - 1]));
  }
  return db->Exec("PRAGMA user_version = " + std::to_string(LatestSchemaVersion()));
}

}  // namespace

Status Migrate(Db* db) {
  // One write transaction: two processes opening a fresh file at once do not
  // both create the tables, and a failed migration leaves the old version.
  WHOSAID_RETURN_IF_ERROR(db->Exec("BEGIN IMMEDIATE"));
  Status applied = ApplyMissing(db);
  if (!applied.ok()) {
    (void)db->Exec("ROLLBACK");
    return applied;
  }
  return db->Exec("COMMIT");
}

}  // namespace whosaid::internal
