#include "server/span_listing.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>

#include "annalist/record_io.h"

namespace annalist::server {
namespace {

using nlohmann::json;

const char* ArrayName(SpanKind kind) {
  switch (kind) {
    case SpanKind::kQuote: return "quotes";
    case SpanKind::kPlace: return "places";
    case SpanKind::kClaim: return "claims";
  }
  return "";
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// "<article>.<index>", both decimal.
bool ParseCursor(std::string_view text, int64_t* article, int64_t* index) {
  size_t dot = text.find('.');
  if (dot == std::string_view::npos || !ParseId(text.substr(0, dot), article)) return false;
  std::string_view rest = text.substr(dot + 1);
  if (rest.empty() || rest.size() > 9) return false;
  auto [p, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), *index);
  return ec == std::errc() && p == rest.data() + rest.size() && *index >= 0;
}

bool InDateRange(const SpanQuery& q, const Date& published) {
  if (!q.from.known() && !q.to.known()) return true;
  if (!published.known()) return false;
  return (!q.from.known() || !(published < q.from)) && (!q.to.known() || !(q.to < published));
}

bool Matches(const SpanQuery& q, const json& item) {
  switch (q.kind) {
    case SpanKind::kQuote: {
      if (q.speaker.empty()) return true;
      const json& speaker = item.value("speaker", json());
      if (!speaker.is_object()) return false;
      return Lower(speaker.value("text", "")).find(Lower(q.speaker)) != std::string::npos;
    }
    case SpanKind::kPlace:
      return (q.place.empty() || Lower(item.value("name", "")) == Lower(q.place)) &&
             (q.country.empty() || item.value("country", "") == q.country);
    case SpanKind::kClaim:
      return true;
  }
  return false;
}

}  // namespace

Status ParseSpanQuery(SpanKind kind, const Params& params, SpanQuery* query) {
  std::set<std::string_view> allowed = {"article", "from", "to", "limit", "cursor"};
  if (kind == SpanKind::kQuote) allowed.insert("speaker");
  if (kind == SpanKind::kPlace) allowed.insert({"place", "country"});
  for (const auto& [name, value] : params.values) {
    if (!allowed.count(name)) {
      return Status::InvalidArgument("parameter '" + name + "': unknown parameter for /api/" +
                                     ArrayName(kind));
    }
  }
  // The names are a subset of the event filters: their formats are checked
  // there, once for every endpoint.
  Params without_cursor = params;
  without_cursor.values.erase("cursor");
  EventQuery e;
  ANNALIST_RETURN_IF_ERROR(ParseEventQuery(without_cursor, {}, &e));
  SpanQuery q;
  q.kind = kind;
  q.article = e.article;
  q.from = e.from;
  q.to = e.to;
  q.speaker = e.speaker;
  q.place = e.place;
  q.country = e.country;
  q.limit = e.limit;
  std::string cursor;
  if (GetParam(params, "cursor", &cursor) &&
      !ParseCursor(cursor, &q.cursor_article, &q.cursor_index)) {
    return Status::InvalidArgument("parameter 'cursor': malformed cursor");
  }
  *query = std::move(q);
  return Status::OK();
}

Status ListSpans(Store& store, const SpanQuery& q, std::string* out) {
  json items = json::array();
  std::string next_cursor;
  int scanned = 0;
  // Adds the article's matching items from `first` on; false when the page
  // is full (next_cursor then points at the first item left out).
  auto take = [&](const StoredArticle& article, int64_t first) {
    if (!InDateRange(q, article.doc.published)) return true;
    json record = json::parse(WriteRecord(article.doc), nullptr, /*allow_exceptions=*/false);
    const json& list = record.value(ArrayName(q.kind), json::array());
    for (int64_t i = first; i < static_cast<int64_t>(list.size()); ++i) {
      if (!Matches(q, list[i])) continue;
      if (static_cast<int>(items.size()) == q.limit) {
        next_cursor = std::to_string(article.id) + "." + std::to_string(i);
        return false;
      }
      json item = list[i];
      item["article"] = {{"id", article.id},
                         {"title", article.doc.title},
                         {"url", article.doc.url},
                         {"published", article.doc.published.ToString()}};
      items.push_back(std::move(item));
    }
    return true;
  };
  if (q.article > 0) {
    StoredArticle article;
    Status s = store.GetArticle(q.article, &article);
    if (!s.ok() && s.code() != Status::Code::kNotFound) return s;
    if (s.ok() && (q.cursor_article == 0 || q.cursor_article == q.article)) {
      take(article, q.cursor_index);
    }
  } else {
    int64_t start = std::max<int64_t>(q.cursor_article, 1);
    ANNALIST_RETURN_IF_ERROR(store.ForEachArticle(start - 1, [&](const StoredArticle& article) {
      if (++scanned > kMaxScannedArticles) {
        next_cursor = std::to_string(article.id) + ".0";
        return false;
      }
      return take(article, article.id == q.cursor_article ? q.cursor_index : 0);
    }));
  }
  json answer;
  answer[ArrayName(q.kind)] = std::move(items);
  answer["next_cursor"] = next_cursor;
  *out = answer.dump(-1, ' ', false, json::error_handler_t::replace);
  return Status::OK();
}

}  // namespace annalist::server
