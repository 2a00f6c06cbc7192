#include "compiler/model/constraint.h"

#include <fmt/format.h>

#include "compiler/model/name_sql.h"

namespace pgshift {
namespace {

std::string columnList(const std::vector<Identifier> &columns) {
  std::string out;
  for (size_t i = 0; i < columns.size(); ++i) out += (i ? ", " : "") + columns[i].sql();
  return out;
}

const char *actionSql(ReferentialAction action) {
  switch (action) {
    case ReferentialAction::no_action: return nullptr;  // the default is not printed
    case ReferentialAction::restrict: return "RESTRICT";
    case ReferentialAction::cascade: return "CASCADE";
    case ReferentialAction::set_null: return "SET NULL";
    case ReferentialAction::set_default: return "SET DEFAULT";
  }
  return nullptr;
}

}  // namespace

// The layout of ruleutils' pg_get_constraintdef_worker(); index storage parameters and
// tablespace come after the column lists, where ALTER TABLE ADD CONSTRAINT takes them.
std::string Constraint::identitySql(bool for_ddl) const {
  auto expression = [&](const std::optional<Expression> &e) {
    return !e ? std::string() : for_ddl && !e->sql.empty() ? e->sql : e->text;
  };
  std::string out;
  switch (kind) {
    case ConstraintKind::primary_key:
    case ConstraintKind::unique:
      out = kind == ConstraintKind::primary_key ? "PRIMARY KEY " : "UNIQUE ";
      if (nulls_not_distinct) out += "NULLS NOT DISTINCT ";
      out += "(" + columnList(columns) + ")";
      if (!include.empty()) out += " INCLUDE (" + columnList(include) + ")";
      if (!index_options.empty()) out += " " + relOptionsSql(index_options);
      if (index_tablespace) out += " USING INDEX TABLESPACE " + index_tablespace->sql();
      break;
    case ConstraintKind::check:
      out = "CHECK (" + expression(check) + ")";
      if (no_inherit) out += " NO INHERIT";
      break;
    case ConstraintKind::foreign_key: {
      const ForeignKey &fk = *references;
      out = fmt::format("FOREIGN KEY ({}) REFERENCES {}({})", columnList(columns), fk.table.sql(),
                        columnList(fk.columns));
      if (fk.match == MatchType::full) out += " MATCH FULL";
      if (fk.match == MatchType::partial) out += " MATCH PARTIAL";
      if (const char *a = actionSql(fk.on_update)) out += fmt::format(" ON UPDATE {}", a);
      if (const char *a = actionSql(fk.on_delete)) out += fmt::format(" ON DELETE {}", a);
      if (!fk.on_delete_columns.empty()) out += " (" + columnList(fk.on_delete_columns) + ")";
      break;
    }
    case ConstraintKind::exclusion: {
      out = "EXCLUDE USING " + quoteIdent(exclusion_method) + " (";
      for (size_t i = 0; i < exclusion.size(); ++i)
        out += (i ? ", " : "") + exclusion[i].key.sql(for_ddl) + " WITH " + exclusion[i].op;
      out += ")";
      if (!include.empty()) out += " INCLUDE (" + columnList(include) + ")";
      if (!index_options.empty()) out += " " + relOptionsSql(index_options);
      if (index_tablespace) out += " USING INDEX TABLESPACE " + index_tablespace->sql();
      if (exclusion_predicate) out += " WHERE (" + expression(exclusion_predicate) + ")";
      break;
    }
  }
  if (deferrable) out += " DEFERRABLE";
  if (initially_deferred) out += " INITIALLY DEFERRED";
  return out;
}

std::string Constraint::definitionSql() const { return identitySql() + (validated ? "" : " NOT VALID"); }

}  // namespace pgshift
