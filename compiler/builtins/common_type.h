#pragma once
// select_common_type()'s core, shared by Catalog::selectCommonType and the anycompatible
// rules (polymorphism.cpp). Implemented in common_type.cpp.

#include <span>
#include <string>

#include "compiler/builtins/builtin_catalog.h"

namespace pgshift::builtins {

class Catalog;

// select_common_type_from_oids(): the first type if all are the same; otherwise walks the
// base types, taking a later type when the current one coerces implicitly to it but not
// back (unless the current one is preferred); all unknown -> text. Returns 0 and sets
// `error` when two inputs are of different categories. Does not check coercibility.
Oid chooseCommonType(const Catalog &catalog, std::span<const Oid> types, std::string *error = nullptr);

// verify_common_type(): every input coerces implicitly to `common`.
bool allCoerceTo(const Catalog &catalog, std::span<const Oid> types, Oid common);

}  // namespace pgshift::builtins
