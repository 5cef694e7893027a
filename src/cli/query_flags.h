// The event filters shared by `annalist query` and `annalist export`.
#ifndef ANNALIST_SRC_CLI_QUERY_FLAGS_H_
#define ANNALIST_SRC_CLI_QUERY_FLAGS_H_

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "annalist/store.h"

namespace annalist::cli {

struct QueryFlags {
  std::string db = "annalist.db";
  EventQuery query;
  std::string from, to;  // dates as given, parsed by OpenQuery
};

// Adds --db and the filter options (--actor, --cameo, --from, ...).
void AddQueryFlags(CLI::App* sub, QueryFlags* flags);
// The EventQuery the flags describe (InvalidArgument for a bad date) and the
// store --db names, opened.
Status OpenQuery(const QueryFlags& flags, EventQuery* query, std::unique_ptr<Store>* store);

}  // namespace annalist::cli

#endif  // ANNALIST_SRC_CLI_QUERY_FLAGS_H_
