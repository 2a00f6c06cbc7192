#pragma once
// How PostgreSQL converts a value of one type to another (parse_coerce.c): the vocabulary
// of Catalog::canCoerce, Catalog::findCoercionPathway and Catalog::coercionPathway.

#include <string_view>

#include "compiler/builtins/builtin_catalog.h"

namespace pgshift::builtins {

// CoercionContext: which pg_cast entries may be used. Implicit is what operator and
// function arguments get, assignment what INSERT/UPDATE and column defaults get,
// explicit what CAST / :: gets. Each context also allows the casts of the ones before.
enum class CoercionContext { implicit_cast, assignment_cast, explicit_cast };

// CoercionPathType, plus the decisions coerce_type() makes before it consults pg_cast.
enum class CoercionKind {
  none,          // no conversion exists in this context
  no_op,         // same type, or a polymorphic target that keeps the argument unchanged
  literal,       // an unknown-type literal: the target's input function makes a constant of it
  relabel,       // binary compatible: a RelabelType, no run-time work
  function,      // a cast function (FuncExpr)
  via_io,        // CoerceViaIO: output function of the source, input function of the target
  array_coerce,  // ArrayCoerceExpr: each element converted (source/target_element)
  row,           // a composite value to or from record (RowExpr / ConvertRowtypeExpr / none)
};

struct CoercionPath {
  CoercionKind kind = CoercionKind::none;
  // kind == function: the pg_cast function and its number of arguments. With 2 or 3
  // arguments it also takes the target typmod (and isExplicit), like a length coercion,
  // so a typmod-carrying target needs no separate length-coercion call.
  Oid function = kInvalidOid;
  std::string_view function_name;
  int function_nargs = 0;
  // kind == array_coerce: the element types the per-element conversion goes between.
  Oid source_element = kInvalidOid;
  Oid target_element = kInvalidOid;
  // The target is a domain: the converted value is wrapped in CoerceToDomain, and
  // `function` / `relabel` produce the domain's base type first.
  bool to_domain = false;

  bool possible() const { return kind != CoercionKind::none; }
  bool lengthCoercionStyle() const { return kind == CoercionKind::function && function_nargs >= 2; }
};

}  // namespace pgshift::builtins
