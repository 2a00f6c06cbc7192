#include "planner/ddl/ddl.h"

namespace pgshift::planner::ddl {

std::string createTable(const Table &t) {
  std::string out = std::string("CREATE ") + (t.unlogged ? "UNLOGGED " : "") + "TABLE " + t.name.sql() + " (";
  std::vector<std::string> lines;
  for (const auto &c : t.columns) lines.push_back(columnDefinition(t.name, c));
  for (const auto &c : t.constraints) {
    if (c.kind == ConstraintKind::foreign_key || !c.validated) continue;
    lines.push_back("CONSTRAINT " + c.name.sql() + " " + c.identitySql(true));
  }
  for (size_t i = 0; i < lines.size(); ++i) out += (i ? ",\n    " : "\n    ") + lines[i];
  out += lines.empty() ? ")" : "\n)";
  if (!t.options.empty()) out += " " + relOptionsSql(t.options);
  return out;
}

std::string dropTable(const QualifiedName &t) { return "DROP TABLE " + t.sql(); }

}  // namespace pgshift::planner::ddl
