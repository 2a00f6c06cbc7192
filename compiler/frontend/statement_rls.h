#pragma once
// Syntax tree of CREATE EXTENSION and of row level security policies (CREATE / ALTER
// POLICY); part of statement.h.

#include <optional>
#include <string>
#include <vector>

#include "compiler/expr/node.h"
#include "compiler/model/identifier.h"
#include "compiler/model/policy.h"
#include "compiler/model/source_location.h"

namespace pgshift::ast {

// CREATE EXTENSION [IF NOT EXISTS] name [WITH] [SCHEMA s] [VERSION v] [CASCADE].
struct CreateExtension {
  Identifier name;
  bool if_not_exists = false;
  std::optional<Identifier> schema;
  std::optional<std::string> version;
  bool cascade = false;
};

// A USING or WITH CHECK expression as written.
struct PolicyExpression {
  expr::Node node;
  std::string text;
  SourceLocation where;
};

struct CreatePolicy {
  Identifier name;
  std::vector<Identifier> table;  // possibly qualified
  bool permissive = true;
  PolicyCommand command = PolicyCommand::all;
  std::vector<Identifier> roles;  // as written; "public" is PUBLIC
  std::optional<PolicyExpression> using_expr;
  std::optional<PolicyExpression> check_expr;
};

// ALTER POLICY name ON table [TO roles] [USING (...)] [WITH CHECK (...)]; unset parts
// stay as they are.
struct AlterPolicy {
  Identifier name;
  std::vector<Identifier> table;
  std::optional<std::vector<Identifier>> roles;
  std::optional<PolicyExpression> using_expr;
  std::optional<PolicyExpression> check_expr;
};

}  // namespace pgshift::ast
