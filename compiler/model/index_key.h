#pragma once
// One key of an index (or of an exclusion constraint's index).

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/expression.h"
#include "compiler/model/identifier.h"
#include "compiler/model/rel_option.h"

namespace pgshift {

// A column or an expression, with the decorations pg_get_indexdef() prints: collation
// when not the column's, operator class when not the default for the key's type,
// DESC, and NULLS FIRST/LAST when not the default for the direction.
struct IndexKey {
  std::optional<Identifier> column;
  std::optional<Expression> expression;
  std::optional<QualifiedName> collation;
  std::optional<QualifiedName> opclass;
  std::vector<RelOption> opclass_options;
  bool descending = false;
  bool nulls_first = false;  // PostgreSQL's default: NULLS LAST when ASC, NULLS FIRST when DESC

  // As pg_get_indexdef() prints it; with `for_ddl`, an expression is written as its
  // `sql`, in parentheses.
  std::string sql(bool for_ddl = false) const;
  friend bool operator==(const IndexKey &, const IndexKey &) = default;
};

}  // namespace pgshift
