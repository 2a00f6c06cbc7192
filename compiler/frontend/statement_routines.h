#pragma once
// Statements about functions, procedures and triggers, as written (see statement.h).

#include <optional>
#include <string>
#include <vector>

#include "compiler/expr/node.h"
#include "compiler/model/identifier.h"
#include "compiler/model/source_location.h"

namespace pgshift::ast {

// One parameter of CREATE FUNCTION, or of the signature in COMMENT ON FUNCTION.
struct FunctionParam {
  char mode = 'i';  // i IN, o OUT, b INOUT, v VARIADIC, t RETURNS TABLE column
  bool mode_written = false;
  std::optional<Identifier> name;
  expr::TypeSyntax type;
  std::optional<expr::Node> default_value;
  std::string default_text;
  SourceLocation where;
};

struct CreateFunction {
  std::vector<Identifier> name;
  bool or_replace = false;
  bool procedure = false;
  std::vector<FunctionParam> params;       // with RETURNS TABLE columns last, mode 't'
  std::optional<expr::TypeSyntax> returns;  // RETURNS type (SETOF in the syntax)
  std::optional<std::string> language;
  std::optional<std::string> body;
  std::optional<char> volatility;
  std::optional<bool> strict;
  std::optional<bool> security_definer;
  std::optional<bool> leakproof;
  std::optional<char> parallel;
  std::optional<double> cost;
  std::optional<double> rows;
  // SET name = value (values flattened as PostgreSQL stores them); "" value: RESET.
  std::vector<std::pair<std::string, std::optional<std::string>>> config;
  SourceLocation returns_where;
};

// An aggregate's argument list: ( * ), ( args ), ( [args] ORDER BY args ), flattened as
// pg_proc keeps it (VARIADIC "any" ORDER BY VARIADIC "any" is one argument).
struct AggregateArgs {
  std::vector<FunctionParam> params;
  bool ordered_set = false;  // ORDER BY written
  int16_t direct_args = 0;   // with ORDER BY: the ones before it
};

// CREATE [OR REPLACE] AGGREGATE name (args) (option = value, ...).
struct CreateAggregate {
  std::vector<Identifier> name;
  bool or_replace = false;
  AggregateArgs args;
  struct Option {
    std::string name;  // lower case: sfunc, stype, finalfunc_extra, ...
    std::optional<expr::TypeSyntax> type;  // a word or (qualified) name: a type, a function, safe
    std::optional<std::vector<Identifier>> op;  // SORTOP = < or OPERATOR(schema.<)
    std::optional<std::string> text;            // a string or a number, as written
    SourceLocation where;
  };
  std::vector<Option> options;
};

struct CreateTrigger {
  Identifier name;
  bool or_replace = false;
  bool constraint = false;
  std::vector<Identifier> table;
  int16_t type = 0;  // tgtype bits (model/trigger.h)
  std::vector<Identifier> columns;
  std::optional<Identifier> old_table;
  std::optional<Identifier> new_table;
  bool deferrable = false;
  bool initially_deferred = false;
  std::optional<expr::Node> when;
  std::string when_text;
  SourceLocation when_where;
  std::vector<Identifier> function;
  std::vector<std::string> args;
};

// COMMENT ON FUNCTION / PROCEDURE / AGGREGATE f(types), COMMENT ON TRIGGER t ON table.
struct CommentOnRoutine {
  bool trigger = false;
  bool procedure = false;
  bool aggregate = false;
  std::vector<Identifier> name;                      // the function, or the trigger's table
  Identifier trigger_name;
  std::optional<std::vector<FunctionParam>> params;  // unset: no parentheses
  std::optional<std::string> text;
};

}  // namespace pgshift::ast
