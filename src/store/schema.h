// The store's schema and its versioned migrations.
//
// schema_version holds one row per applied migration; Migrate() applies the
// missing ones in order, each in its own transaction, so a database written
// by an older annalist is brought up to date on open. The tables are
// described in docs/store.md.
#ifndef ANNALIST_SRC_STORE_SCHEMA_H_
#define ANNALIST_SRC_STORE_SCHEMA_H_

#include "store/sql.h"

namespace annalist::store {

// The version a fully migrated store has.
int LatestSchemaVersion();

// Applies every migration the database lacks; *version (may be null)
// receives the resulting version.
Status Migrate(SqlConnection* db, int* version);

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_SCHEMA_H_
