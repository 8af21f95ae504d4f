// Copyright 2026 The whosaid Authors.
//
// A thin RAII layer over the SQLite C API: a connection (Db) and a prepared
// statement (Statement), both reporting errors as whosaid::Status. Internal
// to the store; nothing here is part of the public API.
#ifndef WHOSAID_STORE_SQLITE_H_
#define WHOSAID_STORE_SQLITE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "whosaid/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace whosaid::internal {

class Statement;

// One connection. Not thread-safe: use it from one thread at a time.
class Db {
 public:
  Db() = default;
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Opens (creating when missing) the database file at `path`.
  Status Open(const std::string& path);
  // Opens an existing database file for reading only; no write can succeed.
  Status OpenReadOnly(const std::string& path);
  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  // Runs a statement returning one integer (a PRAGMA, a COUNT).
  Result<int64_t> QueryInt(std::string_view sql);
  // Compiles `sql` into `stmt`.
  Status Prepare(std::string_view sql, Statement* stmt);

  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }
  // The last error as "<what>: <sqlite message>".
  Status Error(std::string_view what) const;

 private:
  Status OpenWith(const std::string& path, int flags);

  sqlite3* db_ = nullptr;
  std::string path_;
};

// A prepared statement. Bind parameters are 1-based, as in SQLite; columns
// are 0-based.
class Statement {
 public:
  Statement() = default;
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, std::string_view value);  // the bytes are copied
  Statement& BindOptional(int index, const std::optional<std::string>& value);  // NULL when absent
  // The same without a copy (a malloc, a memcpy and a free per value, on
  // the rows an ingest writes by the million): the bytes must stay as they
  // are until the statement is reset (Run resets it).
  Statement& BindView(int index, std::string_view value);
  Statement& BindOptionalView(int index, const std::optional<std::string>& value);
  Statement& BindNull(int index);

  // Steps once: true when a row is available, false when done.
  Result<bool> Step();
  // Steps to completion of a statement that returns no rows, then resets it.
  Status Run();
  // Clears bindings and rewinds, ready to run again.
  void Reset();

  bool IsNull(int column) const;
  int64_t Int(int column) const;
  double Double(int column) const;
  std::string Text(int column) const;
  // The same without a copy: valid until the next Step or Reset.
  std::string_view TextView(int column) const;
  int ColumnCount() const;
  std::string ColumnName(int column) const;
  // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL.
  int ColumnType(int column) const;

 private:
  friend class Db;
  Db* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

// Steps `q` (bound, not yet stepped) through its rows, calling read(q) on
// each; `read` returns void, or a Status that stops the scan when not OK.
template <typename ReadRow>
Status ForEachRow(Statement* q, ReadRow read) {
  for (;;) {
    Result<bool> row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    if constexpr (std::is_void_v<std::invoke_result_t<ReadRow&, const Statement&>>) {
      read(*q);
    } else {
      WHOSAID_RETURN_IF_ERROR(read(*q));
    }
  }
}

}  // namespace whosaid::internal

#endif  // WHOSAID_STORE_SQLITE_H_
