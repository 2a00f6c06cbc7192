#include "planner/ddl/ddl.h"

namespace pgshift::planner::ddl {

std::string createTable(const Table &t) {
  std::string out = std::string("CREATE ") + (t.unlogged ? "UNLOGGED " : "") + "TABLE " + t.name.sql();
  // A partition takes its columns from its parent; only its own constraints are listed.
  if (t.partition_of) out += " PARTITION OF " + t.partition_of->parent.sql();
  std::vector<std::string> lines;
  // A table that inherits lists only what is its own: the parents give the rest.
  if (!t.partition_of)
    for (const auto &c : t.columns)
      if (c.is_local || t.inherits.empty()) lines.push_back(columnDefinition(t.name, c));
  for (const auto &c : t.constraints) {
    if (c.kind == ConstraintKind::foreign_key || !c.validated || (!c.is_local && !t.inherits.empty())) continue;
    lines.push_back("CONSTRAINT " + c.name.sql() + " " + c.identitySql(true));
  }
  if (!t.partition_of || !lines.empty()) {
    out += " (";
    for (size_t i = 0; i < lines.size(); ++i) out += (i ? ",\n    " : "\n    ") + lines[i];
    out += lines.empty() ? ")" : "\n)";
  }
  if (t.partition_of) out += " " + t.partition_of->definition;
  if (!t.inherits.empty()) {
    out += " INHERITS (";
    for (size_t i = 0; i < t.inherits.size(); ++i) out += (i ? ", " : "") + t.inherits[i].sql();
    out += ")";
  }
  if (t.partition_key) out += " PARTITION BY " + t.partition_key->definition;
  if (!t.options.empty()) out += " " + relOptionsSql(t.options);
  return out;
}

std::string dropTable(const QualifiedName &t) { return "DROP TABLE " + t.sql(); }

std::string attachPartition(const Table &partition) {
  return "ALTER TABLE " + partition.partition_of->parent.sql() + " ATTACH PARTITION " + partition.name.sql() + " " +
         partition.partition_of->definition;
}

std::string detachPartition(const Table &partition) {
  return "ALTER TABLE " + partition.partition_of->parent.sql() + " DETACH PARTITION " + partition.name.sql();
}

}  // namespace pgshift::planner::ddl
