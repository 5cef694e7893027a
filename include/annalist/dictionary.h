// Dictionaries: TABARI-format coding dictionaries, compiled for fast matching.
//
//   std::unique_ptr<Dictionaries> dicts;
//   Status s = Dictionaries::Load("CAMEO.full.project", &dicts);   // or a directory
//   for (const auto& w : dicts->warnings()) ...                   // "file:line: ..."
//
// Formats (docs/dictionary-format.md): .verbs (verb roots, irregular forms,
// patterns with + $ % ^ * markers, synsets, <TIME>), .actors (synonyms,
// date-restricted codes, <NOUN>/<ADJECTIVE> lists), .agents ([~GOV] style),
// .options (COMPLEX:, SET:, DEFAULT:, COMMA:, ...) and the .project file that
// names them. A directory is read as every *.verbs, *.actors, *.agents and
// *.options file under it, recursively, in sorted order.
//
// Lines that TABARI would reject or ignore (obsolete options, duplicates, bad
// dates) become warnings naming file:line; only a line that cannot be read at
// all (e.g. an unterminated code block) is an error. A Dictionaries object is
// immutable once Compile() has run and may be shared by any number of threads.
#ifndef ANNALIST_DICTIONARY_H_
#define ANNALIST_DICTIONARY_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/status.h"

namespace annalist {

// How a sentence is coded; set by .options files (see docs/dictionary-format.md).
struct CodingOptions {
  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;
  int minimum_words = 8;        // sentences with fewer words are not coded
  bool convert_agents = false;  // lone agents become actors
  bool time_shift = true;       // <TIME> phrases move the event date
  // annalist extension (SET: DOMESTIC TARGET = TRUE): when no target is found
  // the event is coded against the source's own country, a domestic event
  // ("Sudan lifted the state of emergency" -> SDN SDN). Off in TABARI files.
  bool domestic_target = false;
  // annalist extension (SET: PRONOUN REFERENCE = PERSON): a HE/SHE/HIM/HER/HIS
  // that opens a sentence refers to the most recent person actor (a person
  // entry or a name introduced with its role) instead of TABARI's first actor
  // of the previous sentence. Off in TABARI files (FIRST).
  bool pronoun_person = false;
  // annalist extension (SET: CLAUSE OPENERS = THAT SAID ...): words that open
  // a reported or complement clause. A verb's source is first sought after
  // the last opener before it, so "She said that Kabulov will meet ..." has
  // Kabulov meet, not her. Upper case; empty in TABARI files. A speaker modal
  // (SET: SPEAKER MODALS = MUST SHOULD) between opener and verb keeps the
  // speaker as source: "Russia said Sudan must return it" is Russia's demand.
  std::vector<std::string> clause_openers, speaker_modals;
  // annalist extension (SET: SHARE AGENTS = TRUE): an agent after a parsed
  // compound serves each of its bare country actors: "US and British forces"
  // -> USAMIL, GBRMIL (src/actors/shared_agents.h). Off in TABARI files.
  bool share_agents = false;
  bool four_digit_years = false;
  // COMPLEX: conditions; 0 = inactive.
  bool complex_active = false;
  int complex_verbs = 0, complex_actors = 0, complex_pronouns = 0, complex_conj = 0;
  int complex_comma = 0, complex_late_verb = 0;
  bool complex_no_actor_prior = false, complex_no_actor_after = false, complex_no_verb = false;
  bool complex_no_source = false, complex_no_target = false, complex_no_event = false;
  // DEFAULT: codes, "" = none.
  std::string default_source, default_target;
  bool default_source_prior = false, default_target_after = false;
  // COMMA: limits of eliminated comma-delimited clauses (in words).
  bool comma_active = true;
  int comma_min = 2, comma_max = 10, comma_emin = 2, comma_emax = 10;
  int comma_bmin = 128, comma_bmax = 0;
};

class CompiledDictionaries;  // src/dictionary/compiled.h

class Dictionaries {
 public:
  Dictionaries();
  ~Dictionaries();
  Dictionaries(const Dictionaries&) = delete;
  Dictionaries& operator=(const Dictionaries&) = delete;

  // Loads a .project file, a single dictionary file (by extension) or a
  // directory, and compiles it. `extra_options` are .options commands applied
  // after the .options files and before the other dictionaries are read.
  // Errors name file:line.
  static Status Load(const std::string& path, std::unique_ptr<Dictionaries>* out);
  static Status Load(const std::string& path, const std::vector<std::string>& extra_options,
                     std::unique_ptr<Dictionaries>* out);

  // Parse one dictionary from memory; `file_name` is used in messages and
  // evidence. Call Compile() after the last Add*().
  Status AddVerbs(std::string_view content, const std::string& file_name);
  Status AddActors(std::string_view content, const std::string& file_name);
  Status AddAgents(std::string_view content, const std::string& file_name);
  Status AddOptions(std::string_view content, const std::string& file_name);
  // Adds the file at `path` by its extension; `display_name` is the name used
  // in warnings and evidence (relative to the dictionary root).
  Status AddFile(const std::string& path, const std::string& display_name);
  void Compile();

  std::vector<std::string> warnings() const;
  const CodingOptions& options() const;
  CodingOptions* mutable_options();

  size_t verb_pattern_count() const;  // patterns after expansion of alternatives
  size_t verb_root_count() const;
  size_t actor_phrase_count() const;
  size_t agent_phrase_count() const;

  // For the coder (src/coder); not part of the stable interface.
  const CompiledDictionaries& compiled() const { return *compiled_; }

 private:
  std::unique_ptr<CompiledDictionaries> compiled_;
};

}  // namespace annalist

#endif  // ANNALIST_DICTIONARY_H_
