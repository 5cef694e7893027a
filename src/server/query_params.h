// Turning HTTP query parameters into Store queries, validating every one.
//
// A parameter that is unknown for the endpoint, repeated, or malformed (a bad
// date, a code with characters outside [A-Za-z0-9], a limit out of range, an
// over-long value) is rejected with a message naming it: the API answers 400
// and never passes unchecked text anywhere but as a bound statement value.
#ifndef ANNALIST_SRC_SERVER_QUERY_PARAMS_H_
#define ANNALIST_SRC_SERVER_QUERY_PARAMS_H_

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include "annalist/status.h"
#include "annalist/store.h"

namespace annalist::server {

// The parameters as received (name -> value); a name received twice is
// recorded in `repeated`.
struct Params {
  std::multimap<std::string, std::string> values;
};

// Fills *query from the event filters (actor, source, target, country,
// cameo, plover, from, to, place, speaker, q, article, after_id, limit,
// cursor). `extra` names further parameters the endpoint accepts; any other
// name is an error.
Status ParseEventQuery(const Params& params, std::initializer_list<std::string_view> extra,
                       EventQuery* query);

// Reads one optional parameter already known to be accepted.
bool GetParam(const Params& params, std::string_view name, std::string* value);

// Parses a positive 64-bit id ("17"); false on anything else.
bool ParseId(std::string_view text, int64_t* id);

}  // namespace annalist::server

#endif  // ANNALIST_SRC_SERVER_QUERY_PARAMS_H_
