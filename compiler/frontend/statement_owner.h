#pragma once
// Syntax tree of ownership: ALTER SCHEMA / SEQUENCE / INDEX ... OWNER TO; part of
// statement.h (ALTER TABLE ... OWNER TO is an ALTER TABLE action, SetOwner).

#include <optional>
#include <vector>

#include "compiler/model/identifier.h"

namespace pgshift::ast {

// OWNER TO role; unset for CURRENT_USER, CURRENT_ROLE and SESSION_USER: the role
// running the script, which is what owns whatever the script creates anyway.
struct SetOwner {
  std::optional<Identifier> role;
};

struct AlterOwner {
  enum class Kind : char { schema, sequence, index, collation };
  Kind kind = Kind::schema;
  std::vector<Identifier> name;  // possibly qualified
  bool if_exists = false;
  SetOwner owner;
};

}  // namespace pgshift::ast
