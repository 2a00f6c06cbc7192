#pragma once
// Parse tree of a SELECT -> ast::Query (view_statement.h). Internal to the front end.

#include <string>

#include "PgParser.h"
#include "compiler/frontend/view_statement.h"

namespace pgshift {

// What the model needs of a query: the relations it reads, its output columns, the
// * to expand, and its loose token stream. `file` names the source in locations.
ast::Query summarizeQuery(grammar::PgParser::SelectStmtContext *ctx, const std::string &file);

}  // namespace pgshift
