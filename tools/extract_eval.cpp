// extract_eval: precision, recall and F1 of the quotes and times stages
// against hand annotations (eval/gold/quotes/*.jsonl, eval/gold/times/*.jsonl).
//
//   extract_eval --articles ../shared/data/news/bbc-2005.articles.jsonl \
//                --gold eval/gold [--verbose]
//
// Gold records hold an article id, a code point span, short surface text and
// the expected speaker (quotes) or TIMEX3 value (times); never article text.
//   quotes: a predicted quote with a speaker is correct when it overlaps a
//           gold quote of the same article whose speaker words are all among
//           the predicted speaker's words (case, punctuation, "the"/"a"/"'s"
//           ignored). Recall counts the gold quotes found by a correct one.
//   times:  a predicted time is correct when it overlaps an unmatched gold
//           time with the same value (one to one).
// Prints "quotes-f1 X" and "times-f1 X" for eval/checks/extract.sh.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "annalist/pipeline.h"
#include "extract/simple_segmenter.h"

namespace {

using annalist::Document;
using nlohmann::json;

struct GoldItem {
  uint32_t start = 0, end = 0;  // code points
  std::string text, label;      // label: speaker or value
};
using GoldSet = std::map<std::string, std::vector<GoldItem>>;  // by article id

struct Counts {
  int predicted = 0, correct = 0, gold = 0, found = 0;
  double Precision() const { return predicted ? double(correct) / predicted : 0; }
  double Recall() const { return gold ? double(found) / gold : 0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

bool ReadGold(const std::string& dir, const char* label_field, GoldSet* out,
              std::string* error) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(dir)) {
    *error = dir + ": not a directory";
    return false;
  }
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.empty()) continue;
      json j = json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("id") || !j.contains(label_field)) {
        *error = entry.path().string() + ":" + std::to_string(n) + ": bad gold record";
        return false;
      }
      (*out)[j["id"]].push_back(GoldItem{j["start"], j["end"], j.value("text", ""),
                                         j[label_field]});
    }
  }
  return true;
}

// Byte offset -> code point offset of `text`.
std::vector<uint32_t> CodePointIndex(const std::string& text) {
  std::vector<uint32_t> index(text.size() + 1);
  uint32_t cp = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    index[i] = cp;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++cp;
  }
  // A byte inside a multi-byte character maps to the character after it.
  index[text.size()] = cp;
  for (size_t i = text.size(); i-- > 0;) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) index[i] = index[i + 1];
  }
  return index;
}

std::set<std::string> NameWords(const std::string& s) {
  std::set<std::string> words;
  std::string w;
  auto flush = [&] {
    if (!w.empty() && w != "the" && w != "a" && w != "an" && w != "s") words.insert(w);
    w.clear();
  };
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

bool SameSpeaker(const std::string& gold, const std::string& predicted) {
  std::set<std::string> g = NameWords(gold), p = NameWords(predicted);
  return !g.empty() && std::includes(p.begin(), p.end(), g.begin(), g.end());
}

bool Overlap(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) { return a0 < b1 && b0 < a1; }

void ScoreQuotes(const Document& doc, const std::vector<uint32_t>& cp,
                 const std::vector<GoldItem>& gold, bool verbose, Counts* c) {
  std::vector<bool> found(gold.size(), false);
  c->gold += gold.size();
  for (const annalist::Quote& q : doc.quotes) {
    if (q.speaker.empty()) continue;
    ++c->predicted;
    uint32_t b = cp[q.content.begin], e = cp[q.content.end];
    std::string speaker(doc.SpanText(q.speaker));
    bool ok = false;
    for (size_t i = 0; i < gold.size(); ++i) {
      if (Overlap(b, e, gold[i].start, gold[i].end) && SameSpeaker(gold[i].label, speaker)) {
        ok = true;
        found[i] = true;
      }
    }
    c->correct += ok;
    if (verbose && !ok) {
      std::printf("  FP quote %s [%u,%u) speaker=\"%s\" cue=\"%s\" \"%.50s\"\n", doc.id.c_str(), b,
                  e, speaker.c_str(), std::string(doc.SpanText(q.cue)).c_str(),
                  std::string(doc.SpanText(q.content)).c_str());
    }
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    c->found += found[i];
    if (verbose && !found[i]) {
      std::printf("  FN quote %s [%u,%u) speaker=\"%s\" \"%s\"\n", doc.id.c_str(), gold[i].start,
                  gold[i].end, gold[i].label.c_str(), gold[i].text.c_str());
    }
  }
}

void ScoreTimes(const Document& doc, const std::vector<uint32_t>& cp,
                const std::vector<GoldItem>& gold, bool verbose, Counts* c) {
  std::vector<bool> used(gold.size(), false);
  c->gold += gold.size();
  for (const annalist::TimeExpr& t : doc.times) {
    ++c->predicted;
    uint32_t b = cp[t.span.begin], e = cp[t.span.end];
    bool ok = false;
    for (size_t i = 0; i < gold.size() && !ok; ++i) {
      if (!used[i] && Overlap(b, e, gold[i].start, gold[i].end) && gold[i].label == t.value) {
        used[i] = ok = true;
      }
    }
    c->correct += ok;
    if (verbose && !ok) {
      std::printf("  FP time %s [%u,%u) \"%s\" = %s\n", doc.id.c_str(), b, e,
                  std::string(doc.SpanText(t.span)).c_str(), t.value.c_str());
    }
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    c->found += used[i];
    if (verbose && !used[i]) {
      std::printf("  FN time %s [%u,%u) \"%s\" = %s\n", doc.id.c_str(), gold[i].start,
                  gold[i].end, gold[i].text.c_str(), gold[i].label.c_str());
    }
  }
}

void Dump(const Document& doc, const std::vector<uint32_t>& cp) {
  for (const annalist::TimeExpr& t : doc.times) {
    std::printf("time [%u,%u) \"%s\" %s %s\n", cp[t.span.begin], cp[t.span.end],
                std::string(doc.SpanText(t.span)).c_str(), t.type.c_str(), t.value.c_str());
  }
  for (const annalist::Quote& q : doc.quotes) {
    std::printf("quote [%u,%u) speaker=\"%s\" cue=\"%s\" \"%.60s\"\n", cp[q.content.begin],
                cp[q.content.end], std::string(doc.SpanText(q.speaker)).c_str(),
                std::string(doc.SpanText(q.cue)).c_str(),
                std::string(doc.SpanText(q.content)).c_str());
  }
}

void Report(const char* name, const Counts& c) {
  std::printf("%s: precision %.3f (%d/%d) recall %.3f (%d/%d) F1 %.3f\n", name, c.Precision(),
              c.correct, c.predicted, c.Recall(), c.found, c.gold, c.F1());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scores the quotes and times stages against hand annotations"};
  std::string articles, gold_dir = "eval/gold", data_dir;
  bool verbose = false;
  app.add_option("--articles", articles, "JSONL articles (id, text, published)")->required();
  app.add_option("--gold", gold_dir, "directory holding quotes/ and times/");
  app.add_option("--data-dir", data_dir, "annalist data directory");
  app.add_flag("--verbose", verbose, "list every error");
  std::string dump;
  app.add_option("--dump", dump, "print every time and quote found in this article");
  CLI11_PARSE(app, argc, argv);

  GoldSet gold_quotes, gold_times;
  std::string error;
  if (!ReadGold(gold_dir + "/quotes", "speaker", &gold_quotes, &error) ||
      !ReadGold(gold_dir + "/times", "value", &gold_times, &error)) {
    std::fprintf(stderr, "extract_eval: %s\n", error.c_str());
    return 1;
  }

  annalist::PipelineOptions options;
  options.data_dir = data_dir;
  options.stages = {"times", "quotes"};
  std::unique_ptr<annalist::Pipeline> pipeline;
  annalist::Status s = annalist::Pipeline::Create(options, &pipeline);
  if (!s.ok()) {
    std::fprintf(stderr, "extract_eval: %s\n", s.ToString().c_str());
    return 1;
  }
  bool has_segmenter = std::any_of(pipeline->stages().begin(), pipeline->stages().end(),
                                   [](const auto& st) { return st->name() == "segment"; });

  std::ifstream in(articles);
  if (!in) {
    std::fprintf(stderr, "extract_eval: %s: cannot open\n", articles.c_str());
    return 1;
  }
  Counts quotes, times;
  std::string line;
  int articles_scored = 0;
  for (int n = 1; std::getline(in, line); ++n) {
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("id") || !j.contains("text")) {
      std::fprintf(stderr, "extract_eval: %s:%d: bad article record\n", articles.c_str(), n);
      return 1;
    }
    std::string id = j["id"];
    if (!gold_quotes.count(id) && !gold_times.count(id)) continue;
    Document doc;
    doc.id = id;
    doc.text = j["text"];
    annalist::Date::Parse(j.value("published", ""), &doc.published);
    if (!has_segmenter) annalist::SimpleSegment(&doc);
    s = pipeline->Process(&doc);
    if (!s.ok()) {
      std::fprintf(stderr, "extract_eval: %s: %s\n", id.c_str(), s.ToString().c_str());
      return 1;
    }
    std::vector<uint32_t> cp = CodePointIndex(doc.text);
    if (id == dump) Dump(doc, cp);
    ScoreQuotes(doc, cp, gold_quotes[id], verbose, &quotes);
    ScoreTimes(doc, cp, gold_times[id], verbose, &times);
    ++articles_scored;
  }
  std::printf("articles: %d\n", articles_scored);
  Report("quotes (with the right speaker)", quotes);
  Report("times (span and value)", times);
  std::printf("quotes-f1 %.3f\ntimes-f1 %.3f\n", quotes.F1(), times.F1());
  return 0;
}
