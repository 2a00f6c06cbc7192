// GRANT / REVOKE: the fewest statements that turn one ACL into the other, each way.
#include <map>

#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {
namespace {

struct Bits {
  uint32_t privileges = 0, grant_options = 0;
};

// Per grantee, whoever granted (statements are run by the owner or a superuser, so
// they grant as the owner).
std::map<Identifier, Bits> byGrantee(const Acl &acl) {
  std::map<Identifier, Bits> out;
  for (const auto &item : acl) {
    out[item.grantee].privileges |= item.privileges;
    out[item.grantee].grant_options |= item.grant_options;
  }
  return out;
}

std::string granteeSql(const Identifier &grantee, const std::optional<Identifier> &owner) {
  if (grantee == aclOwner()) return owner ? owner->sql() : std::string("CURRENT_USER");
  if (grantee == aclPublic()) return "PUBLIC";
  return grantee.sql();
}

// "SELECT, INSERT" or, for a column, "SELECT (c), INSERT (c)".
std::string privilegeList(uint32_t bits, const Identifier &column) {
  if (column.empty()) return privilegesSql(bits);
  std::string out;
  for (uint32_t bit = 1; bit <= bits; bit <<= 1)
    if (bits & bit) out += (out.empty() ? "" : ", ") + privilegesSql(bit) + " (" + column.sql() + ")";
  return out;
}

std::vector<std::string> statements(const diff::SetPrivileges &c, const std::string &object, const Acl &from, const Acl &to) {
  std::vector<std::string> revokes, grants;
  auto f = byGrantee(from), t = byGrantee(to);
  std::map<Identifier, std::pair<Bits, Bits>> all;
  for (const auto &[g, b] : f) all[g].first = b;
  for (const auto &[g, b] : t) all[g].second = b;
  for (const auto &[grantee, bits] : all) {
    const auto &[was, will] = bits;
    std::string who = granteeSql(grantee, c.owner);
    uint32_t revoke = was.privileges & ~will.privileges;
    uint32_t revoke_option = was.grant_options & ~will.grant_options & will.privileges;
    uint32_t grant_plain = will.privileges & ~was.privileges & ~will.grant_options;
    uint32_t grant_option = will.grant_options & ~was.grant_options;
    if (revoke) revokes.push_back("REVOKE " + privilegeList(revoke, c.column) + " ON " + object + " FROM " + who);
    if (revoke_option)
      revokes.push_back("REVOKE GRANT OPTION FOR " + privilegeList(revoke_option, c.column) + " ON " + object + " FROM " + who);
    if (grant_plain) grants.push_back("GRANT " + privilegeList(grant_plain, c.column) + " ON " + object + " TO " + who);
    if (grant_option)
      grants.push_back("GRANT " + privilegeList(grant_option, c.column) + " ON " + object + " TO " + who + " WITH GRANT OPTION");
  }
  revokes.insert(revokes.end(), grants.begin(), grants.end());
  return revokes;
}

}  // namespace

void addPrivilegeSteps(const diff::Change &change, const PlanContext &, std::vector<Step> &out) {
  auto *c = std::get_if<diff::SetPrivileges>(&change);
  if (!c) return;
  std::string object, name, key;
  switch (c->kind) {
    case AclObject::schema:
      object = "SCHEMA " + c->object.name.sql();
      name = "schema " + c->object.name.sql();
      key = keys::schema(c->object.name);
      break;
    case AclObject::table:
      object = "TABLE " + c->object.sql();
      name = "table " + c->object.sql();
      key = keys::table(c->object);
      break;
    case AclObject::column:
      object = "TABLE " + c->object.sql();
      name = "column " + c->object.sql() + "." + c->column.sql();
      key = keys::column(c->object, c->column);
      break;
    case AclObject::sequence:
      object = "SEQUENCE " + c->object.sql();
      name = "sequence " + c->object.sql();
      key = keys::sequence(c->object);
      break;
    case AclObject::view:  // GRANT ... ON TABLE names views and materialized views too
      object = "TABLE " + c->object.sql();
      name = "view " + c->object.sql();
      key = keys::relation(c->object);
      break;
    case AclObject::function:
      object = (c->procedure ? "PROCEDURE " : "FUNCTION ") + c->signature;
      name = (c->procedure ? "procedure " : "function ") + c->signature;
      key = keys::function(c->signature);
      break;
  }
  Step s;
  s.summary = "set privileges on " + name;
  s.object = name;
  s.statements = statements(*c, object, c->from, c->to);
  s.reverse = statements(*c, object, c->to, c->from);
  // After the object is created and given to its owner; before it is dropped.
  if (c->timing != diff::AclTiming::before_drop) s.needs_after = {key};
  if (c->timing != diff::AclTiming::after_create) s.needs_before = {key};
  s.priority = priority::set_privileges;
  out.push_back(std::move(s));
}

}  // namespace pgshift::planner
