// Listing quotes, places and claims across stored articles for the API.
//
// The Store indexes events, not these article-level items, so a listing walks
// the articles in id order (Store::ForEachArticle), rebuilds each one and
// keeps the items that match. Cost: one article rebuild per article scanned,
// so a page is bounded by kMaxScannedArticles as well as by `limit`; when the
// scan budget runs out first, the page may hold fewer than `limit` items and
// next_cursor continues the walk. Filtering by `article` reads one article.
#ifndef ANNALIST_SRC_SERVER_SPAN_LISTING_H_
#define ANNALIST_SRC_SERVER_SPAN_LISTING_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "annalist/status.h"
#include "annalist/store.h"
#include "server/query_params.h"

namespace annalist::server {

enum class SpanKind { kQuote, kPlace, kClaim };

// Articles rebuilt per request at most.
constexpr int kMaxScannedArticles = 500;

struct SpanQuery {
  SpanKind kind = SpanKind::kQuote;
  int64_t article = 0;   // only this article
  Date from, to;         // article publication date range, inclusive
  std::string speaker;   // quotes: case-insensitive substring of the speaker
  std::string place;     // places: name, case-insensitive exact
  std::string country;   // places: ISO alpha-3 of the place
  int limit = 100;       // 1..1000
  // Where the previous page stopped: "<article id>.<item index>".
  int64_t cursor_article = 0;
  int64_t cursor_index = 0;
};

// Parses the parameters of /api/quotes, /api/places or /api/claims
// (article, from, to, limit, cursor; speaker for quotes; place and country
// for places). Unknown, repeated or malformed parameters are errors.
Status ParseSpanQuery(SpanKind kind, const Params& params, SpanQuery* query);

// Answers {"<kind>s": [...], "next_cursor": "..."}: each item is the
// article-json object (code point offsets into its article's text) plus
// "article": {"id", "title", "url", "published"}.
Status ListSpans(Store& store, const SpanQuery& query, std::string* json);

}  // namespace annalist::server

#endif  // ANNALIST_SRC_SERVER_SPAN_LISTING_H_
