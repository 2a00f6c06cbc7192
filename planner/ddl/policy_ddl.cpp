#include "planner/ddl/ddl.h"

namespace pgshift::planner::ddl {

std::string createPolicy(const Policy &p) {
  std::string out = "CREATE POLICY " + p.name.sql() + " ON " + p.table.sql();
  out += p.permissive ? " AS PERMISSIVE" : " AS RESTRICTIVE";
  out += std::string(" FOR ") + policyCommandSql(p.command);
  out += " TO " + policyRolesSql(p.roles);
  if (p.using_expr) out += " USING (" + p.using_expr->sql + ")";
  if (p.check_expr) out += " WITH CHECK (" + p.check_expr->sql + ")";
  return out;
}

std::string dropPolicy(const Policy &p) { return "DROP POLICY " + p.name.sql() + " ON " + p.table.sql(); }

std::string alterPolicy(const Policy &to) {
  std::string out = "ALTER POLICY " + to.name.sql() + " ON " + to.table.sql() + " TO " + policyRolesSql(to.roles);
  if (to.using_expr) out += " USING (" + to.using_expr->sql + ")";
  if (to.check_expr) out += " WITH CHECK (" + to.check_expr->sql + ")";
  return out;
}

}  // namespace pgshift::planner::ddl
