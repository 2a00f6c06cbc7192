#pragma once
// Polymorphic pseudo-types (pg_type.h IsPolymorphicType*): parameters that take their
// actual type from the call. Catalog::checkGenericTypeConsistency and
// Catalog::enforceGenericTypeConsistency (polymorphism.cpp) apply the rules.

#include "compiler/builtins/builtin_catalog.h"

namespace pgshift::builtins {

// anyelement, anyarray, anynonarray, anyenum, anyrange, anymultirange: all arguments of
// these must agree exactly on one element type.
inline bool isPolymorphicFamily1(Oid type) {
  return type == kAnyElementOid || type == kAnyArrayOid || type == kAnyNonArrayOid || type == kAnyEnumOid ||
         type == kAnyRangeOid || type == kAnyMultirangeOid;
}

// The anycompatible family: the arguments are coerced to a common type.
inline bool isPolymorphicFamily2(Oid type) {
  return type == kAnyCompatibleOid || type == kAnyCompatibleArrayOid || type == kAnyCompatibleNonArrayOid ||
         type == kAnyCompatibleRangeOid || type == kAnyCompatibleMultirangeOid;
}

// Note: "any" is not polymorphic; it accepts everything and resolves nothing.
inline bool isPolymorphic(Oid type) { return isPolymorphicFamily1(type) || isPolymorphicFamily2(type); }

}  // namespace pgshift::builtins
