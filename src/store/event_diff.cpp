#include "store/event_diff.h"

namespace annalist::store {
namespace {

bool SameActors(const Event& a, const Event& b) {
  return a.sentence == b.sentence && a.source.code == b.source.code &&
         a.target.code == b.target.code;
}

bool Same(const Event& a, const Event& b) {
  return SameActors(a, b) && a.cameo == b.cameo && a.negated == b.negated;
}

// Pairs each event of `from` with an unused one of `to` satisfying `match`;
// returns the pairs and marks the used events.
template <typename Match>
std::vector<std::pair<size_t, size_t>> Pair(const std::vector<Event>& from,
                                            const std::vector<Event>& to,
                                            std::vector<bool>* from_used,
                                            std::vector<bool>* to_used, Match match) {
  std::vector<std::pair<size_t, size_t>> pairs;
  for (size_t i = 0; i < from.size(); ++i) {
    if ((*from_used)[i]) continue;
    for (size_t j = 0; j < to.size(); ++j) {
      if (!(*to_used)[j] && match(from[i], to[j])) {
        (*from_used)[i] = (*to_used)[j] = true;
        pairs.emplace_back(i, j);
        break;
      }
    }
  }
  return pairs;
}

}  // namespace

void EventDiffSummary::Example(const Document& doc, const Event& e, const std::string& what) {
  if (examples.size() >= max_examples_) return;
  std::string sentence;
  if (e.sentence < doc.sentences.size()) sentence = doc.SpanText(doc.sentences[e.sentence].span);
  if (sentence.size() > 160) sentence = sentence.substr(0, 157) + "...";
  examples.push_back("article " + doc.id + ": " + what + " " + e.source.code + ">" +
                     e.target.code + " in \"" + sentence + "\"");
}

bool EventDiffSummary::Add(const Document& before, const Document& after) {
  const auto& old_events = before.events;
  const auto& new_events = after.events;
  std::vector<bool> old_used(old_events.size()), new_used(new_events.size());
  unchanged += Pair(old_events, new_events, &old_used, &new_used, Same).size();
  auto recodes = Pair(old_events, new_events, &old_used, &new_used, SameActors);
  for (auto [i, j] : recodes) {
    std::string change = old_events[i].cameo + " -> " + new_events[j].cameo;
    ++recoded[change];
    ++recoded_total;
    Example(after, new_events[j], "recoded " + change);
  }
  bool changed = !recodes.empty();
  for (size_t j = 0; j < new_events.size(); ++j) {
    if (new_used[j]) continue;
    ++added[new_events[j].cameo];
    ++added_total;
    Example(after, new_events[j], "added " + new_events[j].cameo);
    changed = true;
  }
  for (size_t i = 0; i < old_events.size(); ++i) {
    if (old_used[i]) continue;
    ++removed[old_events[i].cameo];
    ++removed_total;
    Example(before, old_events[i], "removed " + old_events[i].cameo);
    changed = true;
  }
  return changed;
}

}  // namespace annalist::store
