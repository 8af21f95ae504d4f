// Copyright 2026 The whosaid Authors.
#include "store/sqlite.h"

#include <sqlite3.h>

namespace whosaid::internal {

Db::~Db() {
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

Status Db::Open(const std::string& path) {
  return OpenWith(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX);
}

Status Db::OpenReadOnly(const std::string& path) {
  return OpenWith(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
}

Status Db::OpenWith(const std::string& path, int flags) {
  path_ = path;
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) return Error("cannot open database");
  sqlite3_extended_result_codes(db_, 1);
  // Another process (a query while an ingest runs) may hold the write lock
  // for the length of one batch: wait rather than fail.
  sqlite3_busy_timeout(db_, 60000);
  return Status::Ok();
}

Status Db::Error(std::string_view what) const {
  std::string message = path_ + ": " + std::string(what);
  if (db_ != nullptr) message += std::string(": ") + sqlite3_errmsg(db_);
  const int code = db_ != nullptr ? sqlite3_errcode(db_) & 0xff : SQLITE_CANTOPEN;
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return CorruptError(message);
  if (code == SQLITE_CANTOPEN) return NotFoundError(message);
  return IoError(message);
}

Status Db::Exec(std::string_view sql) {
  const std::string s(sql);
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Error("cannot run \"" + s.substr(0, 60) + "\"");
  }
  return Status::Ok();
}

Result<int64_t> Db::QueryInt(std::string_view sql) {
  Statement stmt;
  WHOSAID_RETURN_IF_ERROR(Prepare(sql, &stmt));
  Result<bool> row = stmt.Step();
  if (!row.ok()) return row.status();
  if (!*row) return Error("no row from \"" + std::string(sql) + "\"");
  return stmt.Int(0);
}

Status Db::Prepare(std::string_view sql, Statement* stmt) {
  if (stmt->stmt_ != nullptr) sqlite3_finalize(stmt->stmt_);
  stmt->stmt_ = nullptr;
  stmt->db_ = this;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &stmt->stmt_, nullptr) != SQLITE_OK) {
    return Error("cannot prepare \"" + std::string(sql.substr(0, 60)) + "\"");
  }
  return Status::Ok();
}

Statement::~Statement() {
  if (stmt_ != nullptr) sqlite3_finalize(stmt_);
}

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view value) {
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindOptional(int index, const std::optional<std::string>& value) {
  return value ? Bind(index, std::string_view(*value)) : BindNull(index);
}

Statement& Statement::BindView(int index, std::string_view value) {
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
  return *this;
}

Statement& Statement::BindOptionalView(int index, const std::optional<std::string>& value) {
  return value ? BindView(index, *value) : BindNull(index);
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Result<bool> Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_->Error("query failed");
}

Status Statement::Run() {
  Result<bool> row = Step();
  Reset();
  return row.ok() ? Status::Ok() : row.status();
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::Double(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Statement::Text(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  return p == nullptr ? std::string() : std::string(p, sqlite3_column_bytes(stmt_, column));
}

std::string_view Statement::TextView(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  return p == nullptr ? std::string_view() : std::string_view(p, sqlite3_column_bytes(stmt_, column));
}

int Statement::ColumnCount() const { return sqlite3_column_count(stmt_); }

std::string Statement::ColumnName(int column) const {
  const char* name = sqlite3_column_name(stmt_, column);
  return name == nullptr ? std::string() : name;
}

int Statement::ColumnType(int column) const { return sqlite3_column_type(stmt_, column); }

}  // namespace whosaid::internal
