#pragma once
// The names PostgreSQL 15 chooses for what the user did not name: t_pkey, t_a_key,
// t_a_fkey, t_a_check, t_a_idx, t_a_seq, with its truncation and de-duplication rules
// (makeObjectName, ChooseRelationName, ChooseConstraintName, ChooseIndexColumnNames
// and FigureIndexColname in PostgreSQL's sources).

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/expr/node.h"

namespace pgshift::naming {

// "name1_name2_label", the longer of name1/name2 shortened first so the whole fits in
// 63 bytes, never splitting a UTF-8 character. `name2` may be empty (then no "_").
std::string makeObjectName(std::string_view name1, std::string_view name2, std::string_view label);

// makeObjectName with label, label1, label2, ... until `taken` says the name is free.
std::string chooseName(std::string_view name1, std::string_view name2, std::string_view label,
                       const std::function<bool(const std::string &)> &taken);

// Column names joined by "_", stopping once 63 bytes are reached
// (ChooseIndexNameAddition, also used for foreign keys).
std::string nameAddition(const std::vector<std::string> &names);

// The per-column names an index's name is made of: the column name, the name an
// expression suggests, or "expr"; repeats get a number (a, a1, a2).
std::vector<std::string> indexColumnNames(const std::vector<std::optional<std::string>> &suggested);

// FigureIndexColname(): the name a raw expression suggests, if any (lower(x) -> "lower",
// x::text -> "x", 'a'::text -> "text", CASE -> "case").
std::optional<std::string> expressionName(const expr::Node &node);

}  // namespace pgshift::naming
