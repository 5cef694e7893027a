// gsr_actor_check: measures how well annalist identifies actors on the PLOVER
// gold standard records (real news sentences with hand-coded source and
// target actors).
//
//   gsr_actor_check dev.json [--dictionaries DIR] [--floor 75] [--verbose]
//
// For every gold actor whose text occurs in its sentence, an actor that
// annalist finds overlapping that text is looked for. Figures: how many gold
// actors are found at all, how many with the gold country or root (the first
// three letters: "PAK", "IGO"), and, where the gold gives a sector, how many
// with that sector too. Prints "N passed, M failed" over gold actors (passed =
// right country or root) and fails when that percentage is below --floor.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "annalist/pipeline.h"

namespace annalist {
namespace {

struct GoldActor {
  std::string text, code, sector;
};

struct Figures {
  int gold = 0, located = 0, found = 0, root_right = 0;
  int with_sector = 0, sector_right = 0;
};

// The gold actors of one side ("source" or "target"); the field is a list of
// objects, or a string when empty.
std::vector<GoldActor> SideActors(const nlohmann::json& record, const char* side) {
  std::vector<GoldActor> out;
  auto it = record.find(side);
  if (it == record.end() || !it->is_array()) return out;
  for (const auto& a : *it) {
    GoldActor g;
    g.text = a.value("actorText", "");
    g.code = a.value("code", "");
    if (a.contains("sector") && a["sector"].is_string()) g.sector = a["sector"].get<std::string>();
    if (!g.text.empty() && !g.code.empty()) out.push_back(g);
  }
  return out;
}

// Byte span of the gold text in the sentence; texts with "..." elisions are
// located by their first part. False when it does not occur.
bool Locate(const std::string& sentence, const std::string& gold, Span* span) {
  std::string head = gold.substr(0, gold.find("..."));
  while (!head.empty() && head.back() == ' ') head.pop_back();
  size_t at = head.empty() ? std::string::npos : sentence.find(head);
  if (at == std::string::npos) return false;
  span->begin = static_cast<uint32_t>(at);
  span->end = static_cast<uint32_t>(at + head.size());
  return true;
}

void Score(const Document& doc, const GoldActor& gold, bool verbose, Figures* f) {
  ++f->gold;
  Span span;
  if (!Locate(doc.text, gold.text, &span)) return;
  ++f->located;
  const ActorMention* best = nullptr;
  bool any = false;
  for (const ActorMention& a : doc.actors) {
    if (a.span.end <= span.begin || a.span.begin >= span.end) continue;
    any = true;
    if (a.code.compare(0, 3, gold.code, 0, 3) == 0 && (!best || a.sector == gold.sector)) best = &a;
  }
  // Gold sectors are upper-case CAMEO codes; lower-case tails are ethnic tags.
  std::string sector = gold.sector.substr(0, 3);
  bool has_sector = sector.size() == 3 && sector != "***";
  f->with_sector += has_sector;
  f->found += any;
  if (best) {
    ++f->root_right;
    f->sector_right += has_sector && best->sector == sector;
  }
  if (verbose && !best) {
    std::string got;
    for (const ActorMention& a : doc.actors) {
      if (a.span.end > span.begin && a.span.begin < span.end) got += " " + a.code;
    }
    std::printf("miss  %-40s gold %s%s%s  got%s\n", gold.text.c_str(), gold.code.c_str(),
                gold.sector.empty() ? "" : "/", gold.sector.c_str(), got.empty() ? " nothing" : got.c_str());
  }
}

double Percent(int part, int whole) { return whole ? 100.0 * part / whole : 0; }

int Run(int argc, char** argv) {
  CLI::App app{"Measure actor identification on the PLOVER gold standard records"};
  std::string gold_path, dictionaries;
  double floor = 0;
  bool verbose = false;
  app.add_option("gold", gold_path, "PLOVER GSR json (a list of records)")->required();
  app.add_option("--dictionaries", dictionaries, "dictionary directory or .project (default: ours)");
  app.add_option("--floor", floor, "fail when the right-country percentage is below this");
  app.add_flag("--verbose", verbose, "list every gold actor not found with its code");
  CLI11_PARSE(app, argc, argv);

  std::ifstream in(gold_path);
  nlohmann::json records = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!in || !records.is_array()) {
    std::fprintf(stderr, "gsr_actor_check: %s is not a JSON list of records\n", gold_path.c_str());
    return 2;
  }
  PipelineOptions options;
  options.dictionaries = dictionaries;
  options.stages = {"actors"};
  std::unique_ptr<Pipeline> pipeline;
  Status s = Pipeline::Create(options, &pipeline);
  if (!s.ok()) {
    std::fprintf(stderr, "gsr_actor_check: %s\n", s.ToString().c_str());
    return 2;
  }
  Figures f;
  for (const auto& record : records) {
    Document doc;
    doc.text = record.value("text", "");
    Date::Parse(record.value("date", ""), &doc.published);
    doc.presegmented = true;  // each record is one sentence
    s = pipeline->Process(&doc);
    if (!s.ok()) {
      std::fprintf(stderr, "gsr_actor_check: %s: %s\n", record.value("id", "?").c_str(),
                   s.ToString().c_str());
      continue;
    }
    for (const char* side : {"source", "target"}) {
      for (const GoldActor& g : SideActors(record, side)) Score(doc, g, verbose, &f);
    }
  }
  double right = Percent(f.root_right, f.gold);
  std::printf("gold actors: %d, located in their sentence: %d\n", f.gold, f.located);
  std::printf("found (any code): %d (%.1f%%)\n", f.found, Percent(f.found, f.gold));
  std::printf("right country or root: %d (%.1f%%)\n", f.root_right, right);
  std::printf("right sector where gold has one: %d/%d (%.1f%%)\n", f.sector_right, f.with_sector,
              Percent(f.sector_right, f.with_sector));
  std::printf("%d passed, %d failed\n", f.root_right, f.gold - f.root_right);
  std::printf("right country or root: %.1f%% (floor %.1f%%)\n", right, floor);
  return right + 1e-9 < floor ? 1 : 0;
}

}  // namespace
}  // namespace annalist

int main(int argc, char** argv) { return annalist::Run(argc, argv); }
