#pragma once
// Two models -> the changes that turn one into the other.

#include "compiler/diff/change.h"

namespace pgshift::diff {

// Matches objects by identity (schema-qualified name; columns and constraints by name
// within their table) and lists what to create, drop and alter, in a deterministic
// order. Objects that disappear with their container (a dropped table's indexes and
// owned sequences) are not listed separately. Renames are drops and creates.
Diff diffModels(const SchemaModel &from, const SchemaModel &to);

}  // namespace pgshift::diff
