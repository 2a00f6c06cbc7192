#pragma once
// Table constraints.

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/expression.h"
#include "compiler/model/identifier.h"
#include "compiler/model/index_key.h"
#include "compiler/model/rel_option.h"

namespace pgshift {

enum class ConstraintKind : char {
  primary_key = 'p',
  unique = 'u',
  check = 'c',
  foreign_key = 'f',
  exclusion = 'x',
};

// ON UPDATE / ON DELETE actions, with pg_constraint's letters.
enum class ReferentialAction : char {
  no_action = 'a',
  restrict = 'r',
  cascade = 'c',
  set_null = 'n',
  set_default = 'd',
};

enum class MatchType : char { simple = 's', full = 'f', partial = 'p' };

struct ForeignKey {
  QualifiedName table;
  std::vector<Identifier> columns;  // the referenced columns, always explicit
  MatchType match = MatchType::simple;
  ReferentialAction on_update = ReferentialAction::no_action;
  ReferentialAction on_delete = ReferentialAction::no_action;
  std::vector<Identifier> on_delete_columns;  // ON DELETE SET NULL (a, b)

  friend bool operator==(const ForeignKey &, const ForeignKey &) = default;
};

// One element of EXCLUDE (...): an index key and the operator it is compared with.
struct ExclusionElement {
  IndexKey key;
  std::string op;  // as pg_get_constraintdef prints it: "&&", "OPERATOR(public.===)"
  friend bool operator==(const ExclusionElement &, const ExclusionElement &) = default;
};

struct Constraint {
  Identifier name;
  ConstraintKind kind = ConstraintKind::check;
  std::vector<Identifier> columns;              // key columns (primary key, unique, foreign key)
  std::vector<Identifier> include;              // INCLUDE (...) of the constraint's index
  bool nulls_not_distinct = false;              // UNIQUE NULLS NOT DISTINCT
  std::vector<RelOption> index_options;         // WITH (...) of the constraint's index
  std::optional<Identifier> index_tablespace;   // USING INDEX TABLESPACE
  std::optional<Expression> check;              // CHECK (expr)
  bool no_inherit = false;                      // CHECK ... NO INHERIT
  std::optional<ForeignKey> references;         // FOREIGN KEY ... REFERENCES
  std::string exclusion_method;                 // EXCLUDE USING method
  std::vector<ExclusionElement> exclusion;      // EXCLUDE elements
  std::optional<Expression> exclusion_predicate;
  bool deferrable = false;
  bool initially_deferred = false;
  bool validated = true;                        // false: NOT VALID
  std::optional<std::string> comment;
  // A CHECK constraint given by parents (conislocal, coninhcount), as for columns.
  bool is_local = true;
  int inherit_count = 0;

  // The constraint as pg_get_constraintdef() prints it, e.g.
  // "FOREIGN KEY (a) REFERENCES public.b(id) ON DELETE CASCADE".
  std::string definitionSql() const;
  // The same without NOT VALID: what makes two constraints the same constraint.
  // With `for_ddl`, expressions are written as their `sql`, for statements to run.
  std::string identitySql(bool for_ddl = false) const;

  friend bool operator==(const Constraint &, const Constraint &) = default;
};

}  // namespace pgshift
