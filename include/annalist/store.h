// Store: a database of processed articles and the events coded from them.
//
//   std::unique_ptr<Store> store;
//   Status s = Store::Open("events.db", &store);              // SQLite (default)
//   Status s = Store::Open("postgresql://localhost/annalist", &store);  // PostgreSQL
//   store->Ingest({&doc1, &doc2}, &results);   // after pipeline->Process(&doc)
//   EventQuery q; q.cameo = "19"; q.from = {2024, 1, 1};
//   EventPage page; store->QueryEvents(q, &page);   // then q.cursor = page.next_cursor
//
// Identity. An article is identified by its content hash (ArticleKey: text
// plus URL when known), so ingesting the same input twice adds nothing.
// Events are merged across articles: every coded event with the same date,
// source code, target code, CAMEO code, negation and place is ONE stored event
// (GDELT-style NumMentions / NumSources / NumArticles), and each article's
// report of it is kept as a mention with its evidence.
//
// Durability. Ingest() writes each article with all its rows inside one
// transaction (a batch of whole articles per transaction); a process killed
// at any moment leaves only whole articles behind, and running the same input
// again completes the store. Articles whose processing failed are recorded
// (ingest_errors) with their message and are not retried by a re-run.
//
// Threads. A Store serialises its own calls (an internal mutex), so one Store
// may be shared; for parallel readers (an HTTP server) open one Store per
// thread: SQLite runs in WAL mode, so readers never block the writer.
//
// Offsets in every Document the store returns are byte offsets as in
// annalist/document.h; WriteRecord() turns them into the JSON contract.
#ifndef ANNALIST_STORE_H_
#define ANNALIST_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "annalist/status.h"

namespace annalist {

// The identity of an article: a hex digest of its text and, when known, its
// URL. Equal keys mean "the same article" to the store.
std::string ArticleKey(const Document& doc);

// Which stored events a query returns. Empty/zero fields do not filter; all
// given filters must hold (AND).
struct EventQuery {
  std::string actor;    // actor code prefix on either side: "PAK", "PAKGOV", "IGOUNO"
  std::string source;   // actor code prefix of the source only
  std::string target;   // actor code prefix of the target only
  std::string country;  // ISO 3166 alpha-3 of the source or target actor
  std::string cameo;    // CAMEO code or prefix: "19" = root 19, "0231" exact family
  std::string plover;   // PLOVER type, case-insensitive: "ASSAULT"
  Date from, to;        // event date range, inclusive; unknown = open
  std::string place;    // place name (exact, case-insensitive) or country code of the place
  std::string speaker;  // substring of the speaker of a quote the event was stated in
  std::string text;     // free text searched in the sentences that report the event
                        // (SQLite FTS5 / PostgreSQL tsvector syntax: words AND-ed)
  int64_t article = 0;  // only events mentioned by this article id

  // Following new events: only events whose id is > after_id (ids grow with
  // ingestion), in ascending id order. Poll with the largest id seen.
  int64_t after_id = 0;

  // Pagination: at most `limit` events per page (clamped to 1..10000); pass
  // the previous page's next_cursor to continue. Pages are ordered by event
  // date, newest first, then id (ascending id order when after_id > 0).
  int limit = 100;
  std::string cursor;
};

// One merged event with the evidence of its first mention.
struct StoredEvent {
  int64_t id = 0;
  Date date;
  std::string source_code, source_name, source_country, source_sector;
  std::string target_code, target_name, target_country, target_sector;
  std::string cameo, cameo_root, plover, plover_mode;
  int quad_class = 0;
  double goldstein = 0;
  bool negated = false;
  // Place (empty name when the event has none).
  std::string place_name, place_country, place_admin1;
  double lat = 0, lon = 0;
  int64_t geonames_id = 0;
  // GDELT's counts: mentions (every report), distinct sources (outlets),
  // distinct articles. avg_tone is the mean tone of the mentions.
  int num_mentions = 0, num_sources = 0, num_articles = 0;
  double avg_tone = 0;
  // The first mention: its article and sentence, the words and the rule.
  int64_t article_id = 0;
  std::string article_url, article_title, source;  // source = outlet
  std::string sentence;        // text of the sentence
  std::string verb;            // evidence words (the verb)
  std::string rule, dictionary;
  int64_t first_ingested = 0;  // unix seconds when the event row was created
};

struct EventPage {
  std::vector<StoredEvent> events;
  std::string next_cursor;  // "" when this was the last page
};

// One article's report of an event.
struct EventMention {
  int64_t event_id = 0;
  int64_t article_id = 0;
  uint32_t event_index = 0;   // index in that article's Document::events
  uint32_t sentence = kNone;  // sentence index in the article
  std::string sentence_text;
  std::string verb, rule, dictionary;
  std::string source_text, target_text;  // the actor mentions' words
  std::string speaker;                   // when stated in a quote
  std::string article_url, article_title, source;
  Date published;
  double tone = 0;
};

enum class CountBy { kDay, kWeek, kMonth, kDyad, kCode, kRoot, kPlover, kCountry };
// Parses "day", "week", "month", "dyad", "code", "root", "plover", "country".
Status ParseCountBy(std::string_view name, CountBy* out);

// One aggregate bucket. key: "2024-11-14" (day), "2024-11-11" (the Monday of
// the week), "2024-11" (month), "PAKGOV>AFGGOV" (dyad: source>target),
// "0231" (code), "02" (root), "REQUEST" (plover), "PAK" (country, either side).
struct CountRow {
  std::string key;
  int64_t events = 0;    // distinct merged events
  int64_t mentions = 0;  // sum of NumMentions
  double goldstein = 0;  // mean Goldstein score of the events
};

// An article as stored, rebuilt as a Document with every layer (sentences,
// actors, events, quotes, places, times, quantities, claims, tone; tokens
// are not stored). event_ids[i] is the stored event of doc.events[i].
struct StoredArticle {
  int64_t id = 0;
  std::string key;  // ArticleKey
  Document doc;
  std::vector<int64_t> event_ids;
  int64_t ingested = 0;  // unix seconds
};

// What Ingest() did with one article.
struct IngestResult {
  int64_t article_id = 0;  // 0 when the article was recorded as an error
  bool added = false;      // false: already in the store (same key), or error
  bool error = false;      // recorded in ingest_errors
  int new_events = 0;      // merged event rows created by this article
};

struct StoreStats {
  int64_t articles = 0, events = 0, mentions = 0, errors = 0;
  int64_t max_event_id = 0;
  int schema_version = 0;
};

class Store {
 public:
  // Opens or creates a store and brings its schema up to date (versioned
  // migrations, schema_version table). `url`: a file path or "sqlite:PATH"
  // (":memory:" for a temporary store), or "postgresql://..." /
  // "postgres://..." (libpq connection URI).
  static Status Open(const std::string& url, std::unique_ptr<Store>* out);
  // The SQLite database a store URL opens (its path, ":memory:" included),
  // or "" for a PostgreSQL URL.
  static std::string SqlitePath(const std::string& url);

  virtual ~Store() = default;

  // ---- Writing ----------------------------------------------------------

  // Adds processed Documents in one transaction (all or none). A Document
  // with doc.error set is recorded in ingest_errors instead. Documents whose
  // key is already stored (or recorded as an error) are skipped.
  // results (may be null) receives one IngestResult per doc, in order.
  // Write() then Commit().
  Status Ingest(const std::vector<const Document*>& docs, std::vector<IngestResult>* results);

  // Ingest() in steps, for a stream of articles: Write() adds docs to the
  // open write transaction (opening one when none is), so a caller can
  // write a few articles at a time while it codes the next ones, and
  // Commit() makes everything written since the last commit durable at once
  // (nothing when no transaction is open). Other connections see none of it
  // before Commit(); a process killed in between leaves none of it. When
  // Write() fails the whole open transaction is rolled back. While one is
  // open, make no other call on this Store; destroying the Store drops it.
  Status Write(const std::vector<const Document*>& docs, std::vector<IngestResult>* results);
  // The same with keys[i] == ArticleKey(*docs[i]) already computed (a caller
  // that asked Contains() holds them), so no article is hashed twice.
  virtual Status Write(const std::vector<const Document*>& docs,
                       const std::vector<std::string>& keys,
                       std::vector<IngestResult>* results) = 0;
  virtual Status Commit() = 0;

  // Copies what committed transactions wrote from SQLite's write-ahead log
  // into the database file, without waiting for (or holding up) other
  // connections' reads and writes; nothing for PostgreSQL. A long ingest
  // calls it on a connection and thread of its own after each commit, so
  // that neither its writer nor its final close copies the whole log.
  virtual Status Checkpoint() = 0;

  // True when an article (or error) with this ArticleKey is stored: lets a
  // resumed ingest skip articles before processing them.
  virtual Status Contains(const std::string& key, bool* found) = 0;

  // Replaces every analysis layer of a stored article (sentences, actors,
  // events, quotes, places, times, quantities, claims, tone) by doc's, e.g.
  // after a dictionary change; the article's id, key and text stay. Merged
  // event counts are updated and events left with no mention are deleted.
  virtual Status ReplaceAnalysis(int64_t article_id, const Document& doc) = 0;

  // ---- Reading ----------------------------------------------------------

  virtual Status QueryEvents(const EventQuery& query, EventPage* out) = 0;
  // Aggregates over the events matching `query` (its limit/cursor are
  // ignored), ordered by key for dates and by events descending otherwise.
  virtual Status CountEvents(const EventQuery& query, CountBy by,
                             std::vector<CountRow>* out) = 0;
  virtual Status GetEventMentions(int64_t event_id, std::vector<EventMention>* out) = 0;
  // NotFound when there is no such article.
  virtual Status GetArticle(int64_t article_id, StoredArticle* out) = 0;
  // Calls `fn` for every stored article with id > after_id, in id order,
  // until it returns false. Used by export and recode.
  virtual Status ForEachArticle(int64_t after_id,
                                const std::function<bool(const StoredArticle&)>& fn) = 0;
  virtual Status Stats(StoreStats* out) = 0;
};

}  // namespace annalist

#endif  // ANNALIST_STORE_H_
