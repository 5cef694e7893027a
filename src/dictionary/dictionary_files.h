// Which files a dictionary path names, and reading them in two parts side by
// side.
//
// Loading is the serial start of every run, so with two threads or more the
// files are read as two parts at once: part A, the first actor files, into
// the dictionaries themselves; part B, the remaining actor files, the agents
// and the verbs, into a CompiledDictionaries of its own that is then appended
// (AppendPart), as if it had been read after part A. The split balances the
// parts by file size. What comes out equals a sequential read, except that a
// duplicate actor found only when the parts are joined is warned about after
// the other warnings of its file.
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

// Reads files[first..] (no options among them) into `d`, in two parts side by
// side as described above.
Status ReadInTwoParts(const std::vector<DictionaryFile>& files, size_t first,
                      CompiledDictionaries* d);

}  // namespace annalist

#endif  // ANNALIST_SRC_DICTIONARY_DICTIONARY_FILES_H_
