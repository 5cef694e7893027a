// CompiledDictionaries: the in-memory form of loaded TABARI dictionaries that
// the coder stages match against. Built by the readers in src/dictionary and
// read-only afterwards.
#ifndef ANNALIST_SRC_DICTIONARY_COMPILED_H_
#define ANNALIST_SRC_DICTIONARY_COMPILED_H_

#include <map>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "annalist/dictionary.h"
#include "annalist/document.h"
#include "dictionary/arena.h"
#include "dictionary/code_block.h"
#include "dictionary/key_set.h"
#include "dictionary/phrase.h"
#include "dictionary/phrase_index.h"

namespace annalist {

// Where a dictionary entry came from, for Evidence. The views are into the
// dictionaries' Arena (the file's text, kept whole, and its name).
struct EntrySource {
  std::string_view rule;  // the line as written, without its comment
  std::string_view file;  // as named in messages ("verbs/04-consult.verbs")
  uint32_t line = 0;

  std::string Where() const;  // "file:line"
};

struct ActorEntry {
  Phrase phrase;
  uint32_t codes = 0;  // index into CompiledDictionaries::actor_codes
  ActorKind kind = ActorKind::kOther;
  bool kind_declared = false;  // set by a "#kind:" line
  EntrySource source;
};

struct AgentEntry {
  Phrase phrase;
  std::string code;     // without '~'
  bool prefix = false;  // "NGO~": the agent code goes before the actor code
  EntrySource source;
};

enum class ElemKind : uint8_t { kWord, kSource, kTarget, kCompound, kSkip, kAttrib };

struct PatternElem {
  ElemKind kind = ElemKind::kWord;
  PatternWord word;           // for kWord
  bool adjacent_next = false;  // the next element (or the verb) follows immediately
};

// The elements are in the dictionaries' Arena.
struct VerbPattern {
  std::span<const PatternElem> before;  // elements before '*', in order
  std::span<const PatternElem> after;   // elements after '*'
  bool verb_adjacent_next = false;  // "*_X": X follows the verb immediately
  EventCode code;
  int length = 0;
  EntrySource source;
};

struct VerbEntry {
  EventCode code;  // the root's own code
  std::vector<VerbPattern> patterns;  // longest first
  // The literal words patterns[k] needs (a clause that lacks one of them
  // cannot match) and the Folded() form, side by side (built by Compile): a
  // verb's patterns are tried in turn and most fail these tests, so scanning
  // them here does not pull every (large) VerbPattern into the cache.
  std::vector<uint64_t> pattern_folded_words;
  std::vector<WordSignature> pattern_required_words;
  EntrySource source;
};

struct VerbForm {
  Phrase phrase;
  uint32_t entry = 0;
};

// A <TIME> section phrase: shifts the event date by `days`.
struct TimeEntry {
  Phrase phrase;
  int days = 0;
  SpecialCode special = SpecialCode::kNone;
};

class CompiledDictionaries {
 public:
  // First, so that it outlives the entries that point into it.
  Arena arena;
  std::vector<ActorEntry> actors;
  std::vector<std::vector<DatedCode>> actor_codes;
  PhraseIndex actor_index;
  std::vector<AgentEntry> agents;
  PhraseIndex agent_index;
  std::vector<Phrase> nouns, adjectives;
  PhraseIndex noun_index, adjective_index;
  std::vector<VerbEntry> verbs;
  std::vector<VerbForm> verb_forms;
  PhraseIndex verb_index;
  std::vector<TimeEntry> times;
  PhraseIndex time_index;
  size_t pattern_count = 0;
  bool has_time_section = false;

  CodingOptions options;
  // A line the readers skipped or read with a doubt. `line` 0: about no
  // dictionary line (`where` then says what it is about).
  struct Warning {
    std::string where;  // the file, as displayed
    uint32_t line = 0;
    std::string message;
    std::string Text() const;  // "file:line: message"
  };
  std::vector<Warning> warnings;

  // Load-time state.
  std::unordered_map<std::string, std::vector<std::string>> synsets;
  // Normalized phrases (Phrase::text, in the arena) seen so far.
  KeySet actor_keys, agent_keys;
  // actor_entry_keys[i]: the key of actors[i], for joining dictionaries read
  // in parts (dictionary_files.h).
  std::vector<std::string_view> actor_entry_keys;
  std::unordered_map<std::string, uint32_t> verb_keys;  // root phrase -> entry
  bool compiled = false;

  void Warn(std::string_view file, uint32_t line, std::string message) {
    warnings.push_back({std::string(file), line, std::move(message)});
  }
  void Warn(std::string where, std::string message) {
    warnings.push_back({std::move(where), 0, std::move(message)});
  }
};

// Readers (one per file type); `file` names the source in messages. The
// entries read point into `content`, which must be in d->arena (Arena::Keep)
// or otherwise outlive `d`; `file` is copied.
Status ReadVerbs(std::string_view content, std::string_view file, CompiledDictionaries* d);
Status ReadActors(std::string_view content, std::string_view file, CompiledDictionaries* d);
Status ReadAgents(std::string_view content, std::string_view file, CompiledDictionaries* d);
Status ReadOptions(std::string_view content, std::string_view file, CompiledDictionaries* d);

// The part of Dictionaries::Compile() that only verb and agent files feed:
// orders each verb's patterns longest first (with their word signatures) and
// builds the agent, verb-form and time indexes. Loading runs it as soon as
// those files are read (dictionary_files.h); Compile() redoes only what was
// added since.
void CompileVerbsAndAgents(CompiledDictionaries* d);

// Applies one .options command ("COMPLEX: VERBS[5]"); returns a warning
// message for obsolete or unknown commands, "" otherwise.
std::string ApplyOptionLine(std::string_view line, CodingOptions* options);

// Calls f(line_number, line) for each line of `content` (CR stripped).
template <typename F>
void ForEachLine(std::string_view content, F&& f) {
  size_t start = 0;
  int number = 0;
  while (start <= content.size()) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++number;
    if (!f(number, line)) return;
    if (end == content.size()) break;
    start = end + 1;
  }
}

std::string_view TrimBlanks(std::string_view s);

// "file:line", as warnings and evidence name a dictionary line.
std::string FileLine(std::string_view file, uint32_t line);

}  // namespace annalist

#endif  // ANNALIST_SRC_DICTIONARY_COMPILED_H_
