// The store's schema and its versioned migrations.
//
// schema_version holds one row per applied migration; Migrate() applies the
// missing ones in order, each in its own transaction, so a database written
// by an older annalist is brought up to date on open. The tables are
// described in docs/store.md.
#ifndef ANNALIST_SRC_STORE_SCHEMA_H_
#define ANNALIST_SRC_STORE_SCHEMA_H_

#include <string>

#include "store/sql.h"

namespace annalist::store {

// The version a fully migrated store has.
int LatestSchemaVersion();

// The statement adding to the full-text index the sentences of the
// event_mentions rows satisfying `mentions` (SQL over event_mentions): only
// sentences that report an event are searched (free text finds events), and
// a transaction's are added at once (see SqlStore::FinishWrite).
std::string IndexMentionedSentences(Dialect dialect, const std::string& mentions);

// Applies every migration the database lacks; *version (may be null)
// receives the resulting version.
Status Migrate(SqlConnection* db, int* version);

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_SCHEMA_H_
