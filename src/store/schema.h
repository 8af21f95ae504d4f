// Copyright 2026 The whosaid Authors.
//
// The database schema as an ordered list of migrations. Migration k takes a
// database from user_version k-1 to k; Migrate applies the missing ones in one
// transaction, so a database is always at some exact version.
// docs/schema.md describes the result table by table.
#ifndef WHOSAID_STORE_SCHEMA_H_
#define WHOSAID_STORE_SCHEMA_H_

#include "store/sqlite.h"
#include "whosaid/status.h"

namespace whosaid::internal {

// The version of the newest migration.
int LatestSchemaVersion();

// Brings `db` to LatestSchemaVersion(). Fails with kCorrupt when the database
// is newer than this build or is not a whosaid database.
Status Migrate(Db* db);

}  // namespace whosaid::internal

#endif  // WHOSAID_STORE_SCHEMA_H_
