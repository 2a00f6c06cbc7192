#pragma once
// Table columns.

#include <optional>
#include <string>

#include "compiler/model/expression.h"
#include "compiler/model/identifier.h"
#include "compiler/model/privilege.h"
#include "compiler/model/sequence.h"
#include "compiler/model/type_name.h"

namespace pgshift {

// GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY, with its implicit sequence.
struct Identity {
  enum class Kind : char { always = 'a', by_default = 'd' };
  Kind kind = Kind::by_default;
  Identifier sequence_name;  // in the table's schema
  SequenceOptions options;

  friend bool operator==(const Identity &, const Identity &) = default;
};

struct Column {
  Identifier name;
  TypeName type;
  bool not_null = false;
  std::optional<Expression> default_value;
  std::optional<Identity> identity;
  std::optional<Expression> generated;     // GENERATED ALWAYS AS (expr) STORED
  std::optional<QualifiedName> collation;  // only when it differs from the type's own
  std::optional<std::string> comment;
  Acl acl;  // attacl: column privileges (NULL: none)
  // Table inheritance (attislocal, attinhcount): whether the table declares the column
  // itself, and how many parents give it. No DDL sets them back, so diffs ignore them;
  // CREATE TABLE ... INHERITS prints only local columns.
  bool is_local = true;
  int inherit_count = 0;

  friend bool operator==(const Column &, const Column &) = default;
};

// What a child table gets of a parent's column: not its identity (only the NOT NULL that
// goes with it), comment or privileges.
inline Column inheritedColumn(const Column &parent) {
  Column c = parent;
  c.identity.reset();
  c.comment.reset();
  c.acl = Acl{};
  c.is_local = false;
  c.inherit_count = 1;
  return c;
}

}  // namespace pgshift
