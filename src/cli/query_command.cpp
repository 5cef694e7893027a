// Placeholder until `annalist query` lands.
#include <iostream>

#include "cli/commands.h"

namespace annalist::cli {

Command RegisterQuery(CLI::App& app) {
  app.add_subcommand("query", "(not yet available)");
  return [] {
    std::cerr << "annalist query: not available in this build yet\n";
    return 2;
  };
}

}  // namespace annalist::cli
