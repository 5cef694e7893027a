// The `annalist` command: a thin shell over the library. Each subcommand is in
// its own file (see commands.h); main only dispatches.
#include <iostream>
#include <utility>
#include <vector>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"annalist: news reports in, explained political event data out"};
  app.require_subcommand(1);
  using namespace annalist::cli;
  std::vector<std::pair<CLI::App*, Command>> commands;
  for (auto reg : {RegisterCode, RegisterIngest, RegisterQuery, RegisterExport, RegisterRecode,
                   RegisterServe}) {
    size_t before = app.get_subcommands({}).size();
    Command run = reg(app);
    auto subs = app.get_subcommands({});
    if (subs.size() > before) commands.emplace_back(subs.back(), std::move(run));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; every usage error exits 2 (see commands.h).
    return app.exit(e) == 0 ? 0 : 2;
  }
  for (auto& [sub, run] : commands) {
    if (sub->parsed()) return run();
  }
  return 2;
}
