#include "cli/query_flags.h"

namespace annalist::cli {

void AddQueryFlags(CLI::App* sub, QueryFlags* f) {
  EventQuery& q = f->query;
  sub->add_option("--db", f->db, "Store: a SQLite file or a postgresql:// URL")
      ->capture_default_str();
  sub->add_option("--actor", q.actor, "Actor code prefix, source or target (PAK, PAKGOV)");
  sub->add_option("--source", q.source, "Source actor code prefix");
  sub->add_option("--target", q.target, "Target actor code prefix");
  sub->add_option("--country", q.country, "Country (ISO alpha-3) of the source or target");
  sub->add_option("--cameo", q.cameo, "CAMEO code or prefix (19 = the whole root)");
  sub->add_option("--plover", q.plover, "PLOVER event type (ASSAULT, PROTEST, ...)");
  sub->add_option("--from", f->from, "Events on or after this date (YYYY[-MM[-DD]])");
  sub->add_option("--to", f->to, "Events on or before this date (YYYY[-MM[-DD]])");
  sub->add_option("--place", q.place, "Place name or country code of the place");
  sub->add_option("--speaker", q.speaker, "Words of the speaker of a quote the event is in");
  sub->add_option("--text", q.text, "Words in the sentences that report the event");
  sub->add_option("--article", q.article, "Only events of this article id");
  sub->add_option("--after-id", q.after_id, "Only events with a larger id, oldest first");
}

Status OpenQuery(const QueryFlags& f, EventQuery* out, std::unique_ptr<Store>* store) {
  *out = f.query;
  if (!f.from.empty() && !Date::Parse(f.from, &out->from)) {
    return Status::InvalidArgument("bad --from date '" + f.from + "'");
  }
  if (!f.to.empty() && !Date::Parse(f.to, &out->to)) {
    return Status::InvalidArgument("bad --to date '" + f.to + "'");
  }
  return Store::Open(f.db, store);
}

}  // namespace annalist::cli
