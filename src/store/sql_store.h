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
#include <unordered_map>
#include <vector>

#include "annalist/store.h"
#include "store/event_terms.h"
#include "store/sql.h"

namespace annalist::store {

class SqlStore : public Store {
 public:
  SqlStore(std::unique_ptr<SqlConnection> db, int schema_version);
  ~SqlStore() override;

  using Store::Write;
  Status Write(const std::vector<const Document*>& docs, const std::vector<std::string>& keys,
               std::vector<IngestResult>* results) override;
  Status Commit() override;
  Status Checkpoint() override;
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
  struct LayerRows;  // the rows a call adds, buffered per table
  // layer_rows_, emptied: one set of buffers for every call, so their
  // capacity is reused rather than grown again (through page faults) each
  // time.
  LayerRows& EmptyLayerRows();
  // The largest ids before a transaction writes: rows above them are the
  // transaction's own, indexed and counted by FinishWrite(). (Its new
  // events are known as they are created: see new_terms_.)
  struct Watermarks {
    int64_t mention = 0;
  };
  // How a transaction changes the merged events: mentions added (+1 each)
  // or removed (-1 each) per event id, and the events it created.
  struct EventChanges {
    std::map<int64_t, int64_t> mentions;
    std::set<int64_t> created;
  };
  Status IngestOne(const Document& doc, const std::string& key, LayerRows* rows,
                   IngestResult* result);
  Status WriteLayers(int64_t article_id, const Document& doc, LayerRows* rows,
                     int* new_events);
  Status DeleteLayers(int64_t article_id);
  Status MergeEvent(const Document& doc, const Event& event, int64_t* event_id, bool* created);
  Status ReadWatermarks(Watermarks* out);
  // Refreshes the merged counts (and the rollups) of the events the
  // transaction changed and indexes its new sentences (full text) and events
  // (terms); once per transaction, just before COMMIT, so an event mentioned
  // by many of its articles is counted once.
  Status FinishWrite();
  Status RefreshEventCounts();
  // Ends the transaction: COMMIT when `s` is OK (after FinishWrite), else
  // ROLLBACK; returns the first failure.
  Status EndWrite(Status s);
  // article_reader.cpp
  Status LoadArticle(int64_t article_id, StoredArticle* out);
  // event_query.cpp: once, before the first query.
  Status MapForQueries();

  std::unique_ptr<SqlConnection> db_;
  int schema_version_;
  std::mutex mu_;  // serialises every call on db_
  bool mapped_ = false;
  // The open write transaction, if any: where its rows begin, and what it
  // changed so far.
  bool writing_ = false;
  Watermarks before_;
  EventChanges changes_;
  std::unordered_map<std::string, int64_t> event_ids_;  // merged: event key -> id
  NewEventTerms new_terms_;  // of the events created
  std::unique_ptr<LayerRows> layer_rows_;  // see EmptyLayerRows()
};

}  // namespace annalist::store

#endif  // ANNALIST_SRC_STORE_SQL_STORE_H_
