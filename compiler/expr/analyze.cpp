#include "compiler/expr/analyze.h"

#include <algorithm>

#include <fmt/format.h>

#include "compiler/expr/const_value.h"
#include "compiler/expr/type_resolution.h"
#include "compiler/expr/walk.h"

namespace pgshift::expr {

using builtins::Catalog;
using builtins::CoercionContext;
using builtins::CoercionKind;
using builtins::Oid;
using namespace builtins;  // oid constants

Oid typeOid(const Catalog &catalog, const TypeName &type) {
  const TypeInfo *info = catalog.typeByName(type.name.name.str(), type.name.schema.str());
  if (!info) return kInvalidOid;
  return type.is_array ? catalog.arrayOf(info->oid) : info->oid;
}

TypeName typeNameOf(const Catalog &catalog, Oid type, int32_t typmod) {
  const TypeInfo *info = catalog.type(type);
  if (!info) return TypeName::builtin("unknown");
  if (info->elem != kInvalidOid && info->category == category::kArray) {
    const TypeInfo *element = catalog.type(info->elem);
    return TypeName{{Identifier::exact(std::string(element->schema)), Identifier::exact(std::string(element->name))}, typmod, true};
  }
  return TypeName{{Identifier::exact(std::string(info->schema)), Identifier::exact(std::string(info->name))}, typmod, false};
}

namespace {

struct Typed {
  Node node;
  Oid type = kInvalidOid;
  int32_t typmod = -1;

  bool unknownLiteral() const {
    if (type != kUnknownOid) return false;
    if (node.is<Const>()) return true;
    auto *c = node.get<Collate>();
    return c && c->arg->is<Const>();
  }
};

bool isNullConst(const Node &raw) {
  auto *c = raw.get<Const>();
  return c && c->literal == Const::Literal::null && !c->type;
}

bool containsColumnRef(const Node &node) {
  bool found = false;
  forEachNode(node, [&](const Node &n) { found |= n.is<ColumnRef>(); });
  return found;
}

std::string nameText(const std::vector<Identifier> &name) {
  std::string out;
  for (const auto &n : name) out += (out.empty() ? "" : ".") + n.str();
  return out;
}

// stringToQualifiedNameList(): 'a.b' / '"A".b' into folded parts.
std::vector<Identifier> splitQualifiedName(const std::string &text) {
  std::vector<Identifier> out;
  std::string part;
  bool quoted = false, was_quoted = false;
  for (size_t i = 0; i <= text.size(); ++i) {
    char c = i < text.size() ? text[i] : '.';
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          part += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        part += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = was_quoted = true;
    } else if (c == '.') {
      if (!was_quoted)
        for (char &ch : part)
          if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      out.push_back(Identifier::exact(clipToBytes(part, kMaxIdentifierBytes)));
      part.clear();
      was_quoted = false;
    } else if (c != ' ' || !part.empty()) {
      part += c;
    }
  }
  return out;
}

class Analyzer {
public:
  Analyzer(const Catalog &catalog, const AnalysisScope &scope, ExpressionUse use)
      : catalog_(catalog), scope_(scope), use_(use) {}

  Analysis run(const Node &raw, const std::optional<TypeName> &target) {
    Typed e = transform(raw);
    switch (use_) {
      case ExpressionUse::column_default:
      case ExpressionUse::generated: {
        Oid target_oid = typeOid(catalog_, *target);
        if (target_oid == kInvalidOid) {
          uncertain("the column's type " + target->sql() + " is not known offline");
          break;
        }
        if (e.type == kInvalidOid) break;  // already uncertain
        e = coerce(std::move(e), target_oid, target->typmod, CoercionContext::assignment_cast, Display::implicit_cast, [&] {
          return fmt::format("column is of type {} but {} expression is of type {}", catalog_.formatType(target_oid),
                             use_ == ExpressionUse::generated ? "generation" : "default", catalog_.formatType(e.type));
        });
        break;
      }
      case ExpressionUse::check:
      case ExpressionUse::index_predicate:
        e = toBoolean(std::move(e), use_ == ExpressionUse::check ? "CHECK" : "WHERE");
        break;
      case ExpressionUse::index_key:
        break;
    }
    Analysis out;
    out.node = std::move(e.node);
    out.type = e.type;
    out.typmod = e.typmod;
    out.exact = uncertain_.empty();
    out.uncertain = std::move(uncertain_);
    out.relations = std::move(relations_);
    out.is_volatile = volatility_ == 'v';
    out.volatility = volatility_;
    return out;
  }

private:
  [[noreturn]] void fail(std::string message) const { throw AnalysisError(std::move(message)); }
  void uncertain(std::string why) {
    if (std::find(uncertain_.begin(), uncertain_.end(), why) == uncertain_.end()) uncertain_.push_back(std::move(why));
  }
  TypeName typeName(Oid type, int32_t typmod) const { return typeNameOf(catalog_, type, typmod); }

  // ------------------------------------------------------------ constants

  Typed literal(const Const &c) {
    Const out = c;
    switch (c.literal) {
      case Const::Literal::integer: {
        // The lexer makes an integer that does not fit int4 a float; make_const then
        // gives it int8, or numeric when it does not fit that either.
        // make_const(): whatever fits int4 after the sign is applied (even -2147483648).
        auto value = normalizeConstant(c.value, kInt4Oid, -1);
        if (value.status == ConstValue::Status::ok) return typedConst(value.text, kInt4Oid);
        auto big = normalizeConstant(c.value, kInt8Oid, -1);
        if (big.status == ConstValue::Status::ok) return typedConst(big.text, kInt8Oid);
        return typedConst(*normalizeNumeric(c.value), kNumericOid);
      }
      case Const::Literal::numeric: {
        auto n = normalizeNumeric(c.value);
        if (!n) fail("invalid numeric literal: " + c.value);
        return typedConst(*n, kNumericOid);
      }
      case Const::Literal::boolean: return typedConst(c.value, kBoolOid);
      case Const::Literal::bit_string: return typedConst(c.value, kBitOid);
      case Const::Literal::hex_string: {
        auto v = normalizeConstant("x" + c.value, kBitOid, -1);
        if (v.status == ConstValue::Status::invalid) fail(v.text);
        return typedConst(v.text, kBitOid);
      }
      case Const::Literal::string:
      case Const::Literal::null:
        return Typed{out, kUnknownOid, -1};
    }
    return Typed{out, kUnknownOid, -1};
  }

  Typed typedConst(std::string value, Oid type, int32_t typmod = -1) {
    Const c;
    c.literal = Const::Literal::string;
    c.value = std::move(value);
    c.type = typeName(type, typmod);
    return Typed{c, type, typmod};
  }

  // An unknown-type literal given a type: the type's input function runs on it now.
  Typed literalAs(const Const &c, Oid type, int32_t typmod) {
    Oid base = catalog_.baseType(type);
    if (c.literal == Const::Literal::null) {
      Const n = c;
      n.type = typeName(type, -1);
      return Typed{n, type, -1};
    }
    int32_t input_typmod = base == kIntervalOid ? typmod : -1;  // only interval's input uses it
    std::string text;
    if (base == kRegclassOid) {
      text = regclassValue(c.value);
    } else if (catalog_.isEnum(base)) {
      text = c.value;  // enum_in takes the label exactly as written; enum_out prints it back
    } else {
      // An array of enum labels reads and prints as an array of text does.
      Oid as = catalog_.isArray(base) && catalog_.isEnum(catalog_.elementOf(base)) ? kTextArrayOid : base;
      ConstValue v = normalizeConstant(c.value, as, input_typmod);
      if (v.status == ConstValue::Status::invalid) fail(v.text);
      if (v.status == ConstValue::Status::inexact)
        uncertain(fmt::format("the {} constant '{}'", catalog_.formatType(base), c.value));
      text = v.text;
    }
    Const out;
    out.literal = Const::Literal::string;
    out.value = text;
    out.type = typeName(type, input_typmod);
    return Typed{out, type, input_typmod};
  }

  // A literal given a domain type is a constant of the base type under a CoerceToDomain
  // (coerce_type()), which prints like a cast of `display`: hidden when implicit.
  Typed literalToType(const Const &c, Oid type, int32_t typmod, Display display) {
    Oid base = catalog_.baseType(type);
    if (base == type || c.literal == Const::Literal::null) return literalAs(c, type, typmod);
    Typed inner = literalAs(c, base, -1);
    Cast cast;
    cast.arg = std::move(inner.node);
    cast.type = typeName(type, -1);
    cast.display = display;
    return Typed{cast, type, -1};
  }

  // regclassin + regclassout: the relation, printed qualified (search_path = pg_catalog).
  std::string regclassValue(const std::string &text) {
    std::vector<Identifier> name = splitQualifiedName(text);
    std::optional<QualifiedName> found = scope_.find_relation ? scope_.find_relation(name) : std::nullopt;
    if (!found) {
      if (name.size() == 2) found = QualifiedName{name[0], name[1]};
      else if (!scope_.search_path.empty()) found = QualifiedName{scope_.search_path.front(), name.back()};
      uncertain(fmt::format("the relation '{}' is not in this schema", text));
    }
    if (found) {
      relations_.push_back(*found);
      return found->sql();
    }
    return text;
  }

  // ------------------------------------------------------------ coercion

  // coerce_to_target_type() followed by coerce_type_typmod(): `e` as `target`, with the
  // casts PostgreSQL inserts, shown as `display`.
  Typed coerce(Typed e, Oid target, int32_t typmod, CoercionContext context, Display display,
               const std::function<std::string()> &error) {
    if (e.type == kInvalidOid) return e;  // not analyzable: leave as is
    if (target == kAnyOid) {
      // A VARIADIC "any" parameter takes its argument as it is; a literal stays untyped.
      if (auto *c = e.node.get<Const>(); c && e.type == kUnknownOid) {
        Const u = *c;
        u.type = typeName(kUnknownOid, -1);
        e.node = u;
      }
      return e;
    }
    if (auto *collate = e.node.get<Collate>(); collate && e.type != target) {
      // coerce_type() pushes a coercion under the COLLATE and keeps the COLLATE on top.
      Typed inner{*collate->arg, e.type, e.typmod};
      Typed coerced = coerce(std::move(inner), target, typmod, context, display, error);
      const TypeInfo *info = catalog_.type(catalog_.baseType(target));
      if (!info || !info->collatable) return coerced;  // the COLLATE has nothing left to apply to
      Collate c = *collate;
      c.arg = coerced.node;
      return Typed{c, coerced.type, coerced.typmod};
    }
    if (e.type != target) {
      if (e.unknownLiteral()) {
        e = literalToType(e.node.as<Const>(), target, typmod, display);
      } else {
        builtins::CoercionPath path = catalog_.coercionPathway(e.type, target, context);
        switch (path.kind) {
          case CoercionKind::none: fail(error());
          case CoercionKind::no_op: return e;  // a polymorphic target keeps the argument
          case CoercionKind::literal:
            e = literalToType(e.node.as<Const>(), target, typmod, display);
            break;
          default: {
            if (path.kind == CoercionKind::function) calls(path.function);
            Cast cast;
            cast.arg = std::move(e.node);
            cast.type = typeName(target, -1);
            cast.display = display;
            e = Typed{cast, target, -1};
          }
        }
      }
    }
    if (typmod < 0 && e.typmod >= 0 && context != CoercionContext::implicit_cast) {
      // coerce_type_typmod() relabels to "no modifier"; a constant takes it in place.
      if (auto *c = e.node.get<Const>(); c && c->type) {
        Const relabelled = *c;
        relabelled.type->typmod = -1;
        return Typed{relabelled, e.type, -1};
      }
    }
    if (typmod >= 0 && typmod != e.typmod) {
      // A length coercion (varchar(n), numeric(p,s), timestamp(p), ...) when the type
      // has one; a cast just made is folded into it, as PostgreSQL hides it.
      const CastInfo *length = catalog_.cast(target, target);
      if (length && length->function != kInvalidOid) {
        Cast cast;
        if (auto *inner = e.node.get<Cast>(); inner && inner->display == display)
          cast.arg = *inner->arg;
        else
          cast.arg = std::move(e.node);
        cast.type = typeName(target, typmod);
        cast.display = display;
        e = Typed{cast, target, typmod};
      }
    }
    return e;
  }

  Typed implicitTo(Typed e, Oid target, const char *what) {
    Oid from = e.type;
    return coerce(std::move(e), target, -1, CoercionContext::implicit_cast, Display::implicit_cast, [&] {
      return fmt::format("{} types {} and {} cannot be matched", what, catalog_.formatType(from), catalog_.formatType(target));
    });
  }

  Typed toBoolean(Typed e, const char *construct) {
    if (e.type == kInvalidOid || e.type == kBoolOid) return e;
    Oid from = e.type;
    return coerce(std::move(e), kBoolOid, -1, CoercionContext::assignment_cast, Display::implicit_cast, [&] {
      return fmt::format("argument of {} must be type boolean, not type {}", construct, catalog_.formatType(from));
    });
  }

  // select_common_type() + coerce_to_common_type() over a list.
  Oid commonType(std::vector<Typed> &items, const char *construct) {
    std::vector<Oid> types;
    for (const auto &i : items) {
      if (i.type == kInvalidOid) return kInvalidOid;
      types.push_back(i.type);
    }
    auto common = catalog_.selectCommonType(types, construct);
    if (!common.ok()) fail(common.error);
    for (auto &i : items) i = implicitTo(std::move(i), common.type, construct);
    return common.type;
  }

  // ------------------------------------------------------------ transform

  Typed transform(const Node &raw) {
    return std::visit([&](const auto &n) { return transformNode(n, raw); }, raw.v);
  }

  Typed transformNode(const Const &c, const Node &) {
    if (c.type) return Typed{c, typeOid(catalog_, *c.type), c.type->typmod};  // already analyzed
    return literal(c);
  }

  Typed transformNode(const ColumnRef &c, const Node &) {
    if (!scope_.columns) fail("cannot use column reference in DEFAULT expression");
    const Identifier &name = c.fields.back();
    std::vector<Identifier> fields{name};
    if (scope_.row_qualifiers) {
      if (c.fields.size() != 2 || (c.fields[0].str() != "old" && c.fields[0].str() != "new"))
        fail(fmt::format("column reference \"{}\" must be qualified with OLD or NEW in a trigger's WHEN", nameText(c.fields)));
      fields.insert(fields.begin(), c.fields[0]);
    }
    for (const auto &column : *scope_.columns) {
      if (column.name == name) {
        Oid type = typeOid(catalog_, column.type);
        if (type == kInvalidOid) uncertain("the type " + column.type.sql() + " is not known offline");
        return Typed{ColumnRef{fields, column.type}, type, column.type.typmod};
      }
    }
    fail(fmt::format("column \"{}\" does not exist", nameText(c.fields)));
  }

  Typed transformNode(const Cast &c, const Node &) {
    if (!c.syntax) {  // already analyzed
      Typed arg = transform(*c.arg);
      Oid target = typeOid(catalog_, *c.type);
      return coerce(std::move(arg), target, c.type->typmod, CoercionContext::explicit_cast, c.display,
                    [&] { return std::string("cannot cast"); });
    }
    std::string error;
    // User-defined types are the catalog's own (normalize/schema_catalog.h).
    auto type = resolveType(*c.syntax, scope_.search_path, [this](const QualifiedName &q) {
      return catalog_.typeByName(q.name.str(), q.schema.str()) != nullptr;
    }, error);
    if (!type) fail(error);
    Oid target = typeOid(catalog_, *type);
    if (target == kInvalidOid) {
      uncertain("the type " + type->sql() + " is not known offline");
      Typed arg = transform(*c.arg);
      Cast cast;
      cast.arg = arg.node;
      cast.type = *type;
      return Typed{cast, kInvalidOid, -1};
    }
    // ARRAY[...]::t[] types the elements directly (transformTypeCast passes the type down).
    if (auto *array = c.arg->get<ArrayExpr>(); array && catalog_.isArray(target))
      return arrayExpr(*array, target, type->typmod);
    Typed arg = transform(*c.arg);
    Oid from = arg.type;
    return coerce(std::move(arg), target, type->typmod, CoercionContext::explicit_cast, Display::explicit_cast, [&] {
      return fmt::format("cannot cast type {} to {}", catalog_.formatType(from), catalog_.formatType(target));
    });
  }

  Typed transformNode(const OpExpr &o, const Node &) {
    if (o.kind == OpExpr::Kind::distinct || o.kind == OpExpr::Kind::not_distinct) {
      // An undecorated NULL on either side makes it a null test.
      bool is_distinct = o.kind == OpExpr::Kind::distinct;
      if (isNullConst(*o.right)) return Typed{NullTest{is_distinct, transform(**o.left).node}, kBoolOid, -1};
      if (isNullConst(**o.left)) return Typed{NullTest{is_distinct, transform(*o.right).node}, kBoolOid, -1};
    }
    if (o.kind == OpExpr::Kind::op && o.left && (*o.left)->is<RowExpr>() && o.right->is<RowExpr>() &&
        (o.name.back().str() == "=" || o.name.back().str() == "<>")) {
      // make_row_comparison_op(): ROW(a, b) = ROW(1, 2) is (a = 1) AND (b = 2).
      const auto &l = (*o.left)->as<RowExpr>().args, &r = o.right->as<RowExpr>().args;
      if (l.size() != r.size()) fail("unequal number of entries in row expressions");
      bool eq = o.name.back().str() == "=";
      BoolExpr combined{eq ? BoolExpr::Kind::and_ : BoolExpr::Kind::or_, {}};
      for (size_t i = 0; i < l.size(); ++i) {
        OpExpr pair;
        pair.name = {o.name.back()};
        pair.left = Box<Node>(l[i]);
        pair.right = r[i];
        combined.args.push_back(transformNode(pair, Node()).node);
      }
      if (combined.args.size() == 1) return Typed{combined.args[0], kBoolOid, -1};
      return Typed{combined, kBoolOid, -1};
    }
    std::optional<Typed> left;
    if (o.left) left = transform(**o.left);
    Typed right = transform(*o.right);
    std::string schema = o.name.size() > 1 ? o.name[0].str() : "";
    const std::string &name = o.name.back().str();
    if ((left && left->type == kInvalidOid) || right.type == kInvalidOid) return unresolvedOp(o, left, right);
    auto r = catalog_.resolveOperator(name, left ? left->type : kInvalidOid, right.type, schema);
    // Every operator the schema can use is in the catalog (user-defined ones are not
    // supported yet), so one that does not resolve is what PostgreSQL rejects.
    if (!r.ok()) fail(r.error);
    calls(r.op->function);
    OpExpr out;
    // IS NOT DISTINCT FROM is NOT (... IS DISTINCT FROM ...), as PostgreSQL stores it.
    out.kind = o.kind == OpExpr::Kind::not_distinct ? OpExpr::Kind::distinct : o.kind;
    out.name = o.name.size() > 1 && schema != "pg_catalog" ? o.name : std::vector<Identifier>{o.name.back()};
    if (left) out.left = Box<Node>(implicitTo(std::move(*left), r.left, "operator").node);
    out.right = implicitTo(std::move(right), r.right, "operator").node;
    Oid result = r.result;
    if (o.kind == OpExpr::Kind::nullif) result = r.left;  // NULLIF yields its first argument's type
    if (o.kind != OpExpr::Kind::op && r.result != kBoolOid && o.kind != OpExpr::Kind::nullif)
      fail("IS DISTINCT FROM requires = operator to yield boolean");
    out.type = typeName(result, -1);
    Typed typed{out, result, -1};
    if (o.kind == OpExpr::Kind::not_distinct) return Typed{BoolExpr{BoolExpr::Kind::not_, {typed.node}}, kBoolOid, -1};
    return typed;
  }

  Typed unresolvedOp(const OpExpr &o, std::optional<Typed> &left, Typed &right) {
    uncertain("the operator " + nameText(o.name));
    OpExpr out = o;
    if (left) out.left = Box<Node>(left->node);
    out.right = right.node;
    return Typed{out, kInvalidOid, -1};
  }

  Typed transformNode(const ArrayOp &a, const Node &) {
    Typed left = transform(*a.left);
    Typed right = transform(*a.right);
    std::string schema = a.name.size() > 1 ? a.name[0].str() : "";
    if (left.type == kInvalidOid || right.type == kInvalidOid) {
      uncertain("the operator " + nameText(a.name));
      return Typed{ArrayOp{a.name, a.use_or, left.node, right.node}, kInvalidOid, -1};
    }
    auto r = catalog_.resolveScalarArrayOp(a.name.back().str(), left.type, right.type, schema);
    if (!r.ok()) fail(r.error);
    ArrayOp out;
    out.name = {a.name.back()};
    out.use_or = a.use_or;
    out.left = implicitTo(std::move(left), r.left, "operator").node;
    out.right = implicitTo(std::move(right), r.right, "operator").node;
    return Typed{out, kBoolOid, -1};
  }

  // transformAExprIn(): two or more items without column references become one
  // "= ANY (ARRAY[...])" over their common type (with the left side's type first); what
  // remains is compared one item at a time, OR-ed (AND-ed for NOT IN) left to right.
  Typed transformNode(const InList &in, const Node &) {
    const char *op = in.negated ? "<>" : "=";
    Typed left = transform(*in.left);
    std::vector<const Node *> var_items, const_items;
    for (const auto &item : in.list) (containsColumnRef(item) ? var_items : const_items).push_back(&item);

    std::optional<Node> result;
    auto combine = [&](Node cmp) {
      if (!result) result = std::move(cmp);
      else result = Node(BoolExpr{in.negated ? BoolExpr::Kind::and_ : BoolExpr::Kind::or_, {std::move(*result), std::move(cmp)}});
    };
    std::vector<const Node *> one_by_one;
    bool as_array = false;
    if (const_items.size() > 1 && left.type != kInvalidOid) {
      std::vector<Typed> items;
      std::vector<Oid> types{left.type};
      bool known = true;
      for (const Node *item : const_items) {
        items.push_back(transform(*item));
        known &= items.back().type != kInvalidOid;
        types.push_back(items.back().type);
      }
      auto common = known ? catalog_.selectCommonType(types, "IN") : builtins::CommonTypeResult{};
      Oid array_type = common.ok() && common.type != kRecordOid ? catalog_.arrayOf(common.type) : kInvalidOid;
      if (array_type != kInvalidOid) {
        ArrayExpr array;
        for (auto &t : items) array.elements.push_back(implicitTo(std::move(t), common.type, "IN").node);
        array.type = typeName(array_type, -1);
        ArrayOp saop;
        saop.name = {Identifier::exact(op)};
        saop.use_or = !in.negated;
        result = arrayOpOver(saop, left, Typed{Node(array), array_type, -1});
        as_array = true;
      }
    }
    if (as_array) {
      one_by_one = var_items;
    } else {
      for (const auto &item : in.list) one_by_one.push_back(&item);
    }
    for (const Node *item : one_by_one) {
      OpExpr cmp;
      cmp.name = {Identifier::exact(op)};
      cmp.left = Box<Node>(*in.left);
      cmp.right = *item;
      combine(toBoolean(transformNode(cmp, Node()), "IN").node);
    }
    return Typed{std::move(*result), kBoolOid, -1};
  }

  Node arrayOpOver(const ArrayOp &a, Typed left, Typed right) {
    auto r = catalog_.resolveScalarArrayOp(a.name.back().str(), left.type, right.type);
    if (!r.ok()) {
      uncertain(fmt::format("the operator {} ANY/ALL ({})", a.name.back().str(), r.error));
      return ArrayOp{a.name, a.use_or, left.node, right.node};
    }
    ArrayOp out;
    out.name = a.name;
    out.use_or = a.use_or;
    out.left = implicitTo(std::move(left), r.left, "operator").node;
    out.right = implicitTo(std::move(right), r.right, "operator").node;
    return out;
  }

  Typed transformNode(const Between &b, const Node &) {
    // transformAExprBetween(): rewritten with >=, <=, <, > and transformed again.
    auto op = [](const char *name, const Node &l, const Node &r) {
      OpExpr o;
      o.name = {Identifier::exact(name)};
      o.left = Box<Node>(l);
      o.right = r;
      return Node(o);
    };
    auto both = [](BoolExpr::Kind kind, Node a, Node b) { return Node(BoolExpr{kind, {std::move(a), std::move(b)}}); };
    using K = BoolExpr::Kind;
    Node rewritten;
    if (!b.negated && !b.symmetric) {
      rewritten = both(K::and_, op(">=", *b.arg, *b.low), op("<=", *b.arg, *b.high));
    } else if (b.negated && !b.symmetric) {
      rewritten = both(K::or_, op("<", *b.arg, *b.low), op(">", *b.arg, *b.high));
    } else if (!b.negated) {
      rewritten = both(K::or_, both(K::and_, op(">=", *b.arg, *b.low), op("<=", *b.arg, *b.high)),
                       both(K::and_, op(">=", *b.arg, *b.high), op("<=", *b.arg, *b.low)));
    } else {
      rewritten = both(K::and_, both(K::or_, op("<", *b.arg, *b.low), op(">", *b.arg, *b.high)),
                       both(K::or_, op("<", *b.arg, *b.high), op(">", *b.arg, *b.low)));
    }
    return transform(rewritten);
  }

  Typed transformNode(const BoolExpr &b, const Node &) {
    BoolExpr out{b.kind, {}};
    const char *construct = b.kind == BoolExpr::Kind::and_ ? "AND" : b.kind == BoolExpr::Kind::or_ ? "OR" : "NOT";
    for (const auto &a : b.args) out.args.push_back(toBoolean(transform(a), construct).node);
    return Typed{out, kBoolOid, -1};
  }

  Typed transformNode(const NullTest &n, const Node &) { return Typed{NullTest{n.is_not, transform(*n.arg).node}, kBoolOid, -1}; }

  Typed transformNode(const BooleanTest &t, const Node &) {
    BooleanTest out;
    out.kind = t.kind;
    out.arg = toBoolean(transform(*t.arg), "IS TRUE").node;
    return Typed{out, kBoolOid, -1};
  }

  Typed transformNode(const CaseExpr &c, const Node &) {
    CaseExpr out;
    std::optional<Typed> arg;
    if (c.arg) {
      arg = transform(**c.arg);
      out.arg = Box<Node>(arg->node);
    }
    std::vector<Typed> results;
    // ELSE first: select_common_type sees the default result before the THEN results.
    Const null_const;
    null_const.literal = Const::Literal::null;
    results.push_back(c.default_result ? transform(**c.default_result) : Typed{null_const, kUnknownOid, -1});
    for (const auto &w : c.whens) {
      Node condition;
      if (arg) {
        // "arg = value": only the value side is printed, coerced as the operator needs.
        Typed value = transform(w.condition);
        if (arg->type != kInvalidOid && value.type != kInvalidOid) {
          auto r = catalog_.resolveOperator("=", arg->type, value.type);
          if (r.ok()) value = implicitTo(std::move(value), r.right, "CASE");
          else uncertain("the operator = in CASE (" + r.error + ")");
        }
        condition = value.node;
      } else {
        condition = toBoolean(transform(w.condition), "CASE/WHEN").node;
      }
      out.whens.push_back(CaseWhen{condition, Node()});
      results.push_back(transform(w.result));
    }
    Oid type = commonType(results, "CASE");
    out.default_result = Box<Node>(results[0].node);
    for (size_t i = 0; i < out.whens.size(); ++i) out.whens[i].result = results[i + 1].node;
    if (type != kInvalidOid) out.type = typeName(type, -1);
    return Typed{out, type, -1};
  }

  Typed transformNode(const CoalesceExpr &c, const Node &) {
    std::vector<Typed> args;
    for (const auto &a : c.args) args.push_back(transform(a));
    const char *construct = c.kind == CoalesceExpr::Kind::coalesce ? "COALESCE" : c.kind == CoalesceExpr::Kind::greatest ? "GREATEST" : "LEAST";
    Oid type = commonType(args, construct);
    CoalesceExpr out{c.kind, {}};
    for (auto &a : args) out.args.push_back(std::move(a.node));
    if (type != kInvalidOid) out.type = typeName(type, -1);
    return Typed{out, type, -1};
  }

  Typed transformNode(const ArrayExpr &a, const Node &) { return arrayExpr(a, kInvalidOid, -1); }

  // transformArrayExpr(): with a target array type (from a cast) the elements are cast
  // to its element type explicitly; otherwise they get their common type.
  Typed arrayExpr(const ArrayExpr &a, Oid array_type, int32_t typmod) {
    std::vector<Typed> elements;
    bool multidim = !a.elements.empty() && std::all_of(a.elements.begin(), a.elements.end(),
                                                       [](const Node &n) { return n.is<ArrayExpr>(); });
    for (const auto &e : a.elements) {
      if (multidim) elements.push_back(arrayExpr(e.as<ArrayExpr>(), array_type, typmod));
      else elements.push_back(transform(e));
    }
    Oid element_type = kInvalidOid;
    if (array_type != kInvalidOid) {
      element_type = multidim ? array_type : catalog_.elementOf(array_type);
      for (auto &e : elements) {
        Oid from = e.type;
        e = coerce(std::move(e), element_type, multidim ? -1 : typmod, CoercionContext::explicit_cast, Display::explicit_cast, [&] {
          return fmt::format("cannot cast type {} to {}", catalog_.formatType(from), catalog_.formatType(element_type));
        });
      }
    } else {
      if (elements.empty()) fail("cannot determine type of empty array");
      element_type = commonType(elements, "ARRAY");
      if (element_type == kInvalidOid) {
        ArrayExpr out;
        for (auto &e : elements) out.elements.push_back(e.node);
        return Typed{out, kInvalidOid, -1};
      }
    }
    Oid result = multidim ? element_type : catalog_.arrayOf(element_type);
    if (result == kInvalidOid) fail(fmt::format("could not find array type for data type {}", catalog_.formatType(element_type)));
    ArrayExpr out;
    for (auto &e : elements) out.elements.push_back(std::move(e.node));
    out.type = typeName(result, -1);
    return foldElementCasts(Typed{out, result, -1});
  }

  // ARRAY[x::t, y::t] with x, y of one type s is the same value as (ARRAY[x, y])::t[],
  // and PostgreSQL produces either for the same schema: a varchar IN list is stored as
  // the second, and that text, read back (as from pg_dump), becomes the first. One
  // shape for both: the cast of the array.
  Typed foldElementCasts(Typed array) {
    const ArrayExpr &a = array.node.as<ArrayExpr>();
    if (a.elements.empty()) return array;
    std::optional<TypeName> source;
    for (const auto &e : a.elements) {
      const Cast *cast = e.get<Cast>();
      if (!cast || cast->display != Display::explicit_cast || !cast->type || cast->type->typmod != -1) return array;
      std::optional<TypeName> arg_type;
      if (auto *c = cast->arg->get<Const>()) arg_type = c->type;
      if (auto *c = cast->arg->get<ColumnRef>()) arg_type = c->type;
      if (!arg_type || (source && *arg_type != *source) || arg_type->is_array) return array;
      source = arg_type;
    }
    Oid source_oid = typeOid(catalog_, source->element());
    Oid source_array = source_oid ? catalog_.arrayOf(source_oid) : kInvalidOid;
    if (!source_array) return array;
    ArrayExpr inner;
    for (const auto &e : a.elements) inner.elements.push_back(*e.as<Cast>().arg);
    inner.type = typeName(source_array, -1);
    Cast cast;
    cast.arg = Node(inner);
    cast.type = a.type;
    cast.display = Display::explicit_cast;
    return Typed{cast, array.type, -1};
  }

  Typed transformNode(const RowExpr &r, const Node &) {
    RowExpr out{{}, r.explicit_row};
    for (const auto &a : r.args) out.args.push_back(transform(a).node);
    return Typed{out, kRecordOid, -1};
  }

  Typed transformNode(const FuncCall &f, const Node &) {
    std::vector<Typed> args;
    std::vector<Oid> types;
    for (const auto &a : f.args) {
      args.push_back(transform(a));
      types.push_back(args.back().type);
    }
    std::string schema = f.name.size() > 1 ? f.name[0].str() : "";
    const std::string &name = f.name.back().str();
    auto unresolved = [&](std::string why) {
      uncertain(std::move(why));
      FuncCall out = f;
      out.args.clear();
      for (auto &a : args) out.args.push_back(a.node);
      return Typed{out, kInvalidOid, -1};
    };
    if (f.star || !f.order_by.empty() || f.filter || f.distinct)
      fail(fmt::format("aggregate functions are not allowed here: {}", name));
    if (std::any_of(types.begin(), types.end(), [](Oid t) { return t == kInvalidOid; }))
      return unresolved("the function " + nameText(f.name));
    builtins::CallOptions options;
    for (const auto &n : f.arg_names)
      if (!n.empty() || !options.arg_names.empty()) options.arg_names.push_back(n);
    options.variadic = f.variadic;
    auto r = catalog_.resolveFunction(name, types, options, schema);
    if (r.status == builtins::ResolutionStatus::not_found && scope_.function_may_exist &&
        scope_.function_may_exist(schema, name))
      return unresolved("the function " + nameText(f.name) + ", which an extension may provide");
    if (!r.ok()) fail(r.error);
    if (r.kind == builtins::FunctionCallKind::coercion) {
      // typename(x): a cast written as a call.
      Oid from = args[0].type;
      return coerce(std::move(args[0]), r.result, -1, CoercionContext::explicit_cast, Display::explicit_cast, [&] {
        return fmt::format("cannot cast type {} to {}", catalog_.formatType(from), catalog_.formatType(r.result));
      });
    }
    if (r.kind != builtins::FunctionCallKind::normal) fail(fmt::format("aggregate and window functions are not allowed here: {}", name));
    if (r.retset) fail(fmt::format("set-returning functions are not allowed here: {}", name));
    calls(r.function->oid);
    FuncCall out;
    out.name = f.name;
    out.function = QualifiedName{Identifier::exact(std::string(r.function->schema)), Identifier::exact(std::string(r.function->name))};
    out.display = f.display;
    out.variadic = f.variadic;
    out.arg_names = f.arg_names;
    size_t fixed = args.size() - static_cast<size_t>(r.n_variadic);
    for (size_t i = 0; i < fixed; ++i) out.args.push_back(implicitTo(std::move(args[i]), r.declared[i], "function argument").node);
    if (r.n_variadic > 0) {
      if (r.variadic_array == kInvalidOid) {
        for (size_t i = fixed; i < args.size(); ++i) out.args.push_back(std::move(args[i].node));  // VARIADIC "any"
      } else {
        ArrayExpr array;
        for (size_t i = fixed; i < args.size(); ++i)
          array.elements.push_back(implicitTo(std::move(args[i]), r.declared[i], "function argument").node);
        array.type = typeName(r.variadic_array, -1);
        out.args.push_back(array);
        out.variadic = true;  // printed as VARIADIC ARRAY[...], as ruleutils does
      }
    }
    out.type = typeName(r.result, -1);
    return Typed{out, r.result, -1};
  }

  Typed transformNode(const SqlValue &v, const Node &) {
    using K = SqlValue::Kind;
    if (volatility_ == 'i') volatility_ = 's';  // depends on the session
    Oid type = kNameOid;
    switch (v.kind) {
      case K::current_date: type = kDateOid; break;
      case K::current_time: type = kTimetzOid; break;
      case K::current_timestamp: type = kTimestamptzOid; break;
      case K::localtime: type = kTimeOid; break;
      case K::localtimestamp: type = kTimestampOid; break;
      default: break;
    }
    return Typed{v, type, v.precision};
  }

  // The collation an unqualified name finds: pg_catalog first unless the path lists it.
  std::optional<QualifiedName> collationInPath(const Identifier &name) const {
    const Identifier catalog = Identifier::exact("pg_catalog");
    std::vector<Identifier> path = scope_.search_path;
    if (std::find(path.begin(), path.end(), catalog) == path.end()) path.insert(path.begin(), catalog);
    for (const auto &schema : path) {
      if (schema == catalog ? isBuiltinCollation(name.str())
                            : scope_.collation_exists && scope_.collation_exists(QualifiedName{schema, name}))
        return QualifiedName{schema, name};
    }
    return std::nullopt;
  }

  Typed transformNode(const Collate &c, const Node &) {
    Typed arg = transform(*c.arg);
    Collate out = c;
    out.arg = arg.node;
    if (!out.collation) {
      if (c.name.size() == 2) out.collation = QualifiedName{c.name[0], c.name[1]};
      else if (auto found = collationInPath(c.name[0])) out.collation = found;
      else fail(fmt::format("collation \"{}\" for encoding \"UTF8\" does not exist", c.name[0].str()));
    }
    if (arg.type != kInvalidOid && arg.type != kUnknownOid) {
      const TypeInfo *info = catalog_.type(catalog_.baseType(arg.type));
      if (info && !info->collatable)
        fail(fmt::format("collations are not supported by type {}", catalog_.formatType(arg.type)));
    }
    return Typed{out, arg.type, arg.typmod};
  }

  Typed transformNode(const Indirection &ind, const Node &) {
    Typed arg = transform(*ind.arg);
    Indirection out;
    out.arg = arg.node;
    Oid type = arg.type;
    for (const auto &step : ind.steps) {
      Indirection::Step s = step;
      if (step.field) {
        uncertain("field selection ." + step.field->str());
        type = kInvalidOid;
      } else if (type == kJsonbOid) {
        // jsonb subscripts (PostgreSQL 14): a key (text) or a position (integer).
        if (step.slice) fail("jsonb subscript does not support slices");
        Typed index = transform(**step.lower);
        if (index.type == kUnknownOid) index = implicitTo(std::move(index), kTextOid, "jsonb subscript");
        else if (index.type != kTextOid && index.type != kInt4Oid) index = implicitTo(std::move(index), kTextOid, "jsonb subscript");
        s.lower = Box<Node>(index.node);
      } else {
        if (step.lower) s.lower = Box<Node>(implicitTo(transform(**step.lower), kInt4Oid, "array subscript").node);
        if (step.upper) s.upper = Box<Node>(implicitTo(transform(**step.upper), kInt4Oid, "array subscript").node);
        if (type != kInvalidOid && !step.slice) type = catalog_.elementOf(type);
      }
      out.steps.push_back(std::move(s));
    }
    return Typed{out, type, -1};
  }

  Typed transformNode(const Param &p, const Node &) {
    fail("there is no parameter $" + std::to_string(p.number));  // no parameters in DDL
  }

  const Catalog &catalog_;
  const AnalysisScope &scope_;
  ExpressionUse use_;
  std::vector<std::string> uncertain_;
  std::vector<QualifiedName> relations_;
  char volatility_ = 'i';
  void calls(builtins::Oid function) {
    const FunctionInfo *f = function ? catalog_.functionByOid(function) : nullptr;
    char v = f ? f->volatility : 'v';
    if (v == 'v' || (v == 's' && volatility_ == 'i')) volatility_ = v;
  }
};

}  // namespace

Analysis analyze(const Node &raw, const Catalog &catalog, const AnalysisScope &scope, ExpressionUse use,
                 const std::optional<TypeName> &target) {
  Analyzer analyzer(catalog, scope, use);
  return analyzer.run(raw, target);
}

}  // namespace pgshift::expr
