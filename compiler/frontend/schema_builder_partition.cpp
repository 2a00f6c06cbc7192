// Partitioned tables and their partitions, as PostgreSQL builds them: a partition
// created with PARTITION OF takes its parent's columns (types, NOT NULL, defaults), an
// attached table must already have exactly them, and ALTER TABLE on a partitioned table
// (without ONLY) changes its partitions' columns too.
#include <algorithm>

#include <fmt/format.h>

#include "compiler/frontend/schema_builder.h"

namespace pgshift {

namespace {

// A parent's column as its partition gets it. The identity stays the parent's: in
// PostgreSQL 15 an insert through the parent draws from the parent's sequence, and the
// partition's column is plain NOT NULL (attidentity empty), as pg_dump also writes it.
Column partitionColumn(const Column &c) {
  Column copy = c;
  copy.comment.reset();
  copy.identity.reset();
  return copy;
}

}  // namespace

void SchemaBuilder::partitionBy(Table &table, const ast::PartitionSpec &spec) {
  if (table.partition_of && spec.elements.empty()) fail(spec.where, "a partition key needs at least one column");
  PartitionKey key;
  key.strategy = spec.strategy;
  for (const auto &element : spec.elements) {
    IndexKey k = indexKey(table, element);
    if (k.column) {
      const Column *column = table.findColumn(*k.column);
      if (column->generated)
        fail(element.where, fmt::format("cannot use generated column in partition key"));
    }
    key.keys.push_back(std::move(k));
  }
  table.partition_key = std::move(key);
}

PartitionBound SchemaBuilder::partitionBound(const Table &parent, const ast::PartitionBoundSpec &spec) const {
  using Strategy = PartitionKey::Strategy;
  using Kind = PartitionBound::Kind;
  const PartitionKey &key = *parent.partition_key;
  std::string table = parent.name.name.str();
  if (spec.kind == Kind::list && key.strategy != Strategy::list)
    fail(spec.where, fmt::format("invalid bound specification for a {} partition", key.strategy == Strategy::range ? "range" : "hash"));
  if (spec.kind == Kind::range && key.strategy != Strategy::range)
    fail(spec.where, fmt::format("invalid bound specification for a {} partition", key.strategy == Strategy::list ? "list" : "hash"));
  if (spec.kind == Kind::hash && key.strategy != Strategy::hash)
    fail(spec.where, fmt::format("invalid bound specification for a {} partition", key.strategy == Strategy::list ? "list" : "range"));
  if (spec.kind == Kind::default_partition && key.strategy == Strategy::hash)
    fail(spec.where, "a hash-partitioned table may not have a default partition");
  if (spec.kind == Kind::range && (spec.values.size() != key.keys.size() || spec.upper.size() != key.keys.size()))
    fail(spec.where, "FROM and TO must specify exactly one value per partitioning column");
  PartitionBound bound;
  bound.parent = parent.name;
  bound.kind = spec.kind;
  bound.modulus = spec.modulus;
  bound.remainder = spec.remainder;
  for (const auto &v : spec.values) bound.values.push_back(rawExpression(v.node, v.text, v.where));
  for (const auto &v : spec.upper) bound.upper.push_back(rawExpression(v.node, v.text, v.where));
  return bound;
}

void SchemaBuilder::makePartition(Table &table, const ast::PartitionOf &of, const SourceLocation &where) {
  Table &parent = tableOrFail(of.parent, where);
  if (!parent.partition_key)
    fail(where, fmt::format("\"{}\" is not partitioned", parent.name.name.str()));
  if (parent.unlogged != table.unlogged)
    fail(where, fmt::format("cannot create a {} partition of {} table \"{}\"", table.unlogged ? "unlogged" : "permanent",
                            parent.unlogged ? "unlogged" : "permanent", parent.name.name.str()));
  for (const Column &c : parent.columns) table.columns.push_back(partitionColumn(c));
  table.partition_of = partitionBound(parent, of.bound);
}

void SchemaBuilder::attachPartition(Table &parent, const ast::AttachPartition &a, const SourceLocation &where) {
  if (!parent.partition_key)
    fail(where, fmt::format("table \"{}\" is not partitioned", parent.name.name.str()));
  Table &child = tableOrFail(a.partition, where);
  if (child.partition_of)
    fail(where, fmt::format("\"{}\" is already a partition", child.name.name.str()));
  if (&child == &parent) fail(where, "cannot attach a table to itself");
  if (!child.inherits.empty()) fail(where, "cannot attach inheritance child as partition");
  for (const Column &c : child.columns) {
    const Column *p = parent.findColumn(c.name);
    if (!p)
      fail(where, fmt::format("table \"{}\" contains column \"{}\" not found in parent \"{}\"", child.name.name.str(),
                              c.name.str(), parent.name.name.str()));
    if (p->type != c.type || p->collation != c.collation)
      fail(where, fmt::format("child table \"{}\" has different type for column \"{}\"", child.name.name.str(), c.name.str()));
    if (p->not_null && !c.not_null)
      fail(where, fmt::format("column \"{}\" in child table must be marked NOT NULL", c.name.str()));
  }
  for (const Column &p : parent.columns)
    if (!child.findColumn(p.name))
      fail(where, fmt::format("child table is missing column \"{}\"", p.name.str()));
  child.partition_of = partitionBound(parent, a.bound);
}

void SchemaBuilder::detachPartition(Table &parent, const ast::DetachPartition &d, const SourceLocation &where) {
  Table &child = tableOrFail(d.partition, where);
  if (!child.partition_of || child.partition_of->parent != parent.name)
    fail(where, fmt::format("relation \"{}\" is not a partition of relation \"{}\"", child.name.name.str(),
                            parent.name.name.str()));
  child.partition_of.reset();
}

void SchemaBuilder::syncPartitions(const Table &parent, const std::vector<Column> &before) {
  for (auto &[name, child] : tables_) {
    if (!child.partition_of || child.partition_of->parent != parent.name) continue;
    const std::vector<Column> child_before = child.columns;
    // Columns the parent dropped.
    std::erase_if(child.columns, [&](const Column &c) {
      return !parent.findColumn(c.name) && std::any_of(before.begin(), before.end(), [&](const Column &b) { return b.name == c.name; });
    });
    for (const Column &c : parent.columns) {
      auto old = std::find_if(before.begin(), before.end(), [&](const Column &b) { return b.name == c.name; });
      Column *mine = child.findColumn(c.name);
      if (!mine) {
        child.columns.push_back(partitionColumn(c));
        continue;
      }
      if (old == before.end()) continue;
      if (old->type != c.type || old->collation != c.collation) mine->type = c.type, mine->collation = c.collation;
      if (old->not_null != c.not_null) mine->not_null = c.not_null;
      if (old->default_value != c.default_value) mine->default_value = c.default_value;
    }
    if (child.partition_key) syncPartitions(child, child_before);
  }
}

void SchemaBuilder::attachIndexPartition(const ast::AttachIndexPartition &s, const SourceLocation &where) {
  auto named = [&](const QualifiedName &name) {
    return name.name == s.index.back() && (s.index.size() == 1 || name.schema == s.index.front());
  };
  if (!findIndex(s.index)) {
    // The index of a partitioned table's primary key or unique constraint, or a
    // partition's index already attached to its own parent's (a sub-partitioned table).
    bool known = std::any_of(attached_indexes_.begin(), attached_indexes_.end(), named);
    for (const auto &[name, table] : tables_)
      for (const auto &c : table.constraints)
        if (named({table.name.schema, c.name})) known = true;
    if (!known) fail(where, fmt::format("index \"{}\" does not exist", joinName(s.index)));
  }
  // The partition's index becomes part of the parent's: PostgreSQL lists it with the
  // partition, the model (like introspection) keeps only the parent's.
  if (Index *child = findIndex(s.partition)) {
    attached_indexes_.insert(child->name);
    indexes_.erase(child->name);
    return;
  }
  for (auto &[name, table] : tables_) {
    if (s.partition.size() == 2 && table.name.schema != s.partition.front()) continue;
    auto it = std::find_if(table.constraints.begin(), table.constraints.end(),
                           [&](const Constraint &c) { return c.name == s.partition.back(); });
    if (it != table.constraints.end() && table.partition_of) {
      attached_indexes_.insert({table.name.schema, it->name});
      table.constraints.erase(it);
      return;
    }
  }
  fail(where, fmt::format("index \"{}\" does not exist", joinName(s.partition)));
}

}  // namespace pgshift
