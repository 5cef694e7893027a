// SqlStore: the Store over a SqlConnection, shared by both databases.
//
// The work is split by concern: writing articles and merging their events
// (article_writer.cpp), filtering and aggregating events (event_query.cpp),
// and reading articles back as Documents (article_reader.cpp).
#ifndef ANNALIST_SRC_STORE_SQL_STORE_H_
#define ANNALIST_SRC_STORE_SQL_STORE_H_

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "annalist/store.h"
#include "store/sql.h"

namespace annalist::store {

class SqlStore : public Store {
 public:
  SqlStore(std::unique_ptr<SqlConnection> db, int schema_version)
      : db_(std::move(db)), schema_version_(schema_version) {}

  Status Ingest(const std::vector<const Document*>& docs,
                std::vector<IngestResult>* results) override;
  Status Contains(const std::string& key, bool* found) override;
  Status ReplaceAnalysis(int64_t article_id, const Document& doc) override;

  Status QueryEvents(const EventQuery& query, EventPage* out) override;
  Status CountEvents(const EventQuery& query, CountBy by, std::vector<CountRow>* out) override;
  Status GetEventMentions(int64_t event_id, std::vector<EventMention>* out) override;
  Status GetArticle(int64_t article_id, StoredArticle* out) override;
  Status ForEachArticle(int64_t after_id,
                        const std::function<bool(const StoredArticle&)>& fn) override;
  Status Stats(StoreStats* out) override;

 private:
  // article_writer.cpp
  struct LayerRows;  // the rows a transaction adds, buffered per table
  // The largest sentence and event ids before a transaction writes: rows
  // above them are the transaction's own, indexed by FinishWrite().
  struct Watermarks {
    int64_t sentence = 0, event = 0;
  };
  // How a transaction changes the merged events: mentions added (+1 each)
  // or removed (-1 each) per event id, and the events it created.
  struct EventChanges {
    std::map<int64_t, int64_t> mentions;
    std::set<int64_t> created;
  };
  Status IngestOne(const Document& doc, LayerRows* rows, EventChanges* changes,
                   IngestResult* result);
  Status WriteLayers(int64_t article_id, const Document& doc, LayerRows* rows,
                     EventChanges* changes, int* new_events);
  Status DeleteLayers(int64_t article_id, EventChanges* changes);
  Status MergeEvent(const Document& doc, const Event& event, int64_t* event_id, bool* created);
  Status ReadWatermarks(Watermarks* out);
  // Writes the buffered rows, refreshes the merged counts (and the rollups)
  // of the changed events and indexes the new sentences (full text) and
  // events (terms).
  Status FinishWrite(const Watermarks& before, LayerRows* rows, const EventChanges& changes);
  Status RefreshEventCounts(const EventChanges& changes);
  // article_reader.cpp
  Status LoadArticle(int64_t article_id, StoredArticle* out);
  // event_query.cpp: once, before the first query.
  Status MapForQueries();

  std::unique_ptr<SqlConnection> db_;
  int schema_version_;
  std::mutex mu_;  // serialises every call on db_
  bool mapped_ = false;
};

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_SQL_STORE_H_
