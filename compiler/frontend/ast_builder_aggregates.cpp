// CREATE AGGREGATE, and the argument list COMMENT ON / ALTER AGGREGATE name it by.
#include <algorithm>

#include "compiler/frontend/ast_builder.h"

namespace pgshift {

using P = grammar::PgParser;
using namespace ast;

// gram.y's makeOrderedSetArgs(): direct and aggregated arguments in one list, the number
// of direct ones beside it; VARIADIC x ORDER BY VARIADIC x keeps only the direct one.
AggregateArgs AstBuilder::aggregateArgs(P::AggrArgsContext *ctx) {
  AggregateArgs out;
  if (ctx->STAR()) return out;
  size_t order_at = ctx->ORDER() ? ctx->ORDER()->getSymbol()->getTokenIndex() : SIZE_MAX;
  std::vector<FunctionParam> direct, ordered;
  for (auto *a : ctx->funcArg())
    (a->getStart()->getTokenIndex() > order_at ? ordered : direct).push_back(functionParam(a));
  out.ordered_set = ctx->ORDER() != nullptr;
  out.direct_args = static_cast<int16_t>(out.ordered_set ? direct.size() : 0);
  if (out.ordered_set && ordered.size() == 1 && !direct.empty() && direct.back().mode == 'v' && ordered[0].mode == 'v' &&
      direct.back().type == ordered[0].type)
    ordered.clear();
  out.params = std::move(direct);
  for (auto &p : ordered) out.params.push_back(std::move(p));
  return out;
}

CreateAggregate AstBuilder::createAggregate(P::CreateAggregateStmtContext *ctx) {
  CreateAggregate a;
  a.name = funcName(ctx->funcName());
  a.or_replace = ctx->REPLACE() != nullptr;
  a.args = aggregateArgs(ctx->aggrArgs());
  for (auto *o : ctx->aggrOption()) {
    CreateAggregate::Option option;
    option.name = identifier(o->colLabel()).str();
    option.where = where(o->getStart());
    if (auto *v = o->aggrOptionValue()) {
      if (v->funcArgType()) option.type = functionType(v->funcArgType());
      else if (v->anyOperator()) option.op = anyOperator(v->anyOperator());
      else if (v->allOp()) option.op = std::vector<Identifier>{Identifier::exact(v->allOp()->getText() == "!=" ? "<>" : v->allOp()->getText())};
      else if (v->sconst()) option.text = sconst(v->sconst());
      else option.text = v->numericOnly()->getText();
    }
    a.options.push_back(std::move(option));
  }
  return a;
}

}  // namespace pgshift
