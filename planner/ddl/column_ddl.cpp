#include "planner/ddl/ddl.h"

#include "compiler/model/name_sql.h"

namespace pgshift::planner::ddl {

std::string identityClause(const QualifiedName &table, const Identity &identity) {
  return std::string("GENERATED ") + (identity.kind == Identity::Kind::always ? "ALWAYS" : "BY DEFAULT") +
         " AS IDENTITY (SEQUENCE NAME " + QualifiedName{table.schema, identity.sequence_name}.sql() + " " +
         sequenceOptions(identity.options, false) + ")";
}

std::string columnDefinition(const QualifiedName &table, const Column &c, bool with_not_null) {
  std::string out = c.name.sql() + " " + c.type.sql();
  if (c.collation) out += " COLLATE " + catalogNameSql(*c.collation);
  if (c.generated) out += " GENERATED ALWAYS AS (" + c.generated->sql + ") STORED";
  else if (c.identity) out += " " + identityClause(table, *c.identity);
  else if (c.default_value) out += " DEFAULT " + c.default_value->sql;
  if (c.not_null && with_not_null) out += " NOT NULL";
  return out;
}

std::string alterTable(const QualifiedName &table, const std::string &action) {
  return "ALTER TABLE " + table.sql() + " " + action;
}

std::string alterColumn(const QualifiedName &table, const Identifier &column, const std::string &action) {
  return alterTable(table, "ALTER COLUMN " + column.sql() + " " + action);
}

}  // namespace pgshift::planner::ddl
