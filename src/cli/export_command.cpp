// `annalist export`: a store written out whole — article records (JSONL, the
// same records `annalist code` writes), or its events as CSV or as a GDELT
// 2.0 event table. (No Parquet: Debian 12 packages no Parquet library; see
// docs/store.md.)
#include <cstdio>
#include <iostream>
#include <memory>
#include <unordered_set>

#include "annalist/record_io.h"
#include "cli/commands.h"
#include "cli/query_flags.h"
#include "store/event_formats.h"

namespace annalist::cli {
namespace {

struct ExportOptions {
  QueryFlags filters;
  std::string format = "jsonl";
  std::string output = "-";
};

void Report(const std::string& message) { std::cerr << "annalist export: " << message << "\n"; }

// Every article as its JSON record (the event filters select articles that
// mention a matching event when any filter is given).
Status ExportArticles(Store* store, const EventQuery& filters, bool filtered, FILE* out,
                      uint64_t* count) {
  std::string line;
  Status write;
  auto emit = [&](const StoredArticle& article) {
    line.clear();
    AppendRecord(article.doc, &line);
    line += '\n';
    if (std::fwrite(line.data(), 1, line.size(), out) != line.size()) {
      write = Status::IOError("write error");
      return false;
    }
    ++*count;
    return true;
  };
  if (!filtered) {
    ANNALIST_RETURN_IF_ERROR(store->ForEachArticle(0, emit));
    return write;
  }
  // Articles of the matching events, each once, in event order.
  std::vector<int64_t> ids;
  std::unordered_set<int64_t> seen;
  EventQuery q = filters;
  q.limit = 10000;
  do {
    EventPage page;
    ANNALIST_RETURN_IF_ERROR(store->QueryEvents(q, &page));
    for (const StoredEvent& e : page.events) {
      std::vector<EventMention> mentions;
      ANNALIST_RETURN_IF_ERROR(store->GetEventMentions(e.id, &mentions));
      for (const EventMention& m : mentions) {
        if (seen.insert(m.article_id).second) ids.push_back(m.article_id);
      }
    }
    q.cursor = page.next_cursor;
  } while (!q.cursor.empty());
  for (int64_t id : ids) {
    StoredArticle article;
    ANNALIST_RETURN_IF_ERROR(store->GetArticle(id, &article));
    if (!emit(article)) break;
  }
  return write;
}

Status ExportEvents(Store* store, EventQuery q, bool gdelt, FILE* out, uint64_t* count) {
  if (!gdelt) std::fputs(store::CsvHeader().c_str(), out);
  q.limit = 10000;
  do {
    EventPage page;
    ANNALIST_RETURN_IF_ERROR(store->QueryEvents(q, &page));
    for (const StoredEvent& e : page.events) {
      std::string row = gdelt ? store::GdeltRow(e) : store::CsvRow(e);
      if (std::fwrite(row.data(), 1, row.size(), out) != row.size()) {
        return Status::IOError("write error");
      }
      ++*count;
    }
    q.cursor = page.next_cursor;
  } while (!q.cursor.empty());
  return Status::OK();
}

bool AnyFilter(const EventQuery& q) {
  return !q.actor.empty() || !q.source.empty() || !q.target.empty() || !q.country.empty() ||
         !q.cameo.empty() || !q.plover.empty() || q.from.known() || q.to.known() ||
         !q.place.empty() || !q.speaker.empty() || !q.text.empty() || q.article > 0 ||
         q.after_id > 0;
}

int RunExport(const ExportOptions& o) {
  if (o.format != "jsonl" && o.format != "csv" && o.format != "gdelt") {
    Report("unknown --format '" + o.format + "' (jsonl, csv, gdelt; parquet: see docs/store.md)");
    return 2;
  }
  EventQuery q;
  std::unique_ptr<Store> store;
  Status s = OpenQuery(o.filters, &q, &store);
  if (!s.ok()) {
    Report(s.message());
    return 2;
  }
  FILE* out = o.output == "-" ? stdout : std::fopen(o.output.c_str(), "wb");
  if (out == nullptr) {
    Report(o.output + ": cannot open for writing");
    return 2;
  }
  uint64_t count = 0;
  s = o.format == "jsonl" ? ExportArticles(store.get(), q, AnyFilter(q), out, &count)
                          : ExportEvents(store.get(), q, o.format == "gdelt", out, &count);
  bool close_failed = out != stdout ? std::fclose(out) != 0 : std::fflush(out) != 0;
  if (s.ok() && close_failed) s = Status::IOError("write error");
  if (!s.ok()) {
    Report(o.output + ": " + s.message());
    return 2;
  }
  std::cerr << "annalist export: " << count << (o.format == "jsonl" ? " articles" : " events")
            << " written\n";
  return 0;
}

}  // namespace

Command RegisterExport(CLI::App& app) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* sub = app.add_subcommand(
      "export", "Write a store out: article records (jsonl), events (csv) or a GDELT table");
  AddQueryFlags(sub, &o->filters);
  sub->add_option("--format", o->format, "jsonl|csv|gdelt")->capture_default_str();
  sub->add_option("-o,--output", o->output, "Output file (- = stdout)")->capture_default_str();
  return [o] { return RunExport(*o); };
}

}  // namespace annalist::cli
