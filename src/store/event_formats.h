// Stored events written out: JSON objects (query, HTTP API), CSV rows and
// GDELT 2.0 event-table rows (export).
#ifndef ANNALIST_SRC_STORE_EVENT_FORMATS_H_
#define ANNALIST_SRC_STORE_EVENT_FORMATS_H_

#include <string>

#include <nlohmann/json.hpp>

#include "annalist/store.h"

namespace annalist::store {

// {"id", "date", "source": {"code", "name", "country", "sector"}, "target",
//  "cameo", "cameo_root", "quad_class", "goldstein", "plover", "plover_mode",
//  "negated", "place": {...} or null, "num_mentions", "num_sources",
//  "num_articles", "avg_tone", "evidence": {"article", "url", "title",
//  "source", "sentence", "verb", "rule", "dictionary"}}
nlohmann::json EventJson(const StoredEvent& e);
nlohmann::json MentionJson(const EventMention& m);
nlohmann::json CountJson(const CountRow& row);

// CSV with a header row; fields quoted as RFC 4180 needs.
std::string CsvHeader();
std::string CsvRow(const StoredEvent& e);
// A CSV field, quoted when it holds a comma, quote or line break.
std::string CsvField(const std::string& s);

// The 61 tab-separated columns of GDELT 2.0's event table, in GDELT's order,
// with what annalist knows filled in and the rest left blank (see
// docs/store.md for the mapping). No header: GDELT files have none.
std::string GdeltRow(const StoredEvent& e);
constexpr int kGdeltColumns = 61;

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_EVENT_FORMATS_H_
