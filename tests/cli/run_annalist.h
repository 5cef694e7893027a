// Running the built `annalist` binary from CLI tests.
#ifndef ANNALIST_TESTS_CLI_RUN_ANNALIST_H_
#define ANNALIST_TESTS_CLI_RUN_ANNALIST_H_

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace annalist {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The annalist binary is built next to the test binary.
inline std::string AnnalistBinary() {
  return (std::filesystem::read_symlink("/proc/self/exe").parent_path() / "annalist").string();
}

// Runs a shell command; its exit status, or -1 when it did not exit.
inline int RunCommand(const std::string& command) {
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace annalist

#endif  // ANNALIST_TESTS_CLI_RUN_ANNALIST_H_
