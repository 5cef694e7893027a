#include "annalist/dictionary.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <tuple>

#include <oneapi/tbb/parallel_for_each.h>
#include <oneapi/tbb/parallel_invoke.h>

#include "dictionary/compiled.h"
#include "text/ascii.h"

namespace annalist {
namespace fs = std::filesystem;

namespace {

Status ReadWholeFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return Status::OK();
}

std::string Extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// Order in which file types are read: options first (they affect how dates
// in actor codes are read), then actors, agents and verbs.
constexpr int kVerbsRank = 3;
int TypeRank(const std::string& ext) {
  if (ext == ".options") return 0;
  if (ext == ".actors") return 1;
  if (ext == ".agents") return 2;
  if (ext == ".verbs") return kVerbsRank;
  return -1;
}

struct FileToRead {
  int rank;
  std::string path, display;
};

Status ProjectFiles(const std::string& project, std::vector<FileToRead>* files) {
  std::string content;
  ANNALIST_RETURN_IF_ERROR(ReadWholeFile(project, &content));
  fs::path dir = fs::path(project).parent_path();
  ForEachLine(content, [&](int, std::string_view line) {
    line = TrimBlanks(line);
    if (line.empty() || line[0] != '<') return true;
    size_t close = line.find('>');
    if (close == std::string_view::npos) return true;
    std::string tag(line.substr(1, close - 1));
    static const struct { const char* tag; const char* ext; } kTags[] = {
        {"actorsfile", ".actors"}, {"agentsfile", ".agents"},
        {"verbsfile", ".verbs"},   {"optionsfile", ".options"}};
    for (const auto& t : kTags) {
      if (tag != t.tag) continue;
      std::string name(TrimBlanks(line.substr(close + 1)));
      files->push_back({TypeRank(t.ext), (dir / name).string(), name});
    }
    return true;
  });
  return Status::OK();
}

// The literal words of a verb pattern.
WordSignature RequiredWords(const VerbPattern& p) {
  WordSignature words;
  for (const std::vector<PatternElem>* part : {&p.before, &p.after}) {
    for (const PatternElem& e : *part) {
      if (e.kind == ElemKind::kWord) words.AddPatternWord(e.word.text);
    }
  }
  return words;
}

// Reads one dictionary file of any type into `d`.
Status ReadFileInto(const std::string& path, const std::string& display_name,
                    CompiledDictionaries* d) {
  std::string content;
  ANNALIST_RETURN_IF_ERROR(ReadWholeFile(path, &content));
  std::string ext = Extension(path);
  if (ext == ".verbs") return ReadVerbs(content, display_name, d);
  if (ext == ".actors") return ReadActors(content, display_name, d);
  if (ext == ".agents") return ReadAgents(content, display_name, d);
  if (ext == ".options") return ReadOptions(content, display_name, d);
  return Status::InvalidArgument(path + ": not a .verbs, .actors, .agents or .options file");
}

// Appends what the verbs reader put into `part` (read apart from the actors
// and agents) to `d`, as if it had been read into `d` after them.
void AppendVerbs(CompiledDictionaries&& part, CompiledDictionaries* d) {
  d->verbs = std::move(part.verbs);
  d->verb_forms = std::move(part.verb_forms);
  d->verb_index = std::move(part.verb_index);
  d->times = std::move(part.times);
  d->time_index = std::move(part.time_index);
  d->synsets = std::move(part.synsets);
  d->verb_keys = std::move(part.verb_keys);
  d->pattern_count += part.pattern_count;
  d->has_time_section = d->has_time_section || part.has_time_section;
  // Noun and adjective lists may come from both kinds of file.
  for (auto [from, to, index] :
       {std::tuple{&part.nouns, &d->nouns, &d->noun_index},
        std::tuple{&part.adjectives, &d->adjectives, &d->adjective_index}}) {
    for (Phrase& p : *from) {
      index->Add(p, static_cast<uint32_t>(to->size()));
      to->push_back(std::move(p));
    }
  }
  for (std::string& w : part.warnings) d->warnings.push_back(std::move(w));
}

}  // namespace

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

Dictionaries::Dictionaries() : compiled_(std::make_unique<CompiledDictionaries>()) {}
Dictionaries::~Dictionaries() = default;

Status Dictionaries::AddVerbs(std::string_view content, const std::string& file_name) {
  return ReadVerbs(content, file_name, compiled_.get());
}
Status Dictionaries::AddActors(std::string_view content, const std::string& file_name) {
  return ReadActors(content, file_name, compiled_.get());
}
Status Dictionaries::AddAgents(std::string_view content, const std::string& file_name) {
  return ReadAgents(content, file_name, compiled_.get());
}
Status Dictionaries::AddOptions(std::string_view content, const std::string& file_name) {
  return ReadOptions(content, file_name, compiled_.get());
}

Status Dictionaries::AddFile(const std::string& path, const std::string& display_name) {
  return ReadFileInto(path, display_name, compiled_.get());
}

void Dictionaries::Compile() {
  CompiledDictionaries& d = *compiled_;
  // The phrase indexes and the verbs' pattern order are independent of one
  // another: built side by side they keep loading from being the serial part
  // that limits a two-thread run (TBB runs them in the caller's thread alone
  // when `--threads 1` caps its parallelism).
  std::vector<std::function<void()>> jobs;
  jobs.push_back([&d] {
    for (VerbEntry& e : d.verbs) {
      std::stable_sort(e.patterns.begin(), e.patterns.end(), [](const VerbPattern& a,
                                                                 const VerbPattern& b) {
        return a.length > b.length;
      });
      e.pattern_folded_words.clear();
      e.pattern_required_words.clear();
      for (const VerbPattern& p : e.patterns) {
        WordSignature required = RequiredWords(p);
        e.pattern_folded_words.push_back(required.Folded());
        e.pattern_required_words.push_back(required);
      }
    }
  });
  for (PhraseIndex* index : {&d.actor_index, &d.agent_index, &d.noun_index, &d.adjective_index,
                             &d.verb_index, &d.time_index}) {
    jobs.push_back([index] { index->Build(); });
  }
  tbb::parallel_for_each(jobs.begin(), jobs.end(), [](const std::function<void()>& job) { job(); });
  d.synsets.clear();
  d.actor_keys.clear();
  d.agent_keys.clear();
  d.verb_keys.clear();
  d.compiled = true;
}

Status Dictionaries::Load(const std::string& path, std::unique_ptr<Dictionaries>* out) {
  return Load(path, {}, out);
}

Status Dictionaries::Load(const std::string& path, const std::vector<std::string>& extra_options,
                          std::unique_ptr<Dictionaries>* out) {
  std::vector<FileToRead> files;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (auto it = fs::recursive_directory_iterator(path, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file()) continue;
      std::string p = it->path().string();
      int rank = TypeRank(Extension(p));
      if (rank < 0) continue;
      files.push_back({rank, p, fs::relative(it->path(), path).generic_string()});
    }
    if (ec) return Status::IOError(path + ": " + ec.message());
  } else if (Extension(path) == ".project") {
    ANNALIST_RETURN_IF_ERROR(ProjectFiles(path, &files));
  } else if (fs::exists(path, ec)) {
    files.push_back({TypeRank(Extension(path)), path, fs::path(path).filename().string()});
  } else {
    return Status::NotFound(path + ": no such dictionary file or directory");
  }
  std::stable_sort(files.begin(), files.end(), [](const FileToRead& a, const FileToRead& b) {
    return a.rank != b.rank ? a.rank < b.rank : a.display < b.display;
  });
  auto dicts = std::make_unique<Dictionaries>();
  CompiledDictionaries& d = *dicts->compiled_;
  // Options first: they decide how the actors' dates are read.
  size_t next = 0;
  for (; next < files.size() && files[next].rank == 0; ++next) {
    ANNALIST_RETURN_IF_ERROR(ReadFileInto(files[next].path, files[next].display, &d));
  }
  for (const std::string& line : extra_options) {
    std::string warning = ApplyOptionLine(line, &d.options);
    if (!warning.empty()) d.Warn("option '" + line + "'", warning);
  }
  // Verbs depend on neither actors nor agents: they are read side by side
  // into a part of their own, appended after, so loading (the serial start of
  // a run) takes the longer of the two rather than their sum.
  CompiledDictionaries verbs;
  verbs.options = d.options;
  Status actors_read, verbs_read;
  auto read_files = [&](bool verb_files, CompiledDictionaries* into, Status* status) {
    for (size_t k = next; k < files.size() && status->ok(); ++k) {
      if ((files[k].rank == kVerbsRank) == verb_files) {
        *status = ReadFileInto(files[k].path, files[k].display, into);
      }
    }
  };
  tbb::parallel_invoke([&] { read_files(false, &d, &actors_read); },
                       [&] { read_files(true, &verbs, &verbs_read); });
  ANNALIST_RETURN_IF_ERROR(actors_read);
  ANNALIST_RETURN_IF_ERROR(verbs_read);
  AppendVerbs(std::move(verbs), &d);
  dicts->Compile();
  *out = std::move(dicts);
  return Status::OK();
}

const std::vector<std::string>& Dictionaries::warnings() const { return compiled_->warnings; }
const CodingOptions& Dictionaries::options() const { return compiled_->options; }
CodingOptions* Dictionaries::mutable_options() { return &compiled_->options; }
size_t Dictionaries::verb_pattern_count() const { return compiled_->pattern_count; }
size_t Dictionaries::verb_root_count() const { return compiled_->verbs.size(); }
size_t Dictionaries::actor_phrase_count() const { return compiled_->actors.size(); }
size_t Dictionaries::agent_phrase_count() const { return compiled_->agents.size(); }

}  // namespace annalist
