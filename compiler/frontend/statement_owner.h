#pragma once
// Syntax tree of ownership: ALTER SCHEMA / SEQUENCE / INDEX / [MATERIALIZED] VIEW / TYPE
// / DOMAIN ... OWNER TO; part of statement.h (ALTER TABLE ... OWNER TO is an ALTER TABLE action, SetOwner).

#include <optional>
#include <vector>

#include "compiler/frontend/statement_routines.h"
#include "compiler/model/identifier.h"

namespace pgshift::ast {

// OWNER TO role; unset for CURRENT_USER, CURRENT_ROLE and SESSION_USER: the role
// running the script, which is what owns whatever the script creates anyway.
struct SetOwner {
  std::optional<Identifier> role;
};

struct AlterOwner {
  enum class Kind : char { schema, sequence, index, collation, view, materialized_view, routine, type, domain };
  Kind kind = Kind::schema;
  std::vector<Identifier> name;  // possibly qualified
  bool if_exists = false;
  SetOwner owner;
  // A routine: 'f' FUNCTION, 'p' PROCEDURE, 'r' ROUTINE, 'a' AGGREGATE, and its argument list (unset:
  // no parentheses).
  char routine_kind = 'r';
  std::optional<std::vector<FunctionParam>> params;
};

}  // namespace pgshift::ast
