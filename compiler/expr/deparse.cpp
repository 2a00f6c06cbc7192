#include "compiler/expr/deparse.h"

#include <cctype>

#include "compiler/model/name_sql.h"

namespace pgshift::expr {
namespace {

constexpr char kBreak = '\x1e';  // stands for a line break until finish()

std::string joinName(const std::vector<Identifier> &name) {
  std::string out;
  for (const auto &n : name) out += (out.empty() ? "" : ".") + n.sql();
  return out;
}

// The type an analyzed node yields, where the node records it.
std::optional<TypeName> nodeType(const Node &n) {
  if (auto *c = n.get<Const>()) return c->type;
  if (auto *c = n.get<ColumnRef>()) return c->type;
  if (auto *c = n.get<Cast>()) return c->type;
  if (auto *c = n.get<FuncCall>()) return c->type;
  if (auto *c = n.get<OpExpr>()) return c->type;
  if (auto *c = n.get<CaseExpr>()) return c->type;
  if (auto *c = n.get<CoalesceExpr>()) return c->type;
  if (auto *c = n.get<ArrayExpr>()) return c->type;
  if (auto *c = n.get<Collate>()) return nodeType(*c->arg);
  return std::nullopt;
}

class Printer {
public:
  explicit Printer(bool loose, bool for_ddl = false) : loose_(loose), for_ddl_(for_ddl) {}

  std::string print(const Node &node, bool showimplicit) {
    std::string out;
    std::visit([&](const auto &n) { out = printNode(n, showimplicit); }, node.v);
    return out;
  }

  // A constant as a partition bound prints it: never labelled with its type.
  std::string bareConstant(const Const &c) { return constant(c, -1); }

private:
  std::string typeSql(const TypeName &t) const { return t.sql(); }

  // get_const_expr(): showtype -1 never labels, 0 labels when the spelling does not
  // imply the type, 1 always labels.
  std::string constant(const Const &c, int showtype) {
    if (!c.type) return rawConstant(c);
    if (c.literal == Const::Literal::null) {
      if (loose_ || showtype < 0) return "NULL";
      return "NULL::" + typeSql(*c.type);
    }
    const std::string &v = c.value;
    std::string out;
    bool needlabel = false;
    const TypeName &t = *c.type;
    auto is = [&](const char *name) { return !t.is_array && t.isBuiltin(name); };
    if (is("int4")) {
      if (v[0] != '-') out = v;
      else out = quoteLiteral(v), needlabel = true;
    } else if (is("numeric")) {
      // Printed bare when it reads back as a numeric: digits with a point or exponent.
      if (std::isdigit(static_cast<unsigned char>(v[0])) && v.find_first_of("eE.") != std::string::npos) out = v;
      else out = quoteLiteral(v), needlabel = true;
      needlabel |= t.typmod >= 0;
    } else if (is("bool")) {
      out = v == "t" ? "true" : "false";
    } else {
      out = quoteLiteral(v);
      needlabel = !is("unknown");
    }
    if (loose_ || showtype < 0) return out;
    if (needlabel || showtype > 0) out += "::" + typeSql(t);
    return out;
  }

  std::string rawConstant(const Const &c) {
    switch (c.literal) {
      case Const::Literal::integer:
      case Const::Literal::numeric: return c.value;
      case Const::Literal::boolean: return c.value == "t" ? "true" : "false";
      case Const::Literal::null: return "NULL";
      case Const::Literal::bit_string: return "B'" + c.value + "'";
      case Const::Literal::hex_string: return "X'" + c.value + "'";
      case Const::Literal::string: return quoteLiteral(c.value);
    }
    return c.value;
  }

  std::string printNode(const Const &c, bool) { return constant(c, 0); }

  std::string printNode(const ColumnRef &c, bool) {
    if (c.fields.size() == 1 && c.fields[0] == kDomainValueName) return "VALUE";
    // Analyzed: the column alone, or old.x / new.x in a trigger's WHEN.
    if (c.type) return c.fields.size() == 2 ? c.fields[0].sql() + "." + c.fields[1].sql() : c.fields.back().sql();
    return joinName(c.fields);
  }

  // get_coercion_expr(): "arg::type", with the argument in parentheses unless it is a
  // constant of that very type.
  std::string printNode(const Cast &c, bool showimplicit) {
    if (loose_) return print(*c.arg, false);
    if (c.display == Display::implicit_cast && !showimplicit) return print(*c.arg, false);
    std::string type = c.type ? typeSql(*c.type) : "?";
    const Const *arg = c.arg->get<Const>();
    if (arg && arg->type && c.type && arg->type->name == c.type->name && arg->type->is_array == c.type->is_array &&
        arg->type->typmod == -1)
      return constant(*arg, -1) + "::" + type;
    if (arg && !arg->type && arg->literal == Const::Literal::string) return quoteLiteral(arg->value) + "::" + type;
    return "(" + print(*c.arg, false) + ")::" + type;
  }

  std::string functionName(const FuncCall &f) {
    if (f.function) return loose_ ? f.function->name.sql() : catalogNameSql(*f.function);
    return loose_ ? f.name.back().sql() : joinName(f.name);
  }

  std::string args(const NodeList &list, bool showimplicit, const char *separator = ", ") {
    std::string out;
    for (size_t i = 0; i < list.size(); ++i) out += (i ? separator : "") + print(list[i], showimplicit);
    return out;
  }

  std::string printNode(const FuncCall &f, bool) {
    const std::string name = f.function ? f.function->name.str() : f.name.back().str();
    if (f.display == Display::sql_syntax) {
      if (auto special = sqlSyntax(f, name)) return *special;
    }
    std::string out = functionName(f) + "(";
    if (f.star) return out + "*)";
    if (f.distinct) out += "DISTINCT ";
    for (size_t i = 0; i < f.args.size(); ++i) {
      if (i) out += ", ";
      if (f.variadic && i + 1 == f.args.size()) out += "VARIADIC ";
      if (i < f.arg_names.size() && !f.arg_names[i].empty()) out += quoteIdent(f.arg_names[i]) + " => ";
      out += print(f.args[i], true);
    }
    if (!f.order_by.empty()) out += " ORDER BY " + args(f.order_by, true);
    out += ")";
    if (f.filter) out += " FILTER (WHERE " + print(**f.filter, false) + ")";
    return out;
  }

  // get_func_sql_syntax(): the SQL-standard spellings.
  std::optional<std::string> sqlSyntax(const FuncCall &f, const std::string &name) {
    const NodeList &a = f.args;
    if (name == "timezone" && a.size() == 2) return "(" + print(a[1], false) + " AT TIME ZONE " + print(a[0], false) + ")";
    if (name == "extract" && a.size() == 2 && a[0].is<Const>())
      return "EXTRACT(" + a[0].as<Const>().value + " FROM " + print(a[1], false) + ")";
    if (name == "overlay" && (a.size() == 3 || a.size() == 4))
      return "OVERLAY(" + print(a[0], false) + " PLACING " + print(a[1], false) + " FROM " + print(a[2], false) +
             (a.size() == 4 ? " FOR " + print(a[3], false) : "") + ")";
    if (name == "position" && a.size() == 2) return "POSITION((" + print(a[1], false) + ") IN (" + print(a[0], false) + "))";
    if (name == "substring" && (a.size() == 2 || a.size() == 3)) {
      // PostgreSQL 15 spells out SUBSTRING(x FROM n FOR m) and SUBSTRING(x SIMILAR p
      // ESCAPE e); the regular-expression form substring(x FROM p) prints as a call.
      auto type = nodeType(a[1]);
      bool numeric = type && !type->is_array && type->isBuiltin("int4");
      if (numeric)
        return "SUBSTRING(" + print(a[0], false) + " FROM " + print(a[1], false) + (a.size() == 3 ? " FOR " + print(a[2], false) : "") + ")";
      if (a.size() == 3)
        return "SUBSTRING(" + print(a[0], false) + " SIMILAR " + print(a[1], false) + " ESCAPE " + print(a[2], false) + ")";
      return std::nullopt;
    }
    if ((name == "btrim" || name == "ltrim" || name == "rtrim") && (a.size() == 1 || a.size() == 2)) {
      const char *where = name == "btrim" ? "BOTH" : name == "ltrim" ? "LEADING" : "TRAILING";
      return std::string("TRIM(") + where + (a.size() == 2 ? " " + print(a[1], false) : "") + " FROM " + print(a[0], false) + ")";
    }
    if (name == "normalize" && (a.size() == 1 || a.size() == 2))
      return "NORMALIZE(" + print(a[0], false) + (a.size() == 2 && a[1].is<Const>() ? ", " + a[1].as<Const>().value : "") + ")";
    if (name == "pg_collation_for" && a.size() == 1) return "COLLATION FOR (" + print(a[0], false) + ")";
    if (name == "is_normalized" && (a.size() == 1 || a.size() == 2))
      return "(" + print(a[0], false) + " IS" + (a.size() == 2 && a[1].is<Const>() ? " " + a[1].as<Const>().value : "") +
             " NORMALIZED)";
    if (name == "overlaps" && a.size() == 4)
      return "((" + print(a[0], false) + ", " + print(a[1], false) + ") OVERLAPS (" + print(a[2], false) + ", " +
             print(a[3], false) + "))";
    return std::nullopt;
  }

  std::string operatorName(const std::vector<Identifier> &name) {
    if (name.size() == 1 || loose_) return name.back().str();
    std::string out = "OPERATOR(";
    for (size_t i = 0; i + 1 < name.size(); ++i) out += name[i].sql() + ".";
    return out + name.back().str() + ")";
  }

  std::string printNode(const OpExpr &o, bool) {
    switch (o.kind) {
      case OpExpr::Kind::op:
        if (o.left) return "(" + print(**o.left, true) + " " + operatorName(o.name) + " " + print(*o.right, true) + ")";
        return "(" + operatorName(o.name) + " " + print(*o.right, true) + ")";
      case OpExpr::Kind::distinct: return "(" + print(**o.left, true) + " IS DISTINCT FROM " + print(*o.right, true) + ")";
      case OpExpr::Kind::not_distinct: return "(" + print(**o.left, true) + " IS NOT DISTINCT FROM " + print(*o.right, true) + ")";
      case OpExpr::Kind::nullif: return "NULLIF(" + print(**o.left, true) + ", " + print(*o.right, true) + ")";
    }
    return "";
  }

  std::string printNode(const ArrayOp &a, bool) {
    if (for_ddl_)
      if (auto in = inList(a)) return *in;
    return "(" + print(*a.left, true) + " " + operatorName(a.name) + " " + (a.use_or ? "ANY" : "ALL") + " (" +
           print(*a.right, true) + "))";
  }

  std::string printNode(const InList &in, bool) {
    return "(" + print(*in.left, true) + (in.negated ? " NOT IN (" : " IN (") + args(in.list, true) + "))";
  }

  std::string printNode(const Between &b, bool) {
    return "(" + print(*b.arg, true) + (b.negated ? " NOT" : "") + " BETWEEN " + (b.symmetric ? "SYMMETRIC " : "") +
           print(*b.low, true) + " AND " + print(*b.high, true) + ")";
  }

  std::string printNode(const BoolExpr &b, bool) {
    if (b.kind == BoolExpr::Kind::not_) return "(NOT " + print(b.args[0], false) + ")";
    return "(" + args(b.args, false, b.kind == BoolExpr::Kind::and_ ? " AND " : " OR ") + ")";
  }

  std::string printNode(const NullTest &n, bool) {
    return "(" + print(*n.arg, true) + (n.is_not ? " IS NOT NULL)" : " IS NULL)");
  }

  std::string printNode(const BooleanTest &t, bool) {
    static const char *suffix[] = {" IS TRUE", " IS NOT TRUE", " IS FALSE", " IS NOT FALSE", " IS UNKNOWN", " IS NOT UNKNOWN"};
    return "(" + print(*t.arg, false) + suffix[static_cast<int>(t.kind)] + ")";
  }

  // pg_get_expr() indents CASE (PRETTYFLAG_INDENT): each keyword on a line of its own,
  // WHEN and ELSE four spaces further in than CASE and END.
  std::string printNode(const CaseExpr &c, bool) {
    std::string out = keyword("CASE", 0, kIndent);
    if (c.arg) out += " " + print(**c.arg, true);
    for (const auto &w : c.whens) out += keyword("WHEN ", 0, 0) + print(w.condition, false) + " THEN " + print(w.result, true);
    if (c.default_result) out += keyword("ELSE ", 0, 0) + print(**c.default_result, true);
    return out + keyword("END", -kIndent, 0);
  }

  // appendContextKeyword(): a line break (marked, resolved in finish()), the indent, the word.
  std::string keyword(const char *word, int before, int after) {
    indent_ += before;
    std::string out = std::string(1, kBreak) + std::string(static_cast<size_t>(std::max(indent_, 0)), ' ') + word;
    indent_ += after;
    return out;
  }

  std::string printNode(const ArrayExpr &a, bool) {
    std::string out = "ARRAY[" + args(a.elements, true) + "]";
    if (a.elements.empty() && a.type && !loose_) out += "::" + typeSql(*a.type);
    return out;
  }

  std::string printNode(const RowExpr &r, bool) { return "ROW(" + args(r.args, true) + ")"; }

  std::string printNode(const CoalesceExpr &c, bool) {
    const char *name = c.kind == CoalesceExpr::Kind::coalesce ? "COALESCE(" : c.kind == CoalesceExpr::Kind::greatest ? "GREATEST(" : "LEAST(";
    return name + args(c.args, true) + ")";
  }

  std::string printNode(const SqlValue &v, bool) {
    static const char *names[] = {"CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP",
                                  "CURRENT_ROLE", "CURRENT_USER", "USER", "SESSION_USER", "CURRENT_CATALOG",
                                  "CURRENT_SCHEMA"};
    std::string out = names[static_cast<int>(v.kind)];
    if (v.precision >= 0) out += "(" + std::to_string(v.precision) + ")";
    return out;
  }

  std::string printNode(const Collate &c, bool showimplicit) {
    std::string name = c.collation ? catalogNameSql(*c.collation) : joinName(c.name);
    return "(" + print(*c.arg, showimplicit) + " COLLATE " + name + ")";
  }

  std::string printNode(const Indirection &ind, bool showimplicit) {
    std::string base = print(*ind.arg, showimplicit);
    std::string out = ind.arg->is<ColumnRef>() ? base : "(" + base + ")";
    for (const auto &s : ind.steps) {
      if (s.field) {
        out += "." + s.field->sql();
      } else if (s.slice) {
        out += "[" + (s.lower ? print(**s.lower, false) : "") + ":" + (s.upper ? print(**s.upper, false) : "") + "]";
      } else {
        out += "[" + print(**s.lower, false) + "]";
      }
    }
    return out;
  }

  std::string printNode(const Param &p, bool) { return "$" + std::to_string(p.number); }

  // "x = ANY ((ARRAY[c1, c2])::t[])" with x a cast of a value of the elements' type to t:
  // what transformAExprIn makes of "x IN (c1, c2)" when that type has no = of its own.
  std::optional<std::string> inList(const ArrayOp &a) {
    const std::string &op = a.name.back().str();
    if (a.name.size() != 1 || !((a.use_or && op == "=") || (!a.use_or && op == "<>"))) return std::nullopt;
    const Cast *left = a.left->get<Cast>(), *right = a.right->get<Cast>();
    if (!left || !right || !left->type || !right->type) return std::nullopt;
    const ArrayExpr *array = right->arg->get<ArrayExpr>();
    auto source = nodeType(*left->arg);
    if (!array || !source || !array->type || array->elements.empty()) return std::nullopt;
    if (array->type->name != source->name || !array->type->is_array || source->is_array) return std::nullopt;
    for (const auto &e : array->elements) {
      auto *c = e.get<Const>();
      if (!c || !c->type || c->type->name != source->name) return std::nullopt;
    }
    return "(" + print(*left->arg, false) + (a.use_or ? " IN (" : " NOT IN (") + args(array->elements, true) + "))";
  }

  static constexpr int kIndent = 4;  // PRETTYINDENT_VAR
  bool loose_;
  bool for_ddl_;
  int indent_ = 0;
};

// Line breaks are marked while printing, because spaces printed before one must go
// (ruleutils' removeStringInfoSpaces) and the text before it is built elsewhere.
std::string finish(const std::string &text, bool loose) {
  std::string out;
  for (char c : text) {
    if (c != kBreak) {
      out += c;
      continue;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += loose ? ' ' : '\n';
  }
  if (loose) {
    // Loose text ignores layout: collapse runs of spaces.
    std::string collapsed;
    for (char c : out)
      if (c != ' ' || collapsed.empty() || collapsed.back() != ' ') collapsed += c;
    while (!collapsed.empty() && collapsed.front() == ' ') collapsed.erase(0, 1);
    return collapsed;
  }
  return out;
}

}  // namespace

std::string deparse(const Node &node) { return finish(Printer(false).print(node, false), false); }

std::string looseText(const Node &node) { return finish(Printer(true).print(node, false), true); }

std::string deparseForDdl(const Node &node) { return finish(Printer(false, true).print(node, false), false); }

std::optional<std::string> deparseBareConstant(const Node &node) {
  const Const *c = node.get<Const>();
  if (!c) return std::nullopt;
  return Printer(false).bareConstant(*c);
}

bool looksLikeFunction(const Node &node) {
  // Plain calls and the SQL-syntax ones (EXTRACT, SUBSTRING, TRIM, POSITION, ...), but
  // not AT TIME ZONE, which PostgreSQL 15 prints inside parentheses of its own.
  if (auto *f = node.get<FuncCall>()) {
    const std::string &name = f->function ? f->function->name.str() : f->name.back().str();
    return f->display == Display::call || (f->display == Display::sql_syntax && name != "timezone");
  }
  if (auto *o = node.get<OpExpr>()) return o->kind == OpExpr::Kind::nullif;
  return node.is<CoalesceExpr>() || node.is<SqlValue>();
}

}  // namespace pgshift::expr
