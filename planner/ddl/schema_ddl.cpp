#include "planner/ddl/ddl.h"

namespace pgshift::planner::ddl {

std::string createSchema(const Schema &s) { return "CREATE SCHEMA " + s.name.sql(); }
std::string dropSchema(const Schema &s) { return "DROP SCHEMA " + s.name.sql(); }

std::string comment(const std::string &target, const std::optional<std::string> &text) {
  return "COMMENT ON " + target + " IS " + (text ? quoteLiteral(*text) : std::string("NULL"));
}

}  // namespace pgshift::planner::ddl
