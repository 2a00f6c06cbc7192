// Indexes and their keys; the keys of a constraint's index are built here too.
#include <algorithm>

#include "introspect/builders.h"

namespace pgshift::introspect {

IndexColumns groupIndexColumns(const std::vector<IndexColumnRow> &rows) {
  IndexColumns out;
  for (const auto &row : rows) out[row.index].push_back(row);
  for (auto &[index, columns] : out)
    std::sort(columns.begin(), columns.end(), [](const auto &a, const auto &b) { return a.position < b.position; });
  return out;
}

// The catalog keeps every decoration; the normalizer drops the ones pg_get_indexdef()
// leaves out (the default operator class, the key's own collation), as for file keys.
IndexKey buildIndexKey(const IndexColumnRow &row) {
  IndexKey key;
  key.column = row.column;
  if (!row.column && row.expression) key.expression = catalogExpression(*row.expression);
  key.collation = row.collation;
  key.opclass = row.opclass;
  key.opclass_options = splitRelOptions(row.opclass_options);
  key.descending = (row.option & 1) != 0;   // INDOPTION_DESC
  key.nulls_first = (row.option & 2) != 0;  // INDOPTION_NULLS_FIRST
  return key;
}

std::vector<Index> buildIndexes(const std::vector<IndexRow> &rows, const IndexColumns &columns) {
  static const std::vector<IndexColumnRow> none;
  std::vector<Index> out;
  for (const auto &row : rows) {
    if (row.backs_constraint) continue;  // lives in its constraint
    Index index;
    index.name = row.name;
    index.table = row.table;
    index.unique = row.unique;
    index.nulls_not_distinct = row.nulls_not_distinct;
    index.method = row.method;
    auto it = columns.find(row.oid);
    for (const auto &column : it == columns.end() ? none : it->second) {
      if (column.position < row.key_count) index.keys.push_back(buildIndexKey(column));
      else if (column.column) index.include.push_back(*column.column);
    }
    index.options = splitRelOptions(row.options);
    index.tablespace = row.tablespace;
    if (row.predicate) index.predicate = catalogExpression(*row.predicate);
    out.push_back(std::move(index));
  }
  return out;
}

}  // namespace pgshift::introspect
