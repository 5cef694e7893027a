// ClaimStage ("claims"): allegations, their denials and their corroboration.
//
// A claim starts with an assertion: an ACCUSE event (CAMEO 112*, PLOVER
// ACCUSE) or a quote whose cue asserts ("X claims/alleges that ..."). Later
// statements attach to it:
//   denied_by     "denies the allegations", "rejected the claim", "X denied that ..."
//   supported_by  "X confirmed ...", "a UN report said the same",
//                 "according to a report by X"
// Linking rule, for a response R after claim C's assertion:
//   1. R names a claim ("the allegations", "the report" as the object of its
//      verb): R attaches to the latest claim;
//   2. else a denial by C's target (the accused) attaches to C;
//   3. else R attaches to the claim sharing most content words with R's
//      sentence, if it shares at least kMinTopicWords;
// and never to a claim its own party asserted. A denial with a clause of its
// own ("denied that ...") that attaches nowhere starts a claim of its own.
#ifndef ANNALIST_SRC_CLAIMS_CLAIM_STAGE_H_
#define ANNALIST_SRC_CLAIMS_CLAIM_STAGE_H_

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "annalist/stage.h"
#include "extract/grammar.h"
#include "extract/phrase_lists.h"

namespace annalist {

class ClaimStage : public Stage {
 public:
  // Loads data/extract/{claim-cues,grammar}.txt under `data_dir`.
  static Status Create(const std::string& data_dir, std::unique_ptr<ClaimStage>* out);

  std::string_view name() const override { return "claims"; }
  Status Process(Document* doc) const override;

 private:
  // A claim with what the linking rule needs.
  struct Open {
    Claim claim;
    uint32_t asserted_at = 0;          // byte where the first assertion is
    std::set<std::string> topic;       // content words of the proposition
    std::string target;                // party key of the accused, "" if unknown
    std::vector<std::string> asserters;
  };
  enum class Response : uint8_t { kDeny, kSupport };

  void AddQuoteClaims(const Document& doc, std::vector<Open>* open) const;
  void AddEventClaims(const Document& doc, std::vector<Open>* open) const;
  void AttachResponses(const Document& doc, std::vector<Open>* open) const;
  // The party of a response whose cue is at token t (length `length`).
  ClaimParty ResponseParty(const Document& doc, const Sentence& s, uint32_t t,
                           uint32_t length, bool party_follows) const;
  Open* ChooseClaim(const Document& doc, std::vector<Open>* open, uint32_t at, bool names_claim,
                    Response kind, const std::string& party,
                    const std::set<std::string>& topic) const;
  std::set<std::string> TopicWords(const Document& doc, Span span) const;
  std::string PartyKey(const Document& doc, const ClaimParty& p) const;

  PhraseLists cues_;
  Grammar grammar_;
};

}  // namespace annalist

#endif  // ANNALIST_SRC_CLAIMS_CLAIM_STAGE_H_
