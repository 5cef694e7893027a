// code_tabari: codes a file of TABARI text records with a dictionary project
// and reports the events, or measures speed.
//
//   code_tabari <project|dir> <records.txt> [--trace] [--bench] [--ids=A,B]
//
// --trace prints each record's actors, clauses and events; --bench prints only
// the dictionary load time, coding throughput (sentences/s on one thread) and
// peak resident memory.
#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <string>

#include "annalist/pipeline.h"
#include "annalist/record_io.h"

namespace annalist {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

void Trace(const Document& doc) {
  std::printf("%s %s\n", doc.id.c_str(), doc.text.c_str());
  for (const ActorMention& m : doc.actors) {
    std::printf("  actor %-10s '%s' compound=%d refers_to=%d\n", m.code.c_str(),
                std::string(doc.SpanText(m.span)).c_str(), m.compound == kNone ? -1 : int(m.compound),
                m.refers_to == kNone ? -1 : int(m.refers_to));
  }
  for (const Clause& c : doc.clauses) {
    Span s{doc.tokens[c.first_token].span.begin, doc.tokens[c.end_token - 1].span.end};
    std::printf("  clause%s '%s'\n", c.nonrestrictive ? "(nonrestrictive)" : "",
                std::string(doc.SpanText(s)).c_str());
  }
  for (const Event& e : doc.events) {
    std::printf("  event %s / %s / %s  verb '%s'  rule '%s' (%s)\n", e.source.code.c_str(),
                e.target.code.c_str(), e.cameo.c_str(),
                std::string(doc.SpanText(e.evidence.span)).c_str(), e.evidence.rule.c_str(),
                e.evidence.dictionary.c_str());
  }
}

int Run(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s <project|dir> <records.txt> [--trace] [--bench] [--ids=A,B]\n",
                 argv[0]);
    return 2;
  }
  bool trace = false, bench = false;
  std::string ids;
  for (int i = 3; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--trace") trace = true;
    if (a == "--bench") bench = true;
    if (a.rfind("--ids=", 0) == 0) ids = "," + a.substr(6) + ",";
  }
  std::vector<TabariRecord> records;
  Status s = LoadTabariRecords(argv[2], &records);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 2;
  }
  PipelineOptions options;
  options.dictionaries = argv[1];
  options.stages = {"events"};
  auto t0 = Clock::now();
  std::clock_t c0 = std::clock();
  std::unique_ptr<Pipeline> pipeline;
  s = Pipeline::Create(options, &pipeline);
  auto t1 = Clock::now();
  std::clock_t c1 = std::clock();
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 2;
  }
  size_t events = 0, sentences = 0;
  Document doc;
  auto t2 = Clock::now();
  std::clock_t c2 = std::clock();
  for (const TabariRecord& r : records) {
    if (!ids.empty() && ids.find("," + r.id + ",") == std::string::npos) continue;
    doc = Document();
    doc.id = r.id;
    doc.text = r.text;
    doc.presegmented = true;
    Date::Parse(r.date, &doc.published);
    pipeline->Process(&doc);
    sentences += doc.sentences.size();
    events += doc.events.size();
    if (trace) Trace(doc);
  }
  auto t3 = Clock::now();
  std::clock_t c3 = std::clock();
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  std::printf("records: %zu  sentences: %zu  events: %zu\n", records.size(), sentences, events);
  if (bench) {
    // CPU time is reported besides wall time: on a shared machine it is the
    // steadier measure of the work done.
    double load_cpu = double(c1 - c0) / CLOCKS_PER_SEC, code_cpu = double(c3 - c2) / CLOCKS_PER_SEC;
    std::printf("pipeline load: %.3f s wall, %.3f s cpu\n", Seconds(t0, t1), load_cpu);
    std::printf("coding: %.3f s wall, %.3f s cpu; %.0f sentences per cpu second (one thread, "
                "text + coder stages)\n",
                Seconds(t2, t3), code_cpu, sentences / code_cpu);
    std::printf("peak memory: %.1f MB\n", usage.ru_maxrss / 1024.0);
  }
  return 0;
}

}  // namespace
}  // namespace annalist

int main(int argc, char** argv) { return annalist::Run(argc, argv); }
