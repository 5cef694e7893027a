// `annalist query`: events from a store, filtered, as a table, JSONL or CSV;
// or aggregate counts (--count-by); or the mentions of one event.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/query_flags.h"
#include "store/event_formats.h"

namespace annalist::cli {
namespace {

struct QueryOptions {
  QueryFlags filters;
  std::string format;  // "" = table on a terminal, jsonl otherwise
  std::string count_by;
  int limit = 50;
  std::string cursor;
  bool all = false;
  int64_t mentions_of = 0;
};

void Report(const std::string& message) { std::cerr << "annalist query: " << message << "\n"; }

// Cuts `s` to `width` bytes (on a UTF-8 boundary) and pads it with spaces.
std::string Cell(const std::string& s, size_t width) {
  std::string out = s;
  if (out.size() > width) {
    size_t cut = width - 1;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "~";
  }
  // Pad by code points so multi-byte names keep the columns aligned.
  size_t points = 0;
  for (unsigned char c : out) points += (c & 0xC0) != 0x80;
  return out + std::string(width > points ? width - points : 0, ' ');
}

void PrintTableHeader() {
  std::printf("%s %s %s %s %s %s %s %s %s\n", Cell("ID", 8).c_str(), Cell("DATE", 10).c_str(),
              Cell("SOURCE", 12).c_str(), Cell("CAMEO", 5).c_str(), Cell("TARGET", 12).c_str(),
              Cell("PLOVER", 10).c_str(), Cell("PLACE", 14).c_str(),
              Cell("MEN/ART/SRC", 11).c_str(), "EVIDENCE");
}

void PrintTableRow(const StoredEvent& e) {
  std::string counts = std::to_string(e.num_mentions) + "/" + std::to_string(e.num_articles) +
                       "/" + std::to_string(e.num_sources);
  std::string cameo = (e.negated ? "!" : "") + e.cameo;
  std::printf("%s %s %s %s %s %s %s %s %s\n", Cell(std::to_string(e.id), 8).c_str(),
              Cell(e.date.ToString(), 10).c_str(), Cell(e.source_code, 12).c_str(),
              Cell(cameo, 5).c_str(), Cell(e.target_code, 12).c_str(),
              Cell(e.plover, 10).c_str(), Cell(e.place_name, 14).c_str(),
              Cell(counts, 11).c_str(), Cell(e.verb + " | " + e.rule, 40).c_str());
}

int PrintCounts(Store* store, const EventQuery& q, const QueryOptions& o) {
  CountBy by;
  std::vector<CountRow> rows;
  Status s = ParseCountBy(o.count_by, &by);
  if (s.ok()) s = store->CountEvents(q, by, &rows);
  if (!s.ok()) {
    Report(s.message());
    return 2;
  }
  for (const CountRow& row : rows) {
    if (o.format == "jsonl") {
      std::printf("%s\n", store::CountJson(row).dump().c_str());
    } else if (o.format == "csv") {
      std::printf("%s,%lld,%lld,%.3f\n", store::CsvField(row.key).c_str(),
                  static_cast<long long>(row.events), static_cast<long long>(row.mentions),
                  row.goldstein);
    } else {
      std::printf("%s %8lld events %8lld mentions  goldstein %+.2f\n", Cell(row.key, 16).c_str(),
                  static_cast<long long>(row.events), static_cast<long long>(row.mentions),
                  row.goldstein);
    }
  }
  return 0;
}

int PrintMentions(Store* store, int64_t event_id, const std::string& format) {
  std::vector<EventMention> mentions;
  if (Status s = store->GetEventMentions(event_id, &mentions); !s.ok()) {
    Report(s.message());
    return 2;
  }
  for (const EventMention& m : mentions) {
    if (format == "table") {
      std::printf("article %lld (%s) %s\n  %s\n  verb: %s   rule: %s   %s\n",
                  static_cast<long long>(m.article_id), m.source.c_str(), m.article_url.c_str(),
                  m.sentence_text.c_str(), m.verb.c_str(), m.rule.c_str(), m.dictionary.c_str());
    } else {
      std::printf("%s\n", store::MentionJson(m).dump().c_str());
    }
  }
  return mentions.empty() ? 1 : 0;
}

int RunQuery(QueryOptions o) {
  if (o.format.empty()) o.format = isatty(STDOUT_FILENO) ? "table" : "jsonl";
  if (o.format != "table" && o.format != "jsonl" && o.format != "csv") {
    Report("unknown --format '" + o.format + "' (table, jsonl, csv)");
    return 2;
  }
  EventQuery q;
  std::unique_ptr<Store> store;
  Status s = OpenQuery(o.filters, &q, &store);
  if (!s.ok()) {
    Report(s.message());
    return 2;
  }
  if (o.mentions_of > 0) return PrintMentions(store.get(), o.mentions_of, o.format);
  if (!o.count_by.empty()) return PrintCounts(store.get(), q, o);
  q.limit = o.limit;
  q.cursor = o.cursor;
  if (o.format == "table") PrintTableHeader();
  if (o.format == "csv") std::fputs(store::CsvHeader().c_str(), stdout);
  for (;;) {
    EventPage page;
    if (s = store->QueryEvents(q, &page); !s.ok()) {
      Report(s.message());
      return 2;
    }
    for (const StoredEvent& e : page.events) {
      if (o.format == "table") {
        PrintTableRow(e);
      } else if (o.format == "csv") {
        std::fputs(store::CsvRow(e).c_str(), stdout);
      } else {
        std::printf("%s\n", store::EventJson(e).dump().c_str());
      }
    }
    if (page.next_cursor.empty()) break;
    if (!o.all) {
      Report("more events: continue with --cursor " + page.next_cursor + " (or --all)");
      break;
    }
    q.cursor = page.next_cursor;
  }
  return 0;
}

}  // namespace

Command RegisterQuery(CLI::App& app) {
  auto o = std::make_shared<QueryOptions>();
  CLI::App* sub = app.add_subcommand("query", "Find stored events, or count them");
  AddQueryFlags(sub, &o->filters);
  sub->add_option("--format", o->format, "table|jsonl|csv (default: table on a terminal)");
  sub->add_option("--count-by", o->count_by,
                  "Aggregate instead: day|week|month|dyad|code|root|plover|country");
  sub->add_option("--limit", o->limit, "Events per page")->capture_default_str();
  sub->add_option("--cursor", o->cursor, "Continue after a previous page");
  sub->add_flag("--all", o->all, "Every page, not just the first");
  sub->add_option("--mentions", o->mentions_of, "Print every mention of this event id");
  return [o] { return RunQuery(*o); };
}

}  // namespace annalist::cli
