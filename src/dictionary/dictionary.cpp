#include "annalist/dictionary.h"

#include <algorithm>
#include <functional>

#include <oneapi/tbb/parallel_for_each.h>

#include "dictionary/compiled.h"
#include "dictionary/dictionary_files.h"
#include "text/ascii.h"

namespace annalist {

namespace {

// The literal words of a verb pattern.
WordSignature RequiredWords(const VerbPattern& p) {
  WordSignature words;
  for (std::span<const PatternElem> part : {p.before, p.after}) {
    for (const PatternElem& e : part) {
      if (e.kind == ElemKind::kWord) words.AddPatternWord(e.word.text);
    }
  }
  return words;
}

}  // namespace

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string FileLine(std::string_view file, uint32_t line) {
  // One allocation: the coder writes this for every code's evidence.
  char digits[10];
  char* end = digits + sizeof(digits);
  char* p = end;
  do {
    *--p = static_cast<char>('0' + line % 10);
    line /= 10;
  } while (line != 0);
  std::string s;
  s.reserve(file.size() + 1 + static_cast<size_t>(end - p));
  s.append(file);
  s.push_back(':');
  s.append(p, end);
  return s;
}

std::string EntrySource::Where() const { return FileLine(file, line); }

std::string CompiledDictionaries::Warning::Text() const {
  return (line > 0 ? FileLine(where, line) : where) + ": " + message;
}

Dictionaries::Dictionaries() : compiled_(std::make_unique<CompiledDictionaries>()) {}
Dictionaries::~Dictionaries() = default;

// The entries read point into their text: a copy is kept with them.
Status Dictionaries::AddVerbs(std::string_view content, const std::string& file_name) {
  CompiledDictionaries* d = compiled_.get();
  return ReadVerbs(d->arena.Keep(std::string(content)), file_name, d);
}
Status Dictionaries::AddActors(std::string_view content, const std::string& file_name) {
  CompiledDictionaries* d = compiled_.get();
  return ReadActors(d->arena.Keep(std::string(content)), file_name, d);
}
Status Dictionaries::AddAgents(std::string_view content, const std::string& file_name) {
  CompiledDictionaries* d = compiled_.get();
  return ReadAgents(d->arena.Keep(std::string(content)), file_name, d);
}
Status Dictionaries::AddOptions(std::string_view content, const std::string& file_name) {
  return ReadOptions(content, file_name, compiled_.get());
}

Status Dictionaries::AddFile(const std::string& path, const std::string& display_name) {
  return ReadDictionaryFile({0, path, display_name}, compiled_.get());
}

void CompileVerbsAndAgents(CompiledDictionaries* d) {
  for (VerbEntry& e : d->verbs) {
    // Up to date unless patterns were added since (a repeated verb root in
    // a later file adds to its entry).
    if (e.pattern_required_words.size() == e.patterns.size()) continue;
    std::stable_sort(e.patterns.begin(), e.patterns.end(),
                     [](const VerbPattern& a, const VerbPattern& b) { return a.length > b.length; });
    e.pattern_folded_words.clear();
    e.pattern_required_words.clear();
    for (const VerbPattern& p : e.patterns) {
      WordSignature required = RequiredWords(p);
      e.pattern_folded_words.push_back(required.Folded());
      e.pattern_required_words.push_back(required);
    }
  }
  d->agent_index.Build();
  d->verb_index.Build();
  d->time_index.Build();
}

void Dictionaries::Compile() {
  CompiledDictionaries& d = *compiled_;
  // The phrase indexes and the verbs' pattern order are independent of one
  // another: built side by side they keep loading from being the serial part
  // that limits a two-thread run (TBB runs them in the caller's thread alone
  // when `--threads 1` caps its parallelism). Load() has done the verbs' and
  // agents' part already, beside the reading of the actor files.
  std::vector<std::function<void()>> jobs;
  jobs.push_back([&d] { CompileVerbsAndAgents(&d); });
  for (PhraseIndex* index : {&d.actor_index, &d.noun_index, &d.adjective_index}) {
    jobs.push_back([index] { index->Build(); });
  }
  // What only reading needed goes too: a hundred thousand small frees.
  jobs.push_back([&d] {
    d.synsets.clear();
    d.actor_keys.Clear();
    d.actor_entry_keys.clear();
    d.agent_keys.Clear();
    d.verb_keys.clear();
  });
  tbb::parallel_for_each(jobs.begin(), jobs.end(), [](const std::function<void()>& job) { job(); });
  d.compiled = true;
}

Status Dictionaries::Load(const std::string& path, std::unique_ptr<Dictionaries>* out) {
  return Load(path, {}, out);
}

Status Dictionaries::Load(const std::string& path, const std::vector<std::string>& extra_options,
                          std::unique_ptr<Dictionaries>* out) {
  std::vector<DictionaryFile> files;
  ANNALIST_RETURN_IF_ERROR(ListDictionaryFiles(path, &files));
  auto dicts = std::make_unique<Dictionaries>();
  CompiledDictionaries& d = *dicts->compiled_;
  // Options first: they decide how the actors' dates are read.
  size_t next = 0;
  for (; next < files.size() && files[next].rank == 0; ++next) {
    ANNALIST_RETURN_IF_ERROR(ReadDictionaryFile(files[next], &d));
  }
  for (const std::string& line : extra_options) {
    std::string warning = ApplyOptionLine(line, &d.options);
    if (!warning.empty()) d.Warn("option '" + line + "'", warning);
  }
  ANNALIST_RETURN_IF_ERROR(ReadInParts(files, next, &d));
  dicts->Compile();
  *out = std::move(dicts);
  return Status::OK();
}

std::vector<std::string> Dictionaries::warnings() const {
  std::vector<std::string> out;
  for (const CompiledDictionaries::Warning& w : compiled_->warnings) out.push_back(w.Text());
  return out;
}
const CodingOptions& Dictionaries::options() const { return compiled_->options; }
CodingOptions* Dictionaries::mutable_options() { return &compiled_->options; }
size_t Dictionaries::verb_pattern_count() const { return compiled_->pattern_count; }
size_t Dictionaries::verb_root_count() const { return compiled_->verbs.size(); }
size_t Dictionaries::actor_phrase_count() const { return compiled_->actors.size(); }
size_t Dictionaries::agent_phrase_count() const { return compiled_->agents.size(); }

}  // namespace annalist
