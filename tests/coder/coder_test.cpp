// End-to-end tests of the coder stages (actors, clauses, events) on tiny
// dictionaries written by the tests.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "annalist/pipeline.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;

const char* kActors =
    "ARNOR_ [ARN]\n"
    "GONDOR_ [GON]\n"
    "ROHAN_ [ROH]\n"
    "THE_SHIRE_ [FRO/SAM]\n"
    "#kind: person\n"
    "ELENDIL_\n"
    "\t[ARNGOV <20001231]\n"
    "\t[ARNELI]\n"
    "BOROMIR_ [---]\n"
    "ORC_ [###]\n"
    "<ADJECTIVE>\nOLD_\n</ADJECTIVE>\n";
const char* kAgents = "PRESIDENT_ [~GOVPRS]\nPOLICE_ [~COP]\n";
const char* kVerbs =
    "ACCUSE_ [112]\n"
    "ATTACK_ [190]\n"
    "MEET_ [036:036]\n"
    "VISIT_ [042:043]\n"
    "SAID_ [010?]\n"
    "RESTORE_ [---]\n"
    "- * DIPLOMATIC_TIES  [064]\n"
    "- * TRADE  [---]\n";
const char* kOptions = "SET: MINIMUM WORDS = 3\n";

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() /
                        ("annalist-coder-test-" + std::to_string(::getpid())));
    fs::create_directories(*dir_ / "actors");
    Write("actors/middle_earth.actors", kActors);
    Write("test.agents", kAgents);
    Write("test.verbs", kVerbs);
    Write("test.options", kOptions);
    PipelineOptions options;
    options.dictionaries = dir_->string();
    options.data_dir = fs::path(ANNALIST_TEST_DATA).parent_path().parent_path().string();
    options.stages = {"events"};
    Status s = Pipeline::Create(options, &pipeline_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  static void TearDownTestSuite() {
    pipeline_.reset();
    fs::remove_all(*dir_);
    delete dir_;
  }
  static void Write(const std::string& name, const char* content) {
    std::ofstream(*dir_ / name) << content;
  }

  static Document Code(const std::string& text, const std::string& date = "2024-05-01") {
    Document doc;
    doc.text = text;
    Date::Parse(date, &doc.published);
    Status s = pipeline_->Process(&doc);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return doc;
  }

  static std::vector<std::string> Triples(const Document& doc) {
    std::vector<std::string> out;
    for (const Event& e : doc.events) {
      out.push_back(e.source.code + "/" + e.target.code + "/" + e.cameo);
    }
    return out;
  }

  static fs::path* dir_;
  static std::unique_ptr<Pipeline> pipeline_;
};

fs::path* CoderTest::dir_ = nullptr;
std::unique_ptr<Pipeline> CoderTest::pipeline_;

using Strings = std::vector<std::string>;

TEST_F(CoderTest, CodesSourceVerbTarget) {
  Document doc = Code("Arnor accused Gondor of spying.");
  EXPECT_EQ(Triples(doc), (Strings{"ARN/GON/112"}));
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(doc.SpanText(e.evidence.span), "accused");
  EXPECT_EQ(e.evidence.rule, "ACCUSE_ [112]");
  EXPECT_EQ(e.evidence.dictionary, "test.verbs:1");
  EXPECT_EQ(e.date.ToString(), "2024-05-01");
  EXPECT_EQ(e.cameo_root, "11");
  ASSERT_NE(e.source.actor, kNone);
  EXPECT_EQ(doc.actors[e.source.actor].evidence.dictionary, "actors/middle_earth.actors:1");
}

TEST_F(CoderTest, PassiveVoiceSwapsSourceAndTarget) {
  EXPECT_EQ(Triples(Code("Gondor was attacked by Arnor yesterday.")), (Strings{"ARN/GON/190"}));
}

TEST_F(CoderTest, PatternsAndNullCodes) {
  EXPECT_EQ(Triples(Code("Arnor will restore diplomatic ties with Gondor.")),
            (Strings{"ARN/GON/064"}));
  EXPECT_TRUE(Code("Arnor will restore trade with Gondor.").events.empty());
}

TEST_F(CoderTest, CompoundsAndPairedCodes) {
  EXPECT_EQ(Triples(Code("Arnor accused Gondor and Rohan of spying.")),
            (Strings{"ARN/GON/112", "ARN/ROH/112"}));
  EXPECT_EQ(Triples(Code("Arnor will visit Gondor next week.")),
            (Strings{"ARN/GON/042", "GON/ARN/043"}));
  // A coded compound gives one mention per code.
  Document doc = Code("The Shire accused Gondor of spying.");
  EXPECT_EQ(Triples(doc), (Strings{"FRO/GON/112", "SAM/GON/112"}));
}

TEST_F(CoderTest, AgentsAttachToActors) {
  Document doc = Code("The Arnor police accused the president of Gondor.");
  EXPECT_EQ(Triples(doc), (Strings{"ARNCOP/GONGOVPRS/112"}));
}

TEST_F(CoderTest, DateRestrictedCodesFollowTheArticleDate) {
  EXPECT_EQ(Triples(Code("Elendil accused Gondor of spying.", "1999-03-01")),
            (Strings{"ARNGOV/GON/112"}));
  Document doc = Code("Elendil accused Gondor of spying.", "2024-03-01");
  EXPECT_EQ(Triples(doc), (Strings{"ARNELI/GON/112"}));
  EXPECT_EQ(doc.actors[0].kind, ActorKind::kPerson);
}

TEST_F(CoderTest, NullAndDiscardActors) {
  EXPECT_EQ(Triples(Code("Boromir and Arnor accused Gondor of spying.")),
            (Strings{"ARN/GON/112"}));
  EXPECT_TRUE(Code("An orc accused Gondor of spying.").events.empty());
}

TEST_F(CoderTest, PronounsReferToTheirAntecedent) {
  Document doc = Code("Arnor said it attacked Gondor.");
  EXPECT_EQ(Triples(doc), (Strings{"ARN/GON/190"}));  // subordinate SAID dropped
  bool found = false;
  for (const ActorMention& m : doc.actors) {
    if (doc.SpanText(m.span) == "it") {
      found = true;
      EXPECT_EQ(m.refers_to, 0u);
      EXPECT_EQ(m.code, "ARN");
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(CoderTest, ConjunctionsDivideClauses) {
  Document doc = Code("Arnor attacked Gondor but Rohan accused Arnor.");
  EXPECT_EQ(Triples(doc), (Strings{"ARN/GON/190", "ROH/ARN/112"}));
  EXPECT_EQ(doc.clauses.size(), 2u);
}

}  // namespace
}  // namespace annalist
