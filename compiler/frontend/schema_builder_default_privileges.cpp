// ALTER DEFAULT PRIVILEGES, executed as PostgreSQL would (SetDefaultACL()), and the
// default privileges given to what the files create after it (get_user_default_acl()).
#include <algorithm>

#include <fmt/format.h>

#include "compiler/frontend/schema_builder.h"

namespace pgshift {

void SchemaBuilder::alterDefaultPrivileges(const ast::AlterDefaultPrivileges &s, const SourceLocation &where) {
  const auto kind = static_cast<DefaultAclKind>(s.kind);
  const AclObject object = aclObjectOf(kind);
  if (kind == DefaultAclKind::schemas && !s.schemas.empty())
    fail(where, "cannot use IN SCHEMA clause when using GRANT/REVOKE ON SCHEMAS");
  for (const auto &schema : s.schemas)
    if (!schemas_.count(schema)) fail(where, fmt::format("schema \"{}\" does not exist", schema.str()));
  uint32_t bits = 0;
  for (const auto &p : s.grant.privileges) {
    if (p.name.empty()) {
      bits |= allPrivileges(object);
      continue;
    }
    uint32_t bit = privilegeNamed(p.name);
    if (!bit) fail(p.where, fmt::format("unrecognized privilege type \"{}\"", p.name));
    if (!(allPrivileges(object) & bit))
      fail(p.where, fmt::format("invalid privilege type {} for {}", privilegesSql(bit), defaultAclKindSql(kind)));
    bits |= bit;
  }
  std::vector<std::optional<Identifier>> schemas(s.schemas.begin(), s.schemas.end());
  if (schemas.empty()) schemas.push_back(std::nullopt);
  for (const auto &named : s.roles) {
    // The role running the files, however named, is the empty role.
    Identifier role = !named || (session_role_ && *named == *session_role_) ? Identifier() : *named;
    for (const auto &schema : schemas) {
      auto entry = std::find_if(default_acls_.begin(), default_acls_.end(),
                                [&](const DefaultAcl &e) { return e.role == role && e.schema == schema && e.kind == kind; });
      Acl acl = entry != default_acls_.end() ? entry->acl : implicitDefaultAcl(kind, schema.has_value());
      for (const auto &grantee : s.grant.grantees) {
        // The role itself is the owner of what it creates.
        const bool owner = role.empty() ? session_role_ && grantee == *session_role_ : grantee == role;
        Identifier who = owner ? aclOwner() : grantee;
        if (s.grant.is_grant) grant(acl, who, bits, s.grant.grant_option);
        else revoke(acl, who, bits, s.grant.grant_option);
      }
      // PostgreSQL keeps no entry that says what holds without one.
      if (acl == implicitDefaultAcl(kind, schema.has_value())) {
        if (entry != default_acls_.end()) default_acls_.erase(entry);
      } else if (entry != default_acls_.end()) {
        entry->acl = std::move(acl);
      } else {
        default_acls_.push_back(DefaultAcl{role, schema, kind, std::move(acl)});
      }
    }
  }
}

SchemaBuilder::Existing SchemaBuilder::existing() const {
  Existing out;
  for (const auto &[name, schema] : schemas_) out.schemas.insert(name);
  for (const auto &[name, table] : tables_) out.relations.insert(name);
  for (const auto &[name, sequence] : sequences_) out.relations.insert(name);
  for (const auto &[name, view] : views_) out.relations.insert(name);
  for (const auto &[name, type] : enums_) out.types.insert(name);
  for (const auto &[name, type] : domains_) out.types.insert(name);
  for (const auto &[name, type] : composites_) out.types.insert(name);
  for (const auto &[name, type] : ranges_) out.types.insert(name);
  out.functions = functions_.size();
  return out;
}

void SchemaBuilder::applyDefaultPrivileges(const Existing &before, bool sequences_only) {
  auto acl = [&](DefaultAclKind kind, const std::optional<Identifier> &schema, const Identifier &role = Identifier()) {
    return creationAcl(default_acls_, role, kind, schema);
  };
  for (auto &[name, sequence] : sequences_)
    if (!before.relations.count(name)) sequence.acl = acl(DefaultAclKind::sequences, name.schema);
  if (sequences_only) return;
  for (auto &[name, schema] : schemas_) {
    if (before.schemas.count(name)) continue;
    // CREATE SCHEMA ... AUTHORIZATION: the owner's default privileges.
    const bool other = schema.owner && !(session_role_ && *schema.owner == *session_role_);
    schema.acl = acl(DefaultAclKind::schemas, std::nullopt, other ? *schema.owner : Identifier());
  }
  for (auto &[name, table] : tables_)
    if (!before.relations.count(name)) table.acl = acl(DefaultAclKind::tables, name.schema);
  for (auto &[name, view] : views_)
    if (!before.relations.count(name)) view.acl = acl(DefaultAclKind::tables, name.schema);
  auto types = [&](auto &objects) {
    for (auto &[name, type] : objects)
      if (!before.types.count(name)) type.acl = acl(DefaultAclKind::types, name.schema);
  };
  types(enums_);
  types(domains_);
  types(composites_);
  types(ranges_);
  for (size_t i = before.functions; i < functions_.size(); ++i)
    functions_[i].acl = acl(DefaultAclKind::functions, functions_[i].name.schema);
}

}  // namespace pgshift
