// Placeholder until `annalist serve` lands.
#include <iostream>

#include "cli/commands.h"

namespace annalist::cli {

Command RegisterServe(CLI::App& app) {
  app.add_subcommand("serve", "(not yet available)");
  return [] {
    std::cerr << "annalist serve: not available in this build yet\n";
    return 2;
  };
}

}  // namespace annalist::cli
