#pragma once
// Raw expression -> the tree PostgreSQL's parse analysis (transformExpr) would build:
// typed constants, resolved operators and functions, the implicit casts they need,
// BETWEEN and IN expanded, COALESCE/CASE/ARRAY given a common type.

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/expr/node.h"
#include "compiler/model/column.h"

namespace pgshift::expr {

// What names in the expression can refer to.
struct AnalysisScope {
  // The columns of the table the expression belongs to; nullptr where columns cannot
  // be referenced (a column default).
  const std::vector<Column> *columns = nullptr;
  // Resolves a relation named in a regclass literal ('t_id_seq' in nextval), through
  // search_path when unqualified.
  std::function<std::optional<QualifiedName>(const std::vector<Identifier> &)> find_relation;
  // Where unqualified names not found elsewhere are assumed to live.
  std::vector<Identifier> search_path{Identifier::exact("public")};
  // A trigger's WHEN: columns are read as old.x / new.x and printed so.
  bool row_qualifiers = false;
  // Whether a function the catalog lacks may exist all the same (an extension of that
  // schema, or of one on the search path, may provide it): such a call is analyzed
  // approximately instead of refused. Arguments: the schema written (may be empty), the name.
  std::function<bool(const std::string &, const std::string &)> function_may_exist;
  // Whether the schema has a collation of that name (the schema's own collations; the
  // built-in ones are known without it).
  std::function<bool(const QualifiedName &)> collation_exists;
};

// Where the expression is used; decides the final coercion and what is allowed.
enum class ExpressionUse {
  column_default,   // assignment-coerced to the column type; no column references
  generated,        // assignment-coerced to the column type
  check,            // coerced to boolean
  index_key,        // no coercion
  index_predicate,  // coerced to boolean
};

struct Analysis {
  Node node;
  builtins::Oid type = builtins::kInvalidOid;
  int32_t typmod = -1;
  // False when part of the expression could not be analyzed exactly (an operator or
  // function the catalog does not know, a literal whose printed form is uncertain);
  // `uncertain` says which.
  bool exact = true;
  std::vector<std::string> uncertain;
  std::vector<QualifiedName> relations;  // named by regclass literals
  // Calls a VOLATILE function (nextval, random(), clock_timestamp()): as a new column's
  // default it is evaluated for every row, which rewrites the table.
  bool is_volatile = false;
  // The least stable function it calls, as pg_proc's provolatile: 'i' immutable (only
  // such may appear in index expressions and generated columns), 's' stable, 'v' volatile.
  char volatility = 'i';
};

// The expression would make PostgreSQL reject the statement.
class AnalysisError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

Analysis analyze(const Node &raw, const builtins::Catalog &catalog, const AnalysisScope &scope, ExpressionUse use,
                 const std::optional<TypeName> &target = std::nullopt);

// Converting between the model's type names and catalog oids (0 when unknown).
builtins::Oid typeOid(const builtins::Catalog &catalog, const TypeName &type);
TypeName typeNameOf(const builtins::Catalog &catalog, builtins::Oid type, int32_t typmod);

}  // namespace pgshift::expr
