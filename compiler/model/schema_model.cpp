#include "compiler/model/schema_model.h"

#include <algorithm>
#include <tuple>

namespace pgshift {
namespace {

template <typename T, typename Key, typename KeyOf>
const T *findSorted(const std::vector<T> &items, const Key &key, KeyOf keyOf) {
  auto it = std::lower_bound(items.begin(), items.end(), key,
                             [&](const T &item, const Key &k) { return keyOf(item) < k; });
  return it != items.end() && keyOf(*it) == key ? &*it : nullptr;
}

}  // namespace

void SchemaModel::sortByName() {
  auto byName = [](const auto &a, const auto &b) { return a.name < b.name; };
  std::sort(schemas.begin(), schemas.end(), byName);
  std::sort(tables.begin(), tables.end(), byName);
  std::sort(sequences.begin(), sequences.end(), byName);
  std::sort(indexes.begin(), indexes.end(), byName);
  std::sort(functions.begin(), functions.end());
  std::sort(triggers.begin(), triggers.end(),
            [](const Trigger &a, const Trigger &b) { return std::tie(a.table, a.name) < std::tie(b.table, b.name); });
  std::sort(extensions.begin(), extensions.end(), byName);
  std::sort(policies.begin(), policies.end(),
            [](const Policy &a, const Policy &b) { return std::tie(a.table, a.name) < std::tie(b.table, b.name); });
  for (auto &policy : policies) {  // a role named twice is stored twice, and means the same
    std::sort(policy.roles.begin(), policy.roles.end());
    policy.roles.erase(std::unique(policy.roles.begin(), policy.roles.end()), policy.roles.end());
  }
  std::sort(views.begin(), views.end(), byName);
  for (auto &table : tables) std::sort(table.constraints.begin(), table.constraints.end(), byName);
  std::sort(enums.begin(), enums.end(), byName);
  std::sort(domains.begin(), domains.end(), byName);
  for (auto &domain : domains) std::sort(domain.checks.begin(), domain.checks.end(), byName);
  std::sort(composites.begin(), composites.end(), byName);
  std::sort(ranges.begin(), ranges.end(), byName);
  std::sort(collations.begin(), collations.end(), byName);
  std::sort(default_acls.begin(), default_acls.end());
}

const Schema *SchemaModel::findSchema(const Identifier &name) const {
  return findSorted(schemas, name, [](const Schema &s) { return s.name; });
}
const Table *SchemaModel::findTable(const QualifiedName &name) const {
  return findSorted(tables, name, [](const Table &t) { return t.name; });
}
const Sequence *SchemaModel::findSequence(const QualifiedName &name) const {
  return findSorted(sequences, name, [](const Sequence &s) { return s.name; });
}
const Index *SchemaModel::findIndex(const QualifiedName &name) const {
  return findSorted(indexes, name, [](const Index &i) { return i.name; });
}
const EnumType *SchemaModel::findEnum(const QualifiedName &name) const {
  return findSorted(enums, name, [](const EnumType &t) { return t.name; });
}
const Domain *SchemaModel::findDomain(const QualifiedName &name) const {
  return findSorted(domains, name, [](const Domain &t) { return t.name; });
}
const CompositeType *SchemaModel::findComposite(const QualifiedName &name) const {
  return findSorted(composites, name, [](const CompositeType &t) { return t.name; });
}
const RangeType *SchemaModel::findRange(const QualifiedName &name) const {
  return findSorted(ranges, name, [](const RangeType &t) { return t.name; });
}

const Function *SchemaModel::findFunction(const Function &identity) const {
  auto it = std::lower_bound(functions.begin(), functions.end(), identity);
  return it != functions.end() && !(identity < *it) ? &*it : nullptr;
}
const Trigger *SchemaModel::findTrigger(const QualifiedName &table, const Identifier &name) const {
  for (const auto &t : triggers)
    if (t.table == table && t.name == name) return &t;
  return nullptr;
}

const Extension *SchemaModel::findExtension(const Identifier &name) const {
  return findSorted(extensions, name, [](const Extension &e) { return e.name; });
}
const Policy *SchemaModel::findPolicy(const QualifiedName &table, const Identifier &name) const {
  return findSorted(policies, std::tie(table, name), [](const Policy &p) { return std::tie(p.table, p.name); });
}

const View *SchemaModel::findView(const QualifiedName &name) const {
  return findSorted(views, name, [](const View &v) { return v.name; });
}

const Column *Table::findColumn(const Identifier &column) const {
  for (const auto &c : columns)
    if (c.name == column) return &c;
  return nullptr;
}
Column *Table::findColumn(const Identifier &column) {
  for (auto &c : columns)
    if (c.name == column) return &c;
  return nullptr;
}
const Constraint *Table::findConstraint(const Identifier &constraint) const {
  for (const auto &c : constraints)
    if (c.name == constraint) return &c;
  return nullptr;
}
const Constraint *Table::primaryKey() const {
  for (const auto &c : constraints)
    if (c.kind == ConstraintKind::primary_key) return &c;
  return nullptr;
}

const Collation *SchemaModel::findCollation(const QualifiedName &name) const {
  return findSorted(collations, name, [](const Collation &c) { return c.name; });
}

}  // namespace pgshift
