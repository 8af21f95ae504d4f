// Copyright 2026 The whosaid Authors.
//
// The corpus queries: each one SQL statement over indexed tables (see
// docs/schema.md for the indexes each relies on).
#include <algorithm>
#include <tuple>

#include "store/store_impl.h"

namespace whosaid {
namespace {

// SQLite reads LIMIT -1 as "no limit".
int64_t SqlLimit(int limit) { return limit > 0 ? limit : -1; }

// An attribution's links (l.quote: its canonical quote, NULL until linked)
// and its speaker (s.name: the canonical name when linked, else NULL and the
// article's a.speaker_name).
constexpr const char* kLinkJoin =
    " LEFT JOIN attribution_links l ON l.attribution = a.attribution"
    " LEFT JOIN speakers s ON s.speaker = l.speaker ";

// The speakers called `name` (bound at ?N), or that have it as an alias:
// the kMaxSpeakersPerName with most attributions (an index gives them in
// that order), so that a name thousands of speakers share, one per article
// ("officials", "the spokesman"), costs no more than a rare one.
std::string SpeakersNamed(int n) {
  return "SELECT speaker FROM speaker_names WHERE name = ?" + std::to_string(n) +
         " ORDER BY attributions DESC, speaker LIMIT " + std::to_string(Store::kMaxSpeakersPerName);
}

// Undated documents sort last.
constexpr const char* kByDate = " d.date = '', d.date, d.doc, a.attribution ";

// Words as an FTS5 query that matches them all, each word quoted, so that
// text such as "don't" or "U.S." is not read as query syntax.
std::string QuotedWords(std::string_view text) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    out += (out.empty() ? "\"" : " \"") + word + "\"";
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n') {
      flush();
    } else if (c == '"') {
      word += "\"\"";
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

}  // namespace

Result<Table> Store::Impl::RunMatch(const std::string& sql, std::string_view query, const Cell& param2) {
  Result<Table> t = RunTable(sql, {std::string(query), param2});
  if (t.ok()) return t;
  // Not valid FTS5 syntax: search for the words themselves.
  return RunTable(sql, {QuotedWords(query), param2});
}

Result<Table> Store::SearchQuotes(std::string_view query, int limit) {
  return SearchQuotes(query, limit, SearchOrder::kBestMatch);
}

Result<Table> Store::SearchQuotes(std::string_view query, int limit, SearchOrder order) {
  const std::string sql = std::string(
      "SELECT a.quote, coalesce(s.name, a.speaker_name) AS speaker, a.speaker_kind AS kind, "
      "a.speaker_role AS role, d.outlet, d.date, d.id AS document, l.quote AS quote_id "
      "FROM quotes_fts f JOIN attributions a ON a.attribution = f.rowid "
      "JOIN documents d ON d.doc = a.doc") +
      kLinkJoin + "WHERE quotes_fts MATCH ?1 ORDER BY " +
      (order == SearchOrder::kBestMatch ? "f.rank, a.attribution" : "f.rowid DESC") + " LIMIT ?2";
  return impl_->RunMatch(sql, query, SqlLimit(limit));
}

Result<int64_t> Store::CountQuoteMatches(std::string_view query, int64_t cap) {
  Result<Table> t = impl_->RunMatch(
      "SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ?1 LIMIT ?2)", query,
      cap > 0 ? cap : -1);
  if (!t.ok()) return t.status();
  const int64_t* n = t->rows.empty() ? nullptr : std::get_if<int64_t>(&t->rows[0][0]);
  return n ? *n : 0;
}

Result<Table> Store::SpeakerAttributions(std::string_view name, int limit) {
  Result<Table> ids = impl_->RunTable(SpeakersNamed(1), {std::string(name)});
  if (!ids.ok()) return ids.status();
  // The attributions shown, chosen from speaker_attributions alone (its key
  // gives each speaker's in date order), then joined. One
  // speaker: the first `limit` of the index. Several (a name many speakers
  // share): the first `limit` of each, merged here, so that no query sorts
  // every attribution of every speaker of the name.
  std::string chosen;
  Cell param1 = std::string(name);
  if (ids->rows.size() == 1 || limit <= 0) {
    chosen = ids->rows.size() == 1 ? "speaker = ?1" : "speaker IN (" + SpeakersNamed(1) + ")";
    if (ids->rows.size() == 1) param1 = ids->rows[0][0];
    chosen = "SELECT attribution FROM speaker_attributions WHERE " + chosen +
             " ORDER BY undated, date, attribution LIMIT ?2";
  } else {
    internal::Statement first;
    WHOSAID_RETURN_IF_ERROR(impl_->db.Prepare(
        "SELECT undated, date, attribution FROM speaker_attributions WHERE speaker = ?1 "
        "ORDER BY undated, date, attribution LIMIT ?2",
        &first));
    std::vector<std::tuple<int64_t, std::string, int64_t>> keys;
    for (const std::vector<Cell>& row : ids->rows) {
      first.Bind(1, std::get<int64_t>(row[0])).Bind(2, int64_t{limit});
      WHOSAID_RETURN_IF_ERROR(internal::ForEachRow(&first, [&](const internal::Statement& r) {
        keys.emplace_back(r.Int(0), r.Text(1), r.Int(2));
      }));
      first.Reset();
    }
    std::sort(keys.begin(), keys.end());
    if (keys.size() > static_cast<size_t>(limit)) keys.resize(limit);
    for (const auto& key : keys) {
      chosen += (chosen.empty() ? "" : ",") + std::to_string(std::get<2>(key));
    }
  }
  return impl_->RunTable(
      "SELECT d.date, d.outlet, s.name AS speaker, a.speaker_role AS role, a.type, a.quote, "
      "d.id AS document, l.quote AS quote_id FROM attribution_links l "
      "JOIN speakers s ON s.speaker = l.speaker "
      "JOIN attributions a ON a.attribution = l.attribution "
      "JOIN documents d ON d.doc = a.doc "
      "WHERE l.attribution IN (" + chosen + ") ORDER BY d.date = '', d.date, l.attribution",
      {param1, SqlLimit(limit)});
}

Result<int64_t> Store::CountSpeakersNamed(std::string_view name) {
  Result<Table> t =
      impl_->RunTable("SELECT count(*) FROM speaker_names WHERE name = ?1", {std::string(name)});
  if (!t.ok()) return t.status();
  const int64_t* n = t->rows.empty() ? nullptr : std::get_if<int64_t>(&t->rows[0][0]);
  return n ? *n : 0;
}

Result<Table> Store::TopSpeakers(std::string_view outlet, int limit) {
  if (outlet.empty()) {
    return impl_->RunTable(
        "SELECT name AS speaker, kind, attributions, documents FROM speakers "
        "ORDER BY attributions DESC, speaker LIMIT ?1",
        {SqlLimit(limit)});
  }
  return impl_->RunTable(
      "SELECT s.name AS speaker, s.kind, o.attributions FROM speaker_outlets o "
      "JOIN speakers s ON s.speaker = o.speaker WHERE o.outlet = ?1 "
      "ORDER BY o.attributions DESC, s.name LIMIT ?2",
      {std::string(outlet), SqlLimit(limit)});
}

Result<Table> Store::TopSpeakersByOutlet(int per_outlet) {
  return impl_->RunTable(
      "SELECT outlet, rank, speaker, kind, attributions FROM ("
      "  SELECT o.outlet, row_number() OVER (PARTITION BY o.outlet "
      "    ORDER BY o.attributions DESC, s.name) AS rank, s.name AS speaker, s.kind, "
      "    o.attributions FROM speaker_outlets o JOIN speakers s ON s.speaker = o.speaker) "
      "WHERE rank <= ?1 ORDER BY outlet, rank",
      {int64_t{per_outlet}});
}

Result<Table> Store::SourcingShare(ShareBy by, int limit) {
  const std::string keys = by == ShareBy::kOutlet  ? "outlet"
                           : by == ShareBy::kMonth ? "month"
                                                   : "outlet, month";
  return impl_->RunTable(
      "SELECT " + keys +
          ", sum(named) AS named, sum(anonymous) AS anonymous, "
          "sum(named) + sum(anonymous) AS total, "
          "round(1.0 * sum(anonymous) / (sum(named) + sum(anonymous)), 3) AS anonymous_share "
          "FROM sourcing_counts GROUP BY " +
          keys + " ORDER BY " + keys + " LIMIT ?1",
      {SqlLimit(limit)});
}

Result<Table> Store::SpeakerRoles(std::string_view name, int limit) {
  const std::string filter =
      name.empty() ? "" : "WHERE r.speaker IN (" + SpeakersNamed(2) + ") ";
  return impl_->RunTable(
      "SELECT s.name AS speaker, r.role, r.first_date, r.last_date, r.attributions "
      "FROM speaker_roles r JOIN speakers s ON s.speaker = r.speaker " +
          filter + "ORDER BY s.attributions DESC, s.name, r.first_date, r.role LIMIT ?1",
      name.empty() ? std::vector<Cell>{SqlLimit(limit)}
                   : std::vector<Cell>{SqlLimit(limit), std::string(name)});
}

Result<Table> Store::SpeakerOutlets(std::string_view name, int limit) {
  return impl_->RunTable(
      "SELECT o.outlet, sum(o.attributions) AS attributions FROM speaker_outlets o "
      "WHERE o.speaker IN (" + SpeakersNamed(1) + ") "
      "GROUP BY o.outlet ORDER BY attributions DESC, o.outlet LIMIT ?2",
      {std::string(name), SqlLimit(limit)});
}

Result<Table> Store::DocumentsCiting(std::string_view outlet, int limit) {
  // `citations` holds (cited, undated, date, attribution) in that order, so
  // the first rows by date come from the index whatever the outlet's count.
  return impl_->RunTable(
      "SELECT d.date, d.outlet, d.id AS document, a.speaker_name AS speaker, "
      "a.via_name AS via, a.quote FROM citations c "
      "JOIN attributions a ON a.attribution = c.attribution "
      "JOIN documents d ON d.doc = a.doc "
      "WHERE c.cited = ?1 AND d.outlet <> ?1 COLLATE NOCASE "
      "ORDER BY c.undated, c.date, c.attribution LIMIT ?2",
      {std::string(outlet), SqlLimit(limit)});
}

Result<int64_t> Store::DocumentsAwaitingIndex() {
  return impl_->db.QueryInt("SELECT count(*) FROM fts_pending");
}

Result<bool> Store::LinksStale() {
  Result<int64_t> v =
      impl_->db.QueryInt("SELECT value FROM store_state WHERE key = 'links_stale'");
  if (!v.ok()) return v.status();
  return *v != 0;
}

Result<Table> Store::CanonicalQuotes(int min_documents, int limit) {
  return impl_->RunTable(
      "SELECT quote AS id, documents, outlets, first_date, text FROM quotes "
      "WHERE documents >= ?1 ORDER BY documents DESC, first_date, quote LIMIT ?2",
      {int64_t{min_documents}, SqlLimit(limit)});
}

Result<Table> Store::Speakers(std::string_view name, int limit) {
  const std::string filter =
      name.empty() ? "" : "WHERE s.speaker IN (" + SpeakersNamed(2) + ") ";
  return impl_->RunTable(
      "SELECT s.speaker AS id, s.name, s.kind, s.attributions, s.documents, "
      "(SELECT group_concat(n.name, '; ') FROM speaker_names n WHERE n.speaker = s.speaker) "
      "AS names FROM speakers s " +
          filter + "ORDER BY s.attributions DESC, s.name LIMIT ?1",
      name.empty() ? std::vector<Cell>{SqlLimit(limit)}
                   : std::vector<Cell>{SqlLimit(limit), std::string(name)});
}

namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

Result<Table> Store::Provenance(std::string_view quote, int limit) {
  Cell id;
  if (AllDigits(quote)) {
    id = static_cast<int64_t>(std::stoll(std::string(quote)));
  } else {
    // The canonical quote of the best full-text match.
    Result<Table> hit = impl_->RunTable(
        "SELECT l.quote FROM quotes_fts f JOIN attribution_links l ON l.attribution = f.rowid "
        "WHERE quotes_fts MATCH ?1 ORDER BY f.rank LIMIT 1",
        {QuotedWords(quote)});
    if (!hit.ok()) return hit.status();
    if (hit->rows.empty()) return NotFoundError("no quote matches \"" + std::string(quote) + "\"");
    id = hit->rows[0][0];
  }
  // The first `limit` occurrences come from quote_attributions in date
  // order (undated last; attribution keys grow with the document's, so this
  // is the order of kByDate), and only they are joined and numbered.
  return impl_->RunTable(
      std::string(
          "SELECT CASE WHEN row_number() OVER (ORDER BY o.undated, o.date, o.attribution) = 1 "
          "THEN 'first' ELSE 'repeat' END AS step, d.date, d.outlet, d.id AS document, "
          "coalesce(s.name, a.speaker_name) AS speaker, a.speaker_kind AS kind, "
          "CASE WHEN a.via_name IS NOT NULL THEN a.via_name "
          "     WHEN a.speaker_kind = 'outlet' THEN a.speaker_name END AS cites, "
          "l.match, a.quote FROM (SELECT attribution, undated, date FROM quote_attributions "
          "WHERE quote = ?1 ORDER BY undated, date, attribution LIMIT ?2) o "
          "JOIN attributions a ON a.attribution = o.attribution "
          "JOIN documents d ON d.doc = a.doc") +
          kLinkJoin + "ORDER BY o.undated, o.date, o.attribution",
      {id, SqlLimit(limit)});
}

}  // namespace whosaid
