#pragma once
// CREATE COLLATION as written; part of the syntax tree of statement.h. (COMMENT ON
// COLLATION is a Comment, ALTER COLLATION ... OWNER TO an AlterOwner.)

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/identifier.h"
#include "compiler/model/source_location.h"

namespace pgshift::ast {

// One `name = value` of the parenthesized form: the name lower case, the value as a
// string (a word lower case); no value: `name` alone.
struct CollationOption {
  std::string name;
  std::optional<std::string> value;
  SourceLocation where;
};

// CREATE COLLATION [IF NOT EXISTS] name (options) / ... name FROM existing.
struct CreateCollation {
  std::vector<Identifier> name;
  bool if_not_exists = false;
  std::vector<CollationOption> options;
  std::vector<Identifier> from;  // empty: the options form
};

}  // namespace pgshift::ast
