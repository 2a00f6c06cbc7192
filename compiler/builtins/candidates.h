#pragma once
// Choosing among overloaded operators and functions: func_match_argtypes() and
// func_select_candidate() of PostgreSQL 15's parse_func.c (documentation 10.2 / 10.3,
// steps 3-4), shared by operator and function resolution. Implemented in candidates.cpp.

#include <optional>
#include <span>
#include <vector>

#include "compiler/builtins/builtin_catalog.h"

namespace pgshift::builtins {

class Catalog;

// One candidate's parameter types, one per input (after variadic expansion / defaults).
using CandidateArgs = std::vector<Oid>;

// The candidates (indices) whose parameters accept the inputs by implicit coercion.
std::vector<size_t> matchingCandidates(const Catalog &catalog, std::span<const Oid> inputs,
                                       const std::vector<CandidateArgs> &candidates);

// The heuristics that pick one of several matching candidates: most exact matches, most
// preferred types where coercion is needed, categories for unknown inputs (string wins),
// then "unknowns are the known type". nullopt when they leave more than one.
std::optional<size_t> selectBestCandidate(const Catalog &catalog, std::span<const Oid> inputs,
                                          const std::vector<CandidateArgs> &candidates, std::vector<size_t> among);

}  // namespace pgshift::builtins
