#include "compiler/model/privilege.h"

#include <algorithm>

namespace pgshift {
namespace {

struct Name {
  uint32_t bit;
  const char *sql;
};
constexpr Name kNames[] = {
    {privilege::insert, "INSERT"},       {privilege::select, "SELECT"},   {privilege::update, "UPDATE"},
    {privilege::delete_, "DELETE"},      {privilege::truncate, "TRUNCATE"}, {privilege::references, "REFERENCES"},
    {privilege::trigger, "TRIGGER"},     {privilege::execute, "EXECUTE"}, {privilege::usage, "USAGE"},
    {privilege::create, "CREATE"},       {privilege::temporary, "TEMPORARY"}, {privilege::connect, "CONNECT"},
};

AclItem *find(Acl &acl, const Identifier &grantee) {
  for (auto &item : acl)
    if (item.grantee == grantee && item.grantor == aclOwner()) return &item;
  return nullptr;
}

}  // namespace

uint32_t allPrivileges(AclObject kind) {
  using namespace privilege;
  switch (kind) {
    case AclObject::table:
    case AclObject::view: return insert | select | update | delete_ | truncate | references | trigger;
    case AclObject::column:
    case AclObject::view_column: return insert | select | update | references;
    case AclObject::sequence: return usage | select | update;
    case AclObject::schema: return usage | create;
    case AclObject::function: return execute;
    case AclObject::type:
    case AclObject::domain: return usage;
  }
  return 0;
}

uint32_t privilegeNamed(const std::string &name) {
  if (name == "temp") return privilege::temporary;
  for (const auto &n : kNames) {
    std::string lower = n.sql;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == name) return n.bit;
  }
  return 0;
}

std::string privilegesSql(uint32_t bits) {
  std::string out;
  for (const auto &n : kNames)
    if (bits & n.bit) out += (out.empty() ? "" : ", ") + std::string(n.sql);
  return out;
}

Acl defaultAcl(AclObject kind) {
  if (kind == AclObject::column || kind == AclObject::view_column) return {};
  Acl acl{AclItem{aclOwner(), aclOwner(), allPrivileges(kind), 0}};
  if (kind == AclObject::function) grant(acl, aclPublic(), privilege::execute, false);
  if (kind == AclObject::type || kind == AclObject::domain) grant(acl, aclPublic(), privilege::usage, false);
  return acl;
}

void grant(Acl &acl, const Identifier &grantee, uint32_t bits, bool with_grant_option) {
  if (!bits) return;
  AclItem *item = find(acl, grantee);
  if (!item) {
    acl.push_back(AclItem{grantee, aclOwner(), 0, 0});
    item = &acl.back();
  }
  item->privileges |= bits;
  if (with_grant_option) item->grant_options |= bits;
  std::sort(acl.begin(), acl.end());
}

void revoke(Acl &acl, const Identifier &grantee, uint32_t bits, bool grant_option_only) {
  AclItem *item = find(acl, grantee);
  if (!item) return;
  item->grant_options &= ~bits;
  if (!grant_option_only) item->privileges &= ~bits;
  acl.erase(std::remove_if(acl.begin(), acl.end(), [](const AclItem &i) { return i.privileges == 0; }), acl.end());
}

void mergeIntoOwner(Acl &acl, const Identifier &role) {
  Acl out;
  for (AclItem item : acl) {
    if (item.grantee == role) item.grantee = aclOwner();
    if (item.grantor == role) item.grantor = aclOwner();
    auto same = std::find_if(out.begin(), out.end(),
                             [&](const AclItem &o) { return o.grantee == item.grantee && o.grantor == item.grantor; });
    if (same == out.end()) {
      out.push_back(item);
    } else {
      same->privileges |= item.privileges;
      same->grant_options |= item.grant_options;
    }
  }
  std::sort(out.begin(), out.end());
  acl = std::move(out);
}

}  // namespace pgshift
