// GRANT / REVOKE: the fewest statements that turn one ACL into the other.
#include "planner/ddl/acl_ddl.h"

#include <map>

namespace pgshift::planner::ddl {
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

}  // namespace

std::vector<std::string> aclChange(const std::string &object, const Identifier &column, const std::optional<Identifier> &owner,
                                   const Acl &from, const Acl &to) {
  std::vector<std::string> revokes, grants;
  auto f = byGrantee(from), t = byGrantee(to);
  std::map<Identifier, std::pair<Bits, Bits>> all;
  for (const auto &[g, b] : f) all[g].first = b;
  for (const auto &[g, b] : t) all[g].second = b;
  for (const auto &[grantee, bits] : all) {
    const auto &[was, will] = bits;
    std::string who = granteeSql(grantee, owner);
    uint32_t revoke = was.privileges & ~will.privileges;
    uint32_t revoke_option = was.grant_options & ~will.grant_options & will.privileges;
    uint32_t grant_plain = will.privileges & ~was.privileges & ~will.grant_options;
    uint32_t grant_option = will.grant_options & ~was.grant_options;
    if (revoke) revokes.push_back("REVOKE " + privilegeList(revoke, column) + " ON " + object + " FROM " + who);
    if (revoke_option)
      revokes.push_back("REVOKE GRANT OPTION FOR " + privilegeList(revoke_option, column) + " ON " + object + " FROM " + who);
    if (grant_plain) grants.push_back("GRANT " + privilegeList(grant_plain, column) + " ON " + object + " TO " + who);
    if (grant_option)
      grants.push_back("GRANT " + privilegeList(grant_option, column) + " ON " + object + " TO " + who + " WITH GRANT OPTION");
  }
  revokes.insert(revokes.end(), grants.begin(), grants.end());
  return revokes;
}


}  // namespace pgshift::planner::ddl
