#include "compiler/model/schema_model.h"

#include <algorithm>

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
  std::sort(views.begin(), views.end(), byName);
  for (auto &table : tables) std::sort(table.constraints.begin(), table.constraints.end(), byName);
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

}  // namespace pgshift
