// Placeholder until `annalist recode` lands.
#include <iostream>

#include "cli/commands.h"

namespace annalist::cli {

Command RegisterRecode(CLI::App& app) {
  app.add_subcommand("recode", "(not yet available)");
  return [] {
    std::cerr << "annalist recode: not available in this build yet\n";
    return 2;
  };
}

}  // namespace annalist::cli
