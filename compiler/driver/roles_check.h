#pragma once
// Roles are not managed: a plan that names a role the live database lacks is refused
// before anything is written, rather than fail halfway through being applied.

#include "compiler/diff/change.h"

namespace pgshift {

// The roles the changes name (owners, policies' roles) that are missing from the
// roles of whichever side is a live database; empty when neither is.
std::vector<Identifier> missingRoles(const diff::Diff &changes, const LoadedSchema &from, const LoadedSchema &to);

// Throws std::runtime_error naming the missing roles, if any.
void checkRoles(const diff::Diff &changes, const LoadedSchema &from, const LoadedSchema &to);

}  // namespace pgshift
