// Evidence names the dictionary rule that produced a code: the rule as
// written (without its comment) and its file:line. Entries hold views into
// the kept file text (arena.h); these tests pin what those views show.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "annalist/dictionary.h"
#include "dictionary/compiled.h"
#include "io/temp_dir.h"

namespace annalist {
namespace {

TEST(EntrySourceTest, RulesAreTheLinesAsWrittenWithoutComments) {
  Dictionaries d;
  // The content goes away after the call: the entries must not point into it.
  std::string verbs =
      "BREAK_  [171] ; a root\n"
      "- * TREATY  [161]  ; a comment\n"
      "-   + *   FROM $ [066]\n"
      "-* { TRUCE | CEASEFIRE } [162]\n";
  ASSERT_TRUE(d.AddVerbs(verbs, "v/t.verbs").ok());
  verbs.assign(verbs.size(), '?');
  std::string actors = "GONDOR_ [GON] ; Minas Tirith\n+MINAS_TIRITH_\n";
  ASSERT_TRUE(d.AddActors(actors, "t.actors").ok());
  actors.assign(actors.size(), '?');
  ASSERT_TRUE(d.AddAgents("PRESIDENT_ [~GOVPRS]\n", "t.agents").ok());
  d.Compile();
  const CompiledDictionaries& c = d.compiled();

  const VerbEntry& verb = c.verbs.at(0);
  EXPECT_EQ(verb.source.rule, "BREAK_  [171]");
  EXPECT_EQ(verb.source.Where(), "v/t.verbs:1");
  ASSERT_EQ(verb.patterns.size(), 4u);
  for (const VerbPattern& p : verb.patterns) {
    if (p.code.code == "161") {
      EXPECT_EQ(p.source.rule, "- * TREATY  [161]");
      EXPECT_EQ(p.source.Where(), "v/t.verbs:2");
    } else if (p.code.code == "066") {
      EXPECT_EQ(p.source.rule, "- + *   FROM $ [066]");  // one blank after '-'
      EXPECT_EQ(p.source.Where(), "v/t.verbs:3");
    } else {
      EXPECT_EQ(p.source.rule, "- * { TRUCE | CEASEFIRE } [162]");  // both alternatives
      EXPECT_EQ(p.source.Where(), "v/t.verbs:4");
    }
  }
  ASSERT_EQ(c.actors.size(), 2u);
  EXPECT_EQ(c.actors[0].source.rule, "GONDOR_ [GON]");
  EXPECT_EQ(c.actors[0].source.Where(), "t.actors:1");
  EXPECT_EQ(c.actors[0].phrase.text, "GONDOR_");
  EXPECT_EQ(c.actors[1].source.rule, "MINAS_TIRITH_");
  EXPECT_EQ(c.actors[1].source.Where(), "t.actors:2");
  ASSERT_EQ(c.agents.size(), 1u);
  EXPECT_EQ(c.agents[0].source.rule, "PRESIDENT_ [~GOVPRS]");
  EXPECT_EQ(c.agents[0].source.Where(), "t.agents:1");
}

TEST(EntrySourceTest, EntriesOfThePartReadAsideKeepTheirSourcesWhenJoined) {
  // Loading reads the later files into a dictionary of their own and then
  // moves its entries over (dictionary_files.h): their views must survive.
  TempDir dir;
  dir.Write("a.actors", std::string(400, '#') + "\nARNOR_ [ARN]\n");
  dir.Write("b.actors", "ROHAN_ [ROH] ; horses\n");
  dir.Write("c.verbs", "ATTACK_ [190]\n- * HORSES [191]\n");
  std::unique_ptr<Dictionaries> d;
  ASSERT_TRUE(Dictionaries::Load(dir.path(), &d).ok());
  const CompiledDictionaries& c = d->compiled();
  ASSERT_EQ(c.actors.size(), 2u);
  EXPECT_EQ(c.actors[1].source.rule, "ROHAN_ [ROH]");
  EXPECT_EQ(c.actors[1].source.Where(), "b.actors:1");
  EXPECT_EQ(c.actors[1].phrase.words[0].text, "ROHAN");
  ASSERT_EQ(c.verbs.size(), 1u);
  ASSERT_EQ(c.verbs[0].patterns.size(), 1u);
  EXPECT_EQ(c.verbs[0].patterns[0].source.rule, "- * HORSES [191]");
  EXPECT_EQ(c.verbs[0].patterns[0].after[0].word.text, "HORSES");
}

}  // namespace
}  // namespace annalist
