// Reading articles back as Documents, event mentions, and store statistics.
#include "store/layer_ids.h"
#include "store/row_values.h"
#include "store/sql_store.h"

namespace annalist::store {
namespace {

Span SpanAt(const SqlRow& row, int begin_column) {
  return Span{static_cast<uint32_t>(row.Int(begin_column)),
              static_cast<uint32_t>(row.Int(begin_column + 1))};
}

// Runs a per-article query with `params`; `read` appends one element per row.
Status ReadRows(SqlConnection* db, const std::string& sql, const SqlParams& params,
                const std::function<void(const SqlRow&)>& read) {
  return db->Run(sql, params, [&](const SqlRow& row) {
    read(row);
    return true;
  });
}

// An article's rows of a layer keyed by position (store/layer_ids.h), in
// order: `columns` of `table`.
Status ReadLayer(SqlConnection* db, const char* columns, const char* table, int64_t article_id,
                 const std::function<void(const SqlRow&)>& read) {
  const auto [first, last] = LayerIdRange(article_id);
  return ReadRows(db,
                  std::string("SELECT ") + columns + " FROM " + table +
                      " WHERE id BETWEEN ? AND ? ORDER BY id",
                  {first, last}, read);
}

}  // namespace

Status SqlStore::GetArticle(int64_t article_id, StoredArticle* out) {
  std::lock_guard lock(mu_);
  return LoadArticle(article_id, out);
}

Status SqlStore::LoadArticle(int64_t id, StoredArticle* out) {
  *out = StoredArticle{};
  Document& doc = out->doc;
  bool found = false;
  ANNALIST_RETURN_IF_ERROR(db_->Run(
      "SELECT key, doc_id, url, title, source, published, published_inferred, presegmented, "
      "text, tone, ingested FROM articles WHERE id = ?",
      {id}, [&](const SqlRow& r) {
        found = true;
        out->key = r.Text(0);
        doc.id = r.Text(1), doc.url = r.Text(2), doc.title = r.Text(3), doc.source = r.Text(4);
        Date::Parse(r.Text(5), &doc.published);
        doc.published_inferred = r.Int(6) != 0;
        doc.presegmented = r.Int(7) != 0;
        doc.text = r.Text(8);
        if (!r.IsNull(9)) doc.tone = r.Real(9);
        out->ingested = r.Int(10);
        return false;
      }));
  if (!found) return Status::NotFound("no article with id " + std::to_string(id));
  out->id = id;
  SqlConnection* db = db_.get();
  ANNALIST_RETURN_IF_ERROR(ReadLayer(db, "start_byte, end_byte", "sentences", id,
      [&](const SqlRow& r) { doc.sentences.push_back(Sentence{SpanAt(r, 0), 0, 0}); }));
  ANNALIST_RETURN_IF_ERROR(ReadLayer(
      db,
      "start_byte, end_byte, sentence, code, country, sector, name, kind, refers_to, "
      "evidence_start, evidence_end, rule, dictionary",
      "actors", id, [&](const SqlRow& r) {
        ActorMention& a = doc.actors.emplace_back();
        a.span = SpanAt(r, 0);
        a.sentence = RefAt(r, 2);
        a.code = r.Text(3), a.country = r.Text(4), a.sector = r.Text(5), a.name = r.Text(6);
        a.kind = ActorKindFromName(r.Text(7));
        a.refers_to = RefAt(r, 8);
        a.evidence = Evidence{SpanAt(r, 9), r.Text(11), r.Text(12)};
      }));
  ANNALIST_RETURN_IF_ERROR(ReadRows(
      db,
      "SELECT m.sentence, m.source_actor, m.target_actor, m.place, m.quote, m.verb_start, "
      "m.verb_end, m.rule, m.dictionary, m.tone, e.id, e.date, e.source_code, "
      "e.source_country, e.source_sector, e.target_code, e.target_country, e.target_sector, "
      "e.cameo, e.cameo_root, e.quad_class, e.goldstein, e.plover, e.plover_mode, e.negated "
      "FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = ? "
      "ORDER BY m.idx",
      {id}, [&](const SqlRow& r) {
        Event& e = doc.events.emplace_back();
        e.sentence = RefAt(r, 0);
        e.source.actor = RefAt(r, 1), e.target.actor = RefAt(r, 2);
        e.place = RefAt(r, 3), e.quote = RefAt(r, 4);
        e.evidence = Evidence{SpanAt(r, 5), r.Text(7), r.Text(8)};
        e.tone = r.Real(9);
        out->event_ids.push_back(r.Int(10));
        Date::Parse(r.Text(11), &e.date);
        e.source.code = r.Text(12), e.source.country = r.Text(13), e.source.sector = r.Text(14);
        e.target.code = r.Text(15), e.target.country = r.Text(16), e.target.sector = r.Text(17);
        e.cameo = r.Text(18), e.cameo_root = r.Text(19);
        e.quad_class = static_cast<int>(r.Int(20));
        e.goldstein = r.Real(21);
        e.plover = r.Text(22), e.plover_mode = r.Text(23);
        e.negated = r.Int(24) != 0;
      }));
  ANNALIST_RETURN_IF_ERROR(ReadLayer(
      db,
      "sentence, direct, speaker_start, speaker_end, speaker_actor, cue_start, cue_end, "
      "content_start, content_end",
      "quotes", id, [&](const SqlRow& r) {
        Quote& q = doc.quotes.emplace_back();
        q.sentence = RefAt(r, 0);
        q.direct = r.Int(1) != 0;
        q.speaker = SpanAt(r, 2);
        q.speaker_actor = RefAt(r, 4);
        q.cue = SpanAt(r, 5);
        q.content = SpanAt(r, 7);
      }));
  ANNALIST_RETURN_IF_ERROR(ReadLayer(
      db,
      "start_byte, end_byte, name, country, admin1, feature, lat, lon, geonames_id", "places",
      id, [&](const SqlRow& r) {
        Place& p = doc.places.emplace_back();
        p.span = SpanAt(r, 0);
        p.name = r.Text(2), p.country = r.Text(3), p.admin1 = r.Text(4);
        p.feature = PlaceFeatureFromName(r.Text(5));
        p.lat = r.Real(6), p.lon = r.Real(7);
        p.geonames_id = r.Int(8);
      }));
  ANNALIST_RETURN_IF_ERROR(
      ReadLayer(db, "start_byte, end_byte, value, type", "times", id, [&](const SqlRow& r) {
        doc.times.push_back(TimeExpr{SpanAt(r, 0), r.Text(2), r.Text(3)});
      }));
  ANNALIST_RETURN_IF_ERROR(ReadLayer(
      db,
      "start_byte, end_byte, value, about, approximate, change_kind, unit, event, tracked",
      "quantities", id, [&](const SqlRow& r) {
        doc.quantities.push_back(Quantity{SpanAt(r, 0), r.Real(2), r.Text(3), r.Text(4),
                                          r.Text(5), r.Text(6), RefAt(r, 7), r.Text(8)});
      }));
  ANNALIST_RETURN_IF_ERROR(ReadLayer(
      db,
      "proposition_event, proposition_start, proposition_end", "claims", id, [&](const SqlRow& r) {
        Claim& c = doc.claims.emplace_back();
        c.proposition_event = RefAt(r, 0);
        c.proposition = SpanAt(r, 1);
      }));
  return ReadRows(
      db,
      "SELECT claim, role, actor, event, start_byte, end_byte FROM claim_parties "
      "WHERE article_id = ? ORDER BY claim, role, idx",
      {id}, [&](const SqlRow& r) {
        size_t claim = static_cast<size_t>(r.Int(0));
        if (claim >= doc.claims.size()) return;
        if (auto* parties = ClaimRole(&doc.claims[claim], r.Text(1))) {
          parties->push_back(ClaimParty{RefAt(r, 2), RefAt(r, 3), SpanAt(r, 4)});
        }
      });
}

Status SqlStore::ForEachArticle(int64_t after_id,
                                const std::function<bool(const StoredArticle&)>& fn) {
  constexpr int kChunk = 500;
  for (;;) {
    std::vector<int64_t> ids;
    {
      std::lock_guard lock(mu_);
      ANNALIST_RETURN_IF_ERROR(db_->Run(
          "SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT " + std::to_string(kChunk),
          {after_id}, [&](const SqlRow& r) {
            ids.push_back(r.Int(0));
            return true;
          }));
    }
    for (int64_t id : ids) {
      StoredArticle article;
      {
        std::lock_guard lock(mu_);
        ANNALIST_RETURN_IF_ERROR(LoadArticle(id, &article));
      }
      // The lock is released so that `fn` may call the store itself.
      if (!fn(article)) return Status::OK();
      after_id = id;
    }
    if (static_cast<int>(ids.size()) < kChunk) return Status::OK();
  }
}

Status SqlStore::GetEventMentions(int64_t event_id, std::vector<EventMention>* out) {
  std::lock_guard lock(mu_);
  out->clear();
  // The article's text is read whole for the actors' words; the sentence's
  // is cut from it too (sentences do not store their text).
  static const std::string sql =
      "SELECT m.event_id, m.article_id, m.idx, m.sentence, s.start_byte, m.verb, m.rule, "
      "m.dictionary, sa.start_byte, sa.end_byte, ta.start_byte, ta.end_byte, q.speaker, a.url, "
      "a.title, a.source, a.published, m.tone, a.text, s.end_byte FROM event_mentions m "
      "JOIN articles a ON a.id = m.article_id LEFT JOIN sentences s ON s.id = m.sentence_id "
      "LEFT JOIN actors sa ON sa.id = " + LayerIdSql("m.article_id", "m.source_actor") +
      " LEFT JOIN actors ta ON ta.id = " + LayerIdSql("m.article_id", "m.target_actor") +
      " LEFT JOIN quotes q ON q.id = " + LayerIdSql("m.article_id", "m.quote") +
      " WHERE m.event_id = ? ORDER BY m.id";
  return db_->Run(
      sql, {event_id}, [&](const SqlRow& r) {
        EventMention& m = out->emplace_back();
        m.event_id = r.Int(0), m.article_id = r.Int(1);
        m.event_index = static_cast<uint32_t>(r.Int(2));
        m.sentence = RefAt(r, 3);
        m.verb = r.Text(5), m.rule = r.Text(6);
        m.dictionary = r.Text(7);
        const std::string text = r.Text(18);
        // The words between columns `begin` and `end` (byte offsets).
        auto words = [&](int begin, int end) {
          if (r.IsNull(begin)) return std::string();
          Span s{static_cast<uint32_t>(r.Int(begin)), static_cast<uint32_t>(r.Int(end))};
          return s.begin <= s.end && s.end <= text.size() ? text.substr(s.begin, s.size())
                                                          : std::string();
        };
        m.sentence_text = words(4, 19);
        m.source_text = words(8, 9), m.target_text = words(10, 11);
        m.speaker = r.Text(12);
        m.article_url = r.Text(13), m.article_title = r.Text(14), m.source = r.Text(15);
        Date::Parse(r.Text(16), &m.published);
        m.tone = r.Real(17);
        return true;
      });
}

Status SqlStore::Stats(StoreStats* out) {
  std::lock_guard lock(mu_);
  *out = StoreStats{};
  out->schema_version = schema_version_;
  ANNALIST_RETURN_IF_ERROR(db_->QueryInt("SELECT COUNT(*) FROM articles", {}, &out->articles));
  // Events and mentions are summed from the daily rollups (a row per day,
  // not per event): counting a million rows is what the rollups avoid.
  ANNALIST_RETURN_IF_ERROR(db_->Run(
      "SELECT COALESCE(SUM(events), 0), COALESCE(SUM(mentions), 0) FROM event_rollups "
      "WHERE dimension = 'day'",
      {}, [&](const SqlRow& row) {
        out->events = row.Int(0);
        out->mentions = row.Int(1);
        return false;
      }));
  ANNALIST_RETURN_IF_ERROR(db_->QueryInt("SELECT COUNT(*) FROM ingest_errors", {}, &out->errors));
  return db_->QueryInt("SELECT COALESCE(MAX(id), 0) FROM events", {}, &out->max_event_id);
}

}  // namespace annalist::store
