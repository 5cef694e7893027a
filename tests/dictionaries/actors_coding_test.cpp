// annalist's actor dictionaries at work in the coder's actors stage: names,
// demonyms, capitals as metonyms, organisations and armed groups get the
// codes and kinds docs/actors.md promises, date-restricted codes follow the
// article's date, and blocking phrases keep look-alikes from matching.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "annalist/dictionary.h"
#include "annalist/document.h"
#include "coder/stages.h"
#include "text/text_stage.h"

namespace annalist {
namespace {

// Runs only the two stages these dictionaries need (tokenizing and actor
// finding), so the test does not depend on other modules' data.
class ActorsCodingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::filesystem::path root =
        std::filesystem::path(ANNALIST_TEST_DATA).parent_path().parent_path();
    std::unique_ptr<Dictionaries> dictionaries;
    Status s = Dictionaries::Load((root / "dictionaries" / "actors").string(), &dictionaries);
    ASSERT_TRUE(s.ok()) << s.ToString();
    std::unique_ptr<SegmentationRules> rules;
    s = SegmentationRules::LoadDefault(root.string(), &rules);
    ASSERT_TRUE(s.ok()) << s.ToString();
    text_ = new TextStage(std::move(rules));
    actors_ = NewActorsStage(std::shared_ptr<const Dictionaries>(std::move(dictionaries))).release();
  }
  static void TearDownTestSuite() {
    delete text_;
    delete actors_;
  }

  // "text=CODE/kind" for every actor found in `text`, published on `date`.
  static std::vector<std::string> Actors(const std::string& text, const std::string& date) {
    Document doc;
    doc.text = text;
    EXPECT_TRUE(Date::Parse(date, &doc.published));
    Status s = text_->Process(&doc);
    if (s.ok()) s = actors_->Process(&doc);
    EXPECT_TRUE(s.ok()) << s.ToString();
    std::vector<std::string> out;
    for (const ActorMention& a : doc.actors) {
      out.push_back(doc.text.substr(a.span.begin, a.span.end - a.span.begin) + "=" + a.code + "/" +
                    ActorKindName(a.kind));
    }
    return out;
  }

  static Stage* text_;
  static Stage* actors_;
};

Stage* ActorsCodingTest::text_ = nullptr;
Stage* ActorsCodingTest::actors_ = nullptr;

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST_F(ActorsCodingTest, CountriesDemonymsAndCapitals) {
  EXPECT_THAT(Actors("Islamabad said Pakistani troops had killed several militants.", "2024-11-14"),
              ElementsAre("Islamabad=PAKGOV/place_metonym", "Pakistani=PAK/country"));
  EXPECT_THAT(Actors("The Kremlin rejected a proposal from the White House on Tuesday.", "2023-03-01"),
              ElementsAre("Kremlin=RUSGOV/place_metonym", "White House=USAGOV/place_metonym"));
  EXPECT_THAT(Actors("Officials in Côte d'Ivoire met Burmese and Congolese diplomats.", "2022-01-05"),
              ElementsAre("Côte d'Ivoire=CIV/country", "Burmese=MMR/country",
                          "Congolese=COD/country"));
}

TEST_F(ActorsCodingTest, OrganisationsAndMedia) {
  EXPECT_THAT(Actors("The UN Security Council condemned the attack, Reuters reported.", "2024-02-01"),
              ElementsAre("UN Security Council=IGOUNOGOV/igo", "Reuters=GBRMED/organization"));
  EXPECT_THAT(Actors("Amnesty International and the World Food Programme appealed for access.",
                     "2024-02-01"),
              ElementsAre("Amnesty International=NGOHRIAMN/organization",
                          "World Food Programme=IGOUNOWFP/igo"));
}

TEST_F(ActorsCodingTest, DateRestrictedStatusFollowsTheArticleDate) {
  const std::string text = "The Taliban denied sheltering the TTP.";
  EXPECT_THAT(Actors(text, "2019-06-01"),
              ElementsAre("Taliban=AFGREB/armed_group", "TTP=PAKREB/armed_group"));
  EXPECT_THAT(Actors(text, "2024-11-14"),
              ElementsAre("Taliban=AFGGOV/armed_group", "TTP=PAKREB/armed_group"));
  EXPECT_THAT(Actors("The RSF attacked El Fasher.", "2022-05-01"),
              Contains("RSF=SDNMIL/armed_group"));
  EXPECT_THAT(Actors("The RSF attacked El Fasher.", "2024-05-01"),
              Contains("RSF=SDNREB/armed_group"));
  EXPECT_THAT(Actors("Hayat Tahrir al-Sham fighters entered the city.", "2025-01-10"),
              ElementsAre("Hayat Tahrir al-Sham=SYRGOV/armed_group"));
}

TEST_F(ActorsCodingTest, HyphenatedNamesMatchWithOrWithoutTheHyphen) {
  EXPECT_THAT(Actors("Guinea-Bissau and Guinea Bissau condemned ISIS-K and al-Shabaab.", "2023-04-02"),
              ElementsAre("Guinea-Bissau=GNB/country", "Guinea Bissau=GNB/country",
                          "ISIS-K=AFGREB/armed_group", "al-Shabaab=SOMREB/armed_group"));
}

TEST_F(ActorsCodingTest, ExactWordsDoNotTakeEndings) {
  EXPECT_THAT(Actors("The firm uses US chips; Smith sold turkeys in France, Turkey's rival, and the US's south.",
                     "2021-11-25"),
              ElementsAre("US=USA/country", "France=FRA/country", "Turkey's=TUR/country",
                          "US's=USA/country"));
}

TEST_F(ActorsCodingTest, BlockingPhrasesStopLookAlikes) {
  EXPECT_THAT(Actors("Farmers along the Jordan River ate roast turkey in the Persian Gulf heat.",
                     "2021-11-25"),
              IsEmpty());
  EXPECT_THAT(Actors("He kept a guinea pig while visiting Papua New Guinea.", "2021-11-25"),
              ElementsAre("Papua New Guinea=PNG/country"));
}

}  // namespace
}  // namespace annalist
