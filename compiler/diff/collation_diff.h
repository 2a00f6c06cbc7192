#pragma once
// Collations: created, dropped, or dropped and created again when their definition
// changes; comments.

#include "compiler/diff/change.h"

namespace pgshift::diff {

// `from` as it is once what uses a collation that must be re-created has left it: columns
// (table columns and the target keeps) are changed to their type's own collation, and
// indexes with a key of that collation are dropped. Appends those changes to `out`;
// diffing the result against `to` brings them back after the collation is created anew.
// Throws std::runtime_error ("unsupported: ...") when a domain, composite or range type
// uses such a collation.
SchemaModel leaveRecreatedCollations(const SchemaModel &from, const SchemaModel &to, Diff &out);

// Appends the collations to create and drop, and their comments.
void diffCollations(const SchemaModel &from, const SchemaModel &to, Diff &out);

}  // namespace pgshift::diff
