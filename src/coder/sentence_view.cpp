#include "coder/sentence_view.h"

#include <algorithm>

namespace annalist {

void SentenceView::Build(const Document& doc, uint32_t si) {
  const Sentence& s = doc.sentences[si];
  BuildSentenceWords(doc, s, &sentence);
  size_t n = words.size();
  actors.clear();
  actor_at.assign(n, kNone);
  excluded.assign(n, 0);
  clause_of.assign(n, 0);
  clause_count = 1;

  // Mentions of one sentence are contiguous in Document::actors.
  auto first = std::lower_bound(doc.actors.begin(), doc.actors.end(), si,
                                [](const ActorMention& m, uint32_t v) { return m.sentence < v; });
  for (auto it = first; it != doc.actors.end() && it->sentence == si; ++it) {
    uint32_t m = static_cast<uint32_t>(it - doc.actors.begin());
    uint32_t b = WordOfToken(words, it->first_token);
    uint32_t e = WordOfToken(words, it->end_token - 1);
    if (b == kNone || e == kNone) continue;
    uint32_t group = it->compound;
    uint32_t occ = kNone;
    if (group != kNone) {
      for (uint32_t k = 0; k < actors.size(); ++k) {
        if (doc.actors[actors[k].mentions[0]].compound == group) occ = k;
      }
    }
    if (occ == kNone) {
      occ = static_cast<uint32_t>(actors.size());
      actors.push_back({b, e + 1, {}});
    }
    ActorOccurrence& o = actors[occ];
    o.mentions.push_back(m);
    o.begin = std::min(o.begin, b);
    o.end = std::max(o.end, e + 1);
  }
  std::sort(actors.begin(), actors.end(),
            [](const ActorOccurrence& a, const ActorOccurrence& b) { return a.begin < b.begin; });
  for (uint32_t k = 0; k < actors.size(); ++k) {
    for (uint32_t w = actors[k].begin; w < actors[k].end; ++w) {
      if (actor_at[w] == kNone) actor_at[w] = k;
    }
  }
  apposition_comma.assign(n, 0);
  for (const ActorOccurrence& o : actors) {
    uint32_t open = o.begin - 1, close = o.end;
    if (o.begin < 2 || !words[open].comma || actor_at[open - 1] == kNone) continue;
    if (close < n && !words[close].comma) continue;
    apposition_comma[open] = 1;
    if (close < n) apposition_comma[close] = 1;
  }

  bool have_clauses = false;
  uint32_t clause = 0;
  for (const Clause& c : doc.clauses) {
    if (c.sentence != si) continue;
    have_clauses = true;
    uint32_t b = WordOfToken(words, c.first_token);
    for (uint32_t w = b == kNone ? 0 : b; w < n && words[w].first_token < c.end_token; ++w) {
      if (words[w].first_token < c.first_token) continue;
      if (c.nonrestrictive) {
        excluded[w] = 1;
      } else {
        clause_of[w] = clause;
      }
    }
    if (!c.nonrestrictive) ++clause;
  }
  if (have_clauses) clause_count = std::max<uint32_t>(clause, 1);
}

}  // namespace annalist
