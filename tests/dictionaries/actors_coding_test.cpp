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

#include "annalist/document.h"
#include "annalist/pipeline.h"

namespace annalist {
namespace {

class ActorsCodingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions options;
    options.dictionaries = (std::filesystem::path(ANNALIST_TEST_DATA).parent_path().parent_path() /
                            "dictionaries" / "actors")
                               .string();
    options.stages = {"actors"};
    std::unique_ptr<Pipeline> pipeline;
    Status s = Pipeline::Create(options, &pipeline);
    ASSERT_TRUE(s.ok()) << s.ToString();
    pipeline_ = pipeline.release();
  }
  static void TearDownTestSuite() { delete pipeline_; }

  // "text=CODE/kind" for every actor found in `text`, published on `date`.
  static std::vector<std::string> Actors(const std::string& text, const std::string& date) {
    Document doc;
    doc.text = text;
    EXPECT_TRUE(Date::Parse(date, &doc.published));
    Status s = pipeline_->Process(&doc);
    EXPECT_TRUE(s.ok()) << s.ToString();
    std::vector<std::string> out;
    for (const ActorMention& a : doc.actors) {
      out.push_back(doc.text.substr(a.span.begin, a.span.end - a.span.begin) + "=" + a.code + "/" +
                    ActorKindName(a.kind));
    }
    return out;
  }

  static Pipeline* pipeline_;
};

Pipeline* ActorsCodingTest::pipeline_ = nullptr;

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

TEST_F(ActorsCodingTest, BlockingPhrasesStopLookAlikes) {
  EXPECT_THAT(Actors("Farmers along the Jordan River ate roast turkey in the Persian Gulf heat.",
                     "2021-11-25"),
              IsEmpty());
  EXPECT_THAT(Actors("He kept a guinea pig while visiting Papua New Guinea.", "2021-11-25"),
              ElementsAre("Papua New Guinea=PNG/country"));
}

}  // namespace
}  // namespace annalist
