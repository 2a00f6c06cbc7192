// Owners: compared only where the target states one (a live database always does, a
// file where it says OWNER TO or AUTHORIZATION), so that no difference is invented.
#include "compiler/diff/diff_rls.h"

namespace pgshift::diff {
namespace {

template <typename T, typename Find>
void owners(SetOwner::Kind kind, const std::vector<T> &from_items, const std::vector<T> &to_items, Find find_in,
            const SchemaModel &from, const SchemaModel &to, Diff &out) {
  auto nameOf = [&](const T &item) {
    if constexpr (std::is_same_v<T, Schema>) return QualifiedName{item.name, item.name};
    else return item.name;
  };
  for (const auto &item : to_items) {
    if (!item.owner) continue;
    if constexpr (std::is_same_v<T, Sequence>)
      if (item.owned_by) continue;  // follows its table's owner
    const T *old = find_in(from, item.name);
    std::optional<Identifier> was = old ? old->owner : std::nullopt;
    // A database's owner against a file that states none: the file does not say.
    if (old && !was && to.owners_known) continue;
    if (was != item.owner) out.changes.push_back(SetOwner{kind, nameOf(item), was, item.owner});
  }
  for (const auto &item : from_items) {
    if (!item.owner || find_in(to, item.name)) continue;
    if constexpr (std::is_same_v<T, Sequence>)
      if (item.owned_by) continue;
    out.changes.push_back(SetOwner{kind, nameOf(item), item.owner, std::nullopt});
  }
}

// Views and materialized views; one dropped and created again belongs to the migrating
// role once created: given back before the drop (for the way down) and to its owner after.
void views(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  auto kindOf = [](const View &v) { return v.materialized ? SetOwner::Kind::materialized_view : SetOwner::Kind::view; };
  for (const auto &v : to.views) {
    const View *old = from.findView(v.name);
    std::optional<Identifier> was = old ? old->owner : std::nullopt;
    if (old && recreatedView(out, v.name)) {
      if (was) out.changes.push_back(SetOwner{kindOf(*old), v.name, was, std::nullopt, AclTiming::before_drop});
      if (v.owner) out.changes.push_back(SetOwner{kindOf(v), v.name, std::nullopt, v.owner, AclTiming::after_create});
      continue;
    }
    if (!v.owner || (old && !was && to.owners_known)) continue;
    if (was != v.owner) out.changes.push_back(SetOwner{kindOf(v), v.name, was, v.owner});
  }
  for (const auto &v : from.views)
    if (v.owner && !to.findView(v.name)) out.changes.push_back(SetOwner{kindOf(v), v.name, v.owner, std::nullopt});
}

// Functions and procedures, as views.
void functions(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  auto add = [&](const Function &f, std::optional<Identifier> was, std::optional<Identifier> will, AclTiming timing) {
    SetOwner c{f.isProcedure() ? SetOwner::Kind::procedure : SetOwner::Kind::function, f.name, was, will, timing};
    c.signature = f.signature();
    out.changes.push_back(std::move(c));
  };
  for (const auto &f : to.functions) {
    const Function *old = from.findFunction(f);
    std::optional<Identifier> was = old ? old->owner : std::nullopt;
    if (old && recreatedFunction(out, f)) {
      if (was) add(*old, was, std::nullopt, AclTiming::before_drop);
      if (f.owner) add(f, std::nullopt, f.owner, AclTiming::after_create);
      continue;
    }
    if (!f.owner || (old && !was && to.owners_known)) continue;
    if (was != f.owner) add(f, was, f.owner, AclTiming::around);
  }
  for (const auto &f : from.functions)
    if (f.owner && !to.findFunction(f)) add(f, f.owner, std::nullopt, AclTiming::around);
}

// User-defined types, as views; an enum swapped for a new one is given its owner by the swap.
void types(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  const std::vector<TypeAccess> before = typeAccess(from), after = typeAccess(to);
  auto kind = [](const TypeAccess &t) { return t.domain ? SetOwner::Kind::domain : SetOwner::Kind::type; };
  for (const auto &t : after) {
    if (swappedEnum(out, t.name)) continue;
    const TypeAccess *old = findTypeAccess(before, t.name);
    std::optional<Identifier> was = old ? old->owner : std::nullopt;
    if (old && droppedType(out, t.name)) {
      if (was) out.changes.push_back(SetOwner{kind(*old), t.name, was, std::nullopt, AclTiming::before_drop});
      if (t.owner) out.changes.push_back(SetOwner{kind(t), t.name, std::nullopt, t.owner, AclTiming::after_create});
      continue;
    }
    if (!t.owner || (old && !was && to.owners_known)) continue;
    if (was != t.owner) out.changes.push_back(SetOwner{kind(t), t.name, was, t.owner});
  }
  for (const auto &t : before)
    if (t.owner && !findTypeAccess(after, t.name)) out.changes.push_back(SetOwner{kind(t), t.name, t.owner, std::nullopt});
}

}  // namespace

void diffOwners(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  owners(SetOwner::Kind::schema, from.schemas, to.schemas,
         [](const SchemaModel &m, const Identifier &n) { return m.findSchema(n); }, from, to, out);
  owners(SetOwner::Kind::table, from.tables, to.tables,
         [](const SchemaModel &m, const QualifiedName &n) { return m.findTable(n); }, from, to, out);
  owners(SetOwner::Kind::sequence, from.sequences, to.sequences,
         [](const SchemaModel &m, const QualifiedName &n) { return m.findSequence(n); }, from, to, out);
  owners(SetOwner::Kind::collation, from.collations, to.collations,
         [](const SchemaModel &m, const QualifiedName &n) { return m.findCollation(n); }, from, to, out);
  views(from, to, out);
  functions(from, to, out);
  types(from, to, out);
}

}  // namespace pgshift::diff
