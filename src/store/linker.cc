// Copyright 2026 The whosaid Authors.
//
// Store::Link: rebuilds the cross-article tables (schema version 2) from the
// stored attributions, in one transaction. Speakers first, since short
// quotes only match within one speaker.
#include <map>
#include <set>

#include "store/kind_names.h"
#include "store/quote_matcher.h"
#include "store/speaker_linker.h"
#include "store/store_impl.h"

namespace whosaid {
namespace {

using internal::Db;
using internal::Statement;

constexpr const char* kClearLinks =
    "DELETE FROM speakers; DELETE FROM speaker_names; DELETE FROM speaker_roles;"
    "DELETE FROM speaker_outlets; DELETE FROM attribution_speakers; DELETE FROM quotes;"
    "DELETE FROM quote_occurrences; DELETE FROM sourcing_counts;"
    "DROP TABLE IF EXISTS temp.speaker_map;"
    "CREATE TEMP TABLE speaker_map (doc INTEGER, entity INTEGER, name TEXT, kind TEXT,"
    "  speaker INTEGER, PRIMARY KEY (doc, entity, name, kind)) WITHOUT ROWID;";

// Aggregates over the linked speakers, in SQL because they are joins and
// group-bys over every attribution.
constexpr const char* kSpeakerAggregates =
    "INSERT INTO attribution_speakers (attribution, speaker, date) "
    "  SELECT a.attribution, m.speaker, d.date FROM attributions a JOIN temp.speaker_map m"
    "  ON m.doc = a.doc AND m.entity = coalesce(a.speaker_entity, -1)"
    "  AND m.name = a.speaker_name AND m.kind = a.speaker_kind"
    "  JOIN documents d ON d.doc = a.doc;"
    // Roles differing only in case are one role ("Former acting ICE Director").
    "INSERT INTO speaker_roles "
    "  SELECT x.speaker, min(a.speaker_role), coalesce(min(nullif(d.date, '')), ''),"
    "    coalesce(max(nullif(d.date, '')), ''), count(*)"
    "  FROM attribution_speakers x JOIN attributions a ON a.attribution = x.attribution"
    "  JOIN documents d ON d.doc = a.doc WHERE a.speaker_role IS NOT NULL"
    "  GROUP BY x.speaker, a.speaker_role COLLATE NOCASE;"
    "INSERT INTO speaker_outlets "
    "  SELECT d.outlet, x.speaker, count(*) FROM attribution_speakers x"
    "  JOIN attributions a ON a.attribution = x.attribution JOIN documents d ON d.doc = a.doc"
    "  GROUP BY d.outlet, x.speaker;"
    "INSERT INTO sourcing_counts "
    "  SELECT d.outlet, substr(d.date, 1, 7), sum(NOT anonymous), sum(anonymous) FROM"
    "  (SELECT doc, speaker_kind = 'anonymous' OR coalesce(via_kind, '') = 'anonymous'"
    "     AS anonymous FROM attributions WHERE speaker_kind <> 'unknown') a"
    "  JOIN documents d ON d.doc = a.doc GROUP BY 1, 2;"
    "DROP TABLE temp.speaker_map;";

// Each stored identity: (doc, entity or -1, name, kind) with its attribution count.
struct SpeakerRow {
  int64_t doc, entity;
  std::string name, kind;
  int count;
};

Result<std::vector<SpeakerRow>> ReadArticleSpeakers(Db* db) {
  Statement q;
  WHOSAID_RETURN_IF_ERROR(db->Prepare(
      "SELECT doc, coalesce(speaker_entity, -1) AS entity, speaker_name, speaker_kind, count(*)"
      " FROM attributions WHERE speaker_name <> ''"
      " GROUP BY doc, entity, speaker_name, speaker_kind ORDER BY doc, entity, speaker_name",
      &q));
  std::vector<SpeakerRow> rows;
  for (;;) {
    Result<bool> row = q.Step();
    if (!row.ok()) return row.status();
    if (!*row) return rows;
    rows.push_back({q.Int(0), q.Int(1), q.Text(2), q.Text(3), static_cast<int>(q.Int(4))});
  }
}

Status WriteSpeakers(Db* db, const std::vector<SpeakerRow>& rows,
                     const internal::LinkedSpeakers& linked) {
  Statement map, speaker, name;
  WHOSAID_RETURN_IF_ERROR(db->Prepare("INSERT INTO temp.speaker_map VALUES (?,?,?,?,?)", &map));
  WHOSAID_RETURN_IF_ERROR(db->Prepare("INSERT INTO speakers VALUES (?,?,?,?,?)", &speaker));
  WHOSAID_RETURN_IF_ERROR(
      db->Prepare("INSERT OR IGNORE INTO speaker_names (name, speaker, attributions) VALUES (?,?,?)", &name));
  const size_t n = linked.display_name.size();
  std::vector<int64_t> attributions(n, 0);
  std::vector<std::set<int64_t>> docs(n);
  std::vector<std::string> kinds(n);
  for (size_t k = 0; k < rows.size(); ++k) {
    const int s = linked.speaker_of[k];
    attributions[s] += rows[k].count;
    docs[s].insert(rows[k].doc);
    kinds[s] = rows[k].kind;
    map.Bind(1, rows[k].doc).Bind(2, rows[k].entity).Bind(3, rows[k].name);
    WHOSAID_RETURN_IF_ERROR(map.Bind(4, rows[k].kind).Bind(5, int64_t{s} + 1).Run());
  }
  for (size_t s = 0; s < n; ++s) {
    const int64_t id = static_cast<int64_t>(s) + 1;
    speaker.Bind(1, id).Bind(2, linked.display_name[s]).Bind(3, kinds[s]);
    speaker.Bind(4, attributions[s]).Bind(5, static_cast<int64_t>(docs[s].size()));
    WHOSAID_RETURN_IF_ERROR(speaker.Run());
    for (const std::string& alias : linked.names[s]) {
      WHOSAID_RETURN_IF_ERROR(name.Bind(1, alias).Bind(2, id).Bind(3, attributions[s]).Run());
    }
  }
  return db->Exec(kSpeakerAggregates);
}

Status LinkSpeakers(Db* db) {
  Result<std::vector<SpeakerRow>> rows = ReadArticleSpeakers(db);
  if (!rows.ok()) return rows.status();
  std::vector<internal::ArticleSpeaker> speakers;
  for (const SpeakerRow& r : *rows) {
    speakers.push_back({r.name, internal::SpeakerKindNamed(r.kind), r.doc, r.count});
  }
  return WriteSpeakers(db, *rows, internal::LinkSpeakers(speakers));
}

// One attribution as the quote matcher and the quotes table need it.
struct QuoteRow {
  int64_t attribution, doc;
  std::string outlet, date;
};

Status WriteQuotes(Db* db, const std::vector<QuoteRow>& rows,
                   const std::vector<internal::QuoteOccurrence>& occurrences,
                   const internal::QuoteGroups& groups) {
  const size_t n = groups.representative.size();
  std::vector<std::set<int64_t>> docs(n);
  std::vector<std::set<std::string>> outlets(n);
  std::vector<std::string> first_date(n);
  Statement occurrence, quote;
  WHOSAID_RETURN_IF_ERROR(db->Prepare(
      "INSERT INTO quote_occurrences (attribution, quote, match, date) VALUES (?,?,?,?)", &occurrence));
  WHOSAID_RETURN_IF_ERROR(db->Prepare("INSERT INTO quotes VALUES (?,?,?,?,?)", &quote));
  for (size_t k = 0; k < rows.size(); ++k) {
    const int q = groups.quote_of[k];
    docs[q].insert(rows[k].doc);
    outlets[q].insert(rows[k].outlet);
    const std::string& date = rows[k].date;
    if (!date.empty() && (first_date[q].empty() || date < first_date[q])) first_date[q] = date;
    occurrence.Bind(1, rows[k].attribution).Bind(2, int64_t{q} + 1);
    occurrence.Bind(3, internal::QuoteMatchName(groups.match[k])).Bind(4, date);
    WHOSAID_RETURN_IF_ERROR(occurrence.Run());
  }
  for (size_t q = 0; q < n; ++q) {
    quote.Bind(1, static_cast<int64_t>(q) + 1).Bind(2, occurrences[groups.representative[q]].text);
    quote.Bind(3, static_cast<int64_t>(docs[q].size()));
    quote.Bind(4, static_cast<int64_t>(outlets[q].size())).Bind(5, first_date[q]);
    WHOSAID_RETURN_IF_ERROR(quote.Run());
  }
  return Status::Ok();
}

Status LinkQuotes(Db* db) {
  Statement q;
  WHOSAID_RETURN_IF_ERROR(db->Prepare(
      "SELECT a.attribution, a.doc, d.outlet, d.date, a.quote, coalesce(x.speaker, 0),"
      " a.type = 'mixed'"
      " FROM attributions a JOIN documents d ON d.doc = a.doc"
      " LEFT JOIN attribution_speakers x ON x.attribution = a.attribution"
      " ORDER BY a.attribution",
      &q));
  std::vector<QuoteRow> rows;
  std::vector<internal::QuoteOccurrence> occurrences;
  for (;;) {
    Result<bool> row = q.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    rows.push_back({q.Int(0), q.Int(1), q.Text(2), q.Text(3)});
    occurrences.push_back({q.Text(4), static_cast<int>(q.Int(5)) - 1, q.Int(6) != 0});
  }
  return WriteQuotes(db, rows, occurrences, internal::GroupQuotes(occurrences));
}

Status Relink(Db* db) {
  WHOSAID_RETURN_IF_ERROR(db->Exec(kClearLinks));
  WHOSAID_RETURN_IF_ERROR(LinkSpeakers(db));
  WHOSAID_RETURN_IF_ERROR(LinkQuotes(db));
  return db->Exec("UPDATE store_state SET value = 0 WHERE key = 'links_stale'");
}

}  // namespace

Status Store::Link() {
  WHOSAID_RETURN_IF_ERROR(impl_->CheckWritable());
  WHOSAID_RETURN_IF_ERROR(impl_->Commit());
  WHOSAID_RETURN_IF_ERROR(impl_->db.Exec("BEGIN IMMEDIATE"));
  Status linked = Relink(&impl_->db);
  if (!linked.ok()) {
    (void)impl_->db.Exec("ROLLBACK");
    return linked;
  }
  return impl_->db.Exec("COMMIT");
}

}  // namespace whosaid
