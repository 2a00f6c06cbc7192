// ALTER DEFAULT PRIVILEGES. They change last on the way up (and so first on the way
// down): every object a plan creates, either way, is created under the old side's
// default privileges, which the diff counts on (diff_privileges.cpp).
#include <cctype>

#include "planner/ddl/acl_ddl.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {

void addDefaultPrivilegeSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out) {
  auto *c = std::get_if<diff::SetDefaultPrivileges>(&change);
  if (!c) return;
  const DefaultAcl &e = c->to;
  // No FOR ROLE: the role running the migration, which creates what it creates.
  const std::string prefix = "ALTER DEFAULT PRIVILEGES" + (e.role.empty() ? std::string() : " FOR ROLE " + e.role.sql()) +
                             (e.schema ? " IN SCHEMA " + e.schema->sql() : std::string()) + " ";
  const std::optional<Identifier> role = e.role.empty() ? std::nullopt : std::optional(e.role);
  auto statements = [&](const Acl &from, const Acl &to) {
    std::vector<std::string> out = ddl::aclChange(defaultAclKindSql(e.kind), {}, role, from, to);
    for (auto &s : out) s = prefix + s;
    return out;
  };
  Step s;
  std::string kind = defaultAclKindSql(e.kind);
  for (auto &ch : kind) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  s.object = "default privileges on " + kind + (e.schema ? " in schema " + e.schema->sql() : std::string()) +
             (e.role.empty() ? std::string() : " for role " + e.role.sql());
  s.summary = "set " + s.object;
  s.statements = statements(c->from.acl, e.acl);
  s.reverse = statements(e.acl, c->from.acl);
  s.phase = Phase::contract;
  s.priority = priority::default_privileges;
  // Its schema is there, or (dropped, which drops the entry too) still there.
  if (e.schema) {
    if (context.to.findSchema(*e.schema)) s.needs_after = {keys::schema(*e.schema)};
    if (context.from.findSchema(*e.schema)) s.needs_before = {keys::schema(*e.schema)};
  }
  out.push_back(std::move(s));
}

}  // namespace pgshift::planner
