// Names, type names and constants of the syntax tree.
#include <algorithm>
#include <cctype>
#include <charconv>

#include "compiler/frontend/ast_builder.h"
#include "compiler/frontend/literals.h"
#include "compiler/model/type_name.h"

namespace pgshift {

using P = grammar::PgParser;

std::string AstBuilder::sourceText(antlr4::ParserRuleContext *ctx) const {
  if (!ctx || !ctx->start || !ctx->stop) return "";
  return chars_->getText(antlr4::misc::Interval(ctx->start->getStartIndex(), ctx->stop->getStopIndex()));
}

Identifier AstBuilder::identifier(antlr4::ParserRuleContext *ctx) {
  // Every name rule bottoms out in exactly one token: IDENT, QUOTED_IDENT or a keyword.
  antlr4::Token *token = ctx->getStart();
  if (token->getType() == P::QUOTED_IDENT) {
    auto id = quotedIdentifier(token->getText());
    if (!id) fail(token, "zero-length delimited identifier");
    return *id;
  }
  return foldIdentifier(token->getText());
}

ast::Name AstBuilder::qualifiedName(P::QualifiedNameContext *ctx) {
  ast::Name name{identifier(ctx->colId())};
  if (auto *ind = ctx->indirection()) {
    for (auto *el : ind->indirectionEl()) {
      if (!el->attrName()) fail(el->getStart(), "improper qualified name");
      name.push_back(identifier(el->attrName()));
    }
  }
  if (name.size() > 3) fail(ctx->getStart(), "improper qualified name (too many dotted names)");
  if (name.size() == 3) name.erase(name.begin());  // database.schema.name: the database is ours
  return name;
}

ast::Name AstBuilder::anyName(P::AnyNameContext *ctx) {
  ast::Name name{identifier(ctx->colId())};
  if (ctx->attrs())
    for (auto *a : ctx->attrs()->attrName()) name.push_back(identifier(a));
  return name;
}

ast::Name AstBuilder::funcName(P::FuncNameContext *ctx) {
  if (ctx->typeFunctionName()) return {identifier(ctx->typeFunctionName())};
  ast::Name name{identifier(ctx->colId())};
  for (auto *el : ctx->indirection()->indirectionEl()) {
    if (!el->attrName()) fail(el->getStart(), "improper qualified name");
    name.push_back(identifier(el->attrName()));
  }
  return name;
}

std::vector<Identifier> AstBuilder::columnList(P::ColumnListContext *ctx) {
  std::vector<Identifier> out;
  for (auto *c : ctx->colId()) out.push_back(identifier(c));
  return out;
}

std::vector<Identifier> AstBuilder::columnList(P::ColumnListParensContext *ctx) { return columnList(ctx->columnList()); }

int64_t AstBuilder::integer(antlr4::tree::TerminalNode *iconst) {
  const std::string text = iconst->getText();
  int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) fail(iconst->getSymbol(), "integer out of range: " + text);
  return value;
}

int64_t AstBuilder::numericOnly(P::NumericOnlyContext *ctx) {
  bool negative = ctx->MINUS() != nullptr;
  antlr4::Token *token = ctx->ICONST() ? ctx->ICONST()->getSymbol() : ctx->FCONST()->getSymbol();
  std::string text = token->getText();
  if (ctx->FCONST()) {
    // PostgreSQL accepts 10.0 where an integer is wanted, but not 10.5.
    size_t dot = text.find('.');
    if (text.find_first_of("eE") != std::string::npos || text.find_first_not_of('0', dot + 1) != std::string::npos)
      fail(token, "invalid integer value: " + text);
    text = text.substr(0, dot);
  }
  int64_t value = 0;
  std::string digits = (negative ? "-" : "") + text;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc()) fail(token, "value out of range for a bigint: " + digits);
  return value;
}

std::string AstBuilder::sconst(P::SconstContext *ctx) {
  std::string error;
  if (ctx->USTRING()) {
    char escape = '\\';
    if (ctx->UESCAPE()) {
      std::string e = decodeString(ctx->STRING(0)->getText(), error);
      if (e.size() != 1 || std::isxdigit(static_cast<unsigned char>(e[0])) || e[0] == '+' || e[0] == '\'' ||
          e[0] == '"' || std::isspace(static_cast<unsigned char>(e[0])))
        fail(ctx->STRING(0)->getSymbol(), "invalid Unicode escape character");
      escape = e[0];
    }
    std::string value = decodeUnicodeString(ctx->USTRING()->getText(), escape, error);
    if (!error.empty()) fail(ctx->getStart(), error);
    return value;
  }
  // 'a' followed by 'b' on a later line is 'ab'; on the same line, a syntax error.
  std::string value;
  const antlr4::Token *previous = nullptr;
  for (auto *child : ctx->children) {
    const antlr4::Token *token = dynamic_cast<antlr4::tree::TerminalNode *>(child)->getSymbol();
    if (previous) {
      const std::string text = previous->getText();
      size_t previous_end = previous->getLine() + static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
      if (token->getLine() <= previous_end) fail(token, "syntax error at or near \"" + token->getText() + "\"");
    }
    value += decodeString(token->getText(), error);
    if (!error.empty()) fail(token, error);
    previous = token;
  }
  return value;
}

std::vector<int64_t> AstBuilder::typeModifiers(P::ExprListContext *ctx) {
  std::vector<int64_t> mods;
  for (auto *e : ctx->aExpr()) {
    // Built-in type modifiers are integer constants, possibly signed (numeric(3,-1)).
    int64_t sign = 1;
    auto *unary = dynamic_cast<P::AUnarySignContext *>(e);
    if (unary) {
      sign = unary->MINUS() ? -1 : 1;
      e = unary->aExpr();
    }
    auto *primary = dynamic_cast<P::APrimaryContext *>(e);
    auto *constant = primary ? dynamic_cast<P::CConstContext *>(primary->cExpr()) : nullptr;
    auto *literal = constant ? dynamic_cast<P::ConstIntegerContext *>(constant->aexprConst()) : nullptr;
    if (!literal) fail(e->getStart(), "type modifiers must be simple constants");
    mods.push_back(sign * integer(literal->ICONST()));
  }
  return mods;
}

namespace {
expr::TypeSyntax catalogType(const char *internal_name) {
  expr::TypeSyntax t;
  t.names = {Identifier::exact("pg_catalog"), Identifier::exact(internal_name)};
  return t;
}
}  // namespace

expr::TypeSyntax AstBuilder::typeName(P::TypeNameContext *ctx) {
  expr::TypeSyntax t;
  if (auto *bounds = dynamic_cast<P::TypeWithBoundsContext *>(ctx)) {
    t = simpleTypename(bounds->simpleTypename());
    t.is_array = !bounds->arrayBounds()->LBRACKET().empty();
    t.setof = bounds->SETOF() != nullptr;
  } else {
    auto *array = dynamic_cast<P::TypeArrayKeywordContext *>(ctx);
    t = simpleTypename(array->simpleTypename());
    t.is_array = true;
    t.setof = array->SETOF() != nullptr;
  }
  return t;
}

expr::TypeSyntax AstBuilder::simpleTypename(P::SimpleTypenameContext *ctx) {
  if (auto *g = ctx->genericType()) {
    expr::TypeSyntax t;
    t.names.push_back(identifier(g->typeFunctionName()));
    if (g->attrs())
      for (auto *a : g->attrs()->attrName()) t.names.push_back(identifier(a));
    if (t.names.size() > 2) t.names.erase(t.names.begin(), t.names.end() - 2);
    if (g->typeModifiers()) t.modifiers = typeModifiers(g->typeModifiers()->exprList());
    return t;
  }
  if (ctx->numericType()) return numericType(ctx->numericType());
  if (ctx->bitType()) return bitType(ctx->bitType());
  if (ctx->characterType()) return characterType(ctx->characterType());
  if (ctx->datetimeType()) return datetimeType(ctx->datetimeType());
  return intervalType(ctx->intervalType());
}

expr::TypeSyntax AstBuilder::constTypename(P::ConstTypenameContext *ctx) {
  if (ctx->numericType()) return numericType(ctx->numericType());
  if (ctx->bitType()) return bitType(ctx->bitType());
  if (ctx->characterType()) return characterType(ctx->characterType());
  return datetimeType(ctx->datetimeType());
}

expr::TypeSyntax AstBuilder::numericType(P::NumericTypeContext *ctx) {
  if (dynamic_cast<P::TypeIntContext *>(ctx) || dynamic_cast<P::TypeIntegerContext *>(ctx)) return catalogType("int4");
  if (dynamic_cast<P::TypeSmallintContext *>(ctx)) return catalogType("int2");
  if (dynamic_cast<P::TypeBigintContext *>(ctx)) return catalogType("int8");
  if (dynamic_cast<P::TypeRealContext *>(ctx)) return catalogType("float4");
  if (dynamic_cast<P::TypeDoubleContext *>(ctx)) return catalogType("float8");
  if (dynamic_cast<P::TypeBooleanContext *>(ctx)) return catalogType("bool");
  if (auto *f = dynamic_cast<P::TypeFloatContext *>(ctx)) {
    // FLOAT(p): p bits of precision; up to 24 is real, up to 53 double precision.
    if (!f->ICONST()) return catalogType("float8");
    int64_t p = integer(f->ICONST());
    if (p < 1) fail(f->ICONST()->getSymbol(), "precision for type float must be at least 1 bit");
    if (p > 53) fail(f->ICONST()->getSymbol(), "precision for type float must be less than 54 bits");
    return catalogType(p <= 24 ? "float4" : "float8");
  }
  auto *n = dynamic_cast<P::TypeNumericContext *>(ctx);
  expr::TypeSyntax t = catalogType("numeric");
  if (n->typeModifiers()) t.modifiers = typeModifiers(n->typeModifiers()->exprList());
  return t;
}

expr::TypeSyntax AstBuilder::bitType(P::BitTypeContext *ctx) {
  expr::TypeSyntax t = catalogType(ctx->VARYING() ? "varbit" : "bit");
  if (ctx->exprList()) t.modifiers = typeModifiers(ctx->exprList());
  else if (!ctx->VARYING()) t.modifiers = {1};  // BIT means BIT(1)
  return t;
}

expr::TypeSyntax AstBuilder::characterType(P::CharacterTypeContext *ctx) {
  auto *kw = ctx->characterKeyword();
  bool varying = kw->VARYING() || kw->VARCHAR();
  expr::TypeSyntax t = catalogType(varying ? "varchar" : "bpchar");
  if (ctx->ICONST()) t.modifiers = {integer(ctx->ICONST())};
  else if (!varying) t.modifiers = {1};  // CHARACTER means CHARACTER(1)
  return t;
}

expr::TypeSyntax AstBuilder::datetimeType(P::DatetimeTypeContext *ctx) {
  bool with_zone = ctx->WITH() != nullptr;
  expr::TypeSyntax t = ctx->TIMESTAMP() ? catalogType(with_zone ? "timestamptz" : "timestamp")
                                        : catalogType(with_zone ? "timetz" : "time");
  if (ctx->ICONST()) t.modifiers = {integer(ctx->ICONST())};
  return t;
}

expr::TypeSyntax AstBuilder::intervalType(P::IntervalTypeContext *ctx) {
  expr::TypeSyntax t = catalogType("interval");
  if (ctx->ICONST()) {
    t.typmod = intervalTypmod(interval_fields::full_range, static_cast<int>(std::min<int64_t>(integer(ctx->ICONST()), 6)));
  } else if (ctx->intervalQualifier()) {
    t.typmod = intervalQualifier(ctx->intervalQualifier());
  }
  return t;
}

int32_t AstBuilder::intervalQualifier(P::IntervalQualifierContext *ctx) {
  using namespace interval_fields;
  int fields = 0;
  // The first unit and, after TO, the last; every unit in between is included.
  std::vector<int> units;
  for (auto *child : ctx->children) {
    auto *terminal = dynamic_cast<antlr4::tree::TerminalNode *>(child);
    size_t type = terminal ? terminal->getSymbol()->getType() : static_cast<size_t>(P::SECOND);
    if (type == P::YEAR) units.push_back(year);
    if (type == P::MONTH) units.push_back(month);
    if (type == P::DAY) units.push_back(day);
    if (type == P::HOUR) units.push_back(hour);
    if (type == P::MINUTE) units.push_back(minute);
    if (type == P::SECOND) units.push_back(second);
  }
  const int order[] = {year, month, day, hour, minute, second};
  int first = -1, last = -1;
  for (int i = 0; i < 6; ++i) {
    if (order[i] == units.front()) first = i;
    if (order[i] == units.back()) last = i;
  }
  for (int i = first; i <= last; ++i) fields |= order[i];
  int precision = full_precision;
  auto *second_ctx = ctx->intervalSecond();
  if (second_ctx && second_ctx->ICONST()) precision = static_cast<int>(std::min<int64_t>(integer(second_ctx->ICONST()), 6));
  return intervalTypmod(fields, precision);
}

}  // namespace pgshift
