#include "places/place_stage.h"

#include <gtest/gtest.h>

#include "places/places_test_util.h"

namespace annalist {
namespace {

class PlaceStageTest : public ::testing::Test {
 protected:
  PlaceStageTest() : stage_(testing::TinyGazetteer(), testing::TinyLexicon()) {}

  // The places found in `text`, as "surface=ISO3/feature" strings.
  std::vector<std::string> Places(const std::string& text) {
    doc_ = testing::MakeDocument(text);
    Status s = stage_.Process(&doc_);
    EXPECT_TRUE(s.ok()) << s.ToString();
    std::vector<std::string> out;
    for (const Place& p : doc_.places) {
      out.push_back(std::string(doc_.SpanText(p.span)) + "=" + p.country + "/" +
                    PlaceFeatureName(p.feature));
    }
    return out;
  }

  PlaceStage stage_;
  Document doc_;
};

using Strings = std::vector<std::string>;

TEST_F(PlaceStageTest, FindsCountriesAndCitiesWithCoordinates) {
  EXPECT_EQ(Places("Officials in Kabul met envoys from Pakistan."),
            (Strings{"Kabul=AFG/city", "Pakistan=PAK/country"}));
  const Place& kabul = doc_.places[0];
  EXPECT_EQ(kabul.name, "Kabul");
  EXPECT_EQ(kabul.admin1, "Kabul");
  EXPECT_NEAR(kabul.lon, 69.1723, 1e-9);
  EXPECT_EQ(kabul.geonames_id, 1138958);
}

TEST_F(PlaceStageTest, MatchesWholeWordsOnly) {
  EXPECT_TRUE(Places("Mr Kabulov and the Pakistani army talked.").empty());
}

TEST_F(PlaceStageTest, PossessiveKeepsTheNameSpan) {
  EXPECT_EQ(Places("Pakistan's army moved."), (Strings{"Pakistan=PAK/country"}));
  EXPECT_EQ(doc_.SpanText(doc_.places[0].span), "Pakistan");
}

TEST_F(PlaceStageTest, MultiWordNamesAndAliases) {
  EXPECT_EQ(Places("Talks in New York and Ivory Coast ended."),
            (Strings{"New York=USA/city", "Ivory Coast=CIV/country"}));
  EXPECT_EQ(Places("Exports to Cote d'Ivoire grew."), (Strings{"Cote d'Ivoire=CIV/country"}));
}

TEST_F(PlaceStageTest, NamesakesFollowTheArticle) {
  EXPECT_EQ(Places("The factory in Birmingham closed."), (Strings{"Birmingham=GBR/city"}));
  EXPECT_EQ(Places("The factory in Birmingham, Alabama closed."),
            (Strings{"Birmingham=USA/city", "Alabama=USA/admin1"}));
  EXPECT_EQ(Places("Alabama voted. The factory in Birmingham closed."),
            (Strings{"Alabama=USA/admin1", "Birmingham=USA/city"}));
}

TEST_F(PlaceStageTest, KindWordAfterTheNameChoosesTheNamesake) {
  EXPECT_EQ(Places("Fighting spread in Kandahar."), (Strings{"Kandahar=AFG/city"}));
  EXPECT_EQ(Places("Fighting spread in Kandahar province."), (Strings{"Kandahar=AFG/admin1"}));
}

TEST_F(PlaceStageTest, PopulationAndCapitalDecideWithoutContext) {
  EXPECT_EQ(Places("Fashion week opened in Paris."), (Strings{"Paris=FRA/city"}));
}

TEST_F(PlaceStageTest, AcronymsMustBeWrittenInCapitals) {
  EXPECT_EQ(Places("US troops and UK officials left."),
            (Strings{"US=USA/country", "UK=GBR/country"}));
  EXPECT_TRUE(Places("Give us the Uk files.").empty());
}

TEST_F(PlaceStageTest, CommonWordsNeedAPreposition) {
  EXPECT_TRUE(Places("Nice work by the team.").empty());
  EXPECT_TRUE(Places("It was a Nice day.").empty());
  EXPECT_EQ(Places("The summit was held in Nice."), (Strings{"Nice=FRA/city"}));
  EXPECT_TRUE(Places("Talks resume in March.").empty());
}

TEST_F(PlaceStageTest, PeopleAndOrganisationsAreNotPlaces) {
  EXPECT_TRUE(Places("Critics met Mr Jordan yesterday.").empty());
  EXPECT_TRUE(Places("They met Paris Hilton yesterday.").empty());
  EXPECT_TRUE(Places("They spoke to the Bank of France yesterday.").empty());
  EXPECT_TRUE(Places("Shares in the Pakistan First Bank fell.").empty());
  EXPECT_TRUE(Places("Fans saw Florence sing.").empty());
  EXPECT_EQ(Places("They flew to Florence."), (Strings{"Florence=ITA/city"}));
}

TEST_F(PlaceStageTest, CapitalisedFunctionWordOpeningASentenceIsNoName) {
  EXPECT_EQ(Places("A US bank paid. While Pakistan waited."),
            (Strings{"US=USA/country", "Pakistan=PAK/country"}));
}

TEST_F(PlaceStageTest, SmallTownNeedsSupport) {
  EXPECT_TRUE(Places("Chaman said no.").empty());
  EXPECT_EQ(Places("Troops gathered near Chaman."), (Strings{"Chaman=PAK/city"}));
  EXPECT_EQ(Places("Pakistan closed the road. Chaman said no."),
            (Strings{"Pakistan=PAK/country", "Chaman=PAK/city"}));
}

TEST_F(PlaceStageTest, DatelineCountsAndPlacesTheFirstSentencesEvents) {
  doc_ = testing::MakeDocument("KABUL, AFGHANISTAN - Officials signed a deal.");
  Event signed_deal;
  signed_deal.sentence = 0;
  signed_deal.evidence.span = {30, 36};
  doc_.events.push_back(signed_deal);
  ASSERT_TRUE(stage_.Process(&doc_).ok());
  ASSERT_EQ(doc_.places.size(), 2u);
  EXPECT_EQ(doc_.places[0].country, "AFG");
  EXPECT_EQ(doc_.places[0].feature, PlaceFeature::kCity);
  EXPECT_EQ(doc_.places[1].feature, PlaceFeature::kCountry);
  EXPECT_EQ(doc_.events[0].place, 0u);
}

TEST_F(PlaceStageTest, DatelineMayNameItsAgency) {
  doc_ = testing::MakeDocument("KANDAHAR (Reuters) - Officials met.");
  Event met;
  met.sentence = 0;
  doc_.events.push_back(met);
  ASSERT_TRUE(stage_.Process(&doc_).ok());
  ASSERT_EQ(doc_.places.size(), 1u);
  EXPECT_EQ(doc_.events[0].place, 0u);
}

TEST_F(PlaceStageTest, NoDatelineWhenTheOpeningIsProse) {
  doc_ = testing::MakeDocument("Officials said Pakistan - and Kabul - agreed.");
  Event agreed;
  agreed.sentence = 0;
  doc_.events.push_back(agreed);
  ASSERT_TRUE(stage_.Process(&doc_).ok());
  EXPECT_EQ(doc_.places.size(), 2u);
  EXPECT_EQ(doc_.events[0].place, kNone);  // no locative phrase and no dateline
}

TEST_F(PlaceStageTest, EventsTakeTheLocativePlaceNearestTheirVerb) {
  const std::string text =
      "Pakistan said fighting in Kandahar killed five and a bomb exploded near Kabul. "
      "Afghanistan protested.";
  doc_ = testing::MakeDocument(text);
  auto event_at = [&](const std::string& verb, uint32_t sentence) {
    Event e;
    e.sentence = sentence;
    auto at = static_cast<uint32_t>(text.find(verb));
    e.evidence.span = {at, at + static_cast<uint32_t>(verb.size())};
    return e;
  };
  doc_.events.push_back(event_at("killed", 0));
  doc_.events.push_back(event_at("exploded", 0));
  doc_.events.push_back(event_at("protested", 1));
  Event already;
  already.sentence = 0;
  already.place = 7;
  doc_.events.push_back(already);
  ASSERT_TRUE(stage_.Process(&doc_).ok());
  ASSERT_EQ(doc_.places.size(), 4u);
  EXPECT_EQ(doc_.SpanText(doc_.places[doc_.events[0].place].span), "Kandahar");
  EXPECT_EQ(doc_.SpanText(doc_.places[doc_.events[1].place].span), "Kabul");
  EXPECT_EQ(doc_.events[2].place, kNone);  // "Afghanistan protested": no locative phrase
  EXPECT_EQ(doc_.events[3].place, 7u);     // an event that has a place keeps it
}

TEST_F(PlaceStageTest, ProcessingTwiceGivesTheSamePlaces) {
  doc_ = testing::MakeDocument("Officials in Kabul met envoys from Pakistan.");
  ASSERT_TRUE(stage_.Process(&doc_).ok());
  ASSERT_TRUE(stage_.Process(&doc_).ok());
  EXPECT_EQ(doc_.places.size(), 2u);
}

}  // namespace
}  // namespace annalist
