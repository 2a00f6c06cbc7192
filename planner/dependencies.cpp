// What each kind of object needs and provides, as dependency keys.
#include <algorithm>

#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {
namespace {

void append(std::vector<std::string> &out, const std::optional<Expression> &e, const QualifiedName &table) {
  if (!e) return;
  for (const auto &r : e->relations) out.push_back(keys::relation(r));
  for (const auto &f : e->functions) out.push_back(keys::functionName(f));
  for (const auto &c : e->columns) {
    out.push_back(keys::column(table, c));
    out.push_back(keys::columnType(table, c));
  }
}

}  // namespace

void needCollation(std::vector<std::string> &out, const std::optional<QualifiedName> &collation) {
  if (collation && collation->schema.str() != "pg_catalog") out.push_back(keys::collation(*collation));
}

std::vector<std::string> columnNeeds(const QualifiedName &table, const Column &column) {
  std::vector<std::string> out{keys::table(table)};
  if (column.type.name.schema.str() != "pg_catalog") out.push_back(keys::userType(column.type.name));
  needCollation(out, column.collation);
  append(out, column.default_value, table);
  append(out, column.generated, table);
  return out;
}

std::vector<std::string> columnProvides(const QualifiedName &table, const Column &column) {
  std::vector<std::string> out{keys::column(table, column.name)};
  if (column.not_null) out.push_back(keys::notNull(table, column.name));
  if (column.identity) out.push_back(keys::relation({table.schema, column.identity->sequence_name}));
  return out;
}

std::vector<std::string> constraintNeeds(const QualifiedName &table, const Constraint &c) {
  std::vector<std::string> out{keys::table(table)};
  for (const auto &col : c.columns) {
    out.push_back(keys::column(table, col));
    out.push_back(keys::columnType(table, col));  // rebuilt by a type change otherwise
  }
  // A primary key holds its columns NOT NULL: it is added after SET NOT NULL and
  // dropped before DROP NOT NULL.
  if (c.kind == ConstraintKind::primary_key)
    for (const auto &col : c.columns) out.push_back(keys::notNull(table, col));
  for (const auto &col : c.include) out.push_back(keys::column(table, col));
  append(out, c.check, table);
  append(out, c.exclusion_predicate, table);
  for (const auto &e : c.exclusion) {
    if (e.key.column) out.push_back(keys::column(table, *e.key.column));
    append(out, e.key.expression, table);
  }
  if (c.references) {
    out.push_back(keys::table(c.references->table));
    out.push_back(keys::uniqueKey(c.references->table, c.references->columns));
    for (const auto &col : c.references->columns) out.push_back(keys::column(c.references->table, col));
  }
  return out;
}

std::vector<std::string> constraintProvides(const QualifiedName &table, const Constraint &c) {
  std::vector<std::string> out{keys::constraint(table, c.name)};
  if (c.kind == ConstraintKind::primary_key || c.kind == ConstraintKind::unique) {
    out.push_back(keys::uniqueKey(table, c.columns));
    out.push_back(keys::relation({table.schema, c.name}));
  }
  if (c.kind == ConstraintKind::exclusion) out.push_back(keys::relation({table.schema, c.name}));
  return out;
}

std::vector<std::string> indexNeeds(const Index &index) {
  QualifiedName table = index.tableName();
  std::vector<std::string> out{keys::table(table)};
  // PostgreSQL rebuilds an index from its printed definition when a key column's type
  // changes, so a new index waits for such changes.
  for (const auto &k : index.keys) {
    if (k.column) {
      out.push_back(keys::column(table, *k.column));
      out.push_back(keys::columnType(table, *k.column));
    }
    append(out, k.expression, table);
    needCollation(out, k.collation);
  }
  for (const auto &col : index.include) out.push_back(keys::column(table, col));
  append(out, index.predicate, table);
  return out;
}

std::vector<std::string> indexProvides(const Index &index) {
  std::vector<std::string> out{keys::index(index.name), keys::relation(index.name)};
  bool plain = index.unique && !index.predicate &&
               std::all_of(index.keys.begin(), index.keys.end(), [](const IndexKey &k) { return k.column.has_value(); });
  if (plain) {
    std::vector<Identifier> cols;
    for (const auto &k : index.keys) cols.push_back(*k.column);
    out.push_back(keys::uniqueKey(index.tableName(), cols));
  }
  return out;
}

std::vector<std::string> tableProvides(const Table &table) {
  std::vector<std::string> out{keys::table(table.name), keys::relation(table.name)};
  for (const auto &c : table.columns) {
    auto more = columnProvides(table.name, c);
    out.insert(out.end(), more.begin(), more.end());
  }
  for (const auto &c : table.constraints) {
    auto more = constraintProvides(table.name, c);
    out.insert(out.end(), more.begin(), more.end());
  }
  return out;
}

}  // namespace pgshift::planner
