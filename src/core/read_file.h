// ReadFile: a whole file into a string, for the data and dictionary files
// read at start-up.
#ifndef ANNALIST_SRC_CORE_READ_FILE_H_
#define ANNALIST_SRC_CORE_READ_FILE_H_

#include <string>
#include <string_view>

#include "annalist/status.h"

namespace annalist {

// Replaces *out with the bytes of the file at `path`, read at its size in
// one call. NotFound when it cannot be opened ("path: cannot open"),
// IOError when it cannot be read.
Status ReadFile(const std::string& path, std::string* out);
// The same for a data file the program needs, where a missing file is told
// by what it holds: NotFound "path: cannot open <what>" (e.g. "the
// gazetteer (run scripts/build-places.sh)").
Status ReadFile(const std::string& path, std::string_view what, std::string* out);

}  // namespace annalist

#endif  // ANNALIST_SRC_CORE_READ_FILE_H_
