#include "compiler/model/index.h"

#include "compiler/model/name_sql.h"

namespace pgshift {

// One key as pg_get_indexdef_worker() prints it.
std::string IndexKey::sql(bool for_ddl) const {
  std::string out;
  if (column) {
    out = column->sql();
  } else if (expression && for_ddl && !expression->sql.empty()) {
    out = "(" + expression->sql + ")";
  } else if (expression) {
    out = expression->function_like ? expression->text : "(" + expression->text + ")";
  }
  if (collation) out += " COLLATE " + catalogNameSql(*collation);
  if (opclass) {
    out += " " + catalogNameSql(*opclass);
    if (!opclass_options.empty()) {
      out += " (";
      for (size_t i = 0; i < opclass_options.size(); ++i) out += (i ? ", " : "") + opclass_options[i].sql();
      out += ")";
    }
  }
  if (descending) {
    out += " DESC";
    if (!nulls_first) out += " NULLS LAST";
  } else if (nulls_first) {
    out += " NULLS FIRST";
  }
  return out;
}

std::string Index::definitionSql(bool for_ddl) const {
  std::string out = unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
  out += name.name.sql() + " ON " + tableName().sql() + " USING " + quoteIdent(method) + " (";
  for (size_t i = 0; i < keys.size(); ++i) out += (i ? ", " : "") + keys[i].sql(for_ddl);
  out += ")";
  if (!include.empty()) {
    out += " INCLUDE (";
    for (size_t i = 0; i < include.size(); ++i) out += (i ? ", " : "") + include[i].sql();
    out += ")";
  }
  if (nulls_not_distinct) out += " NULLS NOT DISTINCT";
  if (!options.empty()) out += " " + relOptionsSql(options);
  if (tablespace) out += " TABLESPACE " + tablespace->sql();
  if (predicate) out += " WHERE " + (for_ddl && !predicate->sql.empty() ? "(" + predicate->sql + ")" : predicate->text);
  return out;
}

}  // namespace pgshift
