// Copyright 2026 The whosaid Authors.
//
// Store's private state, shared by the files that implement Store: store.cc
// (open, batches, loading), queries.cc, and linker.cc.
#ifndef WHOSAID_STORE_STORE_IMPL_H_
#define WHOSAID_STORE_STORE_IMPL_H_

#include <string>
#include <vector>

#include "store/document_writer.h"
#include "store/sqlite.h"
#include "whosaid/store.h"

namespace whosaid {

class Store::Impl {
 public:
  internal::Db db;
  StoreOptions options;
  internal::DocumentWriter writer;
  bool in_batch = false;
  int batch_size = 0;

  // kInvalidArgument when the store was opened read-only.
  Status CheckWritable() const;
  // Opens a write transaction unless one is open.
  Status BeginBatch();
  // Writes one document into the open batch, committing when it is full.
  Result<PutResult> Put(const Document& doc, const DocumentMeta& meta, uint64_t fingerprint);
  // Indexes the open batch's documents for search and commits it, if any.
  Status CommitBatch();
  // CommitBatch, then indexes the documents still waiting for it (a killed
  // ingest's, or a batch's whose indexing failed).
  Status Commit();

  // Runs `sql` with `params` bound in order (?1, ?2, ...) and collects the rows.
  Result<Table> RunTable(const std::string& sql, const std::vector<Cell>& params);
  // RunTable with ?1 an FTS5 query: `query` as the user wrote it, or, when
  // that is not valid FTS5 syntax, its words each quoted.
  Result<Table> RunMatch(const std::string& sql, std::string_view query, const Cell& param2);
};

}  // namespace whosaid

#endif  // WHOSAID_STORE_STORE_IMPL_H_
