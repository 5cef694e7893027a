#include "server/api_json.h"

#include "annalist/record_io.h"
#include "io/json_writer.h"

namespace annalist::server {
namespace {

void WriteEvent(JsonWriter& w, const StoredEvent& e) {
  w.BeginObject();
  w.Field("id", e.id);
  w.Field("date", e.date.ToString());
  for (auto [side, code, name, country, sector] :
       {std::tuple{"source", &e.source_code, &e.source_name, &e.source_country, &e.source_sector},
        std::tuple{"target", &e.target_code, &e.target_name, &e.target_country,
                   &e.target_sector}}) {
    w.Key(side);
    w.BeginObject();
    w.Field("code", *code);
    w.Field("name", *name);
    w.Field("country", *country);
    w.Field("sector", *sector);
    w.EndObject();
  }
  w.Field("cameo", e.cameo);
  w.Field("cameo_root", e.cameo_root);
  w.Field("quad_class", static_cast<int64_t>(e.quad_class));
  w.Field("goldstein", e.goldstein);
  w.Field("plover", e.plover);
  w.Field("plover_mode", e.plover_mode);
  w.Field("negated", e.negated);
  w.Key("place");
  if (e.place_name.empty()) {
    w.Null();
  } else {
    w.BeginObject();
    w.Field("name", e.place_name);
    w.Field("country", e.place_country);
    w.Field("admin1", e.place_admin1);
    w.Field("lat", e.lat);
    w.Field("lon", e.lon);
    w.Field("geonames_id", e.geonames_id);
    w.EndObject();
  }
  w.Field("num_mentions", static_cast<int64_t>(e.num_mentions));
  w.Field("num_sources", static_cast<int64_t>(e.num_sources));
  w.Field("num_articles", static_cast<int64_t>(e.num_articles));
  w.Field("avg_tone", e.avg_tone);
  w.Key("evidence");
  w.BeginObject();
  w.Field("article", e.article_id);
  w.Field("url", e.article_url);
  w.Field("title", e.article_title);
  w.Field("outlet", e.source);
  w.Field("sentence", e.sentence);
  w.Field("verb", e.verb);
  w.Field("rule", e.rule);
  w.Field("dictionary", e.dictionary);
  w.EndObject();
  w.EndObject();
}

}  // namespace

std::string EventJson(const StoredEvent& event) {
  std::string out;
  JsonWriter w(&out);
  WriteEvent(w, event);
  return out;
}

std::string EventPageJson(const EventPage& page) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("events");
  w.BeginArray();
  for (const StoredEvent& e : page.events) WriteEvent(w, e);
  w.EndArray();
  w.Key("next_cursor");
  if (page.next_cursor.empty()) {
    w.Null();
  } else {
    w.String(page.next_cursor);
  }
  w.EndObject();
  return out;
}

std::string CountsJson(std::string_view by, const std::vector<CountRow>& rows) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("by", by);
  w.Key("counts");
  w.BeginArray();
  for (const CountRow& r : rows) {
    w.BeginObject();
    w.Field("key", r.key);
    w.Field("events", r.events);
    w.Field("mentions", r.mentions);
    w.Field("goldstein", r.goldstein);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out;
}

std::string MentionsJson(int64_t event_id, const std::vector<EventMention>& mentions) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("event", event_id);
  w.Key("mentions");
  w.BeginArray();
  for (const EventMention& m : mentions) {
    w.BeginObject();
    w.Field("article", m.article_id);
    w.Field("event_index", static_cast<int64_t>(m.event_index));
    w.Field("sentence", m.sentence_text);
    w.Field("verb", m.verb);
    w.Field("rule", m.rule);
    w.Field("dictionary", m.dictionary);
    w.Field("source_text", m.source_text);
    w.Field("target_text", m.target_text);
    w.Field("speaker", m.speaker);
    w.Field("url", m.article_url);
    w.Field("title", m.article_title);
    w.Field("outlet", m.source);
    w.Field("published", m.published.ToString());
    w.Field("tone", m.tone);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out;
}

std::string ArticleJson(const StoredArticle& article) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("id", article.id);
  w.Field("key", article.key);
  w.Field("title", article.doc.title);
  w.Field("url", article.doc.url);
  w.Field("text", article.doc.text);
  w.Key("event_ids");
  w.BeginArray();
  for (int64_t id : article.event_ids) w.Int(id);
  w.EndArray();
  w.Key("record");
  // The record is already JSON: splice it in as the last member.
  out += WriteRecord(article.doc);
  out += '}';
  return out;
}

std::string StatsJson(const StoreStats& s) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("articles", s.articles);
  w.Field("events", s.events);
  w.Field("mentions", s.mentions);
  w.Field("errors", s.errors);
  w.Field("max_event_id", s.max_event_id);
  w.Field("schema_version", static_cast<int64_t>(s.schema_version));
  w.EndObject();
  return out;
}

std::string ErrorJson(std::string_view message) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("error", message);
  w.EndObject();
  return out;
}

}  // namespace annalist::server
