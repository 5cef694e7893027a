#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "annalist/record_io.h"

namespace annalist {
namespace {

using nlohmann::json;

// "Le président français\u2019s aide met Pakistan." with two actors, one event.
Document SampleDocument() {
  Document doc;
  doc.id = "a1";
  doc.text = "\u00c9lys\u00e9e aide met Pakistan.";
  doc.published = Date{2024, 11, 14};
  doc.title = "Talks";
  Sentence s;
  s.span = {0, static_cast<uint32_t>(doc.text.size())};
  doc.sentences.push_back(s);
  uint32_t elysee_end = static_cast<uint32_t>(std::string("\u00c9lys\u00e9e").size());
  uint32_t pak_begin = static_cast<uint32_t>(doc.text.find("Pakistan"));
  ActorMention a;
  a.span = {0, elysee_end};
  a.sentence = 0;
  a.code = "FRAGOV";
  a.country = "FRA";
  a.sector = "GOV";
  a.name = "France";
  a.kind = ActorKind::kPlaceMetonym;
  doc.actors.push_back(a);
  ActorMention b;
  b.span = {pak_begin, pak_begin + 8};
  b.sentence = 0;
  b.code = "PAK";
  b.country = "PAK";
  b.name = "Pakistan";
  b.kind = ActorKind::kCountry;
  doc.actors.push_back(b);
  Event e;
  e.sentence = 0;
  e.source = {0, "FRAGOV", "FRA", "GOV"};
  e.target = {1, "PAK", "PAK", ""};
  e.cameo = "040";
  e.cameo_root = "04";
  e.quad_class = 1;
  e.goldstein = 1;
  e.plover = "CONSULT";
  e.date = doc.published;
  uint32_t met = static_cast<uint32_t>(doc.text.find("met"));
  e.evidence = {{met, met + 3}, "MET [040]", "verbs/consult.verbs:3"};
  doc.events.push_back(e);
  return doc;
}

TEST(RecordWriterTest, FollowsTheSpecWithCodePointOffsets) {
  Document doc = SampleDocument();
  json r = json::parse(WriteRecord(doc));
  EXPECT_EQ(r["schema"], 1);
  EXPECT_EQ(r["id"], "a1");
  EXPECT_EQ(r["published"], "2024-11-14");
  EXPECT_EQ(r["title"], "Talks");
  EXPECT_FALSE(r.contains("text"));
  EXPECT_FALSE(r.contains("error"));
  // "Élysée" is 6 code points but 8 bytes.
  EXPECT_EQ(r["actors"][0]["end"], 6);
  EXPECT_EQ(r["actors"][0]["text"], "\u00c9lys\u00e9e");
  EXPECT_EQ(r["actors"][0]["kind"], "place_metonym");
  EXPECT_EQ(r["actors"][1]["start"], 16);
  EXPECT_TRUE(r["actors"][1]["sector"].is_null());
  EXPECT_TRUE(r["actors"][1]["refers_to"].is_null());
  EXPECT_EQ(r["sentences"][0]["end"], 25);
  const json& e = r["events"][0];
  EXPECT_EQ(e["source"]["actor"], 0);
  EXPECT_EQ(e["target"]["code"], "PAK");
  EXPECT_TRUE(e["target"]["sector"].is_null());
  EXPECT_EQ(e["cameo"], "040");
  EXPECT_EQ(e["goldstein"], 1.0);
  EXPECT_TRUE(e["plover_mode"].is_null());
  EXPECT_EQ(e["evidence"]["verb"]["text"], "met");
  EXPECT_EQ(e["evidence"]["verb"]["start"], 12);
  EXPECT_EQ(e["evidence"]["dictionary"], "verbs/consult.verbs:3");
  EXPECT_TRUE(r["tone"].is_null());
  for (const char* key : {"quotes", "places", "times", "quantities", "claims"}) {
    EXPECT_TRUE(r[key].is_array()) << key;
  }
}

TEST(RecordWriterTest, QuantityFields) {
  Document doc;
  doc.id = "q";
  doc.text = "At least 12 people were killed.";
  doc.quantities.push_back(Quantity{{9, 11}, 12, "people", "at least", "", "", kNone, "killed"});
  doc.quantities.push_back(Quantity{{3, 8}, 5, "", "", "", "%", kNone, ""});
  json r = json::parse(WriteRecord(doc));
  const json& q = r["quantities"];
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0]["text"], "12");
  EXPECT_EQ(q[0]["value"], 12);
  EXPECT_EQ(q[0]["approximate"], "at least");
  EXPECT_EQ(q[0]["tracked"], "killed");
  EXPECT_TRUE(q[0]["event"].is_null());
  EXPECT_EQ(q[1]["unit"], "%");
  EXPECT_TRUE(q[1]["tracked"].is_null());
}

TEST(RecordWriterTest, ErrorInferredDateAndExtractedText) {
  Document doc;
  doc.id = "x\"y";
  doc.text = "bad \xff byte";
  doc.published_inferred = true;
  doc.published = Date{2023, 0, 0};
  doc.text_extracted = true;
  doc.error = ArticleError{"segment: too long"};
  doc.tone = -2.5;
  json r = json::parse(WriteRecord(doc));  // parses: output is valid UTF-8
  EXPECT_EQ(r["id"], "x\"y");
  EXPECT_EQ(r["published"], "2023");
  EXPECT_EQ(r["published_inferred"], true);
  EXPECT_EQ(r["text"], "bad \uFFFD byte");
  EXPECT_EQ(r["error"]["message"], "segment: too long");
  EXPECT_EQ(r["tone"], -2.5);
}

TEST(RecordWriterTest, QuotesPlacesClaims) {
  Document doc;
  doc.id = "q";
  doc.text = "Lima said no.";
  Quote q;
  q.sentence = 0;
  q.speaker = {0, 4};
  q.cue = {5, 9};
  q.content = {10, 12};
  doc.quotes.push_back(q);
  Place p;
  p.span = {0, 4};
  p.name = "Lima";
  p.country = "PER";
  p.feature = PlaceFeature::kCity;
  p.lat = -12.05;
  doc.places.push_back(p);
  Claim c;
  c.proposition = {10, 12};
  c.denied_by.push_back(ClaimParty{kNone, kNone, {0, 4}});
  doc.claims.push_back(c);
  json r = json::parse(WriteRecord(doc));
  EXPECT_EQ(r["quotes"][0]["speaker"]["text"], "Lima");
  EXPECT_TRUE(r["quotes"][0]["speaker"]["actor"].is_null());
  EXPECT_EQ(r["quotes"][0]["cue"]["text"], "said");
  EXPECT_EQ(r["quotes"][0]["content"]["start"], 10);
  EXPECT_EQ(r["places"][0]["feature"], "city");
  EXPECT_TRUE(r["places"][0]["geonames_id"].is_null());
  EXPECT_EQ(r["claims"][0]["proposition"]["text"], "no");
  EXPECT_EQ(r["claims"][0]["denied_by"][0]["text"], "Lima");
}

}  // namespace
}  // namespace annalist
