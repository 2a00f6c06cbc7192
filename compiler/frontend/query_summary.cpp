// The summary of a SELECT: a walk over its parse tree that writes the loose token stream
// and notes relations, FROM scopes, stars and output columns on the way.
//
// The loose form is what both sources agree on whatever the printer: the file's text and
// pg_get_viewdef()'s text give the same tokens for the same query in the common cases.
// Left out: parentheses, casts and their types (ruleutils adds them), qualifiers of
// column and relation names (ruleutils adds them), AS and target-list aliases (ruleutils
// adds them; output names are compared on their own), table aliases, INNER, OUTER and
// ASC (ruleutils drops them). Rewritten as the parser does: IN (list) as = ANY (ARRAY[..]),
// BETWEEN as >= AND <=, LIKE as ~~, typed literals as their string, '-1' as -1.
#include "compiler/frontend/query_summary.h"

#include <algorithm>
#include <cctype>

#include "compiler/frontend/literals.h"

namespace pgshift {
namespace {

using P = grammar::PgParser;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool numeric(const std::string &s) {
  if (s.empty()) return false;
  size_t i = s[0] == '-' ? 1 : 0;
  if (i == s.size()) return false;
  bool digit = false;
  for (; i < s.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(s[i]))) digit = true;
    else if (s[i] != '.' && s[i] != 'e' && s[i] != 'E' && s[i] != '+' && s[i] != '-') return false;
  }
  return digit;
}

// A target of a SELECT's list: its loose tokens and its alias.
struct Target {
  std::vector<std::string> tokens;
  std::optional<Identifier> alias;
  bool star = false;
};

class Summarizer {
public:
  explicit Summarizer(std::string file) : file_(std::move(file)) {}

  ast::Query run(P::SelectStmtContext *ctx) {
    outputsOf(ctx);
    walk(ctx);
    fixOutputs();
    return std::move(q_);
  }

private:
  Identifier name(antlr4::ParserRuleContext *ctx) const {
    antlr4::Token *t = ctx->getStart();
    if (t->getType() == P::QUOTED_IDENT) {
      auto id = quotedIdentifier(t->getText());
      return id ? *id : Identifier::exact("");
    }
    return foldIdentifier(t->getText());
  }

  void emit(std::string token) { q_.loose.push_back(std::move(token)); }

  void terminal(TerminalNode *node) {
    antlr4::Token *t = node->getSymbol();
    switch (t->getType()) {
      case P::LPAREN: case P::RPAREN: case P::AS: case P::INNER: case P::OUTER: case P::ASC: case P::SEMI:
      case antlr4::Token::EOF:
        return;
      case P::QUOTED_IDENT: {
        auto id = quotedIdentifier(t->getText());
        emit(id ? id->str() : t->getText());
        return;
      }
      case P::NOT_EQUALS: emit("<>"); return;
      case P::STRING: {
        std::string text = t->getText();
        std::string body = text.substr(1, text.size() - 2);
        if (numeric(body)) {
          if (body[0] == '-') {
            emit("-");
            body.erase(0, 1);
          }
          emit(body);
          return;
        }
        emit(text);
        return;
      }
      case P::IDENT: emit(foldIdentifier(t->getText()).str()); return;
      default: break;
    }
    std::string text = t->getText();
    // Keywords are case-insensitive; operators and literals are kept as written.
    if (!text.empty() && std::isalpha(static_cast<unsigned char>(text[0])) && t->getType() != P::ESTRING &&
        t->getType() != P::BCONST && t->getType() != P::XCONST && t->getType() != P::USTRING)
      text = lower(text);
    emit(text);
  }

  void children(ParseTree *tree) {
    for (auto *child : tree->children) walk(child);
  }

  void walk(ParseTree *tree) {
    if (auto *t = dynamic_cast<TerminalNode *>(tree)) return terminal(t);
    if (auto *c = dynamic_cast<P::SimpleSelectContext *>(tree)) return simpleSelect(c);
    if (auto *c = dynamic_cast<P::SelectStmtContext *>(tree)) {
      std::optional<std::vector<Target>> mine;
      for (auto *child : c->children) {
        if (child == c->sortClause()) {
          auto saved = std::move(order_targets_);
          order_targets_ = mine;
          walk(child);
          order_targets_ = std::move(saved);
          continue;
        }
        walk(child);
        if (child == c->selectBody() && dynamic_cast<P::SelectSimpleContext *>(c->selectBody()) &&
            dynamic_cast<P::SelectPlainContext *>(dynamic_cast<P::SelectSimpleContext *>(c->selectBody())->simpleSelect()))
          mine = finished_targets_;
      }
      return;
    }
    if (auto *c = dynamic_cast<P::GroupByItemContext *>(tree)) {
      if (c->aExpr())
        if (const Target *t = targetFor(c->aExpr(), targets_, true)) {
          q_.loose.insert(q_.loose.end(), t->tokens.begin(), t->tokens.end());
          return;
        }
      return children(c);
    }
    if (auto *c = dynamic_cast<P::SortByContext *>(tree)) {
      if (order_targets_)
        if (const Target *t = targetFor(c->aExpr(), *order_targets_, true)) {
          q_.loose.insert(q_.loose.end(), t->tokens.begin(), t->tokens.end());
          for (auto *child : c->children)
            if (child != c->aExpr()) walk(child);
          return;
        }
      auto saved = std::move(order_targets_);
      order_targets_.reset();
      children(c);
      order_targets_ = std::move(saved);
      return;
    }
    if (auto *c = dynamic_cast<P::CommonTableExprContext *>(tree)) {
      q_.ctes.push_back(name(c->name()));
      return children(c);
    }
    if (auto *c = dynamic_cast<P::WithClauseContext *>(tree)) {
      if (c->RECURSIVE()) q_.recursive_cte = true;
      return children(c);
    }
    if (auto *c = dynamic_cast<P::TargetAsContext *>(tree)) return walk(c->aExpr());
    if (auto *c = dynamic_cast<P::TargetBareContext *>(tree)) return walk(c->aExpr());
    if (dynamic_cast<P::AliasClauseContext *>(tree)) return;
    if (auto *c = dynamic_cast<P::ATypecastContext *>(tree)) {
      // interval_out() prints units in lower case: '1 DAY'::interval is '1 day'.
      size_t start = q_.loose.size();
      walk(c->aExpr());
      if (lower(c->typeName()->getText()).rfind("interval", 0) == 0 && q_.loose.size() == start + 1) q_.loose.back() = lower(q_.loose.back());
      return;
    }
    if (auto *c = dynamic_cast<P::SqlCastContext *>(tree)) return walk(c->aExpr());
    if (auto *c = dynamic_cast<P::ColumnrefContext *>(tree)) return columnref(c);
    if (auto *c = dynamic_cast<P::JoinQualContext *>(tree)) {
      if (c->USING())
        for (auto *id : c->columnList()->colId()) q_.column_names.push_back(name(id));
      return children(c);
    }
    if (auto *c = dynamic_cast<P::FuncNameContext *>(tree)) return lastName(c);
    if (auto *c = dynamic_cast<P::QualifiedNameContext *>(tree)) return lastName(c);
    if (auto *c = dynamic_cast<P::AInContext *>(tree)) {
      walk(c->aExpr());
      emit(c->NOT() ? "<>" : "=");
      emit(c->NOT() ? "all" : "any");
      emit("array");
      emit("[");
      walk(c->exprList());
      emit("]");
      return;
    }
    // x = ANY (SELECT ...) prints as x IN (SELECT ...); x NOT IN (SELECT ...) as NOT (x IN ...).
    if (auto *c = dynamic_cast<P::AArraySubqueryContext *>(tree)) {
      if (c->selectWithParens() && c->subqueryOp()->getText() == "=" && !c->subType()->ALL()) {
        walk(c->aExpr(0));
        emit("in");
        walk(c->selectWithParens());
        return;
      }
      return children(c);
    }
    if (auto *c = dynamic_cast<P::AInSubqueryContext *>(tree)) {
      if (c->NOT()) emit("not");
      walk(c->aExpr());
      emit("in");
      walk(c->selectWithParens());
      return;
    }
    // The catalog prints OFFSET before LIMIT, and FETCH FIRST n ROWS ONLY as LIMIT n.
    if (auto *c = dynamic_cast<P::SelectLimitContext *>(tree)) {
      if (c->TIES()) return children(c);
      P::AExprContext *limit = nullptr, *offset = nullptr;
      for (size_t i = 0; i < c->children.size(); ++i) {
        auto *t = dynamic_cast<TerminalNode *>(c->children[i]);
        if (!t || i + 1 >= c->children.size()) continue;
        auto *next = dynamic_cast<P::AExprContext *>(c->children[i + 1]);
        if (t->getSymbol()->getType() == P::OFFSET) offset = next;
        if (t->getSymbol()->getType() == P::LIMIT || t->getSymbol()->getType() == P::FIRST_P ||
            t->getSymbol()->getType() == P::NEXT)
          limit = next;
      }
      if (offset) {
        emit("offset");
        walk(offset);
      }
      if (limit) {
        emit("limit");
        walk(limit);
      }
      return;
    }
    if (auto *c = dynamic_cast<P::ABetweenContext *>(tree)) {
      if (c->SYMMETRIC()) return children(c);
      bool negated = c->NOT() != nullptr;
      walk(c->aExpr(0));
      emit(negated ? "<" : ">=");
      walk(c->bExpr());
      emit(negated ? "or" : "and");
      walk(c->aExpr(0));
      emit(negated ? ">" : "<=");
      walk(c->aExpr(1));
      return;
    }
    if (auto *c = dynamic_cast<P::ALikeContext *>(tree)) {
      if (c->ESCAPE()) return children(c);
      walk(c->aExpr(0));
      emit(c->NOT() ? "!~~" : "~~");
      walk(c->aExpr(1));
      return;
    }
    if (auto *c = dynamic_cast<P::AILikeContext *>(tree)) {
      if (c->ESCAPE()) return children(c);
      walk(c->aExpr(0));
      emit(c->NOT() ? "!~~*" : "~~*");
      walk(c->aExpr(1));
      return;
    }
    // Typed literals print as a string with a cast.
    if (auto *c = dynamic_cast<P::ConstTypedContext *>(tree)) return walk(c->sconst());
    if (auto *c = dynamic_cast<P::ConstTypedGenericContext *>(tree)) return walk(c->sconst());
    if (auto *c = dynamic_cast<P::ConstTypedGenericModsContext *>(tree)) return walk(c->sconst());
    if (auto *c = dynamic_cast<P::ConstIntervalContext *>(tree)) {
      size_t start = q_.loose.size();
      walk(c->sconst());
      if (q_.loose.size() == start + 1) q_.loose.back() = lower(q_.loose.back());
      return;
    }
    if (auto *c = dynamic_cast<P::ConstIntervalPrecisionContext *>(tree)) return walk(c->sconst());
    if (auto *c = dynamic_cast<P::SelectTableContext *>(tree)) {
      relation(c->relationExpr()->qualifiedName());
      return children(c);
    }
    return children(tree);
  }

  void lastName(antlr4::ParserRuleContext *ctx) {
    // colId or typeFunctionName, then .attrName...: the last one.
    antlr4::ParserRuleContext *last = nullptr;
    for (auto *child : ctx->children) {
      if (auto *r = dynamic_cast<antlr4::ParserRuleContext *>(child)) {
        if (auto *ind = dynamic_cast<P::IndirectionContext *>(r)) {
          for (auto *el : ind->indirectionEl())
            if (el->attrName()) last = el->attrName();
        } else {
          last = r;
        }
      }
    }
    if (last) emit(name(last).str());
  }

  void columnref(P::ColumnrefContext *c) {
    std::optional<Identifier> last = name(c->colId());
    bool star = false;
    std::vector<P::IndirectionElContext *> rest;
    if (auto *ind = c->indirection()) {
      for (auto *el : ind->indirectionEl()) {
        if (el->attrName()) last = name(el->attrName());
        else if (el->STAR()) star = true;
        else rest.push_back(el);
      }
    }
    if (star) {
      q_.column_names.push_back(name(c->colId()));  // t.*: the whole row of t
      emit("*");
      return;
    }
    q_.column_names.push_back(*last);
    emit(last->str());
    for (auto *el : rest) walk(el);
  }

  void relation(P::QualifiedNameContext *ctx) {
    ast::QueryName n{name(ctx->colId())};
    if (auto *ind = ctx->indirection())
      for (auto *el : ind->indirectionEl())
        if (el->attrName()) n.push_back(name(el->attrName()));
    if (n.size() == 3) n.erase(n.begin());
    antlr4::Token *t = ctx->getStart();
    q_.relations.push_back({n, SourceLocation{file_, static_cast<int>(t->getLine()), static_cast<int>(t->getCharPositionInLine()) + 1}});
  }

  // FROM items of one SELECT, joins flattened.
  void fromItems(P::TableRefContext *ref, ast::QueryScope &scope) {
    if (auto *c = dynamic_cast<P::JoinCrossContext *>(ref)) {
      fromItems(c->tableRef(0), scope);
      fromItems(c->tableRef(1), scope);
    } else if (auto *c = dynamic_cast<P::JoinNaturalContext *>(ref)) {
      scope.merging = true;
      fromItems(c->tableRef(0), scope);
      fromItems(c->tableRef(1), scope);
    } else if (auto *c = dynamic_cast<P::JoinQualifiedContext *>(ref)) {
      if (c->joinQual()->USING()) scope.merging = true;
      fromItems(c->tableRef(0), scope);
      fromItems(c->tableRef(1), scope);
    } else if (auto *c = dynamic_cast<P::JoinParensContext *>(ref)) {
      if (c->aliasClause()) {
        scope.items.push_back({std::nullopt, name(c->aliasClause()->colId()), true});
      } else {
        fromItems(c->tableRef(), scope);
      }
    } else if (auto *c = dynamic_cast<P::FromRelationContext *>(ref)) {
      relation(c->relationExpr()->qualifiedName());
      ast::FromItem item;
      item.relation = q_.relations.back().name;
      if (auto *a = c->aliasClause()) {
        item.alias = name(a->colId());
        item.has_column_aliases = a->columnList() != nullptr;
      }
      scope.items.push_back(std::move(item));
    } else if (auto *c = dynamic_cast<P::FromFunctionContext *>(ref)) {
      scope.items.push_back({std::nullopt, c->aliasClause() ? std::optional(name(c->aliasClause()->colId())) : std::nullopt, true});
    } else if (auto *c = dynamic_cast<P::FromSubqueryContext *>(ref)) {
      scope.items.push_back({std::nullopt, c->aliasClause() ? std::optional(name(c->aliasClause()->colId())) : std::nullopt, true});
    }
  }

  void simpleSelect(P::SimpleSelectContext *ctx) {
    auto *plain = dynamic_cast<P::SelectPlainContext *>(ctx);
    if (!plain) return children(ctx);
    ast::QueryScope scope;
    if (auto *from = plain->fromClause())
      for (auto *ref : from->tableRef()) fromItems(ref, scope);
    size_t index = q_.scopes.size();
    q_.scopes.push_back(std::move(scope));
    if (plain == first_select_) {
      first_scope_ = index;
      first_star_ = q_.stars.size();
    }
    std::vector<Target> saved = std::move(targets_);
    targets_.clear();
    for (auto *child : plain->children) {
      auto *targets = dynamic_cast<P::TargetListContext *>(child);
      if (!targets) {
        walk(child);
        continue;
      }
      for (size_t i = 0; i < targets->children.size(); ++i) {
        ParseTree *el = targets->children[i];
        if (dynamic_cast<TerminalNode *>(el)) {
          walk(el);
          continue;
        }
        Target target;
        size_t start = q_.loose.size();
        if (dynamic_cast<P::TargetStarContext *>(el)) {
          starToken(std::nullopt, index, el);
          target.star = true;
        } else if (auto *qualified = qualifiedStar(el)) {
          starToken(name(qualified->colId()), index, el);
          target.star = true;
        } else {
          if (auto *as = dynamic_cast<P::TargetAsContext *>(el)) target.alias = name(as->colLabel());
          if (auto *bare = dynamic_cast<P::TargetBareContext *>(el)) target.alias = name(bare->bareColLabel());
          walk(el);
        }
        target.tokens.assign(q_.loose.begin() + static_cast<long>(start), q_.loose.end());
        targets_.push_back(std::move(target));
      }
    }
    finished_targets_ = std::move(targets_);
    targets_ = std::move(saved);
  }

  // GROUP BY 2 and ORDER BY 2 (or ORDER BY an output column's alias) name a target; the
  // catalog prints the target's expression instead. A * among the targets shifts the
  // numbers: then nothing is replaced.
  const Target *targetFor(P::AExprContext *e, const std::vector<Target> &targets, bool by_alias) const {
    if (std::any_of(targets.begin(), targets.end(), [](const Target &t) { return t.star; })) return nullptr;
    auto *primary = dynamic_cast<P::APrimaryContext *>(e);
    if (!primary) return nullptr;
    if (auto *k = dynamic_cast<P::CConstContext *>(primary->cExpr())) {
      auto *i = dynamic_cast<P::ConstIntegerContext *>(k->aexprConst());
      if (!i) return nullptr;
      size_t n = std::stoul(i->getText());
      return n >= 1 && n <= targets.size() ? &targets[n - 1] : nullptr;
    }
    auto *ref = dynamic_cast<P::CColumnRefContext *>(primary->cExpr());
    if (!by_alias || !ref || ref->columnref()->indirection()) return nullptr;
    Identifier wanted = name(ref->columnref()->colId());
    for (const auto &t : targets)
      if (t.alias == wanted) return &t;
    return nullptr;
  }

  // x.* as a whole target element.
  static P::ColumnrefContext *qualifiedStar(ParseTree *el) {
    auto *plain = dynamic_cast<P::TargetPlainContext *>(el);
    if (!plain) return nullptr;
    auto *primary = dynamic_cast<P::APrimaryContext *>(plain->aExpr());
    auto *ref = primary ? dynamic_cast<P::CColumnRefContext *>(primary->cExpr()) : nullptr;
    if (!ref || !ref->columnref()->indirection()) return nullptr;
    auto els = ref->columnref()->indirection()->indirectionEl();
    return els.size() == 1 && els[0]->STAR() ? ref->columnref() : nullptr;
  }

  void starToken(std::optional<Identifier> qualifier, size_t scope, ParseTree *el) {
    emit("\x01" + std::to_string(q_.stars.size()));
    ast::QueryStar star{std::move(qualifier), scope};
    auto *rule = dynamic_cast<antlr4::ParserRuleContext *>(el);
    star.source_start = rule->getStart()->getStartIndex();
    star.source_stop = rule->getStop()->getStopIndex();
    star.offset = 0;  // made relative to the query's text by the caller
    q_.stars.push_back(std::move(star));
  }

  // ---- output columns of the first SELECT

  void outputsOf(P::SelectStmtContext *ctx) {
    P::SelectBodyContext *body = ctx->selectBody();
    while (true) {
      if (auto *i = dynamic_cast<P::SelectIntersectContext *>(body)) body = i->selectBody(0);
      else if (auto *u = dynamic_cast<P::SelectUnionContext *>(body)) body = u->selectBody(0);
      else break;
      q_.set_operation = true;
    }
    auto *simple = dynamic_cast<P::SelectSimpleContext *>(body)->simpleSelect();
    if (auto *p = dynamic_cast<P::SelectParensContext *>(simple)) return outputsOf(p->selectWithParens()->selectStmt());
    if (auto *v = dynamic_cast<P::SelectValuesContext *>(simple)) {
      size_t n = v->valuesRow(0)->exprList()->aExpr().size();
      for (size_t i = 0; i < n; ++i) q_.outputs.push_back({Identifier::exact("column" + std::to_string(i + 1)), {}, {}, {}, 0});
      return;
    }
    if (dynamic_cast<P::SelectTableContext *>(simple)) {
      // TABLE t is SELECT * FROM t: its star is the first one the walk finds.
      outputs_unknown_ = true;
      return;
    }
    auto *plain = dynamic_cast<P::SelectPlainContext *>(simple);
    if (!plain->targetList()) return;
    // Stars and scopes are numbered in walk order, and this SELECT's scope and stars are
    // the first the walk meets only when no WITH comes before it; outputs refer to them
    // by position among this SELECT's own, fixed up below.
    size_t stars = 0;
    for (auto *el : plain->targetList()->targetEl()) {
      ast::QueryOutput out;
      if (dynamic_cast<P::TargetStarContext *>(el)) {
        out.star = stars++;
      } else if (auto *ref = qualifiedStar(el)) {
        (void)ref;
        out.star = stars++;
      } else if (auto *as = dynamic_cast<P::TargetAsContext *>(el)) {
        out.name = name(as->colLabel());
        plainColumn(as->aExpr(), out, false);
      } else if (auto *bare = dynamic_cast<P::TargetBareContext *>(el)) {
        out.name = name(bare->bareColLabel());
        plainColumn(bare->aExpr(), out, false);
      } else {
        auto *p = dynamic_cast<P::TargetPlainContext *>(el);
        out.name = figureName(p->aExpr());
        plainColumn(p->aExpr(), out, true);
      }
      q_.outputs.push_back(std::move(out));
    }
    first_select_ = plain;
  }

  // A plain column reference: its qualifier and column (its type is the column's).
  void plainColumn(P::AExprContext *e, ast::QueryOutput &out, bool) {
    auto *primary = dynamic_cast<P::APrimaryContext *>(e);
    auto *ref = primary ? dynamic_cast<P::CColumnRefContext *>(primary->cExpr()) : nullptr;
    if (!ref) return;
    auto *c = ref->columnref();
    std::vector<Identifier> names{name(c->colId())};
    if (auto *ind = c->indirection()) {
      for (auto *el : ind->indirectionEl()) {
        if (!el->attrName()) return;
        names.push_back(name(el->attrName()));
      }
    }
    if (names.size() == 1) {
      out.column = names[0];
    } else if (names.size() == 2) {
      out.qualifier = names[0];
      out.column = names[1];
    }
  }

  static std::optional<Identifier> castName(std::optional<Identifier> inner) {
    if (!inner || inner->str() == "?column?") return std::nullopt;
    return inner;
  }

  // FigureColname() for the common shapes; unset when unsure.
  std::optional<Identifier> figureName(P::AExprContext *e) {
    // A cast takes its argument's name, or else its type's (not told here).
    if (auto *cast = dynamic_cast<P::ATypecastContext *>(e)) return castName(figureName(cast->aExpr()));
    auto *primary = dynamic_cast<P::APrimaryContext *>(e);
    if (!primary) {
      // Operators, boolean expressions, IS tests: "?column?"; the forms the grammar makes
      // function calls of take the function's name (not told here).
      if (dynamic_cast<P::ACollateContext *>(e) || dynamic_cast<P::AAtTimeZoneContext *>(e) ||
          dynamic_cast<P::AOverlapsContext *>(e) || dynamic_cast<P::AIsNormalizedContext *>(e))
        return std::nullopt;
      return Identifier::exact("?column?");
    }
    auto *c = primary->cExpr();
    if (auto *ref = dynamic_cast<P::CColumnRefContext *>(c)) {
      Identifier last = name(ref->columnref()->colId());
      if (auto *ind = ref->columnref()->indirection()) {
        for (auto *el : ind->indirectionEl()) {
          if (el->attrName()) last = name(el->attrName());
          else if (el->STAR()) return std::nullopt;
        }
      }
      return last;
    }
    if (auto *parens = dynamic_cast<P::CParensContext *>(c)) {
      if (parens->indirection()) return std::nullopt;
      return figureName(parens->aExpr());
    }
    if (auto *f = dynamic_cast<P::CFuncContext *>(c)) {
      auto *fe = f->funcExpr();
      if (auto *app = fe->funcApplication()) {
        antlr4::ParserRuleContext *last = nullptr;
        auto *fn = dynamic_cast<P::FuncNoArgsContext *>(app) ? dynamic_cast<P::FuncNoArgsContext *>(app)->funcName()
                 : dynamic_cast<P::FuncArgsContext *>(app)   ? dynamic_cast<P::FuncArgsContext *>(app)->funcName()
                 : dynamic_cast<P::FuncVariadicContext *>(app) ? dynamic_cast<P::FuncVariadicContext *>(app)->funcName()
                                                                : dynamic_cast<P::FuncStarContext *>(app)->funcName();
        if (fn->typeFunctionName()) last = fn->typeFunctionName();
        else {
          last = fn->colId();
          for (auto *el : fn->indirection()->indirectionEl())
            if (el->attrName()) last = el->attrName();
        }
        return name(last);
      }
      auto *common = fe->funcExprCommonSubexpr();
      if (dynamic_cast<P::SqlCoalesceContext *>(common)) return Identifier::exact("coalesce");
      if (dynamic_cast<P::SqlGreatestContext *>(common)) return Identifier::exact("greatest");
      if (dynamic_cast<P::SqlLeastContext *>(common)) return Identifier::exact("least");
      if (dynamic_cast<P::SqlNullIfContext *>(common)) return Identifier::exact("nullif");
      if (dynamic_cast<P::SqlExtractContext *>(common)) return Identifier::exact("extract");
      if (auto *cast = dynamic_cast<P::SqlCastContext *>(common)) return castName(figureName(cast->aExpr()));
      if (auto *v = dynamic_cast<P::SqlValueFunctionContext *>(common)) return Identifier::exact(lower(v->getText()));
      if (auto *t = dynamic_cast<P::SqlTimeFunctionContext *>(common)) return Identifier::exact(lower(t->getStart()->getText()));
      return std::nullopt;
    }
    if (dynamic_cast<P::CCaseContext *>(c)) return Identifier::exact("case");
    if (dynamic_cast<P::CExistsContext *>(c)) return Identifier::exact("exists");
    if (dynamic_cast<P::CArrayContext *>(c) || dynamic_cast<P::CArraySubqueryContext *>(c)) return Identifier::exact("array");
    if (dynamic_cast<P::CRowContext *>(c) || dynamic_cast<P::CImplicitRowContext *>(c)) return Identifier::exact("row");
    if (auto *k = dynamic_cast<P::CConstContext *>(c)) {
      auto *a = k->aexprConst();
      // A typed literal takes its type's name; a plain one is "?column?".
      if (dynamic_cast<P::ConstIntegerContext *>(a) || dynamic_cast<P::ConstFloatContext *>(a) ||
          dynamic_cast<P::ConstStringContext *>(a) || dynamic_cast<P::ConstNullContext *>(a) ||
          dynamic_cast<P::ConstTrueContext *>(a) || dynamic_cast<P::ConstFalseContext *>(a))
        return Identifier::exact("?column?");
      return std::nullopt;
    }
    return std::nullopt;
  }

  // The first SELECT's outputs point at its scope and its stars.
  void fixOutputs() {
    if (outputs_unknown_) {
      // TABLE t: one star over a scope holding t.
      ast::QueryScope scope;
      if (!q_.relations.empty()) scope.items.push_back({q_.relations.front().name, std::nullopt, false});
      size_t index = q_.scopes.size();
      q_.scopes.push_back(std::move(scope));
      q_.stars.push_back({std::nullopt, index});
      q_.outputs.push_back({std::nullopt, std::nullopt, std::nullopt, q_.stars.size() - 1, index});
      return;
    }
    if (!first_select_) return;
    for (auto &out : q_.outputs) {
      out.scope = first_scope_;
      if (out.star) *out.star += first_star_;
    }
  }

  std::vector<Target> targets_;           // the SELECT being walked
  std::vector<Target> finished_targets_;  // the SELECT walked last
  std::optional<std::vector<Target>> order_targets_;  // while walking a plain SELECT's ORDER BY
  P::SelectPlainContext *first_select_ = nullptr;
  size_t first_scope_ = 0;
  size_t first_star_ = 0;
  bool outputs_unknown_ = false;
  std::string file_;
  ast::Query q_;
};

}  // namespace

namespace {

// What pg_get_viewdef() adds to a query as written, taken out of the loose form on both
// sides: the array it packs a variadic function's trailing arguments into
// (f(x, VARIADIC ARRAY['a', 'b']) for f(x, 'a', 'b')), and a CASE's implicit ELSE NULL.
std::vector<std::string> withoutPrintedAdditions(const std::vector<std::string> &tokens) {
  std::vector<std::string> out;
  std::vector<int> brackets;  // per open [: 1 when it is a VARIADIC ARRAY's, dropped with it
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string &t = tokens[i];
    if (t == "variadic" && i + 2 < tokens.size() && tokens[i + 1] == "array" && tokens[i + 2] == "[") {
      brackets.push_back(1);
      i += 2;
      continue;
    }
    if (t == "[") brackets.push_back(0);
    if (t == "]" && !brackets.empty()) {
      int dropped = brackets.back();
      brackets.pop_back();
      if (dropped) continue;
    }
    if (t == "else" && i + 2 < tokens.size() && tokens[i + 1] == "null" && tokens[i + 2] == "end") {
      ++i;
      continue;
    }
    out.push_back(t);
  }
  return out;
}

}  // namespace

ast::Query summarizeQuery(P::SelectStmtContext *ctx, const std::string &file) {
  Summarizer s(file);
  ast::Query q = s.run(ctx);
  q.loose = withoutPrintedAdditions(q.loose);
  return q;
}

}  // namespace pgshift
