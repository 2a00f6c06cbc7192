// Schemas, tables and their columns.
#include "introspect/builders.h"

namespace pgshift::introspect {

std::vector<Schema> buildSchemas(const std::vector<Identifier> &names) {
  std::vector<Schema> out;
  // Comments come later, from the comments query (applyComments).
  for (const auto &name : names) out.push_back(Schema{name, std::nullopt});
  return out;
}

Column buildColumn(const ColumnRow &row) {
  Column column;
  column.name = row.name;
  column.type = row.type;
  column.not_null = row.not_null;
  column.is_local = row.is_local;
  column.inherit_count = row.inherit_count;
  column.collation = row.collation;
  // pg_attrdef holds a default, or for a generated column its generation expression.
  if (row.expression) {
    if (row.generated == 's') column.generated = catalogExpression(*row.expression);
    else column.default_value = catalogExpression(*row.expression);
  }
  if (row.identity == 'a' || row.identity == 'd') {
    Identity identity;
    identity.kind = row.identity == 'a' ? Identity::Kind::always : Identity::Kind::by_default;
    if (row.identity_sequence) identity.sequence_name = *row.identity_sequence;
    if (row.identity_params) identity.options = sequenceOptions(*row.identity_params);
    column.identity = std::move(identity);
  }
  return column;
}

TablesByOid buildTables(const std::vector<TableRow> &tables, const std::vector<ColumnRow> &columns) {
  TablesByOid out;
  for (const auto &row : tables) {
    Table &table = out[row.oid];
    table.name = row.name;
    table.unlogged = row.unlogged;
    table.options = splitRelOptions(row.options);
    table.inherits = row.inherits;
    if (row.partition_key) {
      PartitionKey key;
      const std::string &k = *row.partition_key;
      key.strategy = k.rfind("LIST", 0) == 0 ? PartitionKey::Strategy::list
                     : k.rfind("HASH", 0) == 0 ? PartitionKey::Strategy::hash
                                               : PartitionKey::Strategy::range;
      key.definition = k;
      table.partition_key = std::move(key);
    }
    if (row.parent && row.bound) {
      PartitionBound bound;
      bound.parent = *row.parent;
      bound.definition = *row.bound;
      bound.kind = *row.bound == "DEFAULT"                            ? PartitionBound::Kind::default_partition
                   : row.bound->rfind("FOR VALUES IN", 0) == 0   ? PartitionBound::Kind::list
                   : row.bound->rfind("FOR VALUES FROM", 0) == 0 ? PartitionBound::Kind::range
                                                                 : PartitionBound::Kind::hash;
      table.partition_of = std::move(bound);
    }
  }
  for (const auto &row : columns) {
    auto it = out.find(row.table);
    if (it != out.end()) it->second.columns.push_back(buildColumn(row));
  }
  return out;
}

}  // namespace pgshift::introspect
