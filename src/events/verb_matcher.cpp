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
    if (stop_at_comma && word.comma && !view.apposition_comma[w]) return kNone;
    bool matched = false;
    uint32_t next = q + 1;
    if (e.kind == ElemKind::kWord) {
      matched = WordMatches(e.word, word.text, Endings::kNone);
    } else {
      uint32_t occ = view.actor_at[w];
      if (occ != kNone && view.actors[occ].begin == w &&
          (e.kind != ElemKind::kCompound || view.actors[occ].compound())) {
        matched = true;
        while (next < c.words.size() && c.words[next] < view.actors[occ].end) ++next;
        if (next > limit) return kNone;
        if (e.kind == ElemKind::kSource) d->source = occ;
        if (e.kind == ElemKind::kTarget) d->target = occ;
        if (e.kind == ElemKind::kSkip || e.kind == ElemKind::kAttrib) d->skipped.push_back(occ);
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

// Finds element `e` ending right before clause position `end` (anywhere
// before it unless `adjacent`); returns its first position, or kNone.
uint32_t MatchElementBackward(const PatternElem& e, const SentenceView& view, const ClauseWords& c,
                              uint32_t end, bool adjacent, Designation* d) {
  for (uint32_t q = end; q-- > 0;) {
    uint32_t w = c.words[q];
    if (e.kind == ElemKind::kWord) {
      if (WordMatches(e.word, view.words[w].text, Endings::kNone)) return q;
    } else {
      uint32_t occ = view.actor_at[w];
      bool ends_here = occ != kNone && (q + 1 == end || c.words[q + 1] >= view.actors[occ].end);
      if (ends_here && (e.kind != ElemKind::kCompound || view.actors[occ].compound())) {
        uint32_t start = q;
        while (start > 0 && view.actor_at[c.words[start - 1]] == occ) --start;
        if (e.kind == ElemKind::kSource) d->source = occ;
        if (e.kind == ElemKind::kTarget) d->target = occ;
        if (e.kind == ElemKind::kSkip || e.kind == ElemKind::kAttrib) d->skipped.push_back(occ);
        if (e.kind == ElemKind::kCompound) {
          d->source = d->target = occ;
          d->compound = true;
        }
        return start;
      }
    }
    if (adjacent) return kNone;
  }
  return kNone;
}

}  // namespace

bool MatchVerbPattern(const VerbPattern& p, const SentenceView& view, const ClauseWords& c,
                      Designation* d) {
  d->source = d->target = kNone;
  d->compound = false;
  d->skipped.clear();
  // Elements before the verb are matched from the verb backwards, so that $
  // and + take the actors nearest to the verb.
  uint32_t pos = c.verb;  // matching continues before this position
  for (size_t k = p.before.size(); k-- > 0;) {
    pos = MatchElementBackward(p.before[k], view, c, pos, p.before[k].adjacent_next, d);
    if (pos == kNone) return false;
  }
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
