// Extensions, row level security and policies.
#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "introspect/builders.h"

namespace pgshift::introspect {
namespace {

std::string lowerCase(std::string s) {
  for (auto &c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Enums, domains, composite and range types, which keep their owner and ACL alike.
template <typename F>
void eachUserType(SchemaModel &model, F f) {
  for (auto &t : model.enums) f(t.name, t.owner, t.acl);
  for (auto &t : model.domains) f(t.name, t.owner, t.acl);
  for (auto &t : model.composites) f(t.name, t.owner, t.acl);
  for (auto &t : model.ranges) f(t.name, t.owner, t.acl);
}

}  // namespace

std::vector<Extension> buildExtensions(const std::vector<ExtensionRow> &rows) {
  std::vector<Extension> out;
  for (const auto &row : rows) {
    Extension e;
    e.name = row.name;
    e.schema = row.schema;
    e.version = row.version;
    e.version_stated = row.version != row.default_version;
    // Still the comment CREATE EXTENSION gave: not stated, as in a file that says nothing
    // (but known, for comparing with a file that states one).
    e.comment_stated = row.comment != row.control_comment;
    e.comment = row.comment;
    out.push_back(std::move(e));
  }
  return out;
}

void applyRowSecurity(SchemaModel &model, const std::vector<RowSecurityRow> &rows) {
  for (const auto &row : rows) {
    for (auto &t : model.tables) {
      if (t.name != row.table) continue;
      t.row_security = row.enabled;
      t.force_row_security = row.forced;
    }
  }
}

std::vector<Policy> buildPolicies(const std::vector<PolicyRow> &rows) {
  std::vector<Policy> out;
  for (const auto &row : rows) {
    Policy p;
    p.table = row.table;
    p.name = row.name;
    p.permissive = row.permissive;
    p.command = static_cast<PolicyCommand>(row.command);
    p.roles = row.roles;
    if (row.using_expr) p.using_expr = catalogExpression(*row.using_expr);
    if (row.check_expr) p.check_expr = catalogExpression(*row.check_expr);
    out.push_back(std::move(p));
  }
  return out;
}

void applyOwners(SchemaModel &model, const std::vector<OwnerRow> &rows) {
  std::map<Identifier, Identifier> schemas;
  std::map<std::pair<char, QualifiedName>, Identifier> relations;
  for (const auto &row : rows) {
    if (row.kind == 'n') schemas[row.schema] = row.owner;
    else if (row.name) relations[{row.kind, QualifiedName{row.schema, *row.name}}] = row.owner;
  }
  for (auto &s : model.schemas)
    if (auto it = schemas.find(s.name); it != schemas.end()) s.owner = it->second;
  for (auto &t : model.tables)
    if (auto it = relations.find({'r', t.name}); it != relations.end()) t.owner = it->second;
  for (auto &q : model.sequences)
    if (auto it = relations.find({'S', q.name}); it != relations.end()) q.owner = it->second;
  for (auto &v : model.views)
    if (auto it = relations.find({'v', v.name}); it != relations.end()) v.owner = it->second;
  eachUserType(model, [&](const QualifiedName &name, std::optional<Identifier> &owner, Acl &) {
    if (auto it = relations.find({'T', name}); it != relations.end()) owner = it->second;
  });
}

void applyPrivileges(SchemaModel &model, const std::vector<PrivilegeRow> &rows) {
  // Every object listed gets its ACL from its rows alone.
  std::map<std::tuple<char, Identifier, Identifier, Identifier>, Acl> acls;
  for (const auto &row : rows) {
    Acl &acl = acls[{row.kind, row.schema, row.name.value_or(Identifier()), row.column.value_or(Identifier())}];
    if (row.privilege.empty()) continue;  // an empty ACL
    uint32_t bit = privilegeNamed(lowerCase(row.privilege));
    auto item = std::find_if(acl.begin(), acl.end(), [&](const AclItem &i) { return i.grantee == row.grantee && i.grantor == row.grantor; });
    if (item == acl.end()) {
      acl.push_back(AclItem{row.grantee, row.grantor, 0, 0});
      item = acl.end() - 1;
    }
    item->privileges |= bit;
    if (row.grantable) item->grant_options |= bit;
  }
  for (auto &[key, acl] : acls) std::sort(acl.begin(), acl.end());
  auto aclOf = [&](char kind, const Identifier &schema, const Identifier &name, const Identifier &column) -> const Acl * {
    auto it = acls.find({kind, schema, name, column});
    return it == acls.end() ? nullptr : &it->second;
  };
  for (auto &s : model.schemas)
    if (const Acl *acl = aclOf('n', s.name, {}, {})) s.acl = *acl;
  for (auto &t : model.tables) {
    if (const Acl *acl = aclOf('r', t.name.schema, t.name.name, {})) t.acl = *acl;
    for (auto &c : t.columns)
      if (const Acl *acl = aclOf('c', t.name.schema, t.name.name, c.name)) c.acl = *acl;
  }
  for (auto &q : model.sequences)
    if (const Acl *acl = aclOf('S', q.name.schema, q.name.name, {})) q.acl = *acl;
  for (auto &v : model.views) {
    if (const Acl *acl = aclOf('v', v.name.schema, v.name.name, {})) v.acl = *acl;
    for (auto &c : v.columns)
      if (const Acl *acl = aclOf('c', v.name.schema, v.name.name, c.name)) c.acl = *acl;
  }
  eachUserType(model, [&](const QualifiedName &name, std::optional<Identifier> &, Acl &acl) {
    if (const Acl *found = aclOf('T', name.schema, name.name, {})) acl = *found;
  });
}

std::vector<DefaultAcl> buildDefaultAcls(const std::vector<DefaultAclRow> &rows) {
  std::map<std::tuple<Identifier, std::optional<Identifier>, char>, Acl> acls;
  for (const auto &row : rows) {
    Acl &acl = acls[{row.role, row.schema, row.kind}];
    if (row.privilege.empty()) continue;  // an empty ACL
    uint32_t bit = privilegeNamed(lowerCase(row.privilege));
    grant(acl, row.grantee, bit, row.grantable);
  }
  std::vector<DefaultAcl> out;
  for (auto &[key, acl] : acls) out.push_back(DefaultAcl{std::get<0>(key), std::get<1>(key), static_cast<DefaultAclKind>(std::get<2>(key)), std::move(acl)});
  return out;
}

}  // namespace pgshift::introspect
