#include "planner/ddl/ddl.h"

namespace pgshift::planner::ddl {

std::string createIndex(const Index &i, bool concurrently) {
  std::string sql = i.definitionSql(true);  // "CREATE [UNIQUE] INDEX name ON ..."
  if (!concurrently) return sql;
  size_t at = sql.find("INDEX ") + 6;
  return sql.substr(0, at) + "CONCURRENTLY " + sql.substr(at);
}

std::string dropIndex(const QualifiedName &i, bool concurrently) {
  return std::string("DROP INDEX ") + (concurrently ? "CONCURRENTLY " : "") + i.sql();
}

Index constraintIndex(const QualifiedName &table, const Constraint &c) {
  Index i;
  i.name = {table.schema, c.name};
  i.table = table.name;
  i.unique = true;
  i.nulls_not_distinct = c.nulls_not_distinct;
  for (const auto &col : c.columns) {
    IndexKey key;
    key.column = col;
    i.keys.push_back(key);
  }
  i.include = c.include;
  i.options = c.index_options;
  i.tablespace = c.index_tablespace;
  return i;
}

}  // namespace pgshift::planner::ddl
