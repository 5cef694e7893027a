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
const char* kAgents = "PRESIDENT_ [~GOVPRS]\nPOLICE_ [~COP]\nSPOKESPERSON_ [~GOV]\nENVOY_ [~GOV]\n";
const char* kVerbs =
    "ACCUSE_ [112]\n"
    "ATTACK_ [190]\n"
    "MEET_ [036:036]\n"
    "VISIT_ [042:043]\n"
    "- THE_* OF $ TO + [042]\n"
    "SAID_ [010?]\n"
    "CLAIM_ [---]\n"
    "- * + { SHELTERS | HARBOURS } [112]\n"
    "RESTORE_ [---]\n"
    "- * DIPLOMATIC_TIES  [064]\n"
    "- * TRADE  [---]\n";
const char* kOptions = "SET: MINIMUM WORDS = 3\n";

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() /
                        ("annalist-coder-test-" + std::to_string(::getpid())));
    MakePipeline(*dir_ / "tabari", kOptions, &pipeline_);
    MakePipeline(*dir_ / "person", std::string(kOptions) + "SET: PRONOUN REFERENCE = PERSON\n",
                 &person_pipeline_);
    MakePipeline(*dir_ / "extensions",
                 std::string(kOptions) +
                     "SET: CLAUSE OPENERS = THAT SAID\nSET: SPEAKER MODALS = MUST SHOULD\n"
                     "SET: SHARE AGENTS = TRUE\n",
                 &extensions_pipeline_);
  }
  static void TearDownTestSuite() {
    pipeline_.reset();
    person_pipeline_.reset();
    extensions_pipeline_.reset();
    fs::remove_all(*dir_);
    delete dir_;
  }
  // Writes the test dictionaries with `options` into `dir` and loads them.
  static void MakePipeline(const fs::path& dir, const std::string& options,
                           std::unique_ptr<Pipeline>* out) {
    fs::create_directories(dir / "actors");
    std::ofstream(dir / "actors/middle_earth.actors") << kActors;
    std::ofstream(dir / "test.agents") << kAgents;
    std::ofstream(dir / "test.verbs") << kVerbs;
    std::ofstream(dir / "test.options") << options;
    PipelineOptions pipeline_options;
    pipeline_options.dictionaries = dir.string();
    pipeline_options.data_dir = fs::path(ANNALIST_TEST_DATA).parent_path().parent_path().string();
    pipeline_options.stages = {"events"};
    Status s = Pipeline::Create(pipeline_options, out);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  static Document Code(const std::string& text, const std::string& date = "2024-05-01",
                       const Pipeline* pipeline = nullptr) {
    Document doc;
    doc.text = text;
    Date::Parse(date, &doc.published);
    Status s = (pipeline ? pipeline : pipeline_.get())->Process(&doc);
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
  static std::unique_ptr<Pipeline> person_pipeline_;  // SET: PRONOUN REFERENCE = PERSON
  static std::unique_ptr<Pipeline> extensions_pipeline_;  // CLAUSE OPENERS, SPEAKER MODALS, SHARE AGENTS
};

fs::path* CoderTest::dir_ = nullptr;
std::unique_ptr<Pipeline> CoderTest::pipeline_;
std::unique_ptr<Pipeline> CoderTest::person_pipeline_;
std::unique_ptr<Pipeline> CoderTest::extensions_pipeline_;

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

TEST_F(CoderTest, OpeningPronounReferenceFollowsTheOption) {
  const std::string text =
      "Mira Tal, spokesperson for Rohan, accused Gondor of spying. "
      "Gondor attacked Arnor. She accused Arnor. Arnor attacked Gondor, she said.";
  // TABARI: the first actor of the previous sentence.
  EXPECT_EQ(Triples(Code(text)),
            (Strings{"ROHGOV/GON/112", "GON/ARN/190", "GON/ARN/112", "ARN/GON/190"}));
  // PERSON: the latest person, also for a "she" with no person before it.
  Document doc = Code(text, "2024-05-01", person_pipeline_.get());
  EXPECT_EQ(Triples(doc),
            (Strings{"ROHGOV/GON/112", "GON/ARN/190", "ROHGOV/ARN/112", "ARN/GON/190"}));
  int shes = 0;
  for (const ActorMention& m : doc.actors) {
    if (doc.SpanText(m.span) != "She" && doc.SpanText(m.span) != "she") continue;
    ++shes;
    EXPECT_EQ(m.code, "ROHGOV");
    const ActorMention* antecedent = &m;  // follow the chain to a name
    while (antecedent->refers_to != kNone) antecedent = &doc.actors[antecedent->refers_to];
    EXPECT_EQ(doc.SpanText(antecedent->span), "Mira Tal");
  }
  EXPECT_EQ(shes, 2);
}

TEST_F(CoderTest, AGovernmentSpokesmanSpeaksForTheCountryInContext) {
  Document doc = Code("Arnor closed its northern border on Monday. A government spokesman "
                      "accused Gondor of spying.",
                      "2024-05-01", person_pipeline_.get());
  EXPECT_EQ(Triples(doc), (Strings{"ARNGOV/GON/112"}));
  // Without PRONOUN REFERENCE = PERSON (TABARI's rule) it names no actor.
  EXPECT_TRUE(Code("Arnor closed its northern border on Monday. A government spokesman "
                   "accused Gondor of spying.")
                  .events.empty());
}

TEST_F(CoderTest, TheCountryAndTheGovernmentReferToACountry) {
  const std::string text =
      "Arnor accused Gondor of spying. The government attacked Rohan. "
      "Rohan said the country attacked Gondor.";
  EXPECT_EQ(Triples(Code(text)), (Strings{"ARN/GON/112", "ROH/GON/190"}));  // TABARI
  Document doc = Code(text, "2024-05-01", person_pipeline_.get());
  EXPECT_EQ(Triples(doc), (Strings{"ARN/GON/112", "ARNGOV/ROH/190", "ROH/GON/190"}));
  bool found = false;
  for (const ActorMention& m : doc.actors) {
    if (doc.SpanText(m.span) != "the country") continue;
    found = true;
    EXPECT_EQ(m.code, "ROH");  // the country named before it in its sentence
    ASSERT_NE(m.refers_to, kNone);
    EXPECT_EQ(doc.SpanText(doc.actors[m.refers_to].span), "Rohan");
  }
  EXPECT_TRUE(found);
}

TEST_F(CoderTest, ClaimThatAnotherSheltersIsAnAccusation) {
  // The + marker takes the first actor after THAT; the claim is an ACCUSE.
  EXPECT_EQ(Triples(Code("Arnor claims that the Rohan army shelters raiders from the north.")),
            (Strings{"ARN/ROH/112"}));
  EXPECT_TRUE(Code("Arnor claims that Rohan won the match.").events.empty());
}

TEST_F(CoderTest, NounPatternsCodeAVerbFormAfterItsDeterminer) {
  EXPECT_EQ(Triples(Code("Elendil praised the visit of Gondor to Rohan.")),
            (Strings{"GON/ROH/042"}));
  // Without a pattern naming the determiner the noun codes nothing.
  EXPECT_TRUE(Code("Gondor cancelled the visit yesterday.").events.empty());
}

TEST_F(CoderTest, AnAppositionDoesNotCutOffItsPhrase) {
  // ", Dara Venn," sets off a name: its commas delimit no clause, so the
  // trailing "to Rohan" is not dropped as a nonrestrictive clause and the
  // pattern reads across the name.
  EXPECT_EQ(Triples(Code("Elendil praised the visit of the Arnor envoy, Dara Venn, to Rohan today.")),
            (Strings{"ARNGOV/ROH/042"}));
}

TEST_F(CoderTest, PassiveWithBeAndIs) {
  EXPECT_EQ(Triples(Code("Gondor continues to be attacked by Arnor in the north.")),
            (Strings{"ARN/GON/190"}));
  EXPECT_EQ(Triples(Code("Gondor is attacked by Arnor every winter.")), (Strings{"ARN/GON/190"}));
}

TEST_F(CoderTest, ClauseOpenersGiveTheReportedClauseItsOwnSource) {
  const Pipeline* openers = extensions_pipeline_.get();
  const char* reported = "Arnor said that Gondor attacked Rohan on Monday.";
  // TABARI's rule: the first actor of the clause, and the first after the verb.
  EXPECT_EQ(Triples(Code(reported)), (Strings{"ARN/ROH/190"}));
  EXPECT_EQ(Triples(Code(reported, "2024-05-01", openers)), (Strings{"GON/ROH/190"}));
  // A pronoun opening the reported clause is the speaker.
  EXPECT_EQ(Triples(Code("Arnor said that it attacked Rohan on Monday.", "2024-05-01", openers)),
            (Strings{"ARN/ROH/190"}));
  // A speaker modal makes the clause the speaker's own act, as TABARI codes it.
  EXPECT_EQ(Triples(Code("Arnor said that Gondor must attack Rohan soon.", "2024-05-01", openers)),
            (Strings{"ARN/ROH/190"}));
}

TEST_F(CoderTest, SharedAgentServesEachCoordinatedCountry) {
  const char* text = "Arnor and Gondor police attacked Rohan on Monday.";
  EXPECT_EQ(Triples(Code(text)), (Strings{"ARN/ROH/190", "GONCOP/ROH/190"}));
  EXPECT_EQ(Triples(Code(text, "2024-05-01", extensions_pipeline_.get())),
            (Strings{"ARNCOP/ROH/190", "GONCOP/ROH/190"}));
  // An actor with its own agent keeps it.
  EXPECT_EQ(Triples(Code("Arnor president and Gondor police attacked Rohan on Monday.",
                         "2024-05-01", extensions_pipeline_.get())),
            (Strings{"ARNGOVPRS/ROH/190", "GONCOP/ROH/190"}));
}

TEST_F(CoderTest, ConjunctionsDivideClauses) {
  Document doc = Code("Arnor attacked Gondor but Rohan accused Arnor.");
  EXPECT_EQ(Triples(doc), (Strings{"ARN/GON/190", "ROH/ARN/112"}));
  EXPECT_EQ(doc.clauses.size(), 2u);
}

TEST_F(CoderTest, PeopleIntroducedWithARoleAndMentionedLater) {
  Document doc = Code(
      "Mira Tal, spokesperson for Arnor, accused Gondor of spying. "
      "Later Tal accused Rohan. She said Gondor was lying.");
  const ActorMention* introduced = nullptr;
  const ActorMention* later = nullptr;
  const ActorMention* she = nullptr;
  for (const ActorMention& m : doc.actors) {
    if (doc.SpanText(m.span) == "Mira Tal") introduced = &m;
    if (doc.SpanText(m.span) == "Tal") later = &m;
    if (doc.SpanText(m.span) == "She") she = &m;
  }
  ASSERT_NE(introduced, nullptr);
  EXPECT_EQ(introduced->code, "ARNGOV");
  EXPECT_EQ(introduced->kind, ActorKind::kPerson);
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->code, "ARNGOV");
  EXPECT_EQ(&doc.actors[later->refers_to], introduced);
  ASSERT_NE(she, nullptr);
  EXPECT_EQ(she->code, "ARNGOV");
}

TEST_F(CoderTest, AgentsAfterModifiersAndForPhrases) {
  Document doc = Code("The Arnor special envoy for Rohan, Dara Venn, accused Gondor.");
  EXPECT_EQ(Triples(doc), (Strings{"ARNGOV/GON/112"}));
  bool named = false;
  for (const ActorMention& m : doc.actors) {
    if (doc.SpanText(m.span) == "Dara Venn") named = m.code == "ARNGOV";
  }
  EXPECT_TRUE(named);
}

TEST_F(CoderTest, DatelineIsNotAnActor) {
  Document doc = Code("ROHAN, GONDOR - Arnor accused Gondor of spying.");
  EXPECT_EQ(Triples(doc), (Strings{"ARN/GON/112"}));
  for (const ActorMention& m : doc.actors) EXPECT_GE(m.span.begin, 14u);
}

}  // namespace
}  // namespace annalist
