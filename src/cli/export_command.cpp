// Placeholder until `annalist export` lands.
#include <iostream>

#include "cli/commands.h"

namespace annalist::cli {

Command RegisterExport(CLI::App& app) {
  app.add_subcommand("export", "(not yet available)");
  return [] {
    std::cerr << "annalist export: not available in this build yet\n";
    return 2;
  };
}

}  // namespace annalist::cli
