#include "compiler/diff/type_diff.h"
#include "compiler/diff/same_expression.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace pgshift::diff {
namespace {

class TypeDiffer {
public:
  TypeDiffer(const SchemaModel &from, const SchemaModel &to, Diff &out) : from_(from), to_(to), out_(out) {}

  void run() {
    enums();
    domains();
    composites();
    ranges();
  }

private:
  void add(Change c) { out_.changes.push_back(std::move(c)); }
  void comment(SetComment::Kind kind, const QualifiedName &object, const std::optional<std::string> &from,
               const std::optional<std::string> &to) {
    if (from != to) add(SetComment{kind, object, {}, from, to});
  }

  bool sameExpression(const std::optional<Expression> &a, const std::optional<Expression> &b, const std::string &what) {
    return diff::sameExpression(a, b, what, out_.notes);
  }

  // What in `model` uses the type, other than table columns: "domain public.d".
  static std::vector<std::string> typeUsers(const SchemaModel &model, const QualifiedName &type) {
    std::vector<std::string> out;
    for (const auto &d : model.domains)
      if (d.base.name == type) out.push_back("domain " + d.name.sql());
    for (const auto &c : model.composites)
      for (const auto &a : c.attributes)
        if (a.type.name == type) {
          out.push_back("composite type " + c.name.sql());
          break;
        }
    for (const auto &r : model.ranges)
      if (r.subtype.name == type) out.push_back("range type " + r.name.sql());
    return out;
  }

  // Columns of `from` using the type, in tables that stay.
  std::vector<std::string> columnUsers(const QualifiedName &type) const {
    std::vector<std::string> out;
    for (const auto &t : from_.tables) {
      if (!to_.findTable(t.name)) continue;
      for (const auto &c : t.columns)
        if (c.type.name == type) out.push_back("column " + t.name.sql() + "." + c.name.sql());
    }
    return out;
  }

  // The type is dropped and created again: only while nothing uses it.
  void recreate(const QualifiedName &type, const std::string &kind, const std::string &why) {
    std::vector<std::string> users = columnUsers(type);
    for (auto &u : typeUsers(from_, type)) users.push_back(std::move(u));
    if (users.empty()) return;
    throw std::runtime_error("unsupported: " + kind + " " + type.sql() + " changes its " + why +
                             ", which means creating it anew, but " + users.front() +
                             (users.size() > 1 ? " and " + std::to_string(users.size() - 1) + " more use it" : " uses it"));
  }

  // ---- enums

  static bool keepsOrder(const std::vector<std::string> &old_values, const std::vector<std::string> &new_values) {
    size_t i = 0;
    for (const auto &v : new_values)
      if (i < old_values.size() && old_values[i] == v) ++i;
    return i == old_values.size();
  }

  void enums() {
    for (const auto &e : to_.enums) {
      const EnumType *old = from_.findEnum(e.name);
      if (!old) {
        add(CreateEnum{e});
        comment(SetComment::Kind::type, e.name, std::nullopt, e.comment);
        continue;
      }
      if (old->values != e.values) alterEnum(*old, e);
      comment(SetComment::Kind::type, e.name, old->comment, e.comment);
    }
    for (const auto &e : from_.enums)
      if (!to_.findEnum(e.name)) add(DropEnum{e});
  }

  void alterEnum(const EnumType &from, const EnumType &to) {
    AlterEnum change{from, to, keepsOrder(from.values, to.values), {}};
    if (!change.in_place) {
      std::vector<std::string> users = typeUsers(from_, from.name);
      if (!users.empty())
        throw std::runtime_error("unsupported: enum " + from.name.sql() + " loses or reorders values, which swaps in a new type, but " +
                                 users.front() + " uses it");
    }
    for (const auto &t : from_.tables) {
      const Table *target = to_.findTable(t.name);
      if (!target) continue;
      for (const auto &c : t.columns) {
        const Column *after = target->findColumn(c.name);
        if (c.type.name == from.name && after && after->type == c.type) change.columns.push_back({t.name, c, *after});
      }
    }
    collectNamingExpressions(change);
    // The swap sets the converted columns' defaults itself (dropped before the
    // conversion, set after it), so their default changes are no changes of their own.
    if (!change.in_place) {
      for (auto &other : out_.changes) {
        auto *alter = std::get_if<AlterColumn>(&other);
        if (!alter) continue;
        for (const auto &c : change.columns)
          if (alter->table == c.table && alter->to.name == c.to.name) alter->changes &= ~default_changed;
      }
      out_.changes.erase(std::remove_if(out_.changes.begin(), out_.changes.end(), [](const Change &c) {
                           auto *alter = std::get_if<AlterColumn>(&c);
                           return alter && alter->changes == 0;
                         }), out_.changes.end());
    }
    add(std::move(change));
  }

  static bool namesType(const std::optional<Expression> &e, const QualifiedName &type) {
    return e && e->text.find("::" + type.sql()) != std::string::npos;
  }

  void collectNamingExpressions(AlterEnum &change) const {
    const QualifiedName &type = change.from.name;
    std::set<QualifiedName> tables;
    for (const auto &c : change.columns) tables.insert(c.table);
    for (const auto &name : tables) {
      const Table *before = from_.findTable(name), *after = to_.findTable(name);
      for (const auto &c : before->constraints) {
        const Constraint *same = after->findConstraint(c.name);
        if (c.kind == ConstraintKind::check && namesType(c.check, type) && same && *same == c)
          change.checks.push_back({name, c});
      }
    }
    for (const auto &i : from_.indexes) {
      if (!tables.count(i.tableName())) continue;
      bool names = namesType(i.predicate, type);
      for (const auto &k : i.keys) names = names || namesType(k.expression, type);
      const Index *same = to_.findIndex(i.name);
      if (names && same && *same == i) change.indexes.push_back(i);
    }
  }

  // ---- domains

  bool sameConstraints(const Domain &a, const Domain &b) {
    std::string what = "domain " + b.name.sql();
    if (a.not_null != b.not_null || a.checks.size() != b.checks.size()) return false;
    if (!sameExpression(a.default_value, b.default_value, what + " DEFAULT")) return false;
    for (size_t i = 0; i < a.checks.size(); ++i) {
      if (a.checks[i].name != b.checks[i].name || a.checks[i].validated != b.checks[i].validated) return false;
      if (!sameExpression(a.checks[i].check, b.checks[i].check, what + " constraint " + b.checks[i].name.sql())) return false;
    }
    return true;
  }

  void domains() {
    for (const auto &d : to_.domains) {
      const Domain *old = from_.findDomain(d.name);
      if (old && (old->base != d.base || old->collation != d.collation)) {
        recreate(d.name, "domain", old->base != d.base ? "base type" : "collation");
        add(DropDomain{*old});
        old = nullptr;
      }
      if (!old) {
        add(CreateDomain{d});
        comment(SetComment::Kind::domain, d.name, std::nullopt, d.comment);
        continue;
      }
      if (!sameConstraints(*old, d)) add(AlterDomain{*old, d});
      comment(SetComment::Kind::domain, d.name, old->comment, d.comment);
    }
    for (const auto &d : from_.domains)
      if (!to_.findDomain(d.name)) add(DropDomain{d});
  }

  // ---- composite types

  // ALTER TYPE appends added attributes: the kept ones must stay first, in order.
  static bool alterable(const CompositeType &from, const CompositeType &to) {
    std::vector<Identifier> kept;
    for (const auto &a : from.attributes)
      if (to.findAttribute(a.name)) kept.push_back(a.name);
    if (kept.size() > to.attributes.size()) return false;
    for (size_t i = 0; i < kept.size(); ++i)
      if (to.attributes[i].name != kept[i]) return false;
    for (size_t i = kept.size(); i < to.attributes.size(); ++i)
      if (from.findAttribute(to.attributes[i].name)) return false;
    return true;
  }

  void composites() {
    for (const auto &c : to_.composites) {
      const CompositeType *old = from_.findComposite(c.name);
      if (old && old->attributes != c.attributes && !alterable(*old, c)) {
        recreate(c.name, "composite type", "attribute order");
        add(DropComposite{*old});
        old = nullptr;
      }
      if (!old) {
        add(CreateComposite{c});
        comment(SetComment::Kind::type, c.name, std::nullopt, c.comment);
        continue;
      }
      if (old->attributes != c.attributes) {
        // PostgreSQL refuses ALTER ATTRIBUTE ... TYPE while a column uses the type.
        for (const auto &a : c.attributes)
          if (const CompositeAttribute *before = old->findAttribute(a.name); before && *before != a) {
            std::vector<std::string> users = columnUsers(c.name);
            for (auto &u : typeUsers(from_, c.name)) users.push_back(std::move(u));
            if (!users.empty())
              throw std::runtime_error("unsupported: attribute " + a.name.sql() + " of composite type " + c.name.sql() +
                                       " changes its type, which PostgreSQL refuses while " + users.front() + " uses the type");
          }
        add(AlterComposite{*old, c});
      }
      comment(SetComment::Kind::type, c.name, old->comment, c.comment);
    }
    for (const auto &c : from_.composites)
      if (!to_.findComposite(c.name)) add(DropComposite{c});
  }

  // ---- range types

  void ranges() {
    for (const auto &r : to_.ranges) {
      const RangeType *old = from_.findRange(r.name);
      if (old) {
        bool same = old->subtype == r.subtype && old->subtype_opclass == r.subtype_opclass && old->collation == r.collation &&
                    old->canonical == r.canonical && old->subtype_diff == r.subtype_diff && old->multirange == r.multirange;
        if (!same) {
          recreate(r.name, "range type", "definition");
          add(DropRange{*old});
          old = nullptr;
        }
      }
      if (!old) {
        add(CreateRange{r});
        comment(SetComment::Kind::type, r.name, std::nullopt, r.comment);
        continue;
      }
      comment(SetComment::Kind::type, r.name, old->comment, r.comment);
    }
    for (const auto &r : from_.ranges)
      if (!to_.findRange(r.name)) add(DropRange{r});
  }

  const SchemaModel &from_;
  const SchemaModel &to_;
  Diff &out_;
};

}  // namespace

void diffTypes(const SchemaModel &from, const SchemaModel &to, Diff &out) { TypeDiffer(from, to, out).run(); }

}  // namespace pgshift::diff
