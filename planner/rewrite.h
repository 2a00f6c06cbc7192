#pragma once
// The one place that decides whether changing a column's type rewrites its table, and
// what the change does to values that do not fit.

#include <string>

#include "compiler/builtins/catalog.h"
#include "compiler/model/type_name.h"

namespace pgshift::planner {

enum class TypeChange {
  // No rewrite, and every value fits: the old type is binary coercible to the new one
  // and no length, precision or scale limit gets tighter (varchar(10) -> varchar(20) or
  // text, numeric(8,2) -> numeric(12,2), timestamp(0) -> timestamp(3)).
  widening,
  // The table and its indexes are rewritten under an ACCESS EXCLUSIVE lock: any other
  // conversion, narrowing included (PostgreSQL skips the rewrite only when the
  // conversion is a relabelling or a length coercion it can prove is a no-op).
  rewrite,
};

// Mirrors PostgreSQL's ATColumnChangeRequiresRewrite() and the length-coercion support
// functions (varchar_support, numeric_support, timestamp_support, ...) for the built-in
// types. timestamp <-> timestamptz is a rewrite unless the session is in UTC; pgshift
// does not assume it is.
TypeChange classifyTypeChange(const TypeName &from, const TypeName &to, const builtins::Catalog &catalog);

// What converting the values does to those that do not fit the new type, as a hazard
// sentence for `column` ("fails on a value longer than 10 characters", "rounds values to
// 2 decimal places"); empty when every value converts unchanged.
std::string conversionHazard(const std::string &column, const TypeName &from, const TypeName &to,
                             const builtins::Catalog &catalog);

}  // namespace pgshift::planner
