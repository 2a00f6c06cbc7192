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

// Owners of schemas, tables, standalone sequences, collations, views, routines and types
// (diff_owner.cpp).
void diffOwners(const SchemaModel &from, const SchemaModel &to, Diff &out);

// ACLs of schemas, tables, their columns, sequences, views, routines and types
// (diff_privileges.cpp).
// After the views' own changes: a view dropped and created again is given its privileges
// again.
void diffPrivileges(const SchemaModel &from, const SchemaModel &to, Diff &out);

// The owner and ACL of a user-defined type (enum, domain, composite or range type).
struct TypeAccess {
  QualifiedName name;
  bool domain = false;
  std::optional<Identifier> owner;
  Acl acl;
};
std::vector<TypeAccess> typeAccess(const SchemaModel &model);
// The entry of `list` for the type `name`, or null.
const TypeAccess *findTypeAccess(const std::vector<TypeAccess> &list, const QualifiedName &name);
// Whether `out` drops the type `name` (to create it again, or for good).
bool droppedType(const Diff &out, const QualifiedName &name);
// Whether `out` swaps a new enum in for `name`: the swap gives it its owner and
// privileges itself, both ways (planner/type_ddl.cpp).
bool swappedEnum(const Diff &out, const QualifiedName &name);

// Whether `out` drops the view `name` (to create it again, or for good).
bool recreatedView(const Diff &out, const QualifiedName &name);
// Whether `out` drops the function `f` (by identity) to create it again.
bool recreatedFunction(const Diff &out, const Function &f);

}  // namespace pgshift::diff
