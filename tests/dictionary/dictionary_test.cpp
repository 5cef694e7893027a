#include "annalist/dictionary.h"

#include <gtest/gtest.h>

#include <string>

#include "dictionary/code_block.h"
#include "dictionary/compiled.h"
#include "dictionary/phrase.h"
#include "io/temp_dir.h"

namespace annalist {
namespace {

bool HasWarning(const Dictionaries& d, const std::string& needle) {
  for (const std::string& w : d.warnings()) {
    if (w.find(needle) != std::string::npos) return true;
  }
  return false;
}

TEST(PhraseTest, ConnectorsSetMatchingAndAdjacency) {
  Arena arena;
  Phrase p;
  std::string error;
  ASSERT_TRUE(ParsePhrase("AL_GORE", &arena, &p, &error));
  ASSERT_EQ(p.words.size(), 2u);
  EXPECT_EQ(p.words[0].match, WordMatch::kWord);
  EXPECT_EQ(p.words[1].match, WordMatch::kStem);
  EXPECT_TRUE(p.adjacent[0]);
  ASSERT_TRUE(ParsePhrase("DURTHANG ORC", &arena, &p, &error));
  EXPECT_FALSE(p.adjacent[0]);
  ASSERT_TRUE(ParsePhrase("BACK~ POLICY", &arena, &p, &error));
  EXPECT_EQ(p.words[0].match, WordMatch::kStem);
  EXPECT_TRUE(p.adjacent[0]);
  ASSERT_TRUE(ParsePhrase("BARAD-DUR", &arena, &p, &error));  // hyphens read as underscores
  EXPECT_EQ(p.words.size(), 2u);
  EXPECT_FALSE(ParsePhrase("  ", &arena, &p, &error));
}

TEST(PhraseTest, WordMatchingHonoursStemsAndEndings) {
  PatternWord stem{"SYRI", WordMatch::kStem};
  EXPECT_TRUE(WordMatches(stem, "SYRIAN", Endings::kNoun));
  EXPECT_FALSE(WordMatches(stem, "SYRACUSE", Endings::kNoun));
  PatternWord word{"ARNOR", WordMatch::kWord};
  EXPECT_TRUE(WordMatches(word, "ARNOR'S", Endings::kNoun));
  EXPECT_FALSE(WordMatches(word, "ARNORIAN", Endings::kNoun));
  PatternWord verb{"DONATE", WordMatch::kWord};
  EXPECT_TRUE(WordMatches(verb, "DONATED", Endings::kVerb));
  EXPECT_FALSE(WordMatches(verb, "DONATE'S", Endings::kVerb));
  PatternWord exact{"MOUSE", WordMatch::kExact};
  EXPECT_FALSE(WordMatches(exact, "MOUSES", Endings::kNoun));
}

TEST(CodeBlockTest, ReadsEventAndDatedCodes) {
  EventCode e;
  std::string error;
  ASSERT_TRUE(ParseEventCode("032:033", &e, &error));
  EXPECT_EQ(e.code, "032");
  EXPECT_EQ(e.paired, "033");
  ASSERT_TRUE(ParseEventCode("023?", &e, &error));
  EXPECT_TRUE(e.subordinate);
  ASSERT_TRUE(ParseEventCode("- - -", &e, &error));
  EXPECT_EQ(e.special, SpecialCode::kNull);

  DatedCode d;
  ASSERT_TRUE(ParseDatedCode("HOBGOV 950601 - 990815", false, &d, &error));
  EXPECT_EQ(d.code, "HOBGOV");
  EXPECT_EQ(d.restriction, DatedCode::Restriction::kBetween);
  EXPECT_EQ(d.from, 19950601);
  EXPECT_TRUE(d.Applies(19970101));
  EXPECT_FALSE(d.Applies(20000101));
  ASSERT_TRUE(ParseDatedCode("XYZ <20240131", false, &d, &error));  // 8-digit extension
  EXPECT_EQ(d.until, 20240131);
  ASSERT_TRUE(ParseDatedCode("ABC >010101", false, &d, &error));  // 01 pivots to 2001
  EXPECT_EQ(d.from, 20010101);
  EXPECT_FALSE(ParseDatedCode("991201-010114", false, &d, &error));
}

TEST(DictionariesTest, ReadsVerbsWithFormsPatternsSynsetsAndAlternatives) {
  Dictionaries d;
  ASSERT_TRUE(d.AddVerbs("<SYNSETS>\n&MONEY\n+DOLLAR\n+EURO\n</SYNSETS>\n"
                         "BREAK_  [171]\n{ BROKE_ BROKEN_ }\n- * TREATY  [161]\n"
                         "- * { TRUCE | CEASEFIRE }  [162]\n- * &MONEY  [071]\n"
                         "- + WAS * BY $  [172]\n",
                         "t.verbs")
                  .ok());
  d.Compile();
  const CompiledDictionaries& c = d.compiled();
  EXPECT_EQ(d.verb_root_count(), 1u);
  EXPECT_EQ(c.verb_forms.size(), 3u);
  EXPECT_EQ(d.verb_pattern_count(), 6u);  // TREATY, TRUCE, CEASEFIRE, DOLLAR, EURO, passive
  const VerbEntry& e = c.verbs[0];
  // Longest first; synset members count for less than written words.
  EXPECT_EQ(e.patterns.front().code.code, "162");  // "* CEASEFIRE"
  const VerbPattern* passive = nullptr;
  for (const VerbPattern& p : e.patterns) {
    if (p.code.code == "172") passive = &p;
  }
  ASSERT_NE(passive, nullptr);
  ASSERT_EQ(passive->before.size(), 2u);
  EXPECT_EQ(passive->before[0].kind, ElemKind::kTarget);
  EXPECT_EQ(passive->after.back().kind, ElemKind::kSource);
  EXPECT_EQ(passive->source.Where(), "t.verbs:11");
}

TEST(DictionariesTest, TimeShiftsBeyondRangeAreNoneAndNeverThrow) {
  Dictionaries d;
  // The last shift is too long for any integer (a fuzzer found that it
  // threw out of the reader).
  ASSERT_TRUE(d.AddVerbs("<TIME>\nYESTERDAY [-1]\nLONG AGO [9000]\nNEVER [" +
                             std::string(45, '2') + "]\n</TIME>\n",
                         "t.verbs")
                  .ok());
  d.Compile();
  const CompiledDictionaries& c = d.compiled();
  ASSERT_EQ(c.times.size(), 3u);
  EXPECT_EQ(c.times[0].days, -1);
  EXPECT_EQ(c.times[1].days, 0);
  EXPECT_EQ(c.times[2].days, 0);
}

TEST(DictionariesTest, ReadsActorsWithSynonymsDatesAndKinds) {
  Dictionaries d;
  ASSERT_TRUE(d.AddActors("#kind: person\nGOLLUM\n+SMEAGOL\n\t[HOB <950601]\n\t[HOBGOV]\n"
                          "#kind: country\nGONDOR_ [GON]\nGONDOR_ [XXX]\n"
                          "<NOUN>\nGOATS\n</NOUN>\n",
                          "t.actors")
                  .ok());
  d.Compile();
  const CompiledDictionaries& c = d.compiled();
  ASSERT_EQ(d.actor_phrase_count(), 3u);
  EXPECT_EQ(c.actors[0].kind, ActorKind::kPerson);
  EXPECT_EQ(c.actors[0].codes, c.actors[1].codes);  // synonyms share codes
  EXPECT_EQ(c.actor_codes[c.actors[0].codes].size(), 2u);
  EXPECT_EQ(c.actors[2].kind, ActorKind::kCountry);
  EXPECT_EQ(c.nouns.size(), 1u);
  EXPECT_TRUE(HasWarning(d, "t.actors:8: duplicate actor GONDOR_"));
}

TEST(DictionariesTest, FilesReadInPartsJoinAsIfReadInOrder) {
  // Loading reads a.actors, b.actors and the rest as three parts side by
  // side (dictionary_files.h); the joined dictionaries must be what a
  // reading in order gives.
  TempDir dir;
  dir.Write("a.actors", std::string(400, '#') + "\nARNOR_ [ARN]\nGONDOR_ [GON]\n<NOUN>\nGOATS\n</NOUN>\n");
  dir.Write("b.actors", "ROHAN_ [ROH]\n+RIDDERMARK_\nGONDOR_ [XXX]\n<ADJECTIVE>\nOLD\n</ADJECTIVE>\n");
  dir.Write("c.agents", "PRESIDENT_ [~GOVPRS]\n");
  dir.Write("d.verbs", "ATTACK_ [190]\n<NOUN>\nSHEEP\n</NOUN>\n");
  std::unique_ptr<Dictionaries> d;
  ASSERT_TRUE(Dictionaries::Load(dir.path(), &d).ok());
  const CompiledDictionaries& c = d->compiled();
  ASSERT_EQ(d->actor_phrase_count(), 4u);  // ARNOR, GONDOR, ROHAN, RIDDERMARK
  EXPECT_EQ(c.actors[3].source.Where(), "b.actors:2");
  EXPECT_EQ(c.actors[2].codes, c.actors[3].codes);  // synonyms share codes
  EXPECT_EQ(c.actor_codes[c.actors[1].codes][0].code, "GON");  // the first GONDOR kept
  EXPECT_TRUE(HasWarning(*d, "b.actors:3: duplicate actor GONDOR_"));
  EXPECT_EQ(d->agent_phrase_count(), 1u);
  EXPECT_EQ(d->verb_root_count(), 1u);
  EXPECT_EQ(c.nouns.size(), 2u);  // GOATS from a.actors, then SHEEP from d.verbs
  EXPECT_EQ(c.adjectives.size(), 1u);
}

TEST(DictionariesTest, BadLinesWarnOrFailWithFileAndLine) {
  Dictionaries d;
  ASSERT_TRUE(d.AddAgents("PRESIDENT_ [~GOVPRS]\nMINISTER_ [GOV]\n", "a.agents").ok());
  EXPECT_TRUE(HasWarning(d, "a.agents:2"));
  ASSERT_TRUE(d.AddOptions("SET: MATCH = TRUE\nCOMPLEX: VERBS[5] NOACTPRIOR\nFROB: 1\n", "o.options").ok());
  EXPECT_TRUE(HasWarning(d, "o.options:1"));
  EXPECT_TRUE(HasWarning(d, "o.options:3"));
  EXPECT_EQ(d.options().complex_verbs, 5);
  EXPECT_TRUE(d.options().complex_no_actor_prior);
  Status s = d.AddActors("ARNOR [ARN\n", "bad.actors");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("bad.actors:1"), std::string::npos);
}

TEST(DictionariesTest, OptionsCommandsChangeCoding) {
  CodingOptions o;
  EXPECT_EQ(ApplyOptionLine("SET: CODE ALL", &o), "");
  EXPECT_EQ(o.code_by, CodingOptions::CodeBy::kAll);
  EXPECT_EQ(ApplyOptionLine("DEFAULT: SOURCE [SRC] PRIOR TARGET [TGT]", &o), "");
  EXPECT_EQ(o.default_source, "SRC");
  EXPECT_TRUE(o.default_source_prior);
  EXPECT_FALSE(o.default_target_after);
  EXPECT_EQ(ApplyOptionLine("COMMA: MIN = 4 MAX = 6 EMIN = 3", &o), "");
  EXPECT_EQ(o.comma_min, 4);
  EXPECT_EQ(o.comma_max, 6);
  EXPECT_EQ(o.comma_emin, 3);
  EXPECT_EQ(ApplyOptionLine("SET: MINIMUM WORDS = 4", &o), "");
  EXPECT_EQ(o.minimum_words, 4);
}

}  // namespace
}  // namespace annalist
