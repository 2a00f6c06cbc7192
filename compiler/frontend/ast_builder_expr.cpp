// Expressions of the syntax tree, shaped as gram.y shapes them: LIKE is the ~~ operator,
// EXTRACT and AT TIME ZONE are calls with SQL syntax, a minus sign folds into a numeric
// literal, and "a AND b AND c" is one AND with three arguments.
#include <climits>

#include "compiler/frontend/ast_builder.h"
#include "compiler/frontend/literals.h"

namespace pgshift {

using P = grammar::PgParser;
using namespace expr;

namespace {

std::vector<Identifier> opName(const std::string &op) { return {Identifier::exact(op)}; }
std::vector<Identifier> catalogName(const char *name) {
  return {Identifier::exact("pg_catalog"), Identifier::exact(name)};
}

Node call(const char *name, NodeList args, Display display = Display::call) {
  FuncCall f;
  f.name = catalogName(name);
  f.args = std::move(args);
  f.display = display;
  return f;
}

Node stringConst(std::string value) {
  Const c;
  c.literal = Const::Literal::string;
  c.value = std::move(value);
  return c;
}

// makeAndExpr/makeOrExpr: a left operand that is already the same boolean operator
// absorbs the right one, so "a AND b AND c" is flat but "a AND (b AND c)" is not.
Node boolCombine(BoolExpr::Kind kind, Node left, Node right) {
  if (auto *b = std::get_if<BoolExpr>(&left.v); b && b->kind == kind) {
    b->args.push_back(std::move(right));
    return left;
  }
  return BoolExpr{kind, {std::move(left), std::move(right)}};
}

}  // namespace

Node AstBuilder::binaryOp(const std::string &op, Node left, Node right) {
  OpExpr e;
  e.name = opName(op == "!=" ? "<>" : op);
  e.left = Box<Node>(std::move(left));
  e.right = std::move(right);
  return e;
}

// doNegate(): "-5" is the constant -5, not an operator applied to 5; "+5" stays an
// operator call, as in PostgreSQL.
Node AstBuilder::negate(Node operand, bool minus) {
  if (minus) {
    if (auto *c = std::get_if<Const>(&operand.v);
        c && (c->literal == Const::Literal::integer || c->literal == Const::Literal::numeric)) {
      c->value = c->value.rfind('-', 0) == 0 ? c->value.substr(1) : "-" + c->value;
      return operand;
    }
  }
  OpExpr e;
  e.name = opName(minus ? "-" : "+");
  e.right = std::move(operand);
  return e;
}

std::vector<Identifier> AstBuilder::anyOperator(P::AnyOperatorContext *ctx) {
  std::vector<Identifier> name;
  for (auto *c : ctx->colId()) name.push_back(identifier(c));
  std::string op = ctx->allOp()->getText();
  name.push_back(Identifier::exact(op == "!=" ? "<>" : op));
  return name;
}

std::vector<Identifier> AstBuilder::qualOp(P::QualOpContext *ctx) {
  if (ctx->OP()) return opName(ctx->OP()->getText());
  return anyOperator(ctx->anyOperator());
}

NodeList AstBuilder::exprList(P::ExprListContext *ctx) {
  NodeList out;
  for (auto *e : ctx->aExpr()) out.push_back(aExpr(e));
  return out;
}

Node AstBuilder::aExpr(P::AExprContext *ctx) {
  if (auto *c = dynamic_cast<P::APrimaryContext *>(ctx)) return cExpr(c->cExpr());
  if (auto *c = dynamic_cast<P::ATypecastContext *>(ctx)) {
    Cast cast;
    cast.arg = aExpr(c->aExpr());
    cast.syntax = typeName(c->typeName());
    return cast;
  }
  if (auto *c = dynamic_cast<P::AUnarySignContext *>(ctx)) return negate(aExpr(c->aExpr()), c->MINUS() != nullptr);
  if (auto *c = dynamic_cast<P::ACollateContext *>(ctx)) {
    Collate col;
    col.arg = aExpr(c->aExpr());
    col.name = anyName(c->anyName());
    return col;
  }
  if (auto *c = dynamic_cast<P::AAtTimeZoneContext *>(ctx)) {
    return call("timezone", {aExpr(c->aExpr(1)), aExpr(c->aExpr(0))}, Display::sql_syntax);
  }
  if (auto *c = dynamic_cast<P::APowerContext *>(ctx)) return binaryOp("^", aExpr(c->aExpr(0)), aExpr(c->aExpr(1)));
  if (auto *c = dynamic_cast<P::AMultiplyContext *>(ctx))
    return binaryOp(c->children[1]->getText(), aExpr(c->aExpr(0)), aExpr(c->aExpr(1)));
  if (auto *c = dynamic_cast<P::AAddContext *>(ctx))
    return binaryOp(c->children[1]->getText(), aExpr(c->aExpr(0)), aExpr(c->aExpr(1)));
  if (auto *c = dynamic_cast<P::ACompareContext *>(ctx)) {
    // Comparison operators do not associate in PostgreSQL: "a = 1 = true" is an error.
    if (dynamic_cast<P::ACompareContext *>(c->aExpr(0)))
      fail(dynamic_cast<antlr4::tree::TerminalNode *>(c->children[1])->getSymbol(),
           "syntax error at or near \"" + c->children[1]->getText() + "\"");
    return binaryOp(c->children[1]->getText(), aExpr(c->aExpr(0)), aExpr(c->aExpr(1)));
  }
  if (auto *c = dynamic_cast<P::AOverlapsContext *>(ctx)) {
    // (a, b) OVERLAPS (c, d) is overlaps(a, b, c, d), printed with its SQL syntax.
    NodeList args;
    for (int side = 0; side < 2; ++side) {
      Node row = aExpr(c->aExpr(side));
      auto *r = std::get_if<RowExpr>(&row.v);
      if (!r || r->args.size() != 2)
        fail(c->aExpr(side)->getStart(),
             std::string("wrong number of parameters on ") + (side ? "right" : "left") + " side of OVERLAPS expression");
      for (auto &a : r->args) args.push_back(std::move(a));
    }
    return call("overlaps", std::move(args), Display::sql_syntax);
  }
  if (auto *c = dynamic_cast<P::AOperatorContext *>(ctx)) {
    OpExpr e;
    e.name = qualOp(c->qualOp());
    e.left = Box<Node>(aExpr(c->aExpr(0)));
    e.right = aExpr(c->aExpr(1));
    return e;
  }
  if (auto *c = dynamic_cast<P::APrefixOperatorContext *>(ctx)) {
    OpExpr e;
    e.name = qualOp(c->qualOp());
    e.right = aExpr(c->aExpr());
    return e;
  }
  if (auto *c = dynamic_cast<P::AArraySubqueryContext *>(ctx)) {
    if (c->selectWithParens()) fail(c->selectWithParens()->getStart(), "unsupported expression: a subquery");
    ArrayOp e;
    auto *op = c->subqueryOp();
    if (op->allOp()) e.name = opName(op->allOp()->getText() == "!=" ? "<>" : op->allOp()->getText());
    else if (op->anyOperator()) e.name = anyOperator(op->anyOperator());
    else if (op->LIKE()) e.name = opName(op->NOT() ? "!~~" : "~~");
    else e.name = opName(op->NOT() ? "!~~*" : "~~*");
    e.use_or = c->subType()->ALL() == nullptr;
    e.left = aExpr(c->aExpr(0));
    e.right = aExpr(c->aExpr(1));
    return e;
  }
  if (auto *c = dynamic_cast<P::ALikeContext *>(ctx)) {
    Node pattern = aExpr(c->aExpr(1));
    if (c->ESCAPE()) pattern = call("like_escape", {std::move(pattern), aExpr(c->aExpr(2))});
    return binaryOp(c->NOT() ? "!~~" : "~~", aExpr(c->aExpr(0)), std::move(pattern));
  }
  if (auto *c = dynamic_cast<P::AILikeContext *>(ctx)) {
    Node pattern = aExpr(c->aExpr(1));
    if (c->ESCAPE()) pattern = call("like_escape", {std::move(pattern), aExpr(c->aExpr(2))});
    return binaryOp(c->NOT() ? "!~~*" : "~~*", aExpr(c->aExpr(0)), std::move(pattern));
  }
  if (auto *c = dynamic_cast<P::ASimilarContext *>(ctx)) {
    NodeList args{aExpr(c->aExpr(1))};
    if (c->ESCAPE()) args.push_back(aExpr(c->aExpr(2)));
    return binaryOp(c->NOT() ? "!~" : "~", aExpr(c->aExpr(0)), call("similar_to_escape", std::move(args)));
  }
  if (auto *c = dynamic_cast<P::ABetweenContext *>(ctx)) {
    Between b;
    b.negated = c->NOT() != nullptr;
    b.symmetric = c->SYMMETRIC() != nullptr;
    b.arg = aExpr(c->aExpr(0));
    b.low = bExpr(c->bExpr());
    b.high = aExpr(c->aExpr(1));
    return b;
  }
  if (auto *c = dynamic_cast<P::AInContext *>(ctx)) {
    InList in;
    in.negated = c->NOT() != nullptr;
    in.left = aExpr(c->aExpr());
    in.list = exprList(c->exprList());
    return in;
  }
  if (auto *c = dynamic_cast<P::AIsTestContext *>(ctx)) {
    bool is_not = c->NOT() != nullptr;
    if (c->NULL_P()) return NullTest{is_not, aExpr(c->aExpr())};
    BooleanTest t;
    t.arg = aExpr(c->aExpr());
    if (c->TRUE_P()) t.kind = is_not ? BooleanTest::Kind::is_not_true : BooleanTest::Kind::is_true;
    else if (c->FALSE_P()) t.kind = is_not ? BooleanTest::Kind::is_not_false : BooleanTest::Kind::is_false;
    else t.kind = is_not ? BooleanTest::Kind::is_not_unknown : BooleanTest::Kind::is_unknown;
    return t;
  }
  if (auto *c = dynamic_cast<P::AIsDistinctContext *>(ctx)) {
    OpExpr e;
    e.kind = c->NOT() ? OpExpr::Kind::not_distinct : OpExpr::Kind::distinct;
    e.name = opName("=");
    e.left = Box<Node>(aExpr(c->aExpr(0)));
    e.right = aExpr(c->aExpr(1));
    return e;
  }
  if (auto *c = dynamic_cast<P::ANullPostfixContext *>(ctx)) return NullTest{c->NOTNULL() != nullptr, aExpr(c->aExpr())};
  if (auto *c = dynamic_cast<P::AIsNormalizedContext *>(ctx)) {
    NodeList args{aExpr(c->aExpr())};
    if (c->unicodeNormalForm()) args.push_back(stringConst(foldIdentifier(c->unicodeNormalForm()->getText()).str()));
    Node test = call("is_normalized", std::move(args), Display::sql_syntax);
    if (c->NOT()) return BoolExpr{BoolExpr::Kind::not_, {std::move(test)}};
    return test;
  }
  if (auto *c = dynamic_cast<P::ANotContext *>(ctx)) return BoolExpr{BoolExpr::Kind::not_, {aExpr(c->aExpr())}};
  if (auto *c = dynamic_cast<P::AAndContext *>(ctx))
    return boolCombine(BoolExpr::Kind::and_, aExpr(c->aExpr(0)), aExpr(c->aExpr(1)));
  if (auto *c = dynamic_cast<P::AOrContext *>(ctx))
    return boolCombine(BoolExpr::Kind::or_, aExpr(c->aExpr(0)), aExpr(c->aExpr(1)));
  fail(ctx->getStart(), "unsupported expression");
}

Node AstBuilder::bExpr(P::BExprContext *ctx) {
  if (auto *c = dynamic_cast<P::BPrimaryContext *>(ctx)) return cExpr(c->cExpr());
  if (auto *c = dynamic_cast<P::BTypecastContext *>(ctx)) {
    Cast cast;
    cast.arg = bExpr(c->bExpr());
    cast.syntax = typeName(c->typeName());
    return cast;
  }
  if (auto *c = dynamic_cast<P::BUnarySignContext *>(ctx)) return negate(bExpr(c->bExpr()), c->MINUS() != nullptr);
  if (auto *c = dynamic_cast<P::BPowerContext *>(ctx)) return binaryOp("^", bExpr(c->bExpr(0)), bExpr(c->bExpr(1)));
  if (auto *c = dynamic_cast<P::BMultiplyContext *>(ctx))
    return binaryOp(c->children[1]->getText(), bExpr(c->bExpr(0)), bExpr(c->bExpr(1)));
  if (auto *c = dynamic_cast<P::BAddContext *>(ctx))
    return binaryOp(c->children[1]->getText(), bExpr(c->bExpr(0)), bExpr(c->bExpr(1)));
  if (auto *c = dynamic_cast<P::BCompareContext *>(ctx))
    return binaryOp(c->children[1]->getText(), bExpr(c->bExpr(0)), bExpr(c->bExpr(1)));
  if (auto *c = dynamic_cast<P::BOperatorContext *>(ctx)) {
    OpExpr e;
    e.name = qualOp(c->qualOp());
    e.left = Box<Node>(bExpr(c->bExpr(0)));
    e.right = bExpr(c->bExpr(1));
    return e;
  }
  if (auto *c = dynamic_cast<P::BPrefixOperatorContext *>(ctx)) {
    OpExpr e;
    e.name = qualOp(c->qualOp());
    e.right = bExpr(c->bExpr());
    return e;
  }
  if (auto *c = dynamic_cast<P::BIsDistinctContext *>(ctx)) {
    OpExpr e;
    e.kind = c->NOT() ? OpExpr::Kind::not_distinct : OpExpr::Kind::distinct;
    e.name = opName("=");
    e.left = Box<Node>(bExpr(c->bExpr(0)));
    e.right = bExpr(c->bExpr(1));
    return e;
  }
  fail(ctx->getStart(), "unsupported expression");
}

Node AstBuilder::withIndirection(Node base, P::IndirectionContext *ctx) {
  if (!ctx) return base;
  Indirection ind;
  ind.arg = std::move(base);
  for (auto *el : ctx->indirectionEl()) {
    Indirection::Step step;
    if (el->attrName()) {
      step.field = identifier(el->attrName());
    } else if (el->STAR()) {
      fail(el->getStart(), "a row expansion (.*) is not allowed here");
    } else {
      step.slice = el->COLON() != nullptr;
      auto exprs = el->aExpr();
      if (!step.slice) {
        step.lower = Box<Node>(aExpr(exprs[0]));
      } else {
        // [a:b], [a:], [:b], [:]
        size_t colon = el->COLON()->getSymbol()->getTokenIndex();
        for (auto *e : exprs) {
          if (e->getStart()->getTokenIndex() < colon) step.lower = Box<Node>(aExpr(e));
          else step.upper = Box<Node>(aExpr(e));
        }
      }
    }
    ind.steps.push_back(std::move(step));
  }
  return ind;
}

Node AstBuilder::columnref(P::ColumnrefContext *ctx) {
  ColumnRef ref;
  ref.fields.push_back(identifier(ctx->colId()));
  auto *ind = ctx->indirection();
  if (!ind) return ref;
  // Leading .name steps belong to the column reference; subscripts and what follows
  // them are indirection on it.
  auto els = ind->indirectionEl();
  size_t i = 0;
  for (; i < els.size() && els[i]->attrName(); ++i) ref.fields.push_back(identifier(els[i]->attrName()));
  if (i < els.size() && els[i]->STAR()) fail(els[i]->getStart(), "a row expansion (.*) is not allowed here");
  if (i == els.size()) return ref;
  Indirection out;
  out.arg = Node(std::move(ref));
  Node rest = withIndirection(Node(ColumnRef{}), ind);
  auto &steps = std::get<Indirection>(rest.v).steps;
  out.steps.assign(steps.begin() + static_cast<long>(i), steps.end());
  return out;
}

Node AstBuilder::cExpr(P::CExprContext *ctx) {
  if (auto *c = dynamic_cast<P::CConstContext *>(ctx)) return constant(c->aexprConst());
  if (auto *c = dynamic_cast<P::CColumnRefContext *>(ctx)) return columnref(c->columnref());
  if (auto *c = dynamic_cast<P::CParamContext *>(ctx))
    return withIndirection(Param{std::stoi(c->PARAM()->getText().substr(1))}, c->indirection());
  if (auto *c = dynamic_cast<P::CParensContext *>(ctx)) return withIndirection(aExpr(c->aExpr()), c->indirection());
  if (auto *c = dynamic_cast<P::CCaseContext *>(ctx)) return caseExpr(c->caseExpr());
  if (auto *c = dynamic_cast<P::CFuncContext *>(ctx)) return funcExpr(c->funcExpr());
  if (auto *c = dynamic_cast<P::CArrayContext *>(ctx)) return arrayExpr(c->arrayExpr());
  if (auto *c = dynamic_cast<P::CRowContext *>(ctx)) {
    RowExpr row;
    if (c->exprList()) row.args = exprList(c->exprList());
    return row;
  }
  if (auto *c = dynamic_cast<P::CImplicitRowContext *>(ctx)) {
    RowExpr row;
    row.explicit_row = false;
    row.args.push_back(aExpr(c->aExpr()));
    for (auto &n : exprList(c->exprList())) row.args.push_back(std::move(n));
    return row;
  }
  fail(ctx->getStart(), "unsupported expression");
}

Node AstBuilder::arrayExpr(P::ArrayExprContext *ctx) {
  ArrayExpr a;
  if (ctx->exprList()) a.elements = exprList(ctx->exprList());
  for (auto *sub : ctx->arrayExpr()) a.elements.push_back(arrayExpr(sub));
  return a;
}

Node AstBuilder::caseExpr(P::CaseExprContext *ctx) {
  CaseExpr c;
  auto exprs = ctx->aExpr();
  // aExpr() lists CASE's test operand first (if any) and ELSE's result last (if any).
  size_t first_when = ctx->caseWhen(0)->getStart()->getTokenIndex();
  for (auto *e : exprs) {
    if (e->getStart()->getTokenIndex() < first_when) c.arg = Box<Node>(aExpr(e));
    else c.default_result = Box<Node>(aExpr(e));
  }
  for (auto *w : ctx->caseWhen()) c.whens.push_back(CaseWhen{aExpr(w->aExpr(0)), aExpr(w->aExpr(1))});
  return c;
}

Node AstBuilder::funcExpr(P::FuncExprContext *ctx) {
  if (ctx->funcExprCommonSubexpr()) return funcCommon(ctx->funcExprCommonSubexpr());
  if (ctx->overClause()) fail(ctx->overClause()->getStart(), "window functions are not allowed here");
  if (ctx->withinGroupClause()) fail(ctx->withinGroupClause()->getStart(), "unsupported expression: WITHIN GROUP");
  Node n = funcApplication(ctx->funcApplication());
  if (auto *f = ctx->filterClause()) std::get<FuncCall>(n.v).filter = Box<Node>(aExpr(f->aExpr()));
  return n;
}

Node AstBuilder::funcApplication(P::FuncApplicationContext *ctx) {
  FuncCall f;
  auto addArg = [&](P::FuncArgExprContext *arg) {
    f.args.push_back(aExpr(arg->aExpr()));
    f.arg_names.push_back(arg->typeFunctionName() ? identifier(arg->typeFunctionName()).str() : "");
  };
  auto addOrder = [&](P::SortClauseContext *sort) {
    if (!sort) return;
    for (auto *s : sort->sortBy()) {
      if (s->DESC() || s->USING() || s->NULLS_P()) fail(s->getStart(), "ordered aggregate arguments with DESC, USING or NULLS are not supported");
      f.order_by.push_back(aExpr(s->aExpr()));
    }
  };
  if (auto *c = dynamic_cast<P::FuncNoArgsContext *>(ctx)) {
    f.name = funcName(c->funcName());
  } else if (auto *c = dynamic_cast<P::FuncArgsContext *>(ctx)) {
    f.name = funcName(c->funcName());
    f.distinct = c->DISTINCT() != nullptr;
    for (auto *a : c->funcArgList()->funcArgExpr()) addArg(a);
    if (c->VARIADIC()) {
      addArg(c->funcArgExpr());
      f.variadic = true;
    }
    addOrder(c->sortClause());
  } else if (auto *c = dynamic_cast<P::FuncVariadicContext *>(ctx)) {
    f.name = funcName(c->funcName());
    addArg(c->funcArgExpr());
    f.variadic = true;
    addOrder(c->sortClause());
  } else if (auto *c = dynamic_cast<P::FuncStarContext *>(ctx)) {
    f.name = funcName(c->funcName());
    f.star = true;
  }
  bool named = false;
  for (const auto &n : f.arg_names) named |= !n.empty();
  if (!named) f.arg_names.clear();
  return f;
}

Node AstBuilder::funcCommon(P::FuncExprCommonSubexprContext *ctx) {
  if (auto *c = dynamic_cast<P::SqlValueFunctionContext *>(ctx)) {
    SqlValue v;
    switch (c->getStart()->getType()) {
      case P::CURRENT_DATE: v.kind = SqlValue::Kind::current_date; break;
      case P::CURRENT_ROLE: v.kind = SqlValue::Kind::current_role; break;
      case P::CURRENT_USER: v.kind = SqlValue::Kind::current_user; break;
      case P::SESSION_USER: v.kind = SqlValue::Kind::session_user; break;
      case P::USER: v.kind = SqlValue::Kind::user; break;
      case P::CURRENT_CATALOG: v.kind = SqlValue::Kind::current_catalog; break;
      default: v.kind = SqlValue::Kind::current_schema; break;
    }
    return v;
  }
  if (auto *c = dynamic_cast<P::SqlTimeFunctionContext *>(ctx)) {
    SqlValue v;
    switch (c->getStart()->getType()) {
      case P::CURRENT_TIME: v.kind = SqlValue::Kind::current_time; break;
      case P::CURRENT_TIMESTAMP: v.kind = SqlValue::Kind::current_timestamp; break;
      case P::LOCALTIME: v.kind = SqlValue::Kind::localtime; break;
      default: v.kind = SqlValue::Kind::localtimestamp; break;
    }
    if (c->ICONST()) v.precision = static_cast<int32_t>(integer(c->ICONST()));
    return v;
  }
  if (auto *c = dynamic_cast<P::SqlCastContext *>(ctx)) {
    Cast cast;
    cast.arg = aExpr(c->aExpr());
    cast.syntax = typeName(c->typeName());
    return cast;
  }
  if (auto *c = dynamic_cast<P::SqlExtractContext *>(ctx)) {
    if (!c->extractArg()) return call("extract", {}, Display::sql_syntax);
    auto *arg = c->extractArg();
    std::string field = arg->sconst() ? sconst(arg->sconst()) : foldIdentifier(arg->getText()).str();
    return call("extract", {stringConst(field), aExpr(c->aExpr())}, Display::sql_syntax);
  }
  if (auto *c = dynamic_cast<P::SqlNormalizeContext *>(ctx)) {
    NodeList args{aExpr(c->aExpr())};
    if (c->unicodeNormalForm()) args.push_back(stringConst(foldIdentifier(c->unicodeNormalForm()->getText()).str()));
    return call("normalize", std::move(args), Display::sql_syntax);
  }
  if (auto *c = dynamic_cast<P::SqlOverlayContext *>(ctx)) {
    NodeList args;
    for (auto *e : c->aExpr()) args.push_back(aExpr(e));
    return call("overlay", std::move(args), Display::sql_syntax);
  }
  if (auto *c = dynamic_cast<P::SqlPositionContext *>(ctx))
    return call("position", {bExpr(c->bExpr(1)), bExpr(c->bExpr(0))}, Display::sql_syntax);
  if (auto *c = dynamic_cast<P::SqlSubstringContext *>(ctx)) {
    NodeList args{aExpr(c->aExpr(0))};
    if (!c->FROM() && !c->FOR()) return call("substring", std::move(args));
    if (c->FROM()) {
      args.push_back(aExpr(c->aExpr(1)));
      if (c->FOR()) args.push_back(aExpr(c->aExpr(2)));
    } else {
      // SUBSTRING(x FOR n) is substring(x, 1, n::int4).
      Const one;
      one.literal = Const::Literal::integer;
      one.value = "1";
      args.push_back(one);
      Cast cast;
      cast.arg = aExpr(c->aExpr(1));
      cast.syntax = TypeSyntax{{Identifier::exact("pg_catalog"), Identifier::exact("int4")}};
      args.push_back(cast);
    }
    return call("substring", std::move(args), Display::sql_syntax);
  }
  if (auto *c = dynamic_cast<P::SqlSubstringSimilarContext *>(ctx))
    return call("substring", {aExpr(c->aExpr(0)), aExpr(c->aExpr(1)), aExpr(c->aExpr(2))}, Display::sql_syntax);
  if (auto *c = dynamic_cast<P::SqlSubstringArgsContext *>(ctx)) {
    FuncCall f;
    f.name = catalogName("substring");
    for (auto *a : c->funcArgList()->funcArgExpr()) f.args.push_back(aExpr(a->aExpr()));
    return f;
  }
  if (auto *c = dynamic_cast<P::SqlTrimContext *>(ctx)) {
    const char *fn = c->LEADING() ? "ltrim" : c->TRAILING() ? "rtrim" : "btrim";
    auto *list = c->trimList();
    NodeList args = exprList(list->exprList());
    if (list->aExpr()) args.push_back(aExpr(list->aExpr()));  // TRIM(x FROM s): btrim(s, x)
    return call(fn, std::move(args), Display::sql_syntax);
  }
  if (auto *c = dynamic_cast<P::SqlNullIfContext *>(ctx)) {
    OpExpr e;
    e.kind = OpExpr::Kind::nullif;
    e.name = opName("=");
    e.left = Box<Node>(aExpr(c->aExpr(0)));
    e.right = aExpr(c->aExpr(1));
    return e;
  }
  if (auto *c = dynamic_cast<P::SqlCoalesceContext *>(ctx)) return CoalesceExpr{CoalesceExpr::Kind::coalesce, exprList(c->exprList())};
  if (auto *c = dynamic_cast<P::SqlGreatestContext *>(ctx)) return CoalesceExpr{CoalesceExpr::Kind::greatest, exprList(c->exprList())};
  if (auto *c = dynamic_cast<P::SqlLeastContext *>(ctx)) return CoalesceExpr{CoalesceExpr::Kind::least, exprList(c->exprList())};
  if (auto *c = dynamic_cast<P::SqlCollationForContext *>(ctx))
    return call("pg_collation_for", {aExpr(c->aExpr())}, Display::sql_syntax);
  fail(ctx->getStart(), "unsupported expression: " + ctx->getStart()->getText());
}

Node AstBuilder::constant(P::AexprConstContext *ctx) {
  Const c;
  if (auto *x = dynamic_cast<P::ConstIntegerContext *>(ctx)) {
    c.literal = Const::Literal::integer;
    c.value = x->ICONST()->getText();
    return c;
  }
  if (auto *x = dynamic_cast<P::ConstFloatContext *>(ctx)) {
    c.literal = Const::Literal::numeric;
    c.value = x->FCONST()->getText();
    return c;
  }
  if (auto *x = dynamic_cast<P::ConstStringContext *>(ctx)) return stringConst(sconst(x->sconst()));
  if (auto *x = dynamic_cast<P::ConstBitsContext *>(ctx)) {
    std::string t = x->BCONST()->getText();
    for (char ch : t.substr(2, t.size() - 3))
      if (ch != '0' && ch != '1') fail(x->getStart(), std::string("\"") + ch + "\" is not a valid binary digit");
    c.literal = Const::Literal::bit_string;
    c.value = t.substr(2, t.size() - 3);
    return c;
  }
  if (auto *x = dynamic_cast<P::ConstHexContext *>(ctx)) {
    std::string t = x->XCONST()->getText();
    c.literal = Const::Literal::hex_string;
    c.value = t.substr(2, t.size() - 3);
    return c;
  }
  Cast cast;
  if (auto *x = dynamic_cast<P::ConstTypedGenericContext *>(ctx)) {
    cast.arg = stringConst(sconst(x->sconst()));
    cast.syntax = TypeSyntax{funcName(x->funcName())};
    return cast;
  }
  if (auto *x = dynamic_cast<P::ConstTypedGenericModsContext *>(ctx)) {
    cast.arg = stringConst(sconst(x->sconst()));
    TypeSyntax t{funcName(x->funcName())};
    for (auto *a : x->funcArgList()->funcArgExpr()) {
      auto *primary = dynamic_cast<P::APrimaryContext *>(a->aExpr());
      auto *cc = primary ? dynamic_cast<P::CConstContext *>(primary->cExpr()) : nullptr;
      auto *lit = cc ? dynamic_cast<P::ConstIntegerContext *>(cc->aexprConst()) : nullptr;
      if (!lit) fail(a->getStart(), "type modifiers must be simple constants");
      t.modifiers.push_back(integer(lit->ICONST()));
    }
    cast.syntax = t;
    return cast;
  }
  if (auto *x = dynamic_cast<P::ConstTypedContext *>(ctx)) {
    cast.arg = stringConst(sconst(x->sconst()));
    cast.syntax = constTypename(x->constTypename());
    return cast;
  }
  if (auto *x = dynamic_cast<P::ConstIntervalContext *>(ctx)) {
    cast.arg = stringConst(sconst(x->sconst()));
    TypeSyntax t{{Identifier::exact("pg_catalog"), Identifier::exact("interval")}};
    if (x->intervalQualifier()) t.typmod = intervalQualifier(x->intervalQualifier());
    cast.syntax = t;
    return cast;
  }
  if (auto *x = dynamic_cast<P::ConstIntervalPrecisionContext *>(ctx)) {
    cast.arg = stringConst(sconst(x->sconst()));
    TypeSyntax t{{Identifier::exact("pg_catalog"), Identifier::exact("interval")}};
    t.typmod = intervalTypmod(interval_fields::full_range, static_cast<int>(std::min<int64_t>(integer(x->ICONST()), 6)));
    cast.syntax = t;
    return cast;
  }
  if (dynamic_cast<P::ConstTrueContext *>(ctx) || dynamic_cast<P::ConstFalseContext *>(ctx)) {
    c.literal = Const::Literal::boolean;
    c.value = dynamic_cast<P::ConstTrueContext *>(ctx) ? "t" : "f";
    return c;
  }
  c.literal = Const::Literal::null;
  return c;
}

}  // namespace pgshift
