// The people dictionary as the coder sees it: the real files load through the
// real loader without a warning, and the real text and actors stages code a
// person by the office held on the article's date.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "annalist/dictionary.h"
#include "annalist/document.h"
#include "coder/stages.h"
#include "text/text_stage.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;

std::string SourceRoot() { return (fs::path(ANNALIST_TEST_DATA) / "../..").string(); }

std::string PeopleDir() { return SourceRoot() + "/dictionaries/actors/people"; }

// The real loader and stages, built once for all tests (never destroyed, as
// is usual for static objects).
struct Coder {
  Status status;
  std::shared_ptr<const Dictionaries> dicts;
  std::unique_ptr<Stage> text, actors;
};

const Coder& SharedCoder() {
  static const Coder* coder = [] {
    auto* c = new Coder;
    std::unique_ptr<Dictionaries> dicts;
    c->status = Dictionaries::Load(PeopleDir(), &dicts);
    if (!c->status.ok()) return c;
    c->dicts = std::move(dicts);
    std::unique_ptr<SegmentationRules> rules;
    c->status = SegmentationRules::LoadDefault(SourceRoot(), &rules);
    if (!c->status.ok()) return c;
    c->text = std::make_unique<TextStage>(std::move(rules));
    c->actors = NewActorsStage(c->dicts);
    return c;
  }();
  return *coder;
}

class PeopleCodingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(SharedCoder().status.ok()) << SharedCoder().status.ToString();
  }

  // Runs the text and actors stages on `text` published on `date` ("" for
  // an unknown date).
  static Document Code(const std::string& text, const std::string& date) {
    Document doc;
    doc.id = "people-test";
    doc.text = text;
    if (!date.empty()) {
      EXPECT_TRUE(Date::Parse(date, &doc.published)) << date;
    }
    EXPECT_TRUE(SharedCoder().text->Process(&doc).ok());
    EXPECT_TRUE(SharedCoder().actors->Process(&doc).ok());
    return doc;
  }

  // The code of the first actor found, or "" when there is none.
  static std::string CodeOn(const std::string& text, const std::string& date) {
    Document doc = Code(text, date);
    return doc.actors.empty() ? "" : doc.actors[0].code;
  }
};

TEST_F(PeopleCodingTest, LoadsWithoutWarnings) {
  const Dictionaries& dicts = *SharedCoder().dicts;
  for (const std::string& w : dicts.warnings()) ADD_FAILURE() << w;
  EXPECT_GE(dicts.actor_phrase_count(), 1000u);
}

TEST_F(PeopleCodingTest, OfficeFollowsTheArticleDate) {
  const std::string s = "Boris Johnson told reporters in London that talks would go on.";
  EXPECT_EQ(CodeOn(s, "2017-03-01"), "GBRGOV");  // foreign secretary
  EXPECT_EQ(CodeOn(s, "2018-12-01"), "GBRLEG");  // back-bench MP
  EXPECT_EQ(CodeOn(s, "2020-06-01"), "GBRGOV");  // prime minister
  EXPECT_EQ(CodeOn(s, "2024-01-01"), "GBRELI");  // out of office
  EXPECT_EQ(CodeOn(s, ""), "GBR");               // no date: the default
}

TEST_F(PeopleCodingTest, ChangeOfOfficeTakesEffectOnTheDay) {
  const std::string s = "Donald Tusk told reporters in Brussels that talks would go on.";
  EXPECT_EQ(CodeOn(s, "2019-11-30"), "IGOEUREEC");
  EXPECT_EQ(CodeOn(s, "2019-12-01"), "POLOPP");
  EXPECT_EQ(CodeOn(s, "2023-12-12"), "POLOPP");
  EXPECT_EQ(CodeOn(s, "2023-12-13"), "POLGOV");
}

TEST_F(PeopleCodingTest, InsurgentsWhoTookPowerChangeCode) {
  EXPECT_EQ(CodeOn("Amir Khan Muttaqi met envoys in Doha on Monday.", "2020-09-12"),
            "AFGINSTAL");
  EXPECT_EQ(CodeOn("Amir Khan Muttaqi met envoys in Kabul on Monday.", "2022-09-12"),
            "AFGGOV");
  // The hyphenated transliteration and the nom de guerre name the same man.
  EXPECT_EQ(CodeOn("Ahmed al-Sharaa met envoys in Idlib on Monday.", "2023-05-01"), "SYRREB");
  EXPECT_EQ(CodeOn("Abu Mohammad al-Jolani met envoys on Monday.", "2025-05-01"), "SYRGOV");
}

TEST_F(PeopleCodingTest, SurnamesAndTransliterationsMatch) {
  for (const char* name : {"Zelenskyy", "Zelensky", "Volodymyr Zelenskiy"}) {
    EXPECT_EQ(CodeOn(std::string(name) + " spoke to parliament on Monday.", "2023-02-01"),
                     "UKRGOV") << name;
  }
  EXPECT_EQ(CodeOn("Erdogan spoke to parliament on Monday.", "2023-02-01"), "TURGOV");
  EXPECT_EQ(CodeOn("Erdoğan spoke to parliament on Monday.", "2023-02-01"), "TURGOV");
}

TEST_F(PeopleCodingTest, ShortSurnamesDoNotMatchLongerWords) {
  // MODI_ must not match "modified", nor ABE_ "aberration".
  EXPECT_EQ(CodeOn("The committee modified the aberration report on Monday.", "2023-02-01"), "");
  EXPECT_EQ(CodeOn("Modi spoke to parliament on Monday.", "2023-02-01"), "INDGOV");
  // TUSK= matches the surname but not the plural of the common noun.
  EXPECT_EQ(CodeOn("Poachers sold the ivory tusks in the market on Monday.", "2024-02-01"), "");
  EXPECT_EQ(CodeOn("Tusk spoke to parliament on Monday.", "2024-02-01"), "POLGOV");
}

TEST_F(PeopleCodingTest, PeopleAreOfKindPerson) {
  Document doc = Code("Vladimir Putin spoke to parliament on Monday.", "2023-02-01");
  ASSERT_FALSE(doc.actors.empty());
  EXPECT_EQ(doc.actors[0].kind, ActorKind::kPerson);
  EXPECT_EQ(doc.actors[0].country, "RUS");
}

}  // namespace
}  // namespace annalist
