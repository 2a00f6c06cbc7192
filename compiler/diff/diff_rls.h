#pragma once
// Extensions, row level security and policies: their part of diffModels().

#include "compiler/diff/change.h"

namespace pgshift::diff {

// Appends the changes to extensions, to tables' row security and to policies, in a
// deterministic order; approximate expression comparisons go to `out.notes`.
void diffExtensionsAndPolicies(const SchemaModel &from, const SchemaModel &to, Diff &out);

// Whether the extension's version is to change: the target states it, or the source
// states it and the target's is known.
bool versionChanges(const Extension &from, const Extension &to);

// Owners of schemas, tables and standalone sequences (diff_owner.cpp).
void diffOwners(const SchemaModel &from, const SchemaModel &to, Diff &out);

// ACLs of schemas, tables, their columns and sequences (diff_privileges.cpp).
void diffPrivileges(const SchemaModel &from, const SchemaModel &to, Diff &out);

}  // namespace pgshift::diff
