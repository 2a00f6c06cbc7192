#pragma once
// Views and materialized views: which to create, drop, replace and re-create.

#include <set>

#include "compiler/diff/change.h"

namespace pgshift::diff {

// Adds the view changes to `out`, after the table and type changes (it reads them: a view
// over a column that is dropped or changes type, an enum swap's included, is dropped
// before and created after, as is one calling a function that is dropped or re-created).
// Returns the views that are dropped and created again, whose indexes must be built anew.
std::set<QualifiedName> diffViews(const SchemaModel &from, const SchemaModel &to, Diff &out);

}  // namespace pgshift::diff
