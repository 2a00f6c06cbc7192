// Row level security: ENABLE / FORCE ROW LEVEL SECURITY and CREATE / DROP / ALTER POLICY.
#include <algorithm>

#include "planner/ddl/ddl.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {
namespace {

std::string policyObject(const Policy &p) { return "policy " + p.name.sql() + " on " + p.table.sql(); }

// The table, and what the expressions read: columns (and their types, as for checks)
// and relations named in literals.
std::vector<std::string> policyNeeds(const Policy &p) {
  std::vector<std::string> out{keys::table(p.table)};
  for (const auto *e : {&p.using_expr, &p.check_expr}) {
    if (!*e) continue;
    for (const auto &r : (*e)->relations) out.push_back(keys::relation(r));
    for (const auto &c : (*e)->columns) {
      out.push_back(keys::column(p.table, c));
      out.push_back(keys::columnType(p.table, c));
    }
  }
  return out;
}

std::string rowSecurity(const QualifiedName &table, bool enabled) {
  return ddl::alterTable(table, enabled ? "ENABLE ROW LEVEL SECURITY" : "DISABLE ROW LEVEL SECURITY");
}
std::string forceRowSecurity(const QualifiedName &table, bool forced) {
  return ddl::alterTable(table, forced ? "FORCE ROW LEVEL SECURITY" : "NO FORCE ROW LEVEL SECURITY");
}

}  // namespace

void addPolicySteps(const diff::Change &change, const PlanContext &, std::vector<Step> &out) {
  if (auto *c = std::get_if<diff::CreatePolicy>(&change)) {
    const Policy &p = c->policy;
    Step s;
    s.summary = "create " + policyObject(p);
    s.object = policyObject(p);
    s.effect = Step::Effect::added;
    s.statements = {ddl::createPolicy(p)};
    s.reverse = {ddl::dropPolicy(p)};
    s.creates = {keys::policy(p.table, p.name)};
    s.needs_after = policyNeeds(p);
    s.priority = priority::create_policy;
    out.push_back(std::move(s));
  } else if (auto *d = std::get_if<diff::DropPolicy>(&change)) {
    const Policy &p = d->policy;
    Step s;
    s.summary = "drop " + policyObject(p);
    s.object = policyObject(p);
    s.effect = Step::Effect::dropped;
    s.phase = Phase::contract;
    s.statements = {ddl::dropPolicy(p)};
    s.reverse = {ddl::createPolicy(p)};
    s.removes = {keys::policy(p.table, p.name)};
    s.needs_before = policyNeeds(p);
    s.priority = priority::drop_policy;
    out.push_back(std::move(s));
  } else if (auto *a = std::get_if<diff::AlterPolicy>(&change)) {
    Step s;
    s.summary = "alter " + policyObject(a->to);
    s.object = policyObject(a->to);
    s.statements = {ddl::alterPolicy(a->to)};
    s.reverse = {ddl::alterPolicy(a->from)};
    s.needs_after = policyNeeds(a->to);
    s.needs_after.push_back(keys::policy(a->to.table, a->to.name));
    s.needs_before = policyNeeds(a->from);
    s.priority = priority::alter_policy;
    out.push_back(std::move(s));
  } else if (auto *r = std::get_if<diff::SetRowSecurity>(&change)) {
    Step s;
    s.summary = "set row level security of table " + r->table.sql();
    s.object = "table " + r->table.sql();
    if (r->from_enabled != r->to_enabled) {
      s.statements.push_back(rowSecurity(r->table, r->to_enabled));
      s.reverse.push_back(rowSecurity(r->table, r->from_enabled));
    }
    if (r->from_forced != r->to_forced) {
      s.statements.push_back(forceRowSecurity(r->table, r->to_forced));
      s.reverse.push_back(forceRowSecurity(r->table, r->from_forced));
    }
    std::reverse(s.reverse.begin(), s.reverse.end());
    if ((r->to_enabled && !r->from_enabled) || (r->to_forced && !r->from_forced))
      s.hazards.push_back("row level security on " + r->table.sql() + ": rows no policy allows become invisible to " +
                          (r->to_forced ? std::string("every role but superusers") : std::string("roles other than the owner")));
    // After the table is created and its policies are in place; before it is dropped.
    s.needs_after = {keys::table(r->table)};
    s.needs_before = {keys::table(r->table)};
    s.priority = priority::row_security;
    out.push_back(std::move(s));
  }
}

}  // namespace pgshift::planner
