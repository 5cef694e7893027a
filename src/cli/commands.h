// Each `annalist` subcommand lives in its own file and registers itself here.
// A Register function adds its subcommand to `app` and returns a callback that
// runs it and yields the process exit status (0 ok, 1 some records failed,
// 2 usage or fatal error).
#ifndef ANNALIST_SRC_CLI_COMMANDS_H_
#define ANNALIST_SRC_CLI_COMMANDS_H_

#include <functional>

#include <CLI/CLI.hpp>

namespace annalist::cli {

using Command = std::function<int()>;

Command RegisterCode(CLI::App& app);     // code_command.cpp
Command RegisterIngest(CLI::App& app);   // ingest_command.cpp  (store)
Command RegisterQuery(CLI::App& app);    // query_command.cpp   (store)
Command RegisterExport(CLI::App& app);   // export_command.cpp  (store)
Command RegisterRecode(CLI::App& app);   // recode_command.cpp  (store)
Command RegisterServe(CLI::App& app);    // serve_command.cpp   (server)

}  // namespace annalist::cli

#endif  // ANNALIST_SRC_CLI_COMMANDS_H_
