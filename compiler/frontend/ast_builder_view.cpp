// CREATE VIEW and CREATE MATERIALIZED VIEW.
#include "compiler/frontend/ast_builder.h"
#include "compiler/frontend/query_summary.h"

namespace pgshift {

using P = grammar::PgParser;
using namespace ast;

CreateView AstBuilder::createView(P::ViewStmtContext *ctx) {
  CreateView v;
  v.name = qualifiedName(ctx->qualifiedName());
  v.or_replace = ctx->REPLACE() != nullptr;
  v.recursive = ctx->RECURSIVE() != nullptr;
  if (ctx->optTemp()) fail(ctx->optTemp()->getStart(), "temporary views are not part of a schema");
  if (v.recursive) fail(ctx->RECURSIVE()->getSymbol(), "unsupported: CREATE RECURSIVE VIEW");
  if (auto *cols = ctx->columnListParens()) v.columns = columnList(cols);
  if (auto *opts = ctx->relOptions()) v.options = relOptions(opts);
  for (const auto &o : v.options)
    if (o.name != "check_option" && o.name != "security_barrier" && o.name != "security_invoker")
      fail(ctx->relOptions()->getStart(), "unrecognized parameter \"" + o.name + "\"");
  if (auto *check = ctx->viewCheckOption())
    v.options.push_back(RelOption{"check_option", check->LOCAL() ? "local" : "cascaded"});
  v.query = summarizeQuery(ctx->selectStmt(), file_);
  v.query.text = sourceText(ctx->selectStmt());
  locateStars(v.query, ctx->selectStmt());
  v.query_where = where(ctx->selectStmt()->getStart());
  return v;
}

// Star positions in bytes of the query's text (the parser counts characters).
void AstBuilder::locateStars(Query &query, antlr4::ParserRuleContext *select) const {
  const size_t base = select->getStart()->getStartIndex();
  for (auto &star : query.stars) {
    if (!star.offset) continue;
    size_t before = star.source_start > base
                        ? chars_->getText(antlr4::misc::Interval(base, star.source_start - 1)).size()
                        : 0;
    star.offset = before;
    star.length = chars_->getText(antlr4::misc::Interval(star.source_start, star.source_stop)).size();
  }
}

CreateView AstBuilder::createMatView(P::CreateMatViewStmtContext *ctx) {
  CreateView v;
  v.materialized = true;
  v.name = qualifiedName(ctx->qualifiedName());
  v.if_not_exists = ctx->ifNotExists() != nullptr;
  if (ctx->UNLOGGED()) fail(ctx->UNLOGGED()->getSymbol(), "materialized views cannot be unlogged");
  if (ctx->TABLESPACE()) fail(ctx->TABLESPACE()->getSymbol(), "unsupported: TABLESPACE");
  if (ctx->USING() && identifier(ctx->name(0)).str() != "heap")
    fail(ctx->USING()->getSymbol(), "unsupported: table access method other than heap");
  if (auto *cols = ctx->columnListParens()) v.columns = columnList(cols);
  if (auto *opts = ctx->relOptions()) v.options = relOptions(opts);
  v.with_data = ctx->DATA() == nullptr || ctx->NO() == nullptr;
  v.query = summarizeQuery(ctx->selectStmt(), file_);
  v.query.text = sourceText(ctx->selectStmt());
  locateStars(v.query, ctx->selectStmt());
  v.query_where = where(ctx->selectStmt()->getStart());
  return v;
}

}  // namespace pgshift
