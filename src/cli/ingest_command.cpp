// Placeholder until `annalist ingest` lands.
#include <iostream>

#include "cli/commands.h"

namespace annalist::cli {

Command RegisterIngest(CLI::App& app) {
  app.add_subcommand("ingest", "(not yet available)");
  return [] {
    std::cerr << "annalist ingest: not available in this build yet\n";
    return 2;
  };
}

}  // namespace annalist::cli
