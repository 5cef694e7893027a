#include "annalist/gazetteer.h"

#include <gtest/gtest.h>

#include "places/places_test_util.h"

namespace annalist {
namespace {

TEST(NameKeyTest, FoldsCaseAccentsAndPunctuation) {
  EXPECT_EQ(NameKey("Côte d'Ivoire"), "COTE D IVOIRE");
  EXPECT_EQ(NameKey("Guinea-Bissau"), "GUINEA BISSAU");
  EXPECT_EQ(NameKey("  São   Paulo "), "SAO PAULO");
  EXPECT_EQ(NameKey("Washington, D.C."), "WASHINGTON D C");
  EXPECT_EQ(NameKey("--"), "");
}

TEST(GazetteerTest, LooksUpNamesAndAliases) {
  auto g = testing::TinyGazetteer();
  ASSERT_NE(g, nullptr);
  auto kabul = g->Lookup("KABUL");
  ASSERT_EQ(kabul.size(), 1u);
  const GazetteerEntry& e = g->entry(kabul[0].entry);
  EXPECT_EQ(e.country, "AFG");
  EXPECT_EQ(e.feature, PlaceFeature::kCity);
  EXPECT_NEAR(e.lat, 34.5281, 1e-9);
  EXPECT_EQ(e.geonames_id, 1138958);
  EXPECT_TRUE(e.has(GazetteerEntry::kCapital));
  EXPECT_FALSE(kabul[0].alias);

  auto kaboul = g->Lookup("KABOUL");
  ASSERT_EQ(kaboul.size(), 1u);
  EXPECT_TRUE(kaboul[0].alias);
  EXPECT_EQ(kaboul[0].entry, kabul[0].entry);

  EXPECT_EQ(g->Lookup("PARIS").size(), 2u);
  EXPECT_TRUE(g->Lookup("KABULOV").empty());
  EXPECT_EQ(g->max_name_words(), 3);  // "New York City", "Cote d'Ivoire"
}

TEST(GazetteerTest, KnowsWhichWordsStartLongerNames) {
  auto g = testing::TinyGazetteer();
  EXPECT_TRUE(g->StartsLongerName("NEW"));     // "New York", "New York City"
  EXPECT_TRUE(g->StartsLongerName("IVORY"));   // an alias: "Ivory Coast"
  EXPECT_TRUE(g->StartsLongerName("UNITED"));
  EXPECT_FALSE(g->StartsLongerName("KABUL"));  // a name, but of one word
  EXPECT_FALSE(g->StartsLongerName("YORK"));   // inside a name, not first
  EXPECT_FALSE(g->StartsLongerName(""));
}

TEST(GazetteerTest, MarksAcronymsAndFlags) {
  auto g = testing::TinyGazetteer();
  auto us = g->Lookup("US");
  ASSERT_EQ(us.size(), 1u);
  EXPECT_TRUE(us[0].acronym);
  EXPECT_FALSE(g->Lookup("AMERICA")[0].acronym);
  EXPECT_TRUE(g->entry(g->Lookup("NICE")[0].entry).has(GazetteerEntry::kCommonWord));
  EXPECT_TRUE(g->entry(g->Lookup("FLORENCE")[0].entry).has(GazetteerEntry::kGivenName));
}

TEST(GazetteerTest, BadLinesNameFileAndLine) {
  std::unique_ptr<Gazetteer> g;
  Status s = Gazetteer::Parse("# header\nKabul\tcity\n", "g.tsv", &g);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("g.tsv:2"), std::string::npos) << s.message();

  s = Gazetteer::Parse("Kabul\t\ttown\tAFG\t\t34\t69\t1\t1\t\n", "g.tsv", &g);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("unknown feature 'town'"), std::string::npos) << s.message();

  s = Gazetteer::Parse("Kabul\t\tcity\tAFG\t\t134\t69\t1\t1\t\n", "g.tsv", &g);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("coordinates"), std::string::npos) << s.message();

  s = Gazetteer::Parse("Kabul\t\tcity\tAFG\t\t34\t69\tmany\t1\t\n", "g.tsv", &g);
  EXPECT_FALSE(s.ok());
}

TEST(GazetteerTest, MissingFileIsNotFound) {
  std::unique_ptr<Gazetteer> g;
  Status s = Gazetteer::Load("/nonexistent/gazetteer.tsv", &g);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("/nonexistent/gazetteer.tsv"), std::string::npos);
}

TEST(PlaceLexiconTest, UnknownCategoryNamesLine) {
  PlaceLexicon lexicon;
  Status s = PlaceLexicon::Parse("locative\tin\nplaces\tfoo\n", "ctx.tsv", &lexicon);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("ctx.tsv:2"), std::string::npos) << s.message();
  ASSERT_TRUE(PlaceLexicon::Parse("locative\tin at\nfunction\tthe\n", "ctx.tsv", &lexicon).ok());
  EXPECT_TRUE(lexicon.IsLocative("at"));
  EXPECT_FALSE(lexicon.IsLocative("from"));
  EXPECT_TRUE(lexicon.IsFunctionWord("The"));
}

}  // namespace
}  // namespace annalist
