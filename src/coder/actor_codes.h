// Helpers for CAMEO actor codes: date-restricted code selection, agent code
// combination and what a code says about its actor.
#ifndef ANNALIST_SRC_CODER_ACTOR_CODES_H_
#define ANNALIST_SRC_CODER_ACTOR_CODES_H_

#include <string>
#include <vector>

#include "annalist/document.h"
#include "dictionary/code_block.h"

namespace annalist {

// The code of `codes` that applies on `date` (yyyymmdd, 0 = unknown): the
// first restricted code whose restriction holds, else the unrestricted
// default. With an unknown date the default is used.
const DatedCode* ResolveDatedCode(const std::vector<DatedCode>& codes, int date);

// Adds agent code `agent` ("GOV") to actor code `actor` ("ARN") after it, or
// before it when `prefix`; an agent code already present at a 3-character
// boundary is not added again ("LKAREB" + "REB" = "LKAREB").
std::string CombineAgent(const std::string& actor, const std::string& agent, bool prefix);

// Splits a coded compound "FRO/BIL/SAM" into its codes.
std::vector<std::string> SplitCompoundCode(const std::string& code);

// Country (first three letters when they are a country or IGO root) and first
// sector code of a CAMEO actor code.
std::string CountryOfCode(const std::string& code);
std::string SectorOfCode(const std::string& code);

// Whether a code root (its first three letters) names an international or
// non-governmental organisation ("IGO", "UNO", "NGO", ...) rather than a country.
bool IsIgoRoot(const std::string& root);

// The kind of actor a code most likely names when the dictionary does not say.
ActorKind InferActorKind(const std::string& code);

// yyyymmdd of a Date, 0 when unknown.
int DateNumber(const Date& d);

}  // namespace annalist

#endif  // ANNALIST_SRC_CODER_ACTOR_CODES_H_
