// Which files a dictionary path names, and reading them in parts side by
// side.
//
// Loading is the serial start of every run, so the files are read as parts
// at once (PartStarts() in the .cpp says how they are split). The loading
// thread takes parts from the front, in order, into the dictionaries
// themselves; other threads take them from the back, each into a
// CompiledDictionaries of its own that is then appended (AppendPart), in
// order, as if it had been read after the parts before it. Each part sorts
// its actor phrases for the index, and the last, which holds the agent and
// verb files, compiles what depends on them alone. What comes out equals a
// sequential read; the warnings are put in file and line order at the end,
// so they do not depend on which thread read which part. With --threads 1
// every part is read into the dictionaries in order.
#ifndef ANNALIST_SRC_DICTIONARY_DICTIONARY_FILES_H_
#define ANNALIST_SRC_DICTIONARY_DICTIONARY_FILES_H_

#include <string>
#include <vector>

#include "dictionary/compiled.h"

namespace annalist {

struct DictionaryFile {
  int rank = 0;         // reading order by type: options, actors, agents, verbs
  std::string path;     // to open
  std::string display;  // as named in messages and evidence ("verbs/04-consult.verbs")
  uintmax_t bytes = 0;
};

// The files of a .project file, a directory (recursively) or a single file,
// in reading order.
Status ListDictionaryFiles(const std::string& path, std::vector<DictionaryFile>* files);

// Reads one dictionary file of any type into `d`.
Status ReadDictionaryFile(const DictionaryFile& file, CompiledDictionaries* d);

// Reads files[first..] (no options among them) into `d`, in parts side by
// side as described above.
Status ReadInParts(const std::vector<DictionaryFile>& files, size_t first,
                   CompiledDictionaries* d);

}  // namespace annalist

#endif  // ANNALIST_SRC_DICTIONARY_DICTIONARY_FILES_H_
