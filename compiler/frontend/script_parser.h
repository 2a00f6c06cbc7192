#pragma once
// The boundary around ANTLR: SQL text in, statements or diagnostics out. No ANTLR type
// leaves this module.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/expr/node.h"
#include "compiler/frontend/diagnostic.h"
#include "compiler/frontend/statement.h"

namespace pgshift {

struct SourceText {
  std::string name;  // shown in diagnostics
  std::string text;
};

// Splits a script at top-level semicolons and parses each statement. A statement that
// does not parse, or is of a kind the schema language does not support, adds one
// diagnostic to `errors` and is left out; the rest are returned in order.
std::vector<ast::Statement> parseScript(const SourceText &source, std::vector<Diagnostic> &errors);

// One expression, as pg_get_expr() and friends print them. Returns nullopt and sets
// `error` when the text does not parse.
std::optional<expr::Node> parseExpression(std::string_view text, std::string &error);

// A query, as pg_get_viewdef() prints it. Returns nullopt and sets `error` when the text
// does not parse.
std::optional<ast::Query> parseQuery(std::string_view text, std::string &error);

}  // namespace pgshift
