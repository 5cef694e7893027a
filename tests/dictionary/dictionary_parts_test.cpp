// Loading reads the dictionary files in parts on whatever threads are free
// and joins them (dictionary_files.h). Whichever thread reads which part,
// the dictionaries must be those of a reading in order.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/task_arena.h>

#include "annalist/dictionary.h"
#include "dictionary/compiled.h"
#include "io/temp_dir.h"

namespace annalist {
namespace {

// What a loaded dictionary holds, in a comparable form.
std::vector<std::string> Contents(const Dictionaries& d) {
  const CompiledDictionaries& c = d.compiled();
  std::vector<std::string> out;
  for (const ActorEntry& a : c.actors) {
    std::string codes;
    for (const DatedCode& code : c.actor_codes[a.codes]) codes += code.code + " ";
    out.push_back(std::string(a.phrase.text) + " | " + codes + "| " + std::string(a.source.rule) +
                  " | " + a.source.Where());
  }
  for (const Phrase& p : c.nouns) out.push_back("noun " + std::string(p.text));
  for (const VerbEntry& v : c.verbs) {
    for (const VerbPattern& p : v.patterns) out.push_back(std::string(p.source.rule));
  }
  // In file and line order, whichever thread read which part.
  const std::vector<std::string> warnings = d.warnings();
  out.insert(out.end(), warnings.begin(), warnings.end());
  return out;
}

TEST(DictionaryPartsTest, AnyThreadsReadingThePartsGiveTheDictionariesOfAReadingInOrder) {
  TempDir dir;
  // Four actor files of a part each, repeating one another's phrases, and
  // a verb file; enough lines that the parts take a while to read.
  for (int f = 0; f < 4; ++f) {
    std::string text;
    for (int i = 0; i < 400; ++i) {
      int n = f * 300 + i;  // files overlap by 100 phrases
      text += "PHRASE_" + std::to_string(n) + "_ [C" + std::to_string(f) + "]\n";
      if (i % 50 == 0) text += "+SYNONYM_" + std::to_string(n) + "_\n<NOUN>\nNOUN" +
                               std::to_string(n) + "\n</NOUN>\n";
    }
    dir.Write("a" + std::to_string(f) + ".actors", text);
  }
  dir.Write("z.verbs", "MEET_ [040]\n- * PHRASE_1 [041]\n- + * $ [042]\n");

  std::unique_ptr<Dictionaries> in_order;
  {
    tbb::global_control one(tbb::global_control::max_allowed_parallelism, 1);
    ASSERT_TRUE(Dictionaries::Load(dir.path(), &in_order).ok());
  }
  std::vector<std::string> expected = Contents(*in_order);
  // 1,300 phrases and 32 synonyms, 6 of which repeat a later file's.
  ASSERT_EQ(in_order->actor_phrase_count(), 1300u + 32 - 6);
  // With more threads than cores, the parts go to different threads in
  // different runs; each run must give the same.
  tbb::task_arena four(4);
  for (int run = 0; run < 10; ++run) {
    std::unique_ptr<Dictionaries> d;
    four.execute([&] { ASSERT_TRUE(Dictionaries::Load(dir.path(), &d).ok()); });
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(Contents(*d), expected) << "run " << run;
  }
}

}  // namespace
}  // namespace annalist
