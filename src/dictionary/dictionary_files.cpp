#include "dictionary/dictionary_files.h"

#include "core/read_file.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <mutex>
#include <tuple>
#include <unordered_map>
#include <utility>

#include <oneapi/tbb/task_arena.h>
#include <oneapi/tbb/task_group.h>



namespace annalist {
namespace fs = std::filesystem;

namespace {

constexpr int kActorsRank = 1;

std::string Extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// Order in which file types are read: options first (they affect how dates
// in actor codes are read), then actors, agents and verbs.
int TypeRank(const std::string& ext) {
  if (ext == ".options") return 0;
  if (ext == ".actors") return kActorsRank;
  if (ext == ".agents") return 2;
  if (ext == ".verbs") return 3;
  return -1;
}

Status ProjectFiles(const std::string& project, std::vector<DictionaryFile>* files) {
  std::string content;
  ANNALIST_RETURN_IF_ERROR(ReadFile(project, &content));
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

// Where each part starts (the first at `first`). Every part but the last
// holds actor files only: consecutive ones, closed once they make a quarter
// of all the bytes, so there are at most four of them and a large file is a
// part of its own. The last holds the agent and verb files (and the actor
// files after the last full part when there are none).
std::vector<size_t> PartStarts(const std::vector<DictionaryFile>& files, size_t first) {
  uintmax_t total = 0;
  for (size_t k = first; k < files.size(); ++k) total += files[k].bytes;
  std::vector<size_t> starts = {first};
  uintmax_t part = 0;
  for (size_t k = first; k < files.size(); ++k) {
    bool actors = files[k].rank == kActorsRank;
    if (!actors) {
      if (part > 0) starts.push_back(k);
      break;
    }
    part += files[k].bytes;
    if (part * 4 >= total && k + 1 < files.size()) {
      starts.push_back(k + 1);
      part = 0;
    }
  }
  return starts;
}

// Appends a part read apart, into `part`, to `d`, as if it had been read
// into `d` after the parts before it.
void AppendPart(CompiledDictionaries&& part, CompiledDictionaries* d) {
  d->arena.Absorb(std::move(part.arena));  // what the entries point into
  std::vector<CompiledDictionaries::Warning> duplicates;
  uint32_t code_offset = static_cast<uint32_t>(d->actor_codes.size());
  d->actor_keys.Reserve(d->actor_keys.size() + part.actors.size());
  for (auto& codes : part.actor_codes) d->actor_codes.push_back(std::move(codes));
  // The part's actors follow those before, but for the duplicates among
  // them; their index entries, sorted in the part's thread, are merged in.
  std::vector<uint32_t> new_ids(part.actors.size(), PhraseIndex::kDropped);
  for (size_t i = 0; i < part.actors.size(); ++i) {
    ActorEntry& e = part.actors[i];
    std::string_view key = part.actor_entry_keys[i];
    if (!d->actor_keys.Insert(key)) {
      duplicates.push_back({std::string(e.source.file), e.source.line,
                            "duplicate actor " + std::string(key) + "; first entry kept"});
      continue;
    }
    e.codes += code_offset;
    new_ids[i] = static_cast<uint32_t>(d->actors.size());
    d->actors.push_back(std::move(e));
  }
  d->actor_index.MergeSorted(std::move(part.actor_index), new_ids);
  // Only the last part holds agent and verb files: `d` has none before it,
  // and from the other parts these are empty.
  d->agents = std::move(part.agents);
  d->agent_index = std::move(part.agent_index);
  d->agent_keys = std::move(part.agent_keys);
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
  for (auto& w : part.warnings) d->warnings.push_back(std::move(w));
  for (auto& w : duplicates) d->warnings.push_back(std::move(w));
}

// Puts warnings[from..] in file and line order, so that they do not depend
// on which thread read which part: a duplicate found only when a part is
// joined would come after the part's other warnings. Warnings about no
// dictionary line keep their places ahead of the others.
void SortWarnings(const std::vector<DictionaryFile>& files, size_t from,
                  std::vector<CompiledDictionaries::Warning>* warnings) {
  std::unordered_map<std::string_view, size_t> file_order;
  for (size_t k = 0; k < files.size(); ++k) file_order.emplace(files[k].display, k + 1);
  auto position = [&](const CompiledDictionaries::Warning& w) -> std::pair<size_t, uint32_t> {
    auto it = w.line > 0 ? file_order.find(w.where) : file_order.end();
    return it == file_order.end() ? std::pair<size_t, uint32_t>{0, 0}
                                  : std::pair{it->second, w.line};
  };
  std::stable_sort(warnings->begin() + static_cast<std::ptrdiff_t>(from), warnings->end(),
                   [&](const auto& a, const auto& b) { return position(a) < position(b); });
}

}  // namespace

Status ListDictionaryFiles(const std::string& path, std::vector<DictionaryFile>* files) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (auto it = fs::recursive_directory_iterator(path, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file()) continue;
      std::string p = it->path().string();
      int rank = TypeRank(Extension(p));
      if (rank < 0) continue;
      files->push_back({rank, p, fs::relative(it->path(), path).generic_string()});
    }
    if (ec) return Status::IOError(path + ": " + ec.message());
  } else if (Extension(path) == ".project") {
    ANNALIST_RETURN_IF_ERROR(ProjectFiles(path, files));
  } else if (fs::exists(path, ec)) {
    files->push_back({TypeRank(Extension(path)), path, fs::path(path).filename().string()});
  } else {
    return Status::NotFound(path + ": no such dictionary file or directory");
  }
  std::stable_sort(files->begin(), files->end(),
                   [](const DictionaryFile& a, const DictionaryFile& b) {
                     return a.rank != b.rank ? a.rank < b.rank : a.display < b.display;
                   });
  for (DictionaryFile& f : *files) f.bytes = fs::file_size(f.path, ec);  // 0 if unknown
  return Status::OK();
}

Status ReadDictionaryFile(const DictionaryFile& file, CompiledDictionaries* d) {
  std::string text;
  ANNALIST_RETURN_IF_ERROR(ReadFile(file.path, &text));
  std::string ext = Extension(file.path);
  // Kept whole: the entries read point into it (arena.h).
  std::string_view content = ext == ".options" ? std::string_view(text) : d->arena.Keep(std::move(text));
  if (ext == ".verbs") return ReadVerbs(content, file.display, d);
  if (ext == ".actors") return ReadActors(content, file.display, d);
  if (ext == ".agents") return ReadAgents(content, file.display, d);
  if (ext == ".options") return ReadOptions(content, file.display, d);
  return Status::InvalidArgument(file.path +
                                 ": not a .verbs, .actors, .agents or .options file");
}

Status ReadInParts(const std::vector<DictionaryFile>& files, size_t first,
                   CompiledDictionaries* d) {
  std::vector<size_t> starts = PartStarts(files, first);
  size_t n = starts.size();
  size_t warnings_before = d->warnings.size();
  // The parts are claimed from both ends. This thread takes them from the
  // front, in order, and reads them into `d` itself: what it reads needs no
  // join. Other threads take them from the back (the verbs first, the
  // largest part after the first), each into dictionaries of its own,
  // joined afterwards. With one thread, everything is read into `d`.
  std::mutex claims;
  size_t front = 0, back = n;
  auto claim = [&](bool from_front, size_t* k) {
    std::lock_guard<std::mutex> lock(claims);
    if (front == back) return false;
    *k = from_front ? front++ : --back;
    return true;
  };
  std::vector<CompiledDictionaries> parts(n);  // those read from the back
  std::vector<Status> read(n);
  auto read_part = [&](size_t k, CompiledDictionaries* into) {
    size_t end = k + 1 < n ? starts[k + 1] : files.size();
    for (size_t f = starts[k]; f < end && read[k].ok(); ++f) {
      read[k] = ReadDictionaryFile(files[f], into);
    }
  };
  tbb::task_group others;
  size_t helpers = std::min<size_t>(n, tbb::this_task_arena::max_concurrency()) - 1;
  for (size_t h = 0; h < helpers; ++h) {
    others.run([&] {
      for (size_t k; claim(/*from_front=*/false, &k);) {
        CompiledDictionaries* part = &parts[k];
        part->options = d->options;
        read_part(k, part);
        if (!read[k].ok()) continue;
        part->actor_index.SortAdded();
        // What depends on the verb and agent files alone is done with
        // them, while other parts may still be read.
        if (k == n - 1) CompileVerbsAndAgents(part);
      }
    });
  }
  size_t k;
  while (claim(/*from_front=*/true, &k)) read_part(k, d);
  d->actor_index.SortAdded();
  others.wait();
  for (const Status& s : read) ANNALIST_RETURN_IF_ERROR(s);
  for (k = front; k < n; ++k) AppendPart(std::move(parts[k]), d);
  SortWarnings(files, warnings_before, &d->warnings);
  return Status::OK();
}

}  // namespace annalist
