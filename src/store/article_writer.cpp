// Writing: one article's rows, and the merge of its events into the
// cross-article event table.
#include <algorithm>
#include <array>
#include <ctime>
#include <string>

#include "store/event_counts.h"
#include "store/event_rollups.h"
#include "store/event_terms.h"
#include "store/layer_ids.h"
#include "store/row_buffer.h"
#include "store/row_values.h"
#include "store/schema.h"
#include "store/sql_store.h"

namespace annalist::store {
namespace {

// What makes two coded events the same event (see store.h).
std::string EventKey(const Event& e, const Document& doc) {
  std::string key = e.date.ToString();
  key += '|' + e.source.code + '|' + e.target.code + '|' + e.cameo + '|';
  key += e.negated ? "not|" : "|";
  if (e.place != kNone && e.place < doc.places.size()) key += PlaceKey(doc.places[e.place]);
  return key;
}

// Why an article's layers cannot be stored (more rows than their ids have
// room for), or "".
std::string TooLargeToStore(const Document& doc) {
  const std::pair<const char*, size_t> layers[] = {
      {"sentences", doc.sentences.size()}, {"actors", doc.actors.size()},
      {"quotes", doc.quotes.size()},       {"places", doc.places.size()},
      {"times", doc.times.size()},         {"quantities", doc.quantities.size()},
      {"claims", doc.claims.size()}};
  for (const auto& [layer, count] : layers) {
    if (count > kMaxLayerRows) {
      return "too large to store: " + std::to_string(count) + " " + layer + ", at most " +
             std::to_string(kMaxLayerRows) + " per article";
    }
  }
  return "";
}

std::string_view ActorName(const Document& doc, const EventActor& a) {
  return a.actor < doc.actors.size() ? std::string_view(doc.actors[a.actor].name) : "";
}

}  // namespace

// The layers of the articles a transaction writes, one buffer per table,
// flushed in declaration order. Layer rows are keyed by position
// (store/layer_ids.h), so a mention knows its sentence's id without a lookup.
struct SqlStore::LayerRows {
  // (article_id and idx are generated from the id.)
  RowBuffer sentences{"INSERT INTO sentences (id, start_byte, end_byte)", "(?, ?, ?)"};
  RowBuffer actors{
      "INSERT INTO actors (id, sentence, start_byte, end_byte, code, country, sector, name, "
      "kind, refers_to, evidence_start, evidence_end, rule, dictionary)",
      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"};
  RowBuffer quotes{
      "INSERT INTO quotes (id, sentence, direct, speaker_start, speaker_end, speaker, "
      "speaker_actor, cue_start, cue_end, content_start, content_end)",
      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"};
  RowBuffer places{
      "INSERT INTO places (id, start_byte, end_byte, name, country, admin1, feature, lat, lon, "
      "geonames_id)",
      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"};
  RowBuffer times{"INSERT INTO times (id, start_byte, end_byte, value, type)",
                  "(?, ?, ?, ?, ?)"};
  RowBuffer quantities{
      "INSERT INTO quantities (id, start_byte, end_byte, value, about, approximate, "
      "change_kind, unit, event, tracked)",
      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"};
  RowBuffer claims{
      "INSERT INTO claims (id, proposition_event, proposition_start, proposition_end)",
      "(?, ?, ?, ?)"};
  RowBuffer claim_parties{
      "INSERT INTO claim_parties (article_id, claim, role, idx, actor, event, start_byte, "
      "end_byte)",
      "(?, ?, ?, ?, ?, ?, ?, ?)"};
  RowBuffer mentions{
      "INSERT INTO event_mentions (event_id, article_id, idx, sentence, sentence_id, "
      "source_actor, target_actor, place, quote, verb_start, verb_end, verb, rule, "
      "dictionary, tone, source, day)",
      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"};

  std::array<RowBuffer*, 9> Tables() {
    return {&sentences, &actors, &quotes, &places, &times, &quantities,
            &claims, &claim_parties, &mentions};
  }
  Status Flush(SqlConnection* db) {
    for (RowBuffer* table : Tables()) ANNALIST_RETURN_IF_ERROR(table->Flush(db));
    return Status::OK();
  }
  void Clear() {
    for (RowBuffer* table : Tables()) table->Clear();
  }
};

SqlStore::SqlStore(std::unique_ptr<SqlConnection> db, int schema_version)
    : db_(std::move(db)), schema_version_(schema_version) {}

SqlStore::~SqlStore() = default;

SqlStore::LayerRows& SqlStore::EmptyLayerRows() {
  if (!layer_rows_) layer_rows_ = std::make_unique<LayerRows>();
  layer_rows_->Clear();  // what a failed call left
  return *layer_rows_;
}

namespace {

const char* const kInsertEvent =
    "INSERT INTO events (key, date, day, source_code, source_country, source_sector, "
    "source_name, target_code, target_country, target_sector, target_name, cameo, "
    "cameo_root, quad_class, goldstein, plover, plover_mode, negated, place_name, place_key, "
    "place_country, place_admin1, lat, lon, geonames_id, created) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (key) DO NOTHING";

}  // namespace

Status SqlStore::Contains(const std::string& key, bool* found) {
  std::lock_guard lock(mu_);
  int64_t ignored;
  return db_->QueryInt(
      "SELECT 1 FROM articles WHERE key = ? UNION ALL SELECT 1 FROM ingest_errors WHERE key = ?",
      {key, key}, &ignored, found);
}

Status SqlStore::Write(const std::vector<const Document*>& docs,
                       const std::vector<std::string>& keys,
                       std::vector<IngestResult>* results) {
  if (keys.size() != docs.size()) {
    return Status::InvalidArgument("Write: one key per document is needed");
  }
  std::lock_guard lock(mu_);
  if (results) results->assign(docs.size(), IngestResult{});
  if (!writing_) {
    ANNALIST_RETURN_IF_ERROR(db_->BeginWrite());
    writing_ = true;
    if (Status s = ReadWatermarks(&before_); !s.ok()) return EndWrite(s);
  }
  LayerRows& rows = EmptyLayerRows();
  Status s;
  for (size_t i = 0; s.ok() && i < docs.size(); ++i) {
    IngestResult result;
    s = IngestOne(*docs[i], keys[i], &rows, &result).WithContext("article " + docs[i]->id);
    if (results) (*results)[i] = result;
  }
  // The rows go in now, while the caller still holds the Documents whose
  // words they view; the indexes and counts wait for Commit().
  if (s.ok()) s = rows.Flush(db_.get());
  return s.ok() ? s : EndWrite(s);
}

Status SqlStore::Commit() {
  std::lock_guard lock(mu_);
  if (!writing_) return Status::OK();
  return EndWrite(FinishWrite());
}

Status SqlStore::Checkpoint() {
  std::lock_guard lock(mu_);
  if (db_->dialect() != Dialect::kSqlite) return Status::OK();
  return db_->Exec("PRAGMA wal_checkpoint(PASSIVE)");
}

Status SqlStore::EndWrite(Status s) {
  writing_ = false;
  changes_ = EventChanges();
  event_ids_.clear();
  new_terms_.Clear();
  if (s.ok()) s = db_->Commit();
  if (!s.ok()) db_->Rollback();
  return s;
}

Status SqlStore::IngestOne(const Document& doc, const std::string& key, LayerRows* rows,
                           IngestResult* result) {
  const int64_t now = std::time(nullptr);
  const std::string too_large = TooLargeToStore(doc);
  if (doc.error || !too_large.empty()) {
    int64_t changes = 0;
    ANNALIST_RETURN_IF_ERROR(db_->Run(
        "INSERT INTO ingest_errors (key, doc_id, url, source, message, ingested) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
        {key, doc.id, doc.url, doc.source, doc.error ? doc.error->message : too_large, now},
        nullptr, &changes));
    result->error = changes > 0;
    return Status::OK();
  }
  int64_t article_id = 0;
  bool inserted = false;
  ANNALIST_RETURN_IF_ERROR(db_->Insert(
      "INSERT INTO articles (key, doc_id, url, title, source, published, published_inferred, "
      "presegmented, text, tone, ingested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (key) DO NOTHING",
      {key, std::string_view(doc.id), std::string_view(doc.url), std::string_view(doc.title),
       std::string_view(doc.source), doc.published.ToString(), Flag(doc.published_inferred),
       Flag(doc.presegmented), std::string_view(doc.text), Optional(doc.tone), now},
      &article_id, &inserted));
  if (!inserted) return Status::OK();  // stored already
  result->article_id = article_id;
  result->added = true;
  return WriteLayers(article_id, doc, rows, &result->new_events);
}

Status SqlStore::ReplaceAnalysis(int64_t article_id, const Document& doc) {
  std::lock_guard lock(mu_);
  if (writing_) return Status::InvalidArgument("ReplaceAnalysis inside an open Write()");
  ANNALIST_RETURN_IF_ERROR(db_->BeginWrite());
  writing_ = true;
  LayerRows& rows = EmptyLayerRows();
  int new_events = 0;
  Status s = DeleteLayers(article_id);
  // After the deletion: new rows may reuse the ids of deleted ones.
  if (s.ok()) s = ReadWatermarks(&before_);
  if (s.ok()) {
    s = db_->Run("UPDATE articles SET tone = ? WHERE id = ?", {Optional(doc.tone), article_id},
                 nullptr);
  }
  if (s.ok()) s = WriteLayers(article_id, doc, &rows, &new_events);
  if (s.ok()) s = rows.Flush(db_.get());
  if (s.ok()) s = FinishWrite();
  return EndWrite(s.WithContext("article " + std::to_string(article_id)));
}

Status SqlStore::DeleteLayers(int64_t article_id) {
  if (db_->dialect() == Dialect::kSqlite) {
    // The full-text index holds exactly the mentioned sentences (see
    // FinishWrite); a contentless FTS5 index must be told each row it
    // drops, with the text it indexed.
    static const std::string unindex =
        "INSERT INTO sentences_fts (sentences_fts, rowid, text) SELECT 'delete', s.id, " +
        SentenceTextSql(Dialect::kSqlite) +
        " FROM sentences s JOIN articles a ON a.id = s.article_id WHERE s.id IN "
        "(SELECT sentence_id FROM event_mentions WHERE article_id = ?)";
    ANNALIST_RETURN_IF_ERROR(db_->Run(unindex, {article_id}, nullptr));
  }
  ANNALIST_RETURN_IF_ERROR(db_->Run(
      "SELECT event_id FROM event_mentions WHERE article_id = ?", {article_id},
      [&](const SqlRow& row) {
        --changes_.mentions[row.Int(0)];
        return true;
      }));
  for (const char* table : {"event_mentions", "claim_parties"}) {
    ANNALIST_RETURN_IF_ERROR(db_->Run(
        std::string("DELETE FROM ") + table + " WHERE article_id = ?", {article_id}, nullptr));
  }
  const auto [first, last] = LayerIdRange(article_id);
  for (const char* table :
       {"sentences", "actors", "quotes", "places", "times", "quantities", "claims"}) {
    ANNALIST_RETURN_IF_ERROR(db_->Run(std::string("DELETE FROM ") + table +
                                          " WHERE id BETWEEN ? AND ?",
                                      {first, last}, nullptr));
  }
  return Status::OK();
}

Status SqlStore::WriteLayers(int64_t id, const Document& doc, LayerRows* rows,
                             int* new_events) {
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    rows->sentences.Add({LayerRowId(id, i), int64_t{s.span.begin}, int64_t{s.span.end}});
  }
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const ActorMention& a = doc.actors[i];
    rows->actors.Add({LayerRowId(id, i), Ref(a.sentence), int64_t{a.span.begin}, int64_t{a.span.end},
                      std::string_view(a.code), std::string_view(a.country),
                      std::string_view(a.sector), std::string_view(a.name),
                      std::string_view(ActorKindName(a.kind)), Ref(a.refers_to),
                      int64_t{a.evidence.span.begin}, int64_t{a.evidence.span.end},
                      std::string_view(a.evidence.rule), std::string_view(a.evidence.dictionary)});
  }
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    rows->quotes.Add({LayerRowId(id, i), Ref(q.sentence), Flag(q.direct), int64_t{q.speaker.begin},
                      int64_t{q.speaker.end}, doc.SpanText(q.speaker), Ref(q.speaker_actor),
                      int64_t{q.cue.begin}, int64_t{q.cue.end}, int64_t{q.content.begin},
                      int64_t{q.content.end}});
  }
  for (size_t i = 0; i < doc.places.size(); ++i) {
    const Place& p = doc.places[i];
    rows->places.Add({LayerRowId(id, i), int64_t{p.span.begin}, int64_t{p.span.end},
                      std::string_view(p.name), std::string_view(p.country),
                      std::string_view(p.admin1), std::string_view(PlaceFeatureName(p.feature)),
                      p.lat, p.lon, p.geonames_id});
  }
  for (size_t i = 0; i < doc.times.size(); ++i) {
    const TimeExpr& t = doc.times[i];
    rows->times.Add({LayerRowId(id, i), int64_t{t.span.begin}, int64_t{t.span.end},
                     std::string_view(t.value), std::string_view(t.type)});
  }
  for (size_t i = 0; i < doc.quantities.size(); ++i) {
    const Quantity& q = doc.quantities[i];
    rows->quantities.Add({LayerRowId(id, i), int64_t{q.span.begin}, int64_t{q.span.end}, q.value,
                          std::string_view(q.about), std::string_view(q.approximate),
                          std::string_view(q.change), std::string_view(q.unit), Ref(q.event),
                          std::string_view(q.tracked)});
  }
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    rows->claims.Add({LayerRowId(id, i), Ref(c.proposition_event), int64_t{c.proposition.begin},
                      int64_t{c.proposition.end}});
    for (const auto& [role, parties] : ClaimRoles(c)) {
      for (size_t j = 0; j < parties->size(); ++j) {
        const ClaimParty& p = (*parties)[j];
        rows->claim_parties.Add({id, Index(i), std::string_view(role), Index(j), Ref(p.actor),
                                 Ref(p.event), int64_t{p.span.begin}, int64_t{p.span.end}});
      }
    }
  }
  const std::string outlet = Outlet(doc);
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    int64_t event_id = 0;
    bool created = false;
    ANNALIST_RETURN_IF_ERROR(MergeEvent(doc, e, &event_id, &created));
    if (created) {
      ++*new_events;
      changes_.created.insert(event_id);
    }
    ++changes_.mentions[event_id];
    const SqlValue sentence_id =
        e.sentence < doc.sentences.size() ? SqlValue(LayerRowId(id, e.sentence)) : SqlValue();
    rows->mentions.Add({event_id, id, Index(i), Ref(e.sentence), sentence_id,
                        Ref(e.source.actor), Ref(e.target.actor), Ref(e.place), Ref(e.quote),
                        int64_t{e.evidence.span.begin}, int64_t{e.evidence.span.end},
                        doc.SpanText(e.evidence.span), std::string_view(e.evidence.rule),
                        std::string_view(e.evidence.dictionary), e.tone, outlet,
                        DayNumber(e.date)});
  }
  return Status::OK();
}

Status SqlStore::MergeEvent(const Document& doc, const Event& e, int64_t* event_id,
                            bool* created) {
  std::string key = EventKey(e, doc);
  // Within a transaction (which holds the write lock) an event, once merged,
  // keeps its id: its later mentions need no statement.
  if (auto known = event_ids_.find(key); known != event_ids_.end()) {
    *event_id = known->second;
    *created = false;
    return Status::OK();
  }
  // A probe of the key's index finds a stored event; only new ones are
  // inserted (SQLite's INSERT ... ON CONFLICT DO NOTHING RETURNING cost twice
  // a plain insert and a probe). ON CONFLICT still covers another writer
  // inserting the key since (PostgreSQL has no store-wide write lock).
  static const std::string kFindEvent = "SELECT id FROM events WHERE key = ?";
  bool found = false;
  ANNALIST_RETURN_IF_ERROR(db_->QueryInt(kFindEvent, {std::string_view(key)}, event_id, &found));
  bool inserted = false;
  if (!found) {
    const Place* place = e.place < doc.places.size() ? &doc.places[e.place] : nullptr;
    SqlValue lat, lon, geonames_id;
    if (place) {
      lat = place->lat;
      lon = place->lon;
      geonames_id = place->geonames_id;
    }
    using V = std::string_view;
    const std::string place_key = place ? Lower(place->name) : std::string();
    const int64_t day = DayNumber(e.date);
    ANNALIST_RETURN_IF_ERROR(db_->Insert(
        kInsertEvent,
        {V(key), e.date.ToString(), day, V(e.source.code), V(e.source.country),
         V(e.source.sector), ActorName(doc, e.source), V(e.target.code), V(e.target.country),
         V(e.target.sector), ActorName(doc, e.target), V(e.cameo), V(e.cameo_root),
         int64_t{e.quad_class}, e.goldstein, V(e.plover), V(e.plover_mode), Flag(e.negated),
         place ? V(place->name) : V(""), V(place_key), place ? V(place->country) : V(""),
         place ? V(place->admin1) : V(""), lat, lon, geonames_id,
         int64_t{std::time(nullptr)}},
        event_id, &inserted));
    if (!inserted) {  // the other writer's
      ANNALIST_RETURN_IF_ERROR(db_->QueryInt(kFindEvent, {std::string_view(key)}, event_id));
    } else {
      new_terms_.Add({e.source.code, e.target.code, e.source.country, e.target.country,
                      place_key, place ? V(place->country) : V(""), e.cameo, e.cameo_root,
                      e.plover},
                     day, *event_id);
    }
  }
  *created = inserted;
  event_ids_.emplace(std::move(key), *event_id);
  return Status::OK();
}

Status SqlStore::ReadWatermarks(Watermarks* out) {
  return db_->Run(
      "SELECT COALESCE(MAX(id), 0) FROM event_mentions", {}, [&](const SqlRow& row) {
        out->mention = row.Int(0);
        return false;
      });
}

Status SqlStore::FinishWrite() {
  ANNALIST_RETURN_IF_ERROR(RefreshEventCounts());
  // One statement each for all the new rows. SQLite's FTS5 flushes its
  // pending index at every statement savepoint, so indexing sentences one
  // statement (or trigger) at a time would write one tiny segment per
  // sentence. Only sentences that report an event are indexed: --text finds
  // events through their mentions' sentences, and those are one in seven.
  // A transaction's new mentions name exactly the sentences it indexes: an
  // article's sentences and mentions are written together.
  const std::string index_sentences = IndexMentionedSentences(db_->dialect(), "id > ?");
  ANNALIST_RETURN_IF_ERROR(db_->Run(index_sentences, {before_.mention}, nullptr));
  // The new events' terms, collected as MergeEvent created them
  // (event_terms.h), in key order.
  return new_terms_.Flush(db_.get());
}

Status SqlStore::RefreshEventCounts() {
  RollupChanges rollups;
  std::vector<int64_t> changed, orphans;  // orphans: events left without mentions
  for (const auto& [id, change] : changes_.mentions) changed.push_back(id);
  ANNALIST_RETURN_IF_ERROR(store::RefreshEventCounts(
      db_.get(), changed, before_.mention, [&](const SqlRow& row, int64_t id, bool orphaned) {
        const int64_t created = changes_.created.count(id);
        rollups.Add(row, created - (orphaned ? 1 : 0), changes_.mentions[id]);
        if (orphaned) orphans.push_back(id);
      }));
  for (int64_t id : orphans) {
    // An event left without mentions (re-coding) goes, with its terms.
    ANNALIST_RETURN_IF_ERROR(db_->Run(DeleteEventTerms("e.id = ?"), {id}, nullptr));
    ANNALIST_RETURN_IF_ERROR(db_->Run("DELETE FROM events WHERE id = ?", {id}, nullptr));
  }
  return rollups.Flush(db_.get());
}

}  // namespace annalist::store
