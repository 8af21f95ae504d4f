// Copyright 2026 The whosaid Authors.
//
// Store::Link: rebuilds the cross-article tables (schema versions 2 and 8)
// from the stored attributions, in one transaction.
//
// Two scans of the attributions (in key order, which is document order), at
// once on two connections, read everything: each article's speakers, which
// the speaker linker joins across articles, and the keys the aggregates
// need; and each attribution's quote, which the quote matcher groups. The
// aggregates (roles, outlets, sourcing counts, per-speaker and per-quote
// counts) are then counted here in one pass rather than by SQL joins and
// GROUP BYs over every attribution, which sorted the whole corpus several
// times over and grew faster than it.
#include <algorithm>
#include <deque>
#include <map>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "lexicon/lexicon.h"
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
    "DELETE FROM speaker_outlets; DELETE FROM attribution_links; DELETE FROM quotes;"
    "DELETE FROM speaker_attributions; DELETE FROM quote_attributions;"
    "DELETE FROM sourcing_counts;";

// Strings that repeat across rows (outlets, dates, roles) kept once, by number.
class Interned {
 public:
  int Id(std::string_view s) {
    if (auto it = ids_.find(s); it != ids_.end()) return it->second;  // no copy of s
    const int id = static_cast<int>(strings_.size());
    ids_.emplace(strings_.emplace_back(s), id);
    return id;
  }
  const std::string& operator[](int id) const { return strings_[id]; }
  int size() const { return static_cast<int>(strings_.size()); }

 private:
  std::unordered_map<std::string_view, int> ids_;  // keys view strings_
  std::deque<std::string> strings_;  // stable references
};

// What the aggregates need of one attribution.
struct AttributionRow {
  int64_t attribution;
  int doc;              // index into Corpus::docs
  int article_speaker;  // index into Corpus::speakers, -1 when it has no speaker name
  int role;             // interned, -1 when none
};

// An article's speaker: (document, entity or -1, name, kind), as the
// attributions give it.
struct ArticleSpeakerRow {
  int64_t entity;
  std::string name, kind;
  int doc;
  int count = 0;
};

struct DocRow {
  int64_t doc;
  int outlet, date, month;  // interned
};

struct Corpus {
  Interned strings;
  // Each distinct quote text once (wire copy and reprints repeat them);
  // occurrences view them.
  Interned quote_texts;
  std::vector<DocRow> docs;  // in key order
  std::vector<ArticleSpeakerRow> speakers;
  std::vector<AttributionRow> attributions;
  std::vector<internal::QuoteOccurrence> occurrences;  // one per attribution
  // (outlet, month) -> (named, anonymous), over attributions with a known kind.
  std::map<std::pair<int, int>, std::pair<int64_t, int64_t>> sourcing;
};

// The first seven characters of a date ("2019-06"), as SQL's substr.
std::string_view Month(std::string_view date) {
  size_t chars = 0, i = 0;
  for (; i < date.size(); ++i) {
    if ((static_cast<unsigned char>(date[i]) & 0xC0) != 0x80 && chars++ == 7) break;
  }
  return date.substr(0, i);
}

Status ReadDocuments(Db* db, Corpus* c) {
  Statement q;
  WHOSAID_RETURN_IF_ERROR(db->Prepare("SELECT doc, outlet, date FROM documents ORDER BY doc", &q));
  return internal::ForEachRow(&q, [&](const Statement& r) {
    const std::string date = r.Text(2);
    c->docs.push_back({r.Int(0), c->strings.Id(r.Text(1)), c->strings.Id(date), c->strings.Id(Month(date))});
    return Status::Ok();
  });
}

// Adds one document's speakers in the order (entity, name, kind) and points
// its attributions (rows `first`.. of c->attributions) at them.
void AddArticleSpeakers(std::vector<ArticleSpeakerRow>* pending, size_t first, Corpus* c) {
  std::vector<int> order(pending->size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = static_cast<int>(k);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const ArticleSpeakerRow &x = (*pending)[a], &y = (*pending)[b];
    return std::tie(x.entity, x.name, x.kind) < std::tie(y.entity, y.name, y.kind);
  });
  std::vector<int> global(pending->size());
  for (int k : order) {
    global[k] = static_cast<int>(c->speakers.size());
    c->speakers.push_back(std::move((*pending)[k]));
  }
  for (size_t a = first; a < c->attributions.size(); ++a) {
    int& s = c->attributions[a].article_speaker;
    if (s >= 0) s = global[s];
  }
  pending->clear();
}

Status ReadAttributions(Db* db, Corpus* c) {
  Statement q;
  WHOSAID_RETURN_IF_ERROR(db->Prepare(
      "SELECT attribution, doc, coalesce(speaker_entity, -1), speaker_name, speaker_kind,"
      " speaker_role, coalesce(via_kind, '') FROM attributions ORDER BY attribution",
      &q));
  // Speakers of the document being read: (entity, name, kind) -> index.
  std::map<std::tuple<int64_t, std::string, std::string>, int, std::less<>> in_doc;
  std::vector<ArticleSpeakerRow> pending;
  size_t doc_first = 0;
  int doc = -1;
  const int anonymous = c->strings.Id(SpeakerKindName(SpeakerKind::kAnonymous));
  const int unknown = c->strings.Id(SpeakerKindName(SpeakerKind::kUnknown));
  Status read = internal::ForEachRow(&q, [&](const Statement& r) -> Status {
    const int64_t key = r.Int(1);
    if (doc < 0 || c->docs[doc].doc != key) {
      AddArticleSpeakers(&pending, doc_first, c);
      in_doc.clear();
      doc_first = c->attributions.size();
      auto it = std::lower_bound(c->docs.begin() + (doc < 0 ? 0 : doc), c->docs.end(), key,
                                 [](const DocRow& d, int64_t k) { return d.doc < k; });
      if (it == c->docs.end() || it->doc != key) {
        return CorruptError("attribution " + std::to_string(r.Int(0)) + " has no document");
      }
      doc = static_cast<int>(it - c->docs.begin());
    }
    AttributionRow row{r.Int(0), doc, -1, r.IsNull(5) ? -1 : c->strings.Id(r.TextView(5))};
    const std::string_view name = r.TextView(3), kind = r.TextView(4);
    const int kind_id = c->strings.Id(kind);
    if (kind_id != unknown) {
      const bool anon =
          kind_id == anonymous || r.TextView(6) == SpeakerKindName(SpeakerKind::kAnonymous);
      const DocRow& d = c->docs[doc];
      auto& counts = c->sourcing[{d.outlet, d.month}];
      ++(anon ? counts.second : counts.first);
    }
    if (!name.empty()) {
      auto it = in_doc.find(std::make_tuple(r.Int(2), name, kind));
      if (it == in_doc.end()) {
        it = in_doc.emplace(std::make_tuple(r.Int(2), std::string(name), std::string(kind)),
                            static_cast<int>(pending.size())).first;
        pending.push_back({r.Int(2), std::string(name), std::string(kind), doc});
      }
      ++pending[it->second].count;
      row.article_speaker = it->second;
    }
    c->attributions.push_back(row);
    return Status::Ok();
  });
  WHOSAID_RETURN_IF_ERROR(read);
  AddArticleSpeakers(&pending, doc_first, c);
  return Status::Ok();
}

// Each attribution's quote, in key order, as ReadAttributions reads the
// rest: on a connection of its own, so that the two scans run at once. It
// reads the last committed state, which is what the caller's connection
// sees of the attributions while it holds the write lock (and writes only
// the tables Link fills).
Status ReadQuotes(const std::string& path, Corpus* c) {
  Db db;
  WHOSAID_RETURN_IF_ERROR(db.OpenReadOnly(path));
  WHOSAID_RETURN_IF_ERROR(db.Exec("PRAGMA cache_size = -65536"));
  Statement q;
  WHOSAID_RETURN_IF_ERROR(
      db.Prepare("SELECT quote, type = 'mixed' FROM attributions ORDER BY attribution", &q));
  return internal::ForEachRow(&q, [&](const Statement& r) {
    c->occurrences.push_back({c->quote_texts[c->quote_texts.Id(r.TextView(0))], -1, r.Int(1) != 0});
    return Status::Ok();
  });
}

// Per linked speaker: attributions, documents and the kind (of its last
// article speaker, as stored).
struct SpeakerTotals {
  int64_t attributions = 0, documents = 0;
  int last_doc = -1;
  const std::string* kind = nullptr;
};

// One role of one speaker, case aside: its spelling (the least, byte-wise),
// its first and last non-empty dates and its number of attributions.
struct RoleTotals {
  int role = -1;
  int first_date = -1, last_date = -1;
  int64_t attributions = 0;
};

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

Status WriteSpeakers(Db* db, const Corpus& c, const internal::LinkedSpeakers& linked) {
  const size_t n = linked.display_name.size();
  std::vector<SpeakerTotals> totals(n);
  for (size_t k = 0; k < c.speakers.size(); ++k) {
    totals[linked.speaker_of[k]].kind = &c.speakers[k].kind;
  }
  // Roles: (speaker, role case aside) -> totals; outlets: (outlet, speaker)
  // -> count; both keyed by interned ids packed in 64 bits, and sorted by
  // their strings before they are written.
  auto pack = [](int high, int low) {
    return (uint64_t{static_cast<uint32_t>(high)} << 32) | static_cast<uint32_t>(low);
  };
  std::vector<int> lowered(c.strings.size(), -1);  // interned role -> its AsciiLower, interned
  std::vector<std::string> lowered_text;
  std::unordered_map<std::string, int> lowered_id;
  std::unordered_map<uint64_t, RoleTotals> roles;
  std::unordered_map<uint64_t, int64_t> outlets;
  for (const AttributionRow& a : c.attributions) {
    if (a.article_speaker < 0) continue;
    const int s = linked.speaker_of[a.article_speaker];
    const DocRow& d = c.docs[a.doc];
    SpeakerTotals& t = totals[s];
    ++t.attributions;
    if (t.last_doc != a.doc) ++t.documents, t.last_doc = a.doc;
    ++outlets[pack(d.outlet, s)];
    if (a.role >= 0) {
      if (lowered[a.role] < 0) {
        std::string lower = AsciiLower(c.strings[a.role]);
        auto [it, added] = lowered_id.try_emplace(lower, static_cast<int>(lowered_text.size()));
        if (added) lowered_text.push_back(std::move(lower));
        lowered[a.role] = it->second;
      }
      RoleTotals& r = roles[pack(s, lowered[a.role])];
      if (r.role < 0 || c.strings[a.role] < c.strings[r.role]) r.role = a.role;
      if (!c.strings[d.date].empty()) {
        if (r.first_date < 0 || c.strings[d.date] < c.strings[r.first_date]) r.first_date = d.date;
        if (r.last_date < 0 || c.strings[d.date] > c.strings[r.last_date]) r.last_date = d.date;
      }
      ++r.attributions;
    }
  }

  Statement speaker, name, role, outlet;
  WHOSAID_RETURN_IF_ERROR(db->Prepare("INSERT INTO speakers VALUES (?,?,?,?,?)", &speaker));
  WHOSAID_RETURN_IF_ERROR(db->Prepare(
      "INSERT OR IGNORE INTO speaker_names (name, speaker, attributions) VALUES (?,?,?)", &name));
  WHOSAID_RETURN_IF_ERROR(db->Prepare("INSERT INTO speaker_roles VALUES (?,?,?,?,?)", &role));
  WHOSAID_RETURN_IF_ERROR(db->Prepare("INSERT INTO speaker_outlets VALUES (?,?,?)", &outlet));
  for (size_t s = 0; s < n; ++s) {
    const int64_t id = static_cast<int64_t>(s) + 1;
    speaker.Bind(1, id).Bind(2, linked.display_name[s]).Bind(3, *totals[s].kind);
    WHOSAID_RETURN_IF_ERROR(speaker.Bind(4, totals[s].attributions).Bind(5, totals[s].documents).Run());
    for (const std::string& alias : linked.names[s]) {
      WHOSAID_RETURN_IF_ERROR(name.Bind(1, alias).Bind(2, id).Bind(3, totals[s].attributions).Run());
    }
  }
  static const std::string kNoDate;
  auto date = [&](int id) -> const std::string& { return id < 0 ? kNoDate : c.strings[id]; };
  std::vector<std::pair<uint64_t, RoleTotals>> sorted_roles(roles.begin(), roles.end());
  std::sort(sorted_roles.begin(), sorted_roles.end(), [&](const auto& x, const auto& y) {
    return std::make_pair(x.first >> 32, std::string_view(lowered_text[x.first & 0xffffffff])) <
           std::make_pair(y.first >> 32, std::string_view(lowered_text[y.first & 0xffffffff]));
  });
  for (const auto& [key, r] : sorted_roles) {
    role.Bind(1, static_cast<int64_t>(key >> 32) + 1).Bind(2, c.strings[r.role]).Bind(3, date(r.first_date));
    WHOSAID_RETURN_IF_ERROR(role.Bind(4, date(r.last_date)).Bind(5, r.attributions).Run());
  }
  std::vector<std::pair<uint64_t, int64_t>> sorted_outlets(outlets.begin(), outlets.end());
  std::sort(sorted_outlets.begin(), sorted_outlets.end(), [&](const auto& x, const auto& y) {
    return std::make_pair(std::string_view(c.strings[static_cast<int>(x.first >> 32)]), x.first & 0xffffffff) <
           std::make_pair(std::string_view(c.strings[static_cast<int>(y.first >> 32)]), y.first & 0xffffffff);
  });
  for (const auto& [key, count] : sorted_outlets) {
    outlet.Bind(1, c.strings[static_cast<int>(key >> 32)]);
    WHOSAID_RETURN_IF_ERROR(outlet.Bind(2, static_cast<int64_t>(key & 0xffffffff) + 1).Bind(3, count).Run());
  }
  return Status::Ok();
}

Status WriteSourcing(Db* db, const Corpus& c) {
  Statement q;
  WHOSAID_RETURN_IF_ERROR(db->Prepare("INSERT INTO sourcing_counts VALUES (?,?,?,?)", &q));
  for (const auto& [key, counts] : c.sourcing) {
    q.Bind(1, c.strings[key.first]).Bind(2, c.strings[key.second]);
    WHOSAID_RETURN_IF_ERROR(q.Bind(3, counts.first).Bind(4, counts.second).Run());
  }
  return Status::Ok();
}

// Inserts `rows` rows of `columns` values into `table`, kRowsPerInsert per
// statement: a statement per row costs SQLite a start, an end and a reset
// per row, much of the cost of the narrow rows Link writes by the million.
// bind_row(statement, first parameter, row) binds one row.
constexpr int kRowsPerInsert = 64;

template <typename BindRow>
Status InsertRows(Db* db, const std::string& table, int columns, size_t rows, BindRow bind_row) {
  auto values = [&](int n) {
    std::string row = "(?";
    for (int k = 1; k < columns; ++k) row += ",?";
    row += ")";
    std::string sql = "INSERT INTO " + table + " VALUES " + row;
    for (int k = 1; k < n; ++k) sql += "," + row;
    return sql;
  };
  Statement many, one;
  WHOSAID_RETURN_IF_ERROR(db->Prepare(values(kRowsPerInsert), &many));
  WHOSAID_RETURN_IF_ERROR(db->Prepare(values(1), &one));
  size_t r = 0;
  for (; r + kRowsPerInsert <= rows; r += kRowsPerInsert) {
    for (int k = 0; k < kRowsPerInsert; ++k) bind_row(&many, 1 + k * columns, r + k);
    WHOSAID_RETURN_IF_ERROR(many.Run());
  }
  for (; r < rows; ++r) {
    bind_row(&one, 1, r);
    WHOSAID_RETURN_IF_ERROR(one.Run());
  }
  return Status::Ok();
}

// Per canonical quote: documents, outlets and first date, from its
// occurrences.
Status WriteQuotes(Db* db, const Corpus& c, const internal::QuoteGroups& groups) {
  const size_t n = groups.representative.size();
  std::vector<int64_t> documents(n, 0);
  std::vector<int> last_doc(n, -1);
  std::vector<std::vector<int>> outlets(n);  // interned outlets, few per quote
  std::vector<int> first_date(n, -1);
  for (size_t k = 0; k < c.attributions.size(); ++k) {
    const int q = groups.quote_of[k];
    const DocRow& d = c.docs[c.attributions[k].doc];
    if (last_doc[q] != c.attributions[k].doc) ++documents[q], last_doc[q] = c.attributions[k].doc;
    if (std::find(outlets[q].begin(), outlets[q].end(), d.outlet) == outlets[q].end()) {
      outlets[q].push_back(d.outlet);
    }
    const std::string& date = c.strings[d.date];
    if (!date.empty() && (first_date[q] < 0 || date < c.strings[first_date[q]])) first_date[q] = d.date;
  }
  Statement quote;
  WHOSAID_RETURN_IF_ERROR(db->Prepare("INSERT INTO quotes VALUES (?,?,?,?,?)", &quote));
  for (size_t q = 0; q < n; ++q) {
    quote.Bind(1, static_cast<int64_t>(q) + 1).Bind(2, c.occurrences[groups.representative[q]].text);
    quote.Bind(3, documents[q]).Bind(4, static_cast<int64_t>(outlets[q].size()));
    WHOSAID_RETURN_IF_ERROR(quote.Bind(5, first_date[q] < 0 ? "" : c.strings[first_date[q]]).Run());
  }
  return Status::Ok();
}

// The corpus' dates, as interned ids, in the order the tables' keys sort
// them (undated last); and each interned date's rank in that order.
struct DateOrder {
  std::vector<int> dates;
  std::vector<int> rank;  // by interned id
};

DateOrder OrderDates(const Corpus& c) {
  DateOrder order;
  std::vector<int>& dates = order.dates;
  for (const DocRow& d : c.docs) dates.push_back(d.date);
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  std::sort(dates.begin(), dates.end(), [&](int x, int y) {
    return std::make_pair(c.strings[x].empty(), std::string_view(c.strings[x])) <
           std::make_pair(c.strings[y].empty(), std::string_view(c.strings[y]));
  });
  order.rank.assign(c.strings.size(), 0);
  for (size_t k = 0; k < dates.size(); ++k) order.rank[dates[k]] = static_cast<int>(k);
  return order;
}

// A speaker's or a quote's attributions (group_of[k] for attribution k, -1
// for none) into `table`, sorted here in the order of its key (the group,
// undated last, then by date and attribution), so that SQLite appends them
// and sorts nothing.
Status WriteGroupAttributions(Db* db, const char* table, const Corpus& c, const DateOrder& order,
                              const std::vector<int>& group_of) {
  struct Row {
    int group, date_rank;
    int64_t attribution;
  };
  std::vector<Row> rows;
  rows.reserve(c.attributions.size());
  for (size_t k = 0; k < c.attributions.size(); ++k) {
    if (group_of[k] < 0) continue;
    rows.push_back({group_of[k], order.rank[c.docs[c.attributions[k].doc].date], c.attributions[k].attribution});
  }
  std::sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
    return std::tie(x.group, x.date_rank, x.attribution) < std::tie(y.group, y.date_rank, y.attribution);
  });
  return InsertRows(db, table, 4, rows.size(), [&](Statement* q, int p, size_t k) {
    const Row& r = rows[k];
    const std::string& date = c.strings[order.dates[r.date_rank]];
    q->Bind(p, int64_t{r.group} + 1).Bind(p + 1, int64_t{date.empty()}).BindView(p + 2, date);
    q->Bind(p + 3, r.attribution);
  });
}

// Each attribution's linked speaker (-1: none), canonical quote and match,
// in key order.
Status WriteAttributionLinks(Db* db, const Corpus& c, const std::vector<int>& speaker_of,
                             const internal::QuoteGroups& groups) {
  return InsertRows(
      db, "attribution_links", 4, c.attributions.size(), [&](Statement* q, int p, size_t k) {
        q->Bind(p, c.attributions[k].attribution);
        if (speaker_of[k] >= 0) {
          q->Bind(p + 1, int64_t{speaker_of[k]} + 1);
        } else {
          q->BindNull(p + 1);
        }
        q->Bind(p + 2, int64_t{groups.quote_of[k]} + 1);
        q->BindView(p + 3, internal::QuoteMatchName(groups.match[k]));
      });
}

// The indexes of the tables Link fills: dropped while it fills them, then
// made again from their stored definitions (one sort each, several times
// cheaper than keeping them up to date row by row).
constexpr const char* kLinkIndexes =
    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN"
    " ('speakers', 'speaker_names', 'speaker_roles', 'speaker_outlets', 'quotes',"
    "  'sourcing_counts') ORDER BY name";

Status DropLinkIndexes(Db* db, std::vector<std::string>* definitions) {
  Statement q;
  WHOSAID_RETURN_IF_ERROR(db->Prepare(kLinkIndexes, &q));
  std::vector<std::string> names;
  WHOSAID_RETURN_IF_ERROR(internal::ForEachRow(&q, [&](const Statement& r) {
    names.push_back(r.Text(0));
    definitions->push_back(r.Text(1));
    return Status::Ok();
  }));
  for (const std::string& name : names) {
    WHOSAID_RETURN_IF_ERROR(db->Exec("DROP INDEX \"" + name + "\""));
  }
  return Status::Ok();
}

// Link has a core to itself at the end of an ingest, and the machine
// another: two steps that do not wait for each other run on a second
// thread (the quotes' scan beside the rest of the attributions', the quote
// matcher beside the speakers' writes). What each writes is the same as
// one after the other.
Status Relink(Db* db) {
  std::vector<std::string> indexes;
  WHOSAID_RETURN_IF_ERROR(DropLinkIndexes(db, &indexes));
  WHOSAID_RETURN_IF_ERROR(db->Exec(kClearLinks));
  Corpus c;
  WHOSAID_RETURN_IF_ERROR(ReadDocuments(db, &c));
  {
    Status quotes;
    std::thread reader([&] { quotes = ReadQuotes(db->path(), &c); });
    const Status rest = ReadAttributions(db, &c);
    reader.join();
    WHOSAID_RETURN_IF_ERROR(rest);
    WHOSAID_RETURN_IF_ERROR(quotes);
    if (c.occurrences.size() != c.attributions.size()) {
      return CorruptError("the attributions changed while Link read them");
    }
  }
  internal::LinkedSpeakers linked;
  {
    std::vector<internal::ArticleSpeaker> speakers;
    speakers.reserve(c.speakers.size());
    for (const ArticleSpeakerRow& r : c.speakers) {
      speakers.push_back({r.name, internal::SpeakerKindNamed(r.kind), c.docs[r.doc].doc, r.count});
    }
    linked = internal::LinkSpeakers(speakers);
  }
  // Short quotes only match within one speaker, so quotes are grouped after
  // speakers are linked.
  std::vector<int> speaker_of(c.attributions.size());
  for (size_t k = 0; k < c.attributions.size(); ++k) {
    const int s = c.attributions[k].article_speaker;
    speaker_of[k] = c.occurrences[k].speaker = s < 0 ? -1 : linked.speaker_of[s];
  }
  const DateOrder dates = OrderDates(c);
  internal::QuoteGroups groups;
  std::thread matcher([&] { groups = internal::GroupQuotes(c.occurrences); });
  Status speakers_written = WriteSpeakers(db, c, linked);
  if (speakers_written.ok()) speakers_written = WriteSourcing(db, c);
  if (speakers_written.ok()) {
    speakers_written = WriteGroupAttributions(db, "speaker_attributions", c, dates, speaker_of);
  }
  matcher.join();
  WHOSAID_RETURN_IF_ERROR(speakers_written);
  WHOSAID_RETURN_IF_ERROR(WriteQuotes(db, c, groups));
  WHOSAID_RETURN_IF_ERROR(WriteAttributionLinks(db, c, speaker_of, groups));
  WHOSAID_RETURN_IF_ERROR(WriteGroupAttributions(db, "quote_attributions", c, dates, groups.quote_of));
  for (const std::string& sql : indexes) WHOSAID_RETURN_IF_ERROR(db->Exec(sql));
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
