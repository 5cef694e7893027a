#include "events/verb_matcher.h"

namespace annalist {
namespace {

// Finds element `e` at or after clause position `pos` (exactly at `pos` when
// `adjacent`) and before `limit`; returns the position after it, or kNone.
uint32_t MatchElement(const PatternElem& e, const SentenceView& view, const ClauseWords& c,
                      uint32_t pos, uint32_t limit, bool adjacent, bool stop_at_comma,
                      Designation* d) {
  for (uint32_t q = pos; q < limit; ++q) {
    uint32_t w = c.words[q];
    const Word& word = view.words[w];
    if (stop_at_comma && word.comma) return kNone;
    bool matched = false;
    uint32_t next = q + 1;
    if (e.kind == ElemKind::kWord) {
      matched = WordMatches(e.word, word.text, Endings::kNoun);
    } else {
      uint32_t occ = view.actor_at[w];
      if (occ != kNone && view.actors[occ].begin == w &&
          (e.kind != ElemKind::kCompound || view.actors[occ].compound())) {
        matched = true;
        while (next < c.words.size() && c.words[next] < view.actors[occ].end) ++next;
        if (next > limit) return kNone;
        if (e.kind == ElemKind::kSource) d->source = occ;
        if (e.kind == ElemKind::kTarget) d->target = occ;
        if (e.kind == ElemKind::kCompound) {
          d->source = d->target = occ;
          d->compound = true;
        }
      }
    }
    if (matched) return next;
    if (adjacent) return kNone;
  }
  return kNone;
}

}  // namespace

bool MatchVerbPattern(const VerbPattern& p, const SentenceView& view, const ClauseWords& c,
                      Designation* d) {
  *d = Designation{};
  uint32_t pos = 0;
  for (size_t k = 0; k < p.before.size(); ++k) {
    bool adjacent = k > 0 && p.before[k - 1].adjacent_next;
    pos = MatchElement(p.before[k], view, c, pos, c.verb, adjacent, false, d);
    if (pos == kNone) return false;
  }
  if (!p.before.empty() && p.before.back().adjacent_next && pos != c.verb) return false;
  pos = c.verb_end;
  uint32_t end = static_cast<uint32_t>(c.words.size());
  for (size_t k = 0; k < p.after.size(); ++k) {
    bool adjacent = k == 0 ? p.verb_adjacent_next : p.after[k - 1].adjacent_next;
    pos = MatchElement(p.after[k], view, c, pos, end, adjacent, true, d);
    if (pos == kNone) return false;
  }
  return true;
}

}  // namespace annalist
