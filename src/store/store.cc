// Copyright 2026 The whosaid Authors.
//
// Store: opening and migrating the database, batched writes, and reading a
// document back as the analysis produced it.
#include <rapidjson/document.h>
#include <sqlite3.h>

#include "store/kind_names.h"
#include "store/schema.h"
#include "store/store_impl.h"

namespace whosaid {
namespace {

// WAL lets queries read while an ingest writes, and makes each commit one
// append; synchronous=NORMAL keeps every committed batch through a process
// crash (kill -9), which is the guarantee the store gives.
// 16 KiB pages (for a new file; an existing one keeps its own): an article's
// text, ~5 KB, fits in a page instead of a chain of overflow pages, and an
// ingest writes a fifth less.
constexpr const char* kPragmas =
    "PRAGMA page_size = 16384;"
    "PRAGMA journal_mode = WAL;"
    "PRAGMA synchronous = NORMAL;"
    "PRAGMA cache_size = -65536;"
    "PRAGMA temp_store = MEMORY;";

Span SpanOf(const std::string& text, int64_t start, int64_t end, int64_t byte_start,
            int64_t byte_end) {
  Span s;
  s.start = static_cast<uint32_t>(start);
  s.end = static_cast<uint32_t>(end);
  s.byte_start = static_cast<uint32_t>(byte_start);
  s.byte_end = static_cast<uint32_t>(byte_end);
  if (byte_start <= byte_end && static_cast<size_t>(byte_end) <= text.size()) {
    s.text = text.substr(s.byte_start, s.byte_end - s.byte_start);
  }
  return s;
}

// The span in the four columns from `first`, or none when they are NULL.
std::optional<Span> OptionalSpanAt(const internal::Statement& row, int first,
                                   const std::string& text) {
  if (row.IsNull(first)) return std::nullopt;
  return SpanOf(text, row.Int(first), row.Int(first + 1), row.Int(first + 2), row.Int(first + 3));
}

std::optional<std::string> OptionalText(const internal::Statement& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return row.Text(column);
}

Speaker SpeakerAt(const internal::Statement& row, int first) {
  Speaker s;
  s.name = row.Text(first);
  s.kind = internal::SpeakerKindNamed(row.Text(first + 1));
  s.role = OptionalText(row, first + 2);
  s.entity = row.IsNull(first + 3) ? -1 : static_cast<int>(row.Int(first + 3));
  s.organization = OptionalText(row, first + 4);
  return s;
}

// A reader neither creates nor migrates: it takes the database as it is, at
// exactly this build's schema version.
Status OpenForReading(const std::string& path, internal::Db* db) {
  WHOSAID_RETURN_IF_ERROR(db->OpenReadOnly(path));
  WHOSAID_RETURN_IF_ERROR(
      db->Exec("PRAGMA query_only = 1; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;"));
  Result<int64_t> version = db->QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (*version == 0) return CorruptError(path + ": not a whosaid database (no schema version)");
  const std::string versions = path + ": database schema version " + std::to_string(*version) +
                               ", this build reads " + std::to_string(internal::LatestSchemaVersion());
  if (*version > internal::LatestSchemaVersion()) return InvalidArgumentError(versions + " (a newer whosaid made it)");
  if (*version < internal::LatestSchemaVersion()) {
    return InvalidArgumentError(versions + " (a whosaid query on it migrates it: whosaid query --db " + path +
                                " speakers --limit 1)");
  }
  return Status::Ok();
}

}  // namespace

int StoreSchemaVersion() { return internal::LatestSchemaVersion(); }

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() { (void)impl_->Commit(); }

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, StoreOptions options) {
  if (options.batch_documents < 1) return InvalidArgumentError("batch_documents must be >= 1");
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  if (options.read_only) {
    WHOSAID_RETURN_IF_ERROR(OpenForReading(path, &impl->db));
  } else {
    WHOSAID_RETURN_IF_ERROR(impl->db.Open(path));
    WHOSAID_RETURN_IF_ERROR(impl->db.Exec(kPragmas));
    WHOSAID_RETURN_IF_ERROR(internal::Migrate(&impl->db));
    WHOSAID_RETURN_IF_ERROR(impl->writer.Prepare(&impl->db));
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Status Store::Impl::CheckWritable() const {
  if (!options.read_only) return Status::Ok();
  return InvalidArgumentError(db.path() + ": opened read-only; nothing can be written");
}

Status Store::Impl::BeginBatch() {
  if (in_batch) return Status::Ok();
  WHOSAID_RETURN_IF_ERROR(CheckWritable());
  WHOSAID_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  in_batch = true;
  batch_size = 0;
  // Whatever this batch writes, the cross-article tables no longer match.
  return db.Exec("UPDATE store_state SET value = 1 WHERE key = 'links_stale'");
}

Result<Store::PutResult> Store::Impl::Put(const Document& doc, const DocumentMeta& meta,
                                          uint64_t fingerprint) {
  WHOSAID_RETURN_IF_ERROR(BeginBatch());
  Result<PutResult> put = writer.Put(doc, meta, fingerprint);
  if (!put.ok() && writer.PartialRows()) {
    // Committing the batch would keep half a document under a fingerprint
    // that a rerun takes for done.
    writer.ClearPartialRows();
    (void)db.Exec("ROLLBACK");
    in_batch = false;
    const int lost = batch_size;
    batch_size = 0;
    return IoError(put.status().message() + "; the open batch (" + std::to_string(lost) +
                   " documents before this one) was rolled back");
  }
  if (!put.ok()) return put.status();
  if (++batch_size >= options.batch_documents) WHOSAID_RETURN_IF_ERROR(CommitBatch());
  return put;
}

Status Store::Impl::CommitBatch() {
  if (!in_batch) return Status::Ok();
  // The batch's documents go into the full-text index with the batch: the
  // index grows while the analysis runs instead of in one build at the end
  // of an ingest, when only one core had work. A failure leaves them in
  // fts_pending for the next Commit, and the batch commits; unless SQLite
  // rolled the whole transaction back (a full disk), and then the commit
  // fails, for the reason the indexing gives.
  const Status indexed = writer.IndexPending();
  in_batch = false;
  const Status committed = db.Exec("COMMIT");
  if (!committed.ok() && !indexed.ok()) {
    return IoError("the batch was lost: indexing it for search failed (" + indexed.message() +
                   "), then committing it (" + committed.message() + ")");
  }
  return committed;
}

Status Store::Impl::Commit() {
  WHOSAID_RETURN_IF_ERROR(CommitBatch());
  if (options.read_only) return Status::Ok();
  Result<int64_t> pending = writer.PendingDocuments();
  if (!pending.ok()) return pending.status();
  if (*pending == 0) return Status::Ok();  // no write transaction for nothing
  // The documents a killed ingest committed but did not index, in a
  // transaction of their own: they are durable already, and a failure here
  // leaves them waiting in fts_pending.
  WHOSAID_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  const Status indexed = writer.IndexPending();
  if (!indexed.ok()) {
    (void)db.Exec("ROLLBACK");
    return indexed;
  }
  return db.Exec("COMMIT");
}

Result<Store::PutResult> Store::Put(const Document& doc, const DocumentMeta& meta) {
  const DocumentMeta effective = internal::EffectiveMeta(doc, meta);
  return impl_->Put(doc, effective, internal::DocumentFingerprint(doc, effective));
}

Status Store::Commit() { return impl_->Commit(); }

Result<DocumentMeta> Store::LoadMeta(std::string_view id) {
  internal::Statement q;
  WHOSAID_RETURN_IF_ERROR(
      impl_->db.Prepare("SELECT url, outlet, date, title, byline FROM documents WHERE id = ?", &q));
  Result<bool> row = q.Bind(1, id).Step();
  if (!row.ok()) return row.status();
  if (!*row) return NotFoundError("no document " + std::string(id));
  return DocumentMeta{q.Text(0), q.Text(1), q.Text(2), q.Text(3), q.Text(4)};
}

Result<std::vector<std::string>> Store::DocumentIds() {
  internal::Statement q;
  WHOSAID_RETURN_IF_ERROR(impl_->db.Prepare("SELECT id FROM documents ORDER BY doc", &q));
  std::vector<std::string> ids;
  for (;;) {
    Result<bool> row = q.Step();
    if (!row.ok()) return row.status();
    if (!*row) return ids;
    ids.push_back(q.Text(0));
  }
}

namespace {

// Spans from the JSON array the writer packs them in (document_writer.cc).
Status ParseSpans(const std::string& json, const std::string& text, std::vector<Span>* spans) {
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  if (d.HasParseError() || !d.IsArray()) return CorruptError("bad span list: " + json);
  for (const auto& s : d.GetArray()) {
    if (!s.IsArray() || s.Size() != 4) return CorruptError("bad span: " + json);
    spans->push_back(SpanOf(text, s[0].GetInt64(), s[1].GetInt64(), s[2].GetInt64(),
                            s[3].GetInt64()));
  }
  return Status::Ok();
}

Status LoadEntities(internal::Db* db, int64_t key, Document* doc) {
  internal::Statement q;
  WHOSAID_RETURN_IF_ERROR(db->Prepare(
      "SELECT name, kind, role, mentions, organization FROM entities WHERE doc = ?"
      " ORDER BY entity",
      &q));
  q.Bind(1, key);
  Status parsed;
  WHOSAID_RETURN_IF_ERROR(internal::ForEachRow(&q, [&](const internal::Statement& r) {
    Entity e;
    e.name = r.Text(0);
    e.kind = internal::SpeakerKindNamed(r.Text(1));
    e.role = OptionalText(r, 2);
    e.organization = OptionalText(r, 4);
    if (parsed.ok()) parsed = ParseSpans(r.Text(3), doc->text, &e.mentions);
    doc->entities.push_back(std::move(e));
  }));
  return parsed;
}

Status LoadAttributions(internal::Db* db, int64_t key, Document* doc) {
  const int64_t first = key << internal::kAttributionBits;
  const int64_t last = first + (int64_t{1} << internal::kAttributionBits) - 1;
  internal::Statement q;
  WHOSAID_RETURN_IF_ERROR(db->Prepare(
      "SELECT type, cue_start, cue_end, cue_byte_start, cue_byte_end, source_start, source_end, "
      "source_byte_start, source_byte_end, speaker_name, speaker_kind, speaker_role, "
      "speaker_entity, speaker_organization, via_name, via_kind, via_role, via_entity, "
      "via_organization, content FROM attributions "
      "WHERE attribution BETWEEN ?1 AND ?2 ORDER BY attribution",
      &q));
  q.Bind(1, first).Bind(2, last);
  Status parsed;
  WHOSAID_RETURN_IF_ERROR(internal::ForEachRow(&q, [&](const internal::Statement& r) {
    Attribution a;
    a.type = internal::AttributionTypeNamed(r.Text(0));
    a.cue = OptionalSpanAt(r, 1, doc->text);
    a.source = OptionalSpanAt(r, 5, doc->text);
    a.speaker = SpeakerAt(r, 9);
    if (!r.IsNull(14)) a.via = SpeakerAt(r, 14);
    if (parsed.ok()) parsed = ParseSpans(r.Text(19), doc->text, &a.content);
    doc->attributions.push_back(std::move(a));
  }));
  return parsed;
}

}  // namespace

Result<Document> Store::LoadDocument(std::string_view id) {
  internal::Statement q;
  WHOSAID_RETURN_IF_ERROR(impl_->db.Prepare(
      "SELECT doc, text, invalid_utf8_bytes, unbalanced_quotes, url, outlet, date, title, byline"
      " FROM documents WHERE id = ?",
      &q));
  Result<bool> row = q.Bind(1, id).Step();
  if (!row.ok()) return row.status();
  if (!*row) return NotFoundError("no document " + std::string(id));
  Document doc;
  doc.id.assign(id);
  doc.text = q.Text(1);
  doc.repairs.invalid_utf8_bytes = static_cast<uint32_t>(q.Int(2));
  doc.repairs.unbalanced_quotes = static_cast<uint32_t>(q.Int(3));
  // Metadata as the reader gave it (an empty field is an absent one).
  std::optional<std::string>* fields[] = {&doc.url, &doc.outlet, &doc.date, &doc.title,
                                          &doc.byline};
  for (int k = 0; k < 5; ++k) {
    if (!q.Text(4 + k).empty()) *fields[k] = q.Text(4 + k);
  }
  const int64_t key = q.Int(0);
  WHOSAID_RETURN_IF_ERROR(LoadEntities(&impl_->db, key, &doc));
  WHOSAID_RETURN_IF_ERROR(LoadAttributions(&impl_->db, key, &doc));
  return doc;
}

Result<Table> Store::Impl::RunTable(const std::string& sql, const std::vector<Cell>& params) {
  internal::Statement q;
  WHOSAID_RETURN_IF_ERROR(db.Prepare(sql, &q));
  for (size_t k = 0; k < params.size(); ++k) {
    const int index = static_cast<int>(k) + 1;
    if (const auto* i = std::get_if<int64_t>(&params[k])) q.Bind(index, *i);
    if (const auto* s = std::get_if<std::string>(&params[k])) q.Bind(index, *s);
  }
  Table table;
  for (int c = 0; c < q.ColumnCount(); ++c) table.columns.push_back(q.ColumnName(c));
  WHOSAID_RETURN_IF_ERROR(internal::ForEachRow(&q, [&](const internal::Statement& r) {
    std::vector<Cell> cells;
    for (int c = 0; c < r.ColumnCount(); ++c) {
      switch (r.ColumnType(c)) {
        case SQLITE_NULL: cells.emplace_back(std::monostate()); break;
        case SQLITE_INTEGER: cells.emplace_back(r.Int(c)); break;
        case SQLITE_FLOAT: cells.emplace_back(r.Double(c)); break;
        default: cells.emplace_back(r.Text(c)); break;
      }
    }
    table.rows.push_back(std::move(cells));
  }));
  return table;
}

}  // namespace whosaid
