// The `annalist` command: a thin shell over the library.
#include <iostream>

#include <CLI/CLI.hpp>

#include "annalist/pipeline.h"
#include "annalist/record_io.h"

int main(int argc, char** argv) {
  CLI::App app{"annalist: news reports in, explained political event data out"};
  app.require_subcommand(1);
  CLI::App* code = app.add_subcommand("code", "code articles into event records");
  std::vector<std::string> inputs;
  code->add_option("inputs", inputs, "input files (- for stdin)");
  CLI11_PARSE(app, argc, argv);
  std::cerr << "annalist code: not implemented yet\n";
  return 2;
}
