// Layer rows are keyed by their position in their article.
//
// The rows of an article's layers (sentences, actors, quotes, places, times,
// quantities, claims) are numbered by the article and their index in it:
//
//   id = article_id * kLayerIdStride + idx
//
// so one integer primary key (SQLite's rowid) both orders a layer by article
// and finds a row from a reference (an event's source actor is actors row
// LayerRowId(article, source_actor)). A second index on (article_id, idx),
// as the first schemas had, cost the writer a b-tree insert per row for
// nothing the id cannot answer. article_id and idx stay as columns for
// readers of the tables; the range LayerIdRange() selects an article's rows
// through the key.
#ifndef ANNALIST_SRC_STORE_LAYER_IDS_H_
#define ANNALIST_SRC_STORE_LAYER_IDS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#include "store/sql.h"

namespace annalist::store {

// Room for 2^20 rows per layer and article; an article with more is refused
// by the writer (ingest_errors), never stored with ids that collide.
constexpr int64_t kLayerIdStride = int64_t{1} << 20;
constexpr size_t kMaxLayerRows = static_cast<size_t>(kLayerIdStride);

inline int64_t LayerRowId(int64_t article_id, size_t idx) {
  return article_id * kLayerIdStride + static_cast<int64_t>(idx);
}

// The first and last id an article's rows can have, for "id BETWEEN ? AND ?".
inline std::pair<int64_t, int64_t> LayerIdRange(int64_t article_id) {
  return {LayerRowId(article_id, 0), LayerRowId(article_id, kMaxLayerRows - 1)};
}

// SQL of the id of row `idx` of article `article` (both SQL expressions),
// for joins from a reference: NULL when idx is NULL.
std::string LayerIdSql(const std::string& article, const std::string& idx);

// SQL of the text of sentence `s` of article `a` (table aliases): the bytes
// start_byte..end_byte of the article's text. Sentences do not store their
// text a second time.
std::string SentenceTextSql(Dialect dialect, const std::string& s = "s",
                            const std::string& a = "a");

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_LAYER_IDS_H_
