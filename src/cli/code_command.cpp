// Placeholder until `annalist code` lands.
#include <iostream>

#include "cli/commands.h"

namespace annalist::cli {

Command RegisterCode(CLI::App& app) {
  app.add_subcommand("code", "(not yet available)");
  return [] {
    std::cerr << "annalist code: not available in this build yet\n";
    return 2;
  };
}

}  // namespace annalist::cli
