#pragma once
// The one place that decides whether changing a column's type rewrites its table.

#include "compiler/builtins/catalog.h"
#include "compiler/model/type_name.h"

namespace pgshift::planner {

enum class TypeChange {
  // No rewrite and no value can be rejected: the old type is binary coercible to the new
  // one and no length, precision or scale limit gets tighter (varchar(10) -> varchar(20)
  // or text, numeric(8,2) -> numeric(12,2), timestamp(0) -> timestamp(3)).
  widening,
  // No rewrite, but every row is checked (text -> varchar(20)): may fail.
  checked,
  // The table is rewritten under an ACCESS EXCLUSIVE lock (int4 -> int8, text -> int4).
  rewrite,
};

// Mirrors PostgreSQL's ATColumnChangeRequiresRewrite() for the built-in types: no
// rewrite exactly when the conversion is a relabelling, or a length coercion whose
// support function knows the new limit is not tighter than the old.
TypeChange classifyTypeChange(const TypeName &from, const TypeName &to, const builtins::Catalog &catalog);

}  // namespace pgshift::planner
