// CREATE FUNCTION / PROCEDURE, CREATE TRIGGER, and COMMENT ON them.
#include <algorithm>
#include <cstdlib>

#include "compiler/frontend/ast_builder.h"
#include "compiler/model/trigger.h"

namespace pgshift {

using P = grammar::PgParser;
using namespace ast;

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// GUCs whose list values PostgreSQL stores with each element quoted as an identifier
// (GUC_LIST_QUOTE); others keep the value as written.
bool listQuoted(const std::string &name) {
  return name == "search_path" || name == "temp_tablespaces" || name == "session_preload_libraries" ||
         name == "shared_preload_libraries" || name == "local_preload_libraries";
}

// The name PostgreSQL stores a setting under: its own spelling for the few settings
// whose names are not lower case.
std::string settingName(const std::string &lowered) {
  if (lowered == "datestyle") return "DateStyle";
  if (lowered == "intervalstyle") return "IntervalStyle";
  if (lowered == "timezone") return "TimeZone";
  return lowered;
}

}  // namespace

expr::TypeSyntax AstBuilder::functionType(P::FuncArgTypeContext *ctx) {
  if (ctx->PERCENT()) fail(ctx->PERCENT()->getSymbol(), "unsupported: %TYPE in a function's parameter or result type");
  return typeName(ctx->typeName());
}

FunctionParam AstBuilder::functionParam(P::FuncArgContext *ctx) {
  FunctionParam p;
  p.where = where(ctx->getStart());
  if (auto *c = ctx->argClass()) {
    p.mode_written = true;
    if (c->VARIADIC()) p.mode = 'v';
    else if (c->INOUT() || (c->IN_P() && c->OUT_P())) p.mode = 'b';
    else if (c->OUT_P()) p.mode = 'o';
    else p.mode = 'i';
  }
  if (ctx->paramName()) p.name = identifier(ctx->paramName()->typeFunctionName());
  p.type = functionType(ctx->funcArgType());
  return p;
}

CreateFunction AstBuilder::createFunction(P::CreateFunctionStmtContext *ctx) {
  CreateFunction f;
  f.name = funcName(ctx->funcName());
  f.or_replace = ctx->REPLACE() != nullptr;
  f.procedure = ctx->PROCEDURE() != nullptr;
  for (auto *a : ctx->funcArgsWithDefaults()->funcArgWithDefault()) {
    FunctionParam p = functionParam(a->funcArg());
    if (a->aExpr()) {
      p.default_value = aExpr(a->aExpr());
      p.default_text = sourceText(a->aExpr());
    }
    f.params.push_back(std::move(p));
  }
  if (ctx->RETURNS()) {
    f.returns_where = where(ctx->RETURNS()->getSymbol());
    if (ctx->funcReturn()) {
      f.returns = functionType(ctx->funcReturn()->funcArgType());
    } else {
      for (auto *c : ctx->tableFuncColumn()) {
        FunctionParam p;
        p.mode = 't';
        p.mode_written = true;
        p.name = identifier(c->paramName()->typeFunctionName());
        p.type = functionType(c->funcArgType());
        p.where = where(c->getStart());
        f.params.push_back(std::move(p));
      }
    }
  }
  auto once = [&](bool already, antlr4::ParserRuleContext *item) {
    if (already) fail(item->getStart(), "conflicting or redundant options");
  };
  for (auto *item : ctx->createFuncOptItem()) {
    if (auto *o = dynamic_cast<P::FuncOptAsContext *>(item)) {
      once(f.body.has_value(), item);
      if (o->sconst().size() > 1)
        fail(o->COMMA()->getSymbol(), "unsupported: AS 'object file', 'link symbol' (functions in C)");
      f.body = sconst(o->sconst(0));
    } else if (auto *o = dynamic_cast<P::FuncOptLanguageContext *>(item)) {
      once(f.language.has_value(), item);
      auto *v = o->nonReservedWordOrSconst();
      f.language = lower(v->sconst() ? sconst(v->sconst()) : identifier(v->nonReservedWord()).str());
    } else if (dynamic_cast<P::FuncOptReturnContext *>(item) || dynamic_cast<P::FuncOptAtomicContext *>(item)) {
      fail(item->getStart(), "unsupported: SQL-standard function body (RETURN / BEGIN ATOMIC); write AS $$...$$ instead");
    } else if (dynamic_cast<P::FuncOptTransformContext *>(item)) {
      fail(item->getStart(), "unsupported: TRANSFORM FOR TYPE");
    } else if (dynamic_cast<P::FuncOptWindowContext *>(item)) {
      fail(item->getStart(), "unsupported: WINDOW functions");
    } else if (dynamic_cast<P::FuncOptSupportContext *>(item)) {
      fail(item->getStart(), "unsupported: SUPPORT functions");
    } else if (dynamic_cast<P::FuncOptCalledOnNullContext *>(item)) {
      once(f.strict.has_value(), item);
      f.strict = false;
    } else if (dynamic_cast<P::FuncOptStrictContext *>(item)) {
      once(f.strict.has_value(), item);
      f.strict = true;
    } else if (auto *o = dynamic_cast<P::FuncOptVolatilityContext *>(item)) {
      once(f.volatility.has_value(), item);
      f.volatility = o->IMMUTABLE() ? 'i' : o->STABLE() ? 's' : 'v';
    } else if (auto *o = dynamic_cast<P::FuncOptSecurityContext *>(item)) {
      once(f.security_definer.has_value(), item);
      f.security_definer = o->DEFINER() != nullptr;
    } else if (auto *o = dynamic_cast<P::FuncOptLeakproofContext *>(item)) {
      once(f.leakproof.has_value(), item);
      f.leakproof = o->NOT() == nullptr;
    } else if (auto *o = dynamic_cast<P::FuncOptCostContext *>(item)) {
      once(f.cost.has_value(), item);
      f.cost = std::strtod(o->numericOnly()->getText().c_str(), nullptr);
      if (*f.cost <= 0) fail(o->numericOnly()->getStart(), "COST must be positive");
    } else if (auto *o = dynamic_cast<P::FuncOptRowsContext *>(item)) {
      once(f.rows.has_value(), item);
      f.rows = std::strtod(o->numericOnly()->getText().c_str(), nullptr);
      if (*f.rows <= 0) fail(o->numericOnly()->getStart(), "ROWS must be positive");
    } else if (auto *o = dynamic_cast<P::FuncOptParallelContext *>(item)) {
      once(f.parallel.has_value(), item);
      std::string v = identifier(o->colId()).str();
      if (v == "safe") f.parallel = 's';
      else if (v == "restricted") f.parallel = 'r';
      else if (v == "unsafe") f.parallel = 'u';
      else fail(o->colId()->getStart(), "parameter \"parallel\" must be SAFE, RESTRICTED, or UNSAFE");
    } else if (auto *o = dynamic_cast<P::FuncOptSetContext *>(item)) {
      std::string name = settingName(lower(o->varName()->getText()));
      if (o->DEFAULT()) {
        f.config.emplace_back(name, std::nullopt);
        continue;
      }
      // flatten_set_variable_args(): the values joined by ", ".
      std::string value;
      for (auto *v : o->varValue()) {
        std::string one;
        bool is_string = false;
        if (auto *s = v->nonReservedWordOrSconst()) {
          is_string = true;
          one = s->sconst() ? sconst(s->sconst()) : identifier(s->nonReservedWord()).str();
        } else if (v->numericOnly()) {
          one = v->getText();
        } else {
          one = lower(v->getText());  // on, true, false
          is_string = true;
        }
        if (is_string && listQuoted(name)) one = quoteIdent(one);
        value += (value.empty() ? "" : ", ") + one;
      }
      f.config.emplace_back(name, value);
    } else if (dynamic_cast<P::FuncOptSetFromCurrentContext *>(item)) {
      fail(item->getStart(), "unsupported: SET ... FROM CURRENT (the value depends on the session); write the value");
    } else if (auto *o = dynamic_cast<P::FuncOptResetContext *>(item)) {
      if (o->ALL()) f.config.emplace_back("", std::nullopt);
      else f.config.emplace_back(settingName(lower(o->varName()->getText())), std::nullopt);
    }
  }
  return f;
}

CreateTrigger AstBuilder::createTrigger(P::CreateTriggerStmtContext *ctx) {
  CreateTrigger t;
  t.name = identifier(ctx->name());
  t.or_replace = ctx->REPLACE() != nullptr;
  t.constraint = ctx->CONSTRAINT() != nullptr;
  t.table = qualifiedName(ctx->qualifiedName(0));
  auto *time = ctx->triggerActionTime();
  if (time->BEFORE()) t.type |= trigger_type::before;
  else if (time->INSTEAD()) t.type |= trigger_type::instead;
  for (auto *e : ctx->triggerEvents()->triggerOneEvent()) {
    int16_t bit = e->INSERT() ? trigger_type::insert : e->DELETE_P() ? trigger_type::delete_
                  : e->UPDATE() ? trigger_type::update : trigger_type::truncate;
    if (t.type & bit) fail(e->getStart(), "duplicate trigger events specified");
    t.type |= bit;
    if (e->columnList()) t.columns = columnList(e->columnList());
  }
  if (auto *r = ctx->triggerReferencing()) {
    for (auto *tr : r->triggerTransition()) {
      if (tr->ROW()) fail(tr->ROW()->getSymbol(), "ROW variable naming in the REFERENCING clause is not supported");
      (tr->NEW() ? t.new_table : t.old_table) = identifier(tr->colId());
    }
  }
  if (ctx->FROM()) fail(ctx->FROM()->getSymbol(), "unsupported: CREATE CONSTRAINT TRIGGER ... FROM");
  for (auto *a : ctx->constraintAttributes()->constraintAttributeElem()) {
    if (a->DEFERRABLE() && !a->NOT()) t.deferrable = true;
    else if (a->DEFERRABLE()) t.deferrable = false;
    else if (a->DEFERRED()) t.initially_deferred = true;
    else if (a->IMMEDIATE()) t.initially_deferred = false;
    else fail(a->getStart(), "misplaced constraint attribute in CREATE TRIGGER");
  }
  if (t.initially_deferred) t.deferrable = true;
  if ((t.deferrable || t.initially_deferred) && !t.constraint)
    fail(ctx->constraintAttributes()->getStart(), "DEFERRABLE applies only to CREATE CONSTRAINT TRIGGER");
  if (auto *f = ctx->triggerForSpec(); f && f->ROW()) t.type |= trigger_type::row;
  if (auto *w = ctx->triggerWhen()) {
    t.when = aExpr(w->aExpr());
    t.when_text = sourceText(w->aExpr());
    t.when_where = where(w->aExpr()->getStart());
  }
  t.function = funcName(ctx->funcName());
  for (auto *a : ctx->triggerFuncArg()) {
    if (a->sconst()) t.args.push_back(sconst(a->sconst()));
    else if (a->colLabel()) t.args.push_back(identifier(a->colLabel()).str());
    else t.args.push_back(a->getText());
  }
  return t;
}

Statement AstBuilder::routineMisc(P::RoutineMiscStmtContext *ctx) {
  if (auto *o = dynamic_cast<P::AlterRoutineOwnerContext *>(ctx)) {
    AlterOwner a{AlterOwner::Kind::routine, funcName(o->funcName()), false, ownerRole(o->roleSpec())};
    a.routine_kind = o->FUNCTION() ? 'f' : o->PROCEDURE() ? 'p' : 'r';
    if (o->LPAREN()) {
      a.params.emplace();
      for (auto *p : o->funcArg()) a.params->push_back(functionParam(p));
    }
    return Statement{a, {}};
  }
  if (auto *o = dynamic_cast<P::AlterAggregateOwnerContext *>(ctx)) {
    AlterOwner a{AlterOwner::Kind::routine, funcName(o->funcName()), false, ownerRole(o->roleSpec())};
    a.routine_kind = 'a';
    a.params = aggregateArgs(o->aggrArgs()).params;
    return Statement{a, {}};
  }
  CommentOnRoutine c;
  if (auto *g = dynamic_cast<P::CommentOnAggregateContext *>(ctx)) {
    c.aggregate = true;
    c.name = funcName(g->funcName());
    c.params = aggregateArgs(g->aggrArgs()).params;
    if (g->sconst()) c.text = sconst(g->sconst());
    return Statement{c, {}};
  }
  if (auto *t = dynamic_cast<P::CommentOnTriggerContext *>(ctx)) {
    c.trigger = true;
    c.trigger_name = identifier(t->name());
    c.name = anyName(t->anyName());
    if (t->sconst()) c.text = sconst(t->sconst());
    return Statement{c, {}};
  }
  auto *f = dynamic_cast<P::CommentOnFunctionContext *>(ctx);
  c.procedure = f->PROCEDURE() != nullptr;
  c.name = funcName(f->funcName());
  if (f->LPAREN()) {
    c.params.emplace();
    for (auto *a : f->funcArg()) c.params->push_back(functionParam(a));
  }
  if (f->sconst()) c.text = sconst(f->sconst());
  return Statement{c, {}};
}

}  // namespace pgshift
