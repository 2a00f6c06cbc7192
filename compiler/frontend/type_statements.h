#pragma once
// Statements about user-defined types, as written: CREATE TYPE (enum, composite, range),
// ALTER TYPE, CREATE DOMAIN, ALTER DOMAIN. Part of the syntax tree of statement.h.

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "compiler/expr/node.h"
#include "compiler/model/identifier.h"
#include "compiler/model/source_location.h"

namespace pgshift::ast {

using Name = std::vector<Identifier>;  // as in statement.h

struct CreateEnum {
  Name name;
  std::vector<std::string> values;
};

// ALTER TYPE ... ADD VALUE [IF NOT EXISTS] 'v' [BEFORE | AFTER 'n'] / RENAME VALUE 'a' TO 'b'.
struct AlterEnum {
  enum class Kind : char { add_value, rename_value };
  Name name;
  Kind kind = Kind::add_value;
  std::string value;                  // the added value, or the renamed one
  std::optional<std::string> neighbor;  // BEFORE/AFTER this value; for a rename, the new name
  bool before = false;
  bool if_not_exists = false;
};

struct TypeAttribute {
  Identifier name;
  expr::TypeSyntax type;
  Name collation;
  SourceLocation where;
};

struct CreateComposite {
  Name name;
  std::vector<TypeAttribute> attributes;
};

// ALTER TYPE composite ADD | DROP | ALTER ATTRIBUTE, one per action.
struct AlterComposite {
  enum class Kind : char { add_attribute, drop_attribute, alter_attribute_type };
  struct Action {
    Kind kind = Kind::add_attribute;
    TypeAttribute attribute;  // for a drop only the name
    bool if_exists = false;
  };
  Name name;
  std::vector<Action> actions;
};

// CREATE TYPE ... AS RANGE (name = value, ...): value is a type or function name, or a string.
struct CreateRange {
  struct Option {
    std::string name;  // lower case: subtype, subtype_opclass, collation, canonical, ...
    std::optional<expr::TypeSyntax> type;
    std::optional<std::string> text;
    SourceLocation where;
  };
  Name name;
  std::vector<Option> options;
};

// A domain constraint: NOT NULL, NULL, CHECK (...) [NOT VALID], DEFAULT, COLLATE.
struct DomainConstraint {
  enum class Kind : char { not_null, null, check, default_value, collate };
  Kind kind = Kind::check;
  std::optional<Identifier> name;
  std::optional<expr::Node> expression;
  std::string expression_text;
  Name collation;
  bool not_valid = false;
  SourceLocation where;
};

struct CreateDomain {
  Name name;
  expr::TypeSyntax type;
  std::vector<DomainConstraint> constraints;
};

struct AlterDomain {
  enum class Kind : char { set_default, drop_default, set_not_null, drop_not_null, add_constraint, drop_constraint,
                           validate_constraint };
  Name name;
  Kind kind = Kind::set_default;
  DomainConstraint constraint;        // SET DEFAULT (its expression), ADD CONSTRAINT
  std::optional<Identifier> target;   // DROP / VALIDATE CONSTRAINT
  bool if_exists = false;
};

}  // namespace pgshift::ast
