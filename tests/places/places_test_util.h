// Helpers for the places tests: a tiny gazetteer and lexicon held inline, and
// a Document tokenised the way the text stage's contract describes (words,
// "'S" split off, punctuation one token each, norm upper-cased).
#ifndef ANNALIST_TESTS_PLACES_PLACES_TEST_UTIL_H_
#define ANNALIST_TESTS_PLACES_PLACES_TEST_UTIL_H_

#include <memory>
#include <string>

#include "annalist/document.h"
#include "annalist/gazetteer.h"
#include "places/place_lexicon.h"

namespace annalist::testing {

// name aliases feature iso3 admin1 lat lon population geonames_id flags
inline constexpr const char* kTinyGazetteer =
    "# tiny test gazetteer\n"
    "Afghanistan\t\tcountry\tAFG\t\t33.0\t65.0\t0\t0\t\n"
    "Pakistan\t\tcountry\tPAK\t\t30.0\t70.0\t0\t0\t\n"
    "United States\tUS|America\tcountry\tUSA\t\t38.0\t-97.0\t0\t0\t\n"
    "United Kingdom\tUK|Britain\tcountry\tGBR\t\t54.0\t-2.0\t0\t0\t\n"
    "France\t\tcountry\tFRA\t\t46.0\t2.0\t0\t0\t\n"
    "Jordan\t\tcountry\tJOR\t\t31.0\t36.0\t0\t0\t\n"
    "Alabama\t\tadmin1\tUSA\tAlabama\t32.8\t-86.8\t0\t4829764\t\n"
    "Kabul\tKaboul\tcity\tAFG\tKabul\t34.5281\t69.1723\t3043532\t1138958\tc\n"
    "Kandahar\tQandahar\tcity\tAFG\tKandahar\t31.6133\t65.7101\t391190\t1138336\t\n"
    "Kandahar\t\tadmin1\tAFG\tKandahar\t31.135\t65.7163\t0\t1138335\t\n"
    "Paris\t\tcity\tFRA\tIle-de-France\t48.8534\t2.3488\t2138551\t2988507\tc\n"
    "Paris\t\tcity\tUSA\tTexas\t33.6609\t-95.5555\t24782\t4717560\t\n"
    "Birmingham\t\tcity\tGBR\tEngland\t52.4814\t-1.8998\t984333\t2655603\t\n"
    "Birmingham\t\tcity\tUSA\tAlabama\t33.5207\t-86.8025\t212237\t4049979\t\n"
    "Nice\t\tcity\tFRA\tProvence\t43.7031\t7.2661\t338620\t2990440\tw\n"
    "Florence\tFirenze\tcity\tITA\tTuscany\t43.7792\t11.2463\t349296\t3176959\tg\n"
    "Chaman\t\tcity\tPAK\tBalochistan\t30.9210\t66.4597\t88568\t1180729\t\n"
    "New York City\tNew York\tcity\tUSA\tNew York\t40.7143\t-74.0060\t8175133\t5128581\t\n"
    "Cote d'Ivoire\tIvory Coast\tcountry\tCIV\t\t8.0\t-5.0\t0\t0\t\n";

inline constexpr const char* kTinyLexicon =
    "locative\tin at near outside\n"
    "direction\tfrom to into\n"
    "honorific\tMr Mrs President\n"
    "organisation\tBank University\n"
    "place-word\tThe North\n"
    "follower\tGovernment President\n"
    "article\tthe a\n"
    "calendar\tMarch Monday\n"
    "admin-kind\tprovince state\n"
    "city-kind\tcity\n"
    "function\ta the if while but\n";

std::unique_ptr<Gazetteer> TinyGazetteer();
std::shared_ptr<PlaceLexicon> TinyLexicon();

// Sentences end at '.', '!' or '?' followed by a space or the end, and at a
// blank line.
Document MakeDocument(const std::string& text);

}  // namespace annalist::testing

#endif  // ANNALIST_TESTS_PLACES_PLACES_TEST_UTIL_H_
