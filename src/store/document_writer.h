// Copyright 2026 The whosaid Authors.
//
// Writes one analysed Document into the tables of schema version 1 (see
// docs/schema.md), replacing the stored document of the same id. Keys are
// deterministic, so the database after any sequence of runs over the same
// inputs is identical to the one a single clean run makes:
//   - a document keeps its `doc` key when it is replaced; a new one takes
//     max(doc) + 1 (and a rolled-back batch gives its keys back);
//   - attribution = doc * 2^20 + ordinal.
#ifndef WHOSAID_STORE_DOCUMENT_WRITER_H_
#define WHOSAID_STORE_DOCUMENT_WRITER_H_

#include <cstdint>

#include "store/sqlite.h"
#include "whosaid/store.h"

namespace whosaid::internal {

// Attribution keys are doc << kAttributionBits | ordinal.
inline constexpr int kAttributionBits = 20;

// A 64-bit hash of everything Put stores: text, metadata and analysis (every
// field of the Document; a span by its offsets). Two documents with the
// same fingerprint are stored identically.
uint64_t DocumentFingerprint(const Document& doc, const DocumentMeta& meta);

// The document's own metadata, each field overridden by `meta`'s when that
// is not empty.
DocumentMeta EffectiveMeta(const Document& doc, const DocumentMeta& meta);

class DocumentWriter {
 public:
  // Prepares the statements on `db`, which must outlive the writer.
  Status Prepare(Db* db);
  // Writes `doc` inside the caller's open transaction. When it fails, the
  // rest of the transaction is as it was, unless PartialRows().
  Result<Store::PutResult> Put(const Document& doc, const DocumentMeta& meta,
                               uint64_t fingerprint);
  // Whether a failed Put left rows of its document behind (taking them out
  // failed too, as when the disk is full): the transaction must be rolled
  // back. Cleared by ClearPartialRows().
  bool PartialRows() const { return partial_rows_; }
  void ClearPartialRows() { partial_rows_ = false; }
  // Adds the content of the documents waiting in `fts_pending` (every Put
  // of the open batch, and any that an older whosaid left when it was
  // killed) to the full-text index, inside the caller's open transaction:
  // when they are at least half of all documents, one 'rebuild', which
  // reads every row once; otherwise one INSERT ... SELECT of their rows.
  //
  // Why not a trigger per row: FTS5 flushes its pending terms at every
  // statement that writes to it, so row-by-row indexing writes one tiny
  // segment per attribution and costs ten times what one INSERT ... SELECT
  // costs. Per batch, FTS5 merges its segments as they accumulate (64 at a
  // time, quotes_fts' automerge), which cost 13% more than one build at the
  // end (200,000 documents, 2,000 per batch: 19.1 against 16.9 CPU s in the
  // sqlite3 shell, before schema version 9's larger hashsize made it a
  // sixth cheaper); but a batch is indexed while the analysis goes on, and
  // a build at the end ran alone.
  Status IndexPending();
  // How many documents wait in `fts_pending`.
  Result<int64_t> PendingDocuments() { return CountOf(&count_pending_); }

 private:
  // Put's inserts under `key` (whose old rows are gone).
  Status Write(const Document& doc, const DocumentMeta& meta, uint64_t fingerprint, int64_t key);
  Status DeleteChildren(int64_t key);
  // Takes a stored document's attributions out of the full-text index,
  // unless they are still waiting in `fts_pending` to be put in.
  Status Unindex(int64_t key);
  Status InsertDocument(int64_t key, const Document& doc, const DocumentMeta& meta,
                        uint64_t fingerprint);
  Status InsertEntities(int64_t key, const Document& doc);
  Status InsertAttribution(int64_t key, int ordinal, const Attribution& a, const std::string& date);
  // The single integer `count` selects.
  static Result<int64_t> CountOf(Statement* count);

  Db* db_ = nullptr;
  bool partial_rows_ = false;
  Statement find_, next_key_query_, delete_doc_, delete_entities_, delete_attributions_,
      insert_doc_, insert_entity_, insert_attribution_, savepoint_, release_, rollback_,
      add_pending_, delete_pending_, is_pending_, count_pending_, count_documents_, index_pending_, rebuild_index_,
      clear_pending_, unindex_, insert_citation_, delete_citations_;
};

}  // namespace whosaid::internal

#endif  // WHOSAID_STORE_DOCUMENT_WRITER_H_
