// Copyright 2026 The whosaid Authors.
#include "store/document_writer.h"

#include <charconv>
#include <cstring>

#include "whosaid/document.h"

namespace whosaid::internal {
namespace {

// A 64-bit hash of the fields of a document, each prefixed by its length
// so that ("ab","c") and ("a","bc") differ. Eight bytes per step (the rounds
// of xxHash64): the text is most of what it reads, and FNV-1a's byte at a
// time cost a tenth of what storing a document costs.
class Fingerprinter {
 public:
  void Bytes(std::string_view bytes) {
    Number(bytes.size());
    size_t k = 0;
    for (; k + 8 <= bytes.size(); k += 8) {
      uint64_t word;
      std::memcpy(&word, bytes.data() + k, 8);
      Number(word);
    }
    if (k < bytes.size()) {
      uint64_t tail = 0;
      std::memcpy(&tail, bytes.data() + k, bytes.size() - k);
      Number(tail);
    }
  }
  void Number(uint64_t n) {
    h_ += n * kPrime2;
    h_ = ((h_ << 31) | (h_ >> 33)) * kPrime1;
  }
  void Optional(const std::optional<std::string>& s) {
    Number(s.has_value());
    if (s) Bytes(*s);
  }
  // The offsets; the span's text is the document's, hashed once.
  void SpanAt(const Span& span) {
    Number((uint64_t{span.start} << 32) | span.end);
    Number((uint64_t{span.byte_start} << 32) | span.byte_end);
  }
  void Spans(const std::vector<Span>& spans) {
    Number(spans.size());
    for (const Span& span : spans) SpanAt(span);
  }
  void OptionalSpan(const std::optional<Span>& span) {
    Number(span.has_value());
    if (span) SpanAt(*span);
  }
  void SpeakerOf(const Speaker& s) {
    Bytes(s.name);
    Number(static_cast<uint64_t>(s.kind));
    Optional(s.role);
    Optional(s.organization);
    Number(static_cast<uint64_t>(static_cast<int64_t>(s.entity)));
  }
  // xxHash64's avalanche of the state.
  uint64_t value() const {
    uint64_t h = h_;
    h ^= h >> 33;
    h *= kPrime2;
    h ^= h >> 29;
    h *= kPrime3;
    return h ^ (h >> 32);
  }

 private:
  static constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
  static constexpr uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;
  static constexpr uint64_t kPrime3 = 0x165667B19E3779F9ULL;
  uint64_t h_ = 0x27D4EB2F165667C5ULL;
};

// Binds a span's four offsets at `first`..`first`+3, or NULLs.
void BindSpan(Statement* stmt, int first, const std::optional<Span>& span) {
  for (int k = 0; k < 4; ++k) stmt->BindNull(first + k);
  if (!span) return;
  stmt->Bind(first, int64_t{span->start}).Bind(first + 1, int64_t{span->end});
  stmt->Bind(first + 2, int64_t{span->byte_start}).Bind(first + 3, int64_t{span->byte_end});
}

// Binds name, kind, role, entity and organization at `first`..`first`+4,
// without copies: `s` must outlive the statement's run.
void BindSpeaker(Statement* stmt, int first, const Speaker& s) {
  stmt->BindView(first, s.name).BindView(first + 1, SpeakerKindName(s.kind));
  stmt->BindOptionalView(first + 2, s.role);
  if (s.entity >= 0) {
    stmt->Bind(first + 3, int64_t{s.entity});
  } else {
    stmt->BindNull(first + 3);
  }
  stmt->BindOptionalView(first + 4, s.organization);
}

// Spans as a JSON array of [start, end, byte_start, byte_end] arrays.
std::string SpansJson(const std::vector<Span>& spans) {
  std::string out = "[";
  char buf[4 * 11 + 8];
  for (const Span& s : spans) {
    char* p = buf;
    if (out.size() > 1) *p++ = ',';
    *p++ = '[';
    for (uint32_t n : {s.start, s.end, s.byte_start, s.byte_end}) {
      p = std::to_chars(p, buf + sizeof buf, n).ptr;
      *p++ = ',';
    }
    p[-1] = ']';
    out.append(buf, p);
  }
  return out + "]";
}

std::string QuoteText(const Attribution& a) {
  std::string s;
  for (size_t k = 0; k < a.content.size(); ++k) {
    if (k > 0) s += " \u2026 ";
    s += a.content[k].text;
  }
  return s;
}

}  // namespace

DocumentMeta EffectiveMeta(const Document& doc, const DocumentMeta& meta) {
  auto pick = [](const std::string& override, const std::optional<std::string>& own) {
    return !override.empty() ? override : own.value_or("");
  };
  return DocumentMeta{pick(meta.url, doc.url), pick(meta.outlet, doc.outlet),
                      pick(meta.date, doc.date), pick(meta.title, doc.title),
                      pick(meta.byline, doc.byline)};
}

uint64_t DocumentFingerprint(const Document& doc, const DocumentMeta& meta) {
  Fingerprinter f;
  for (std::string_view part : {std::string_view(doc.text), std::string_view(meta.url),
                                std::string_view(meta.outlet), std::string_view(meta.date),
                                std::string_view(meta.title), std::string_view(meta.byline)}) {
    f.Bytes(part);
  }
  f.Number(doc.repairs.invalid_utf8_bytes);
  f.Number(doc.repairs.unbalanced_quotes);
  f.Number(doc.attributions.size());
  for (const Attribution& a : doc.attributions) {
    f.Number(static_cast<uint64_t>(a.type));
    f.Spans(a.content);
    f.OptionalSpan(a.cue);
    f.OptionalSpan(a.source);
    f.SpeakerOf(a.speaker);
    f.SpeakerOf(a.via);
  }
  f.Number(doc.entities.size());
  for (const Entity& e : doc.entities) {
    f.Bytes(e.name);
    f.Number(static_cast<uint64_t>(e.kind));
    f.Optional(e.role);
    f.Optional(e.organization);
    f.Spans(e.mentions);
  }
  return f.value();
}

Status DocumentWriter::Prepare(Db* db) {
  db_ = db;
  const std::string bits = std::to_string(kAttributionBits);
  const std::string index_pending =
      "INSERT INTO quotes_fts (rowid, quote) SELECT a.attribution, a.quote"
      " FROM fts_pending p JOIN attributions a ON a.attribution"
      " BETWEEN p.doc << " + bits + " AND (p.doc << " + bits + ") + (1 << " + bits + ") - 1";
  const std::pair<Statement*, const char*> statements[] = {
      {&find_, "SELECT doc, fingerprint FROM documents WHERE id = ?"},
      {&next_key_query_, "SELECT coalesce(max(doc), 0) + 1 FROM documents"},
      {&delete_doc_, "DELETE FROM documents WHERE doc = ?"},
      {&delete_entities_, "DELETE FROM entities WHERE doc = ?"},
      {&delete_attributions_, "DELETE FROM attributions WHERE attribution BETWEEN ?1 AND ?2"},
      {&insert_doc_, "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)"},
      {&insert_entity_,
       "INSERT INTO entities (doc, entity, name, kind, role, mentions, organization)"
       " VALUES (?,?,?,?,?,?,?)"},
      {&insert_attribution_,
       "INSERT INTO attributions (attribution, doc, ordinal, type, content, quote,"
       " cue_start, cue_end, cue_byte_start, cue_byte_end,"
       " source_start, source_end, source_byte_start, source_byte_end,"
       " speaker_name, speaker_kind, speaker_role, speaker_entity, speaker_organization,"
       " via_name, via_kind, via_role, via_entity, via_organization)"
       " VALUES (?,?,?,?,?,?, ?,?,?,?, ?,?,?,?, ?,?,?,?,?, ?,?,?,?,?)"},
      {&insert_citation_, "INSERT OR IGNORE INTO citations VALUES (?1, ?2 = '', ?2, ?3)"},
      {&delete_citations_, "DELETE FROM citations WHERE attribution BETWEEN ?1 AND ?2"},
      {&add_pending_, "INSERT OR IGNORE INTO fts_pending VALUES (?)"},
      {&delete_pending_, "DELETE FROM fts_pending WHERE doc = ?"},
      {&is_pending_, "SELECT 1 FROM fts_pending WHERE doc = ?"},
      {&count_pending_, "SELECT count(*) FROM fts_pending"},
      // Keys are handed out in order, so the largest is about the count, and
      // costs one B-tree descent where count(*) reads the table.
      {&count_documents_, "SELECT coalesce(max(doc), 0) FROM documents"},
      {&index_pending_, index_pending.c_str()},
      {&rebuild_index_, "INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')"},
      {&clear_pending_, "DELETE FROM fts_pending"},
      {&unindex_,
       "INSERT INTO quotes_fts (quotes_fts, rowid, quote) SELECT 'delete', attribution, quote"
       " FROM attributions WHERE attribution BETWEEN ?1 AND ?2"},
      {&savepoint_, "SAVEPOINT put"},
      {&release_, "RELEASE put"},
      {&rollback_, "ROLLBACK TO put"},
  };
  for (const auto& [stmt, sql] : statements) WHOSAID_RETURN_IF_ERROR(db->Prepare(sql, stmt));
  return Status::Ok();
}

Result<Store::PutResult> DocumentWriter::Put(const Document& doc, const DocumentMeta& meta,
                                             uint64_t fingerprint) {
  if (doc.id.empty()) return InvalidArgumentError("cannot store a document without an id");
  if (doc.attributions.size() >= (size_t{1} << kAttributionBits)) {
    return LimitExceededError("document " + doc.id + " has more than 2^20 attributions");
  }
  find_.Bind(1, doc.id);
  Result<bool> found = find_.Step();
  const int64_t old_key = found.ok() && *found ? find_.Int(0) : 0;
  const bool unchanged = old_key != 0 && find_.Int(1) == static_cast<int64_t>(fingerprint);
  find_.Reset();
  if (!found.ok()) return found.status();
  if (unchanged) return Store::PutResult::kUnchanged;

  if (old_key != 0) {
    // A replacement deletes the stored rows before it writes the new ones:
    // a savepoint brings them back if the writing fails halfway.
    WHOSAID_RETURN_IF_ERROR(savepoint_.Run());
    Status written = DeleteChildren(old_key);
    if (written.ok()) written = Write(doc, meta, fingerprint, old_key);
    if (!written.ok()) (void)rollback_.Run();
    WHOSAID_RETURN_IF_ERROR(release_.Run());
    if (!written.ok()) return written;
    return Store::PutResult::kReplaced;
  }
  // A new document needs no savepoint, whose journal copies every page the
  // document touches (about a fifth of the cost of storing it, in a profile
  // of a rules-only ingest): if writing it fails halfway, its rows, all
  // under its new key, are deleted.
  Result<bool> row = next_key_query_.Step();
  const int64_t key = row.ok() && *row ? next_key_query_.Int(0) : 0;
  next_key_query_.Reset();
  if (!row.ok()) return row.status();
  Status written = Write(doc, meta, fingerprint, key);
  if (written.ok()) return Store::PutResult::kAdded;
  Status undone = DeleteChildren(key);
  if (undone.ok()) undone = delete_pending_.Bind(1, key).Run();
  if (!undone.ok()) {
    partial_rows_ = true;
    return IoError(written.message() + "; taking the partly written document out failed too (" +
                   undone.message() + ")");
  }
  return written;
}

Status DocumentWriter::Write(const Document& doc, const DocumentMeta& meta, uint64_t fingerprint,
                             int64_t key) {
  WHOSAID_RETURN_IF_ERROR(InsertDocument(key, doc, meta, fingerprint));
  WHOSAID_RETURN_IF_ERROR(add_pending_.Bind(1, key).Run());
  WHOSAID_RETURN_IF_ERROR(InsertEntities(key, doc));
  for (size_t k = 0; k < doc.attributions.size(); ++k) {
    WHOSAID_RETURN_IF_ERROR(
        InsertAttribution(key, static_cast<int>(k), doc.attributions[k], meta.date));
  }
  return Status::Ok();
}

Status DocumentWriter::IndexPending() {
  Result<int64_t> pending = PendingDocuments();
  if (!pending.ok()) return pending.status();
  if (*pending == 0) return Status::Ok();
  Result<int64_t> documents = CountOf(&count_documents_);
  if (!documents.ok()) return documents.status();
  WHOSAID_RETURN_IF_ERROR(2 * *pending >= *documents ? rebuild_index_.Run() : index_pending_.Run());
  return clear_pending_.Run();
}

Result<int64_t> DocumentWriter::CountOf(Statement* count) {
  Result<bool> row = count->Step();
  const int64_t n = row.ok() && *row ? count->Int(0) : 0;
  count->Reset();
  if (!row.ok()) return row.status();
  return n;
}

Status DocumentWriter::Unindex(int64_t key) {
  Result<bool> pending = is_pending_.Bind(1, key).Step();
  is_pending_.Reset();
  if (!pending.ok()) return pending.status();
  if (*pending) return Status::Ok();
  const int64_t first = key << kAttributionBits;
  return unindex_.Bind(1, first).Bind(2, first + (int64_t{1} << kAttributionBits) - 1).Run();
}

Status DocumentWriter::DeleteChildren(int64_t key) {
  const int64_t first = key << kAttributionBits;
  const int64_t last = first + (int64_t{1} << kAttributionBits) - 1;
  WHOSAID_RETURN_IF_ERROR(Unindex(key));
  WHOSAID_RETURN_IF_ERROR(delete_doc_.Bind(1, key).Run());
  WHOSAID_RETURN_IF_ERROR(delete_entities_.Bind(1, key).Run());
  WHOSAID_RETURN_IF_ERROR(delete_citations_.Bind(1, first).Bind(2, last).Run());
  return delete_attributions_.Bind(1, first).Bind(2, last).Run();
}

Status DocumentWriter::InsertDocument(int64_t key, const Document& doc, const DocumentMeta& meta,
                                      uint64_t fingerprint) {
  insert_doc_.Bind(1, key).BindView(2, doc.id).BindView(3, meta.url).BindView(4, meta.outlet);
  insert_doc_.BindView(5, meta.date).BindView(6, meta.title).BindView(7, meta.byline);
  insert_doc_.BindView(8, doc.text);
  insert_doc_.Bind(9, int64_t{doc.repairs.invalid_utf8_bytes});
  insert_doc_.Bind(10, int64_t{doc.repairs.unbalanced_quotes});
  insert_doc_.Bind(11, static_cast<int64_t>(fingerprint));
  return insert_doc_.Run();
}

Status DocumentWriter::InsertEntities(int64_t key, const Document& doc) {
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& entity = doc.entities[e];
    const std::string mentions = SpansJson(entity.mentions);
    insert_entity_.Bind(1, key).Bind(2, static_cast<int64_t>(e)).BindView(3, entity.name);
    insert_entity_.BindView(4, SpeakerKindName(entity.kind)).BindOptionalView(5, entity.role);
    insert_entity_.BindView(6, mentions).BindOptionalView(7, entity.organization);
    WHOSAID_RETURN_IF_ERROR(insert_entity_.Run());
  }
  return Status::Ok();
}

Status DocumentWriter::InsertAttribution(int64_t key, int ordinal, const Attribution& a,
                                         const std::string& date) {
  const int64_t id = (key << kAttributionBits) | ordinal;
  Statement& s = insert_attribution_;
  const std::string content = SpansJson(a.content), quote = QuoteText(a);
  s.Bind(1, id).Bind(2, key).Bind(3, int64_t{ordinal}).BindView(4, AttributionTypeName(a.type));
  s.BindView(5, content).BindView(6, quote);
  BindSpan(&s, 7, a.cue);
  BindSpan(&s, 11, a.source);
  BindSpeaker(&s, 15, a.speaker);
  if (a.via.name.empty()) {
    for (int k = 20; k <= 24; ++k) s.BindNull(k);
  } else {
    BindSpeaker(&s, 20, a.via);
  }
  WHOSAID_RETURN_IF_ERROR(s.Run());
  // Whose word another outlet's article rests on (Store::DocumentsCiting):
  // the source a speaker cites, and an outlet quoted as the speaker.
  if (!a.via.name.empty()) {
    WHOSAID_RETURN_IF_ERROR(insert_citation_.BindView(1, a.via.name).BindView(2, date).Bind(3, id).Run());
  }
  if (a.speaker.kind == SpeakerKind::kOutlet && !a.speaker.name.empty()) {
    WHOSAID_RETURN_IF_ERROR(
        insert_citation_.BindView(1, a.speaker.name).BindView(2, date).Bind(3, id).Run());
  }
  return Status::Ok();
}

}  // namespace whosaid::internal
