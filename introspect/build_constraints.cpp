// Table constraints. Primary key, unique and exclusion constraints are half index: what
// ALTER TABLE ADD CONSTRAINT says about the index (INCLUDE, WITH, the exclusion keys and
// predicate) is read from the index the constraint owns.
#include <fmt/format.h>

#include "introspect/builders.h"

namespace pgshift::introspect {
namespace {

ConstraintKind constraintKind(char contype) {
  switch (contype) {
    case 'p': return ConstraintKind::primary_key;
    case 'u': return ConstraintKind::unique;
    case 'f': return ConstraintKind::foreign_key;
    case 'x': return ConstraintKind::exclusion;
    default: return ConstraintKind::check;
  }
}

// ruleutils' generate_operator_name() with search_path = pg_catalog: only pg_catalog's
// operators print bare.
std::string operatorSql(const Identifier &schema, const std::string &name) {
  if (schema.str() == "pg_catalog") return name;
  return fmt::format("OPERATOR({}.{})", schema.sql(), name);
}

ForeignKey foreignKey(const ConstraintRow &row) {
  ForeignKey fk;
  if (row.ref_table) fk.table = *row.ref_table;
  fk.columns = row.ref_columns;
  fk.match = static_cast<MatchType>(row.match);  // the enums use pg_constraint's letters
  fk.on_update = static_cast<ReferentialAction>(row.on_update);
  fk.on_delete = static_cast<ReferentialAction>(row.on_delete);
  fk.on_delete_columns = row.on_delete_columns;
  return fk;
}

// What the constraint takes from its index.
void takeIndex(Constraint &c, const IndexRow &index, const std::vector<IndexColumnRow> &columns,
               const ConstraintRow &row) {
  c.nulls_not_distinct = index.nulls_not_distinct;
  c.index_options = splitRelOptions(index.options);
  c.index_tablespace = index.tablespace;
  size_t element = 0;
  for (const auto &column : columns) {
    if (column.position >= index.key_count) {
      if (column.column) c.include.push_back(*column.column);
    } else if (c.kind == ConstraintKind::exclusion) {
      std::string op = element < row.exclusion_ops.size()
                           ? operatorSql(row.exclusion_op_schemas[element], row.exclusion_ops[element])
                           : std::string();
      c.exclusion.push_back(ExclusionElement{buildIndexKey(column), std::move(op)});
      ++element;
    }
  }
  if (c.kind == ConstraintKind::exclusion) {
    c.exclusion_method = index.method;
    if (index.predicate) c.exclusion_predicate = catalogExpression(*index.predicate);
  }
}

}  // namespace

void addConstraints(TablesByOid &tables, const std::vector<ConstraintRow> &rows, const std::vector<IndexRow> &indexes,
                    const IndexColumns &columns) {
  std::map<Oid, const IndexRow *> index_by_oid;
  for (const auto &index : indexes) index_by_oid[index.oid] = &index;
  static const std::vector<IndexColumnRow> none;

  for (const auto &row : rows) {
    auto table = tables.find(row.table);
    if (table == tables.end()) continue;
    Constraint c;
    c.name = row.name;
    c.kind = constraintKind(row.type);
    // The model keeps key columns for these kinds; an exclusion constraint's keys are
    // its `exclusion` elements, a check's columns are inside its expression.
    if (c.kind == ConstraintKind::primary_key || c.kind == ConstraintKind::unique ||
        c.kind == ConstraintKind::foreign_key)
      c.columns = row.columns;
    if (c.kind == ConstraintKind::foreign_key) c.references = foreignKey(row);
    if (row.check) c.check = catalogExpression(*row.check);
    // connoinherit is also set on keys and foreign keys, which are never inherited
    // anyway; NO INHERIT means something (and is printed) only on a check.
    c.no_inherit = c.kind == ConstraintKind::check && row.no_inherit;
    c.deferrable = row.deferrable;
    c.initially_deferred = row.initially_deferred;
    c.validated = row.validated;
    c.is_local = row.is_local;
    c.inherit_count = row.inherit_count;
    if (auto index = index_by_oid.find(row.index); row.index != 0 && index != index_by_oid.end()) {
      auto found = columns.find(row.index);
      takeIndex(c, *index->second, found == columns.end() ? none : found->second, row);
    }
    table->second.constraints.push_back(std::move(c));
  }
}

}  // namespace pgshift::introspect
