#include "compiler/driver/roles_check.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace pgshift {
namespace {

void named(const diff::Change &change, std::set<Identifier> &out) {
  auto policy = [&](const Policy &p) {
    for (const auto &r : p.roles)
      if (r.str() != "public") out.insert(r);
  };
  if (auto *o = std::get_if<diff::SetOwner>(&change)) {
    if (o->to) out.insert(*o->to);
  } else if (auto *c = std::get_if<diff::CreatePolicy>(&change)) {
    policy(c->policy);
  } else if (auto *a = std::get_if<diff::AlterPolicy>(&change)) {
    policy(a->to);
  } else if (auto *p = std::get_if<diff::SetPrivileges>(&change)) {
    for (const auto &item : p->to)
      if (item.grantee != aclOwner() && item.grantee != aclPublic()) out.insert(item.grantee);
  } else if (auto *d = std::get_if<diff::SetDefaultPrivileges>(&change)) {
    if (!d->to.role.empty()) out.insert(d->to.role);
    for (const auto &item : d->to.acl)
      if (item.grantee != aclOwner() && item.grantee != aclPublic()) out.insert(item.grantee);
  }
}

}  // namespace

std::vector<Identifier> missingRoles(const diff::Diff &changes, const LoadedSchema &from, const LoadedSchema &to) {
  const std::optional<std::vector<Identifier>> &roles = from.roles ? from.roles : to.roles;
  if (!roles) return {};
  std::set<Identifier> wanted;
  for (const auto &c : changes.changes) named(c, wanted);
  std::vector<Identifier> missing;
  for (const auto &r : wanted)
    if (std::find(roles->begin(), roles->end(), r) == roles->end()) missing.push_back(r);
  return missing;
}

void checkRoles(const diff::Diff &changes, const LoadedSchema &from, const LoadedSchema &to) {
  std::vector<Identifier> missing = missingRoles(changes, from, to);
  if (missing.empty()) return;
  std::string list;
  for (const auto &r : missing) list += (list.empty() ? "" : ", ") + r.sql();
  throw std::runtime_error("the plan names role" + std::string(missing.size() > 1 ? "s " : " ") + list +
                           ", which the database does not have; pgshift does not manage roles: create " +
                           (missing.size() > 1 ? "them" : "it") + " first");
}

}  // namespace pgshift
