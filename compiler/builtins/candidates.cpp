#include "compiler/builtins/candidates.h"

#include <algorithm>

#include "compiler/builtins/catalog.h"

namespace pgshift::builtins {
namespace {

// Keeps the candidates with the highest score (all of them if every score is 0).
template <typename Score>
std::vector<size_t> keepBest(const std::vector<size_t> &among, Score score) {
  std::vector<size_t> best;
  int best_score = -1;
  for (size_t c : among) {
    int s = score(c);
    if (s > best_score) {
      best_score = s;
      best.assign(1, c);
    } else if (s == best_score) {
      best.push_back(c);
    }
  }
  return best;
}

}  // namespace

std::vector<size_t> matchingCandidates(const Catalog &catalog, std::span<const Oid> inputs,
                                       const std::vector<CandidateArgs> &candidates) {
  std::vector<size_t> result;
  for (size_t c = 0; c < candidates.size(); ++c)
    if (catalog.canCoerce(inputs, candidates[c], CoercionContext::implicit_cast)) result.push_back(c);
  return result;
}

std::optional<size_t> selectBestCandidate(const Catalog &catalog, std::span<const Oid> inputs,
                                          const std::vector<CandidateArgs> &candidates, std::vector<size_t> among) {
  const size_t nargs = inputs.size();
  // Domains count as their base types, so functions on the base type are "exact".
  std::vector<Oid> base(nargs);
  size_t unknowns = 0;
  for (size_t i = 0; i < nargs; ++i) {
    base[i] = inputs[i] == kUnknownOid ? kUnknownOid : catalog.baseType(inputs[i]);
    unknowns += inputs[i] == kUnknownOid;
  }

  // 1. Most exact matches on the known inputs.
  among = keepBest(among, [&](size_t c) {
    int n = 0;
    for (size_t i = 0; i < nargs; ++i) n += base[i] != kUnknownOid && candidates[c][i] == base[i];
    return n;
  });
  if (among.size() == 1) return among.front();

  // 2. Most positions that are exact or take the preferred type of the input's category
  //    (no preference for cross-category conversions).
  std::vector<char> slot_category(nargs);
  for (size_t i = 0; i < nargs; ++i) slot_category[i] = catalog.category(base[i]);
  among = keepBest(among, [&](size_t c) {
    int n = 0;
    for (size_t i = 0; i < nargs; ++i) {
      if (base[i] == kUnknownOid) continue;
      Oid t = candidates[c][i];
      n += t == base[i] || (catalog.category(t) == slot_category[i] && catalog.isPreferred(t));
    }
    return n;
  });
  if (among.size() == 1) return among.front();
  if (unknowns == 0) return std::nullopt;

  // 3. Unknown inputs: find the category the candidates take at each unknown position
  //    (string if any candidate takes a string, since unknown literals look like strings;
  //    else the one all agree on), then drop candidates of another category or, where some
  //    candidate takes a preferred type, of a non-preferred one.
  std::vector<bool> slot_preferred(nargs, false);
  bool resolved = true;
  for (size_t i = 0; i < nargs && resolved; ++i) {
    if (base[i] != kUnknownOid) continue;
    slot_category[i] = category::kInvalid;
    bool conflict = false;
    for (size_t c : among) {
      Oid t = candidates[c][i];
      char cat = catalog.category(t);
      bool preferred = catalog.isPreferred(t);
      if (slot_category[i] == category::kInvalid) {
        slot_category[i] = cat;
        slot_preferred[i] = preferred;
      } else if (cat == slot_category[i]) {
        slot_preferred[i] = slot_preferred[i] || preferred;
      } else if (cat == category::kString) {
        slot_category[i] = cat;
        slot_preferred[i] = preferred;
      } else {
        conflict = true;  // might still find a string candidate
      }
    }
    if (conflict && slot_category[i] != category::kString) resolved = false;
  }
  if (resolved) {
    std::vector<size_t> kept;
    for (size_t c : among) {
      bool keep = true;
      for (size_t i = 0; i < nargs && keep; ++i) {
        if (base[i] != kUnknownOid) continue;
        Oid t = candidates[c][i];
        if (catalog.category(t) != slot_category[i]) keep = false;
        else if (slot_preferred[i] && !catalog.isPreferred(t)) keep = false;
      }
      if (keep) kept.push_back(c);
    }
    if (!kept.empty()) among = std::move(kept);
    if (among.size() == 1) return among.front();
  }

  // 4. Last gasp: if all known inputs have the same type, assume the unknowns have it too.
  if (unknowns < nargs) {
    Oid known = kUnknownOid;
    for (size_t i = 0; i < nargs; ++i) {
      if (base[i] == kUnknownOid) continue;
      if (known == kUnknownOid) {
        known = base[i];
      } else if (known != base[i]) {
        known = kUnknownOid;
        break;
      }
    }
    if (known != kUnknownOid) {
      std::vector<Oid> assumed(nargs, known);
      std::optional<size_t> match;
      for (size_t c : among) {
        if (!catalog.canCoerce(assumed, candidates[c], CoercionContext::implicit_cast)) continue;
        if (match) return std::nullopt;  // not unique
        match = c;
      }
      return match;
    }
  }
  return std::nullopt;
}

}  // namespace pgshift::builtins
