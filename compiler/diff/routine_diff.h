#pragma once
// Functions, procedures and triggers: what differs, and what must be re-created with them.

#include <set>
#include <vector>

#include "compiler/diff/change.h"

namespace pgshift::diff {

// Appends the function and trigger changes to `changes` (which holds the other kinds'
// already). A function PostgreSQL cannot CREATE OR REPLACE is dropped and created; the
// triggers, checks and indexes that use it and stay are then dropped and created around
// it (unless `changes` already does so). A dropped table's triggers are dropped first, and
// the triggers of `recreated_views` (dropped and created again) are too, and created again.
void diffRoutines(const SchemaModel &from, const SchemaModel &to, const std::set<QualifiedName> &recreated_views,
                  std::vector<Change> &changes);

// Whether CREATE OR REPLACE turns `from` into `to`: the same kind, result type and
// output parameters, no input parameter renamed, no default removed.
bool replaceableInPlace(const Function &from, const Function &to);

// The functions (by name) that diffRoutines drops, or drops and creates again: what calls
// them and stays must let go first.
std::set<QualifiedName> functionsDropped(const SchemaModel &from, const SchemaModel &to);

}  // namespace pgshift::diff
