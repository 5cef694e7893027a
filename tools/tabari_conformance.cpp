// tabari_conformance: runs annalist's pipeline over TABARI's validation suite
// and compares, record by record, the (source, target, code) triples with the
// ones each record's comment expects.
//
//   tabari_conformance Validate.project Validate.text [--verbose]
//
// A comment states expected events as "{ SRC / TGT / CODE }"; "{+++}" or no
// braces means no event; "-{ ... }" marks an event TABARI itself is known to
// miss (counted separately); "{ OPTION: ... }" changes coding options for the
// records that follow. The run stops at the record that says "end of the
// standard validation records". Prints failures grouped by feature (the
// record id without its number), then "N passed, M failed" over expected
// triples, the spurious count and the reproduced percentage.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "annalist/pipeline.h"
#include "annalist/record_io.h"

namespace annalist {
namespace {

struct Expectation {
  std::vector<std::string> triples;           // "SRC/TGT/CODE"
  std::vector<std::string> expected_failures;  // marked with a leading '-'
  std::vector<std::string> options;
  bool complex = false;  // {+++}: the record is too complex to code
};

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  size_t e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

Expectation ParseComment(const std::string& comment) {
  Expectation x;
  size_t at = 0;
  while ((at = comment.find('{', at)) != std::string::npos) {
    size_t close = comment.find('}', at);
    std::string body = Trim(comment.substr(at + 1, close == std::string::npos ? std::string::npos
                                                                                : close - at - 1));
    bool expected_failure = at > 0 && comment[at - 1] == '-';
    at = close == std::string::npos ? comment.size() : close + 1;
    if (body.rfind("OPTION:", 0) == 0) {
      x.options.push_back(Trim(body.substr(7)));
      continue;
    }
    std::vector<std::string> parts;
    std::stringstream ss(body);
    std::string part;
    while (std::getline(ss, part, '/')) parts.push_back(Trim(part));
    if (body == "+++") x.complex = true;
    if (parts.size() != 3) continue;  // {+++} and other non-event notes
    std::string triple = parts[0] + "/" + parts[1] + "/" + parts[2];
    (expected_failure ? x.expected_failures : x.triples).push_back(triple);
  }
  // Events listed after {+++} document what would be coded without the
  // complexity filter; the expected output is none.
  if (x.complex) x.triples.clear();
  return x;
}

std::string FeatureOf(const std::string& id) {
  size_t dash = id.find('-');
  return dash == std::string::npos ? id : id.substr(0, dash);
}

Document RecordDocument(const TabariRecord& r) {
  Document doc;
  doc.id = r.id;
  doc.text = r.text;
  doc.presegmented = true;
  std::string date = r.date;
  if (date.size() == 8) date = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
  Date::Parse(date, &doc.published);
  return doc;
}

std::vector<std::string> Triples(const Document& doc, uint32_t sentence) {
  std::vector<std::string> out;
  for (const Event& e : doc.events) {
    if (sentence == kNone || e.sentence == sentence) {
      out.push_back(e.source.code + "/" + e.target.code + "/" + e.cameo);
    }
  }
  return out;
}

// The story of a record id "FRWD-001-002" is "FRWD-001"; "" when the id has
// no sentence number.
std::string StoryOf(const std::string& id) {
  size_t dash = id.rfind('-');
  if (dash == std::string::npos || dash + 1 == id.size()) return "";
  for (size_t i = dash + 1; i < id.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(id[i]))) return "";
  }
  return id.substr(0, dash);
}

// Under FORWARD: the records of one story are coded as one article, so that
// a pronoun opening a sentence can refer to the sentence before. Falls back
// to one document per record when the article's sentences do not line up
// with the records.
std::vector<std::vector<std::string>> CodeStory(const Pipeline& pipeline,
                                                const std::vector<TabariRecord>& records,
                                                size_t begin, size_t end) {
  Document doc = RecordDocument(records[begin]);
  doc.presegmented = false;
  for (size_t i = begin + 1; i < end; ++i) doc.text += "\n\n" + records[i].text;
  pipeline.Process(&doc);
  std::vector<std::vector<std::string>> out;
  if (doc.sentences.size() == end - begin) {
    for (uint32_t k = 0; k < end - begin; ++k) out.push_back(Triples(doc, k));
    return out;
  }
  for (size_t i = begin; i < end; ++i) {
    Document single = RecordDocument(records[i]);
    pipeline.Process(&single);
    out.push_back(Triples(single, kNone));
  }
  return out;
}

int Run(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s Validate.project Validate.text [--verbose]\n", argv[0]);
    return 2;
  }
  bool verbose = argc > 3 && std::string(argv[3]) == "--verbose";
  std::vector<TabariRecord> records;
  Status s = LoadTabariRecords(argv[2], &records);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 2;
  }
  PipelineOptions options;
  options.dictionaries = argv[1];
  options.stages = {"events"};
  std::unique_ptr<Pipeline> pipeline;
  int passed = 0, failed = 0, spurious = 0, xf_total = 0, xf_reproduced = 0, scored = 0;
  std::map<std::string, std::vector<std::string>> failures;  // feature -> lines
  bool forward = false;
  std::vector<std::vector<std::string>> story;  // triples of the current story's records
  size_t story_begin = 0;
  for (size_t ri = 0; ri < records.size(); ++ri) {
    const TabariRecord& r = records[ri];
    if (r.text.find("is the end of the standard validation records") != std::string::npos) break;
    Expectation x = ParseComment(r.comment);
    if (!x.options.empty()) {
      for (const std::string& o : x.options) {
        if (o.rfind("FORWARD:", 0) == 0) forward = o.find("OFF") == std::string::npos;
      }
      options.coding_options.insert(options.coding_options.end(), x.options.begin(), x.options.end());
      pipeline.reset();
      continue;
    }
    if (!pipeline) {
      s = Pipeline::Create(options, &pipeline);
      if (!s.ok()) {
        std::fprintf(stderr, "%s\n", s.ToString().c_str());
        return 2;
      }
    }
    std::vector<std::string> produced;
    std::string story_id = forward ? StoryOf(r.id) : "";
    if (!story_id.empty()) {
      if (ri >= story_begin + story.size() || StoryOf(records[story_begin].id) != story_id) {
        size_t end = ri;
        while (end < records.size() && StoryOf(records[end].id) == story_id &&
               ParseComment(records[end].comment).options.empty()) {
          ++end;
        }
        story = CodeStory(*pipeline, records, ri, end);
        story_begin = ri;
      }
      produced = story[ri - story_begin];
    } else {
      Document doc = RecordDocument(r);
      pipeline->Process(&doc);
      produced = Triples(doc, kNone);
    }
    ++scored;
    std::vector<std::string> missing, extra = produced;
    int record_passed = 0;
    for (const std::string& t : x.triples) {
      auto it = std::find(extra.begin(), extra.end(), t);
      if (it != extra.end()) {
        extra.erase(it);
        ++record_passed;
      } else {
        missing.push_back(t);
      }
    }
    for (const std::string& t : x.expected_failures) {
      ++xf_total;
      auto it = std::find(extra.begin(), extra.end(), t);
      if (it != extra.end()) {
        extra.erase(it);
        ++xf_reproduced;
      }
    }
    passed += record_passed;
    failed += static_cast<int>(missing.size());
    // Records where TABARI itself is known to fail state no reliable events.
    if (x.expected_failures.empty()) spurious += static_cast<int>(extra.size());
    if (!missing.empty() || (!extra.empty() && x.expected_failures.empty()) || verbose) {
      std::string line = r.id + ": expected {";
      for (const std::string& t : x.triples) line += " " + t;
      line += " } produced {";
      for (const std::string& t : produced) line += " " + t;
      line += " }";
      failures[FeatureOf(r.id)].push_back(line);
    }
  }
  for (const auto& [feature, lines] : failures) {
    std::printf("== %s (%zu)\n", feature.c_str(), lines.size());
    for (const std::string& l : lines) std::printf("  %s\n", l.c_str());
  }
  int total = passed + failed;
  double percent = total ? 100.0 * passed / total : 0;
  std::printf("records scored: %d\n", scored);
  std::printf("expected TABARI failures reproduced: %d of %d\n", xf_reproduced, xf_total);
  std::printf("spurious: %d (%.1f%% of %d expected)\n", spurious, total ? 100.0 * spurious / total : 0,
              total);
  std::printf("reproduced: %.1f%%\n", percent);
  std::printf("%d passed, %d failed\n", passed, failed);
  return 0;
}

}  // namespace
}  // namespace annalist

int main(int argc, char** argv) { return annalist::Run(argc, argv); }
