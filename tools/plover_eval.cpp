// plover_eval: codes the PLOVER gold-standard sentences with annalist's
// default dictionaries and measures event type, source country and full
// (type, source, target) agreement.
//
//   plover_eval GOLD.json [--dictionaries DIR] [--floor-type P] [--floor-source P]
//               [--floor-triple P] [--use-dates] [--verbose]
//
// The gold file is PLOVER_GSR in JSON (a list of records with "text", "date",
// "event", "source" and "target"). Its PLOVER 0.5 types are mapped to PLOVER
// 0.8: DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT ->
// ASSAULT. A record's event is the coded event whose PLOVER type matches the
// gold type, else the first coded event. Countries are compared on the first
// three letters of the actor codes (IGOUNO -> IGO); the gold file's legacy
// codes ITL, JAP and VTN are read as ITA, JPN and VNM. When the gold record has
// no target, a coded target is accepted if it is empty or one of the gold
// sources (a compound "X and Y agreed" codes X -> Y). Prints the figures,
// a confusion table (gold rows, coded columns) and "N passed, M failed" over
// the three measures; exits 1 when a figure is below its floor.
//
// The gold records' dates are a placeholder (2000-01-01 on every record), so
// sentences are coded without a publication date unless --use-dates is given:
// a false date would wrongly resolve date-restricted actors ("President Bush").
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "annalist/pipeline.h"

namespace annalist {
namespace {

using nlohmann::json;

struct GoldRecord {
  std::string id, text, date, type;
  std::set<std::string> sources, targets;  // three-letter country or IGO roots
};

std::string Root(const std::string& code) { return code.substr(0, 3); }

// The 2016 gold file writes a few countries with older or mistyped codes; the
// coded side always uses ISO 3166 alpha-3.
std::string GoldRoot(const std::string& code) {
  static const std::map<std::string, std::string> kLegacy = {{"ITL", "ITA"}, {"JAP", "JPN"}, {"VTN", "VNM"}};
  std::string root = Root(code);
  auto it = kLegacy.find(root);
  return it == kLegacy.end() ? root : it->second;
}

std::string PloverV08(const std::string& type) {
  static const std::map<std::string, std::string> kRenamed = {
      {"DEMAND", "REQUEST"}, {"DISAPPROVE", "ACCUSE"}, {"INVESTIGATE", "ACCUSE"}, {"FIGHT", "ASSAULT"}};
  auto it = kRenamed.find(type);
  return it == kRenamed.end() ? type : it->second;
}

std::set<std::string> ActorRoots(const json& actors) {
  std::set<std::string> roots;
  if (!actors.is_array()) return roots;  // "" or null or a stray context word: no actor
  for (const json& a : actors) {
    if (a.is_object() && a.contains("code") && a["code"].is_string()) roots.insert(GoldRoot(a["code"]));
  }
  return roots;
}

Status ReadGold(const std::string& path, std::vector<GoldRecord>* out) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot open " + path);
  json records = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!records.is_array()) return Status::Corruption(path + ": not a JSON list of records");
  for (size_t i = 0; i < records.size(); ++i) {
    const json& r = records[i];
    if (!r.is_object() || !r.contains("text") || !r.contains("event")) {
      return Status::Corruption(path + ": record " + std::to_string(i) + " lacks text or event");
    }
    GoldRecord g;
    g.id = r.value("id", std::to_string(i));
    g.text = r["text"].get<std::string>();
    g.date = r.value("date", "");
    g.type = PloverV08(r["event"].get<std::string>());
    g.sources = ActorRoots(r.value("source", json()));
    g.targets = ActorRoots(r.value("target", json()));
    out->push_back(std::move(g));
  }
  return Status::OK();
}

// What annalist coded for one gold record.
struct Coded {
  std::string type = "NONE", source, target, cameo, rule;
  size_t events = 0;
};

Coded CodeRecord(const Pipeline& pipeline, const GoldRecord& g, bool use_date) {
  Document doc;
  doc.id = g.id;
  doc.text = g.text;
  doc.presegmented = true;
  if (use_date) Date::Parse(g.date, &doc.published);
  Coded c;
  if (!pipeline.Process(&doc).ok() || doc.events.empty()) return c;
  const Event* chosen = &doc.events[0];
  for (const Event& e : doc.events) {
    if (e.plover == g.type) {
      chosen = &e;
      break;
    }
  }
  c.events = doc.events.size();
  c.type = chosen->plover.empty() ? "STATEMENT" : chosen->plover;
  c.source = chosen->source.code.empty() ? "" : Root(chosen->source.code);
  c.target = chosen->target.code.empty() ? "" : Root(chosen->target.code);
  c.cameo = chosen->cameo;
  c.rule = chosen->evidence.rule + " (" + chosen->evidence.dictionary + ")";
  return c;
}

bool TargetAgrees(const GoldRecord& g, const Coded& c) {
  if (g.targets.empty()) return c.target.empty() || g.sources.count(c.target) > 0;
  return g.targets.count(c.target) > 0;
}

double Percent(int part, int whole) { return whole == 0 ? 0 : 100.0 * part / whole; }

void PrintConfusion(const std::map<std::string, std::map<std::string, int>>& confusion) {
  std::set<std::string> columns;
  for (const auto& [gold, row] : confusion) {
    for (const auto& [coded, n] : row) columns.insert(coded);
  }
  std::printf("\nconfusion (rows: gold type, columns: coded type)\n%-10s", "");
  for (const std::string& col : columns) std::printf(" %5.5s", col.c_str());
  std::printf("\n");
  for (const auto& [gold, row] : confusion) {
    std::printf("%-10s", gold.c_str());
    for (const std::string& col : columns) {
      auto it = row.find(col);
      if (it == row.end()) {
        std::printf(" %5s", ".");
      } else {
        std::printf(" %5d", it->second);
      }
    }
    std::printf("\n");
  }
}

bool BelowFloor(const char* name, double figure, double floor) {
  if (figure + 1e-9 >= floor) return false;
  std::printf("FAIL: %s %.1f%% is below the floor %.1f%%\n", name, figure, floor);
  return true;
}

int Run(int argc, char** argv) {
  CLI::App app{"Measure annalist's default dictionaries on PLOVER gold-standard sentences"};
  std::string gold_path, dictionaries;
  double floor_type = 0, floor_source = 0, floor_triple = 0;
  bool verbose = false, use_dates = false;
  app.add_option("gold", gold_path, "PLOVER gold-standard JSON")->required();
  app.add_option("--dictionaries", dictionaries, "dictionaries to code with (default: annalist's own)");
  app.add_option("--floor-type", floor_type, "minimum type accuracy (percent)");
  app.add_option("--floor-source", floor_source, "minimum source-country accuracy (percent)");
  app.add_option("--floor-triple", floor_triple, "minimum (type, source, target) accuracy (percent)");
  app.add_flag("--verbose", verbose, "print every record that is not fully right");
  app.add_flag("--use-dates", use_dates, "code with the gold records' dates (a placeholder in PLOVER_GSR)");
  CLI11_PARSE(app, argc, argv);

  std::vector<GoldRecord> gold;
  Status s = ReadGold(gold_path, &gold);
  PipelineOptions options;
  options.dictionaries = dictionaries;
  options.stages = {"events"};
  std::unique_ptr<Pipeline> pipeline;
  if (s.ok()) s = Pipeline::Create(options, &pipeline);
  if (!s.ok()) {
    std::fprintf(stderr, "plover_eval: %s\n", s.ToString().c_str());
    return 2;
  }

  int type_ok = 0, source_ok = 0, triple_ok = 0, coded_any = 0;
  size_t events = 0;
  std::map<std::string, std::map<std::string, int>> confusion;
  for (const GoldRecord& g : gold) {
    Coded c = CodeRecord(*pipeline, g, use_dates);
    bool type_right = c.type == g.type;
    bool source_right = !c.source.empty() && g.sources.count(c.source) > 0;
    bool triple_right = type_right && source_right && TargetAgrees(g, c);
    type_ok += type_right;
    source_ok += source_right;
    triple_ok += triple_right;
    coded_any += c.events > 0;
    events += c.events;
    ++confusion[g.type][c.type];
    if (verbose && !triple_right) {
      std::string sources, targets;
      for (const std::string& r : g.sources) sources += r + " ";
      for (const std::string& r : g.targets) targets += r + " ";
      std::printf("%s gold %s %s-> %s| coded %s %s %s -> %s | %s\n  %s\n", g.id.c_str(), g.type.c_str(),
                  sources.c_str(), targets.c_str(), c.type.c_str(), c.cameo.c_str(), c.source.c_str(),
                  c.target.c_str(), c.rule.c_str(), g.text.c_str());
    }
  }
  int n = static_cast<int>(gold.size());
  double type_rate = Percent(type_ok, n), source_rate = Percent(source_ok, n);
  double triple_rate = Percent(triple_ok, n);
  PrintConfusion(confusion);
  std::printf("\nrecords: %d, with at least one coded event: %d, events coded: %zu\n", n, coded_any, events);
  std::printf("type accuracy: %d/%d (%.1f%%)\n", type_ok, n, type_rate);
  std::printf("source country accuracy: %d/%d (%.1f%%)\n", source_ok, n, source_rate);
  std::printf("triple accuracy: %d/%d (%.1f%%)\n", triple_ok, n, triple_rate);
  std::printf("%d passed, %d failed\n", type_ok + source_ok + triple_ok, 3 * n - type_ok - source_ok - triple_ok);
  bool failed = BelowFloor("type accuracy", type_rate, floor_type);
  failed |= BelowFloor("source country accuracy", source_rate, floor_source);
  failed |= BelowFloor("triple accuracy", triple_rate, floor_triple);
  return failed ? 1 : 0;
}

}  // namespace
}  // namespace annalist

int main(int argc, char** argv) { return annalist::Run(argc, argv); }
