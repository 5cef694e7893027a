// JSON forms of the Store's rows for the HTTP API (see docs/api.md).
#ifndef ANNALIST_SRC_SERVER_API_JSON_H_
#define ANNALIST_SRC_SERVER_API_JSON_H_

#include <string>
#include <vector>

#include "annalist/store.h"

namespace annalist::server {

// {"events": [...], "next_cursor": "..."}
std::string EventPageJson(const EventPage& page);
// One event object, as in EventPageJson (also used by the live stream).
std::string EventJson(const StoredEvent& event);
// {"by": "...", "counts": [{"key", "events", "mentions", "goldstein"}]}
std::string CountsJson(std::string_view by, const std::vector<CountRow>& rows);
// {"event": id, "mentions": [...]}
std::string MentionsJson(int64_t event_id, const std::vector<EventMention>& mentions);
// {"id", "key", "text", "event_ids", "record": <the article record>}:
// `record` is the article-json record (code point offsets into `text`).
std::string ArticleJson(const StoredArticle& article);
// {"articles", "events", "mentions", "errors", "max_event_id", "schema_version"}
std::string StatsJson(const StoreStats& stats);
// {"error": message}
std::string ErrorJson(std::string_view message);

}  // namespace annalist::server

#endif  // ANNALIST_SRC_SERVER_API_JSON_H_
