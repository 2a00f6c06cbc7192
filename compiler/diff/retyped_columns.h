#pragma once
// Columns whose type changes in place. PostgreSQL refuses ALTER COLUMN ... TYPE (a new
// precision or collation included) under a view, policy or trigger that depends on the
// column, so the diff re-creates those around it.

#include <set>
#include <vector>

#include "compiler/diff/change.h"

namespace pgshift::diff {

// The columns `changes` retype: a type or collation changed, or converted by an enum swap.
std::set<QualifiedColumn> retypedColumns(const std::vector<Change> &changes);

// Whether any of `columns` of `table` is in `retyped`.
bool readsRetyped(const std::set<QualifiedColumn> &retyped, const QualifiedName &table, const std::vector<Identifier> &columns);

}  // namespace pgshift::diff
