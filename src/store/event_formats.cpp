#include "store/event_formats.h"

#include <cstdio>
#include <ctime>
#include <vector>

namespace annalist::store {
namespace {

nlohmann::json OrNull(const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); }

nlohmann::json ActorJson(const std::string& code, const std::string& name,
                         const std::string& country, const std::string& sector) {
  return {{"code", OrNull(code)}, {"name", OrNull(name)}, {"country", OrNull(country)},
          {"sector", OrNull(sector)}};
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world
// city, 5 world state (ADM1).
std::string GdeltGeoType(const StoredEvent& e) {
  if (e.place_name.empty()) return "";
  const bool us = e.place_country == "USA";
  if (e.place_admin1.empty() && e.place_name == e.place_country) return "1";
  if (e.place_admin1.empty() || e.place_admin1 == e.place_name) return us ? "2" : "5";
  return us ? "3" : "4";
}

}  // namespace

nlohmann::json EventJson(const StoredEvent& e) {
  nlohmann::json place;
  if (!e.place_name.empty()) {
    place = {{"name", e.place_name}, {"country", OrNull(e.place_country)},
             {"admin1", OrNull(e.place_admin1)}, {"lat", e.lat}, {"lon", e.lon},
             {"geonames_id", e.geonames_id ? nlohmann::json(e.geonames_id) : nlohmann::json()}};
  }
  return {
      {"id", e.id},
      {"date", OrNull(e.date.ToString())},
      {"source", ActorJson(e.source_code, e.source_name, e.source_country, e.source_sector)},
      {"target", ActorJson(e.target_code, e.target_name, e.target_country, e.target_sector)},
      {"cameo", e.cameo},
      {"cameo_root", e.cameo_root},
      {"quad_class", e.quad_class},
      {"goldstein", e.goldstein},
      {"plover", OrNull(e.plover)},
      {"plover_mode", OrNull(e.plover_mode)},
      {"negated", e.negated},
      {"place", place},
      {"num_mentions", e.num_mentions},
      {"num_sources", e.num_sources},
      {"num_articles", e.num_articles},
      {"avg_tone", e.avg_tone},
      {"evidence",
       {{"article", e.article_id}, {"url", OrNull(e.article_url)},
        {"title", OrNull(e.article_title)}, {"source", OrNull(e.source)},
        {"sentence", e.sentence}, {"verb", e.verb}, {"rule", e.rule},
        {"dictionary", e.dictionary}}},
  };
}

nlohmann::json MentionJson(const EventMention& m) {
  return {{"event", m.event_id},           {"article", m.article_id},
          {"event_index", m.event_index},  {"sentence", m.sentence_text},
          {"verb", m.verb},                {"rule", m.rule},
          {"dictionary", m.dictionary},    {"source_text", OrNull(m.source_text)},
          {"target_text", OrNull(m.target_text)}, {"speaker", OrNull(m.speaker)},
          {"url", OrNull(m.article_url)},  {"title", OrNull(m.article_title)},
          {"outlet", OrNull(m.source)},    {"published", OrNull(m.published.ToString())},
          {"tone", m.tone}};
}

nlohmann::json CountJson(const CountRow& row) {
  return {{"key", row.key}, {"events", row.events}, {"mentions", row.mentions},
          {"goldstein", row.goldstein}};
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvHeader() {
  return "id,date,source_code,source_name,source_country,target_code,target_name,"
         "target_country,cameo,cameo_root,quad_class,goldstein,plover,plover_mode,negated,"
         "place,place_country,lat,lon,num_mentions,num_sources,num_articles,avg_tone,"
         "article,url,verb,rule,dictionary,sentence\n";
}

std::string CsvRow(const StoredEvent& e) {
  const std::vector<std::string> fields = {
      std::to_string(e.id), e.date.ToString(), e.source_code, e.source_name, e.source_country,
      e.target_code, e.target_name, e.target_country, e.cameo, e.cameo_root,
      std::to_string(e.quad_class), Number(e.goldstein), e.plover, e.plover_mode,
      e.negated ? "1" : "0", e.place_name, e.place_country,
      e.place_name.empty() ? "" : Number(e.lat), e.place_name.empty() ? "" : Number(e.lon),
      std::to_string(e.num_mentions), std::to_string(e.num_sources),
      std::to_string(e.num_articles), Number(e.avg_tone), std::to_string(e.article_id),
      e.article_url, e.verb, e.rule, e.dictionary, e.sentence};
  std::string row;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) row += ',';
    row += CsvField(fields[i]);
  }
  return row + "\n";
}

std::string GdeltRow(const StoredEvent& e) {
  const Date& d = e.date;
  char day[16] = "", month_year[8] = "", year[8] = "", fraction[16] = "", added[16] = "";
  if (d.known()) {
    std::snprintf(day, sizeof day, "%04d%02d%02d", d.year, d.month, d.day);
    std::snprintf(month_year, sizeof month_year, "%04d%02d", d.year, d.month);
    std::snprintf(year, sizeof year, "%04d", d.year);
    // GDELT's FractionDate: YYYY + (MM*30 + DD) / 365.
    std::snprintf(fraction, sizeof fraction, "%.4f", d.year + (d.month * 30 + d.day) / 365.0);
  }
  std::time_t created = static_cast<std::time_t>(e.first_ingested);
  std::tm utc{};
  gmtime_r(&created, &utc);
  std::strftime(added, sizeof added, "%Y%m%d%H%M%S", &utc);
  // Actor block: Code, Name, CountryCode, KnownGroupCode, EthnicCode,
  // Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.
  auto actor = [&](const std::string& code, const std::string& name, const std::string& country,
                   const std::string& sector) {
    return std::vector<std::string>{code, name, country, "", "", "", "", sector,
                                    "", ""};
  };
  const std::string geo_type = GdeltGeoType(e);
  const bool has_place = !geo_type.empty();
  std::vector<std::string> columns = {std::to_string(e.id), day, month_year, year, fraction};
  for (auto& c : actor(e.source_code, e.source_name, e.source_country, e.source_sector)) {
    columns.push_back(c);
  }
  for (auto& c : actor(e.target_code, e.target_name, e.target_country, e.target_sector)) {
    columns.push_back(c);
  }
  const std::string base = e.cameo.substr(0, std::min<size_t>(3, e.cameo.size()));
  for (const std::string& c :
       {std::string(""), e.cameo, base, e.cameo_root, std::to_string(e.quad_class),
        Number(e.goldstein), std::to_string(e.num_mentions), std::to_string(e.num_sources),
        std::to_string(e.num_articles), Number(e.avg_tone)}) {
    columns.push_back(c);
  }
  // Actor1Geo and Actor2Geo: annalist does not locate actors, only actions.
  for (int i = 0; i < 2 * 8; ++i) columns.push_back("");
  // ActionGeo: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
  std::string full_name = e.place_name;
  if (has_place && !e.place_admin1.empty() && e.place_admin1 != e.place_name) {
    full_name += ", " + e.place_admin1;
  }
  for (const std::string& c :
       {geo_type, full_name, e.place_country, std::string(""), std::string(""),
        has_place ? Number(e.lat) : "", has_place ? Number(e.lon) : "",
        has_place && e.geonames_id ? std::to_string(e.geonames_id) : ""}) {
    columns.push_back(c);
  }
  columns.push_back(added);
  columns.push_back(e.article_url);
  std::string row;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i) row += '\t';
    for (char c : columns[i]) row += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  }
  return row + "\n";
}

}  // namespace annalist::store
