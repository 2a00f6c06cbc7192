#include "compiler/model/default_privileges.h"

#include <algorithm>

namespace pgshift {
namespace {

const DefaultAcl *find(const std::vector<DefaultAcl> &entries, const Identifier &role, DefaultAclKind kind,
                       const std::optional<Identifier> &schema) {
  for (const auto &e : entries)
    if (e.role == role && e.kind == kind && e.schema == schema) return &e;
  return nullptr;
}

}  // namespace

AclObject aclObjectOf(DefaultAclKind kind) {
  switch (kind) {
    case DefaultAclKind::tables: return AclObject::table;
    case DefaultAclKind::sequences: return AclObject::sequence;
    case DefaultAclKind::functions: return AclObject::function;
    case DefaultAclKind::types: return AclObject::type;
    case DefaultAclKind::schemas: return AclObject::schema;
  }
  return AclObject::table;
}

const char *defaultAclKindSql(DefaultAclKind kind) {
  switch (kind) {
    case DefaultAclKind::tables: return "TABLES";
    case DefaultAclKind::sequences: return "SEQUENCES";
    case DefaultAclKind::functions: return "FUNCTIONS";
    case DefaultAclKind::types: return "TYPES";
    case DefaultAclKind::schemas: return "SCHEMAS";
  }
  return "?";
}

Acl implicitDefaultAcl(DefaultAclKind kind, bool in_schema) { return in_schema ? Acl{} : defaultAcl(aclObjectOf(kind)); }

Acl creationAcl(const std::vector<DefaultAcl> &entries, const Identifier &role, DefaultAclKind kind,
                const std::optional<Identifier> &schema) {
  const DefaultAcl *global = find(entries, role, kind, std::nullopt);
  Acl out = global ? global->acl : defaultAcl(aclObjectOf(kind));
  if (const DefaultAcl *local = schema ? find(entries, role, kind, schema) : nullptr)
    for (const auto &item : local->acl) {
      grant(out, item.grantee, item.privileges, false);
      grant(out, item.grantee, item.grant_options, true);
    }
  return out;
}

}  // namespace pgshift
