#include "planner/ddl/ddl.h"

namespace pgshift::planner::ddl {

std::string addConstraint(const QualifiedName &table, const Constraint &c, bool not_valid) {
  return alterTable(table, "ADD CONSTRAINT " + c.name.sql() + " " + c.identitySql(true) + (not_valid ? " NOT VALID" : ""));
}

std::string dropConstraint(const QualifiedName &table, const Identifier &name) {
  return alterTable(table, "DROP CONSTRAINT " + name.sql());
}

std::string validateConstraint(const QualifiedName &table, const Identifier &name) {
  return alterTable(table, "VALIDATE CONSTRAINT " + name.sql());
}

}  // namespace pgshift::planner::ddl
