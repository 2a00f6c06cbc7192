// Privileges: each object's ACL, compared as PostgreSQL stores it (relative to the owner).
#include "compiler/diff/diff_rls.h"

namespace pgshift::diff {
namespace {

std::optional<Identifier> ownerOf(const std::optional<Identifier> &to, const std::optional<Identifier> &from) {
  return to ? to : from;
}

void change(Diff &out, AclObject kind, QualifiedName object, Identifier column, std::optional<Identifier> owner, const Acl &from,
            const Acl &to) {
  if (from != to) out.changes.push_back(SetPrivileges{kind, std::move(object), std::move(column), std::move(owner), from, to});
}

void tables(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  for (const auto &t : to.tables) {
    const Table *old = from.findTable(t.name);
    auto owner = ownerOf(t.owner, old ? old->owner : std::nullopt);
    change(out, AclObject::table, t.name, {}, owner, old ? old->acl : defaultAcl(AclObject::table), t.acl);
    for (const auto &c : t.columns) {
      const Column *oc = old ? old->findColumn(c.name) : nullptr;
      change(out, AclObject::column, t.name, c.name, owner, oc ? oc->acl : Acl{}, c.acl);
    }
    if (!old) continue;
    for (const auto &c : old->columns)
      if (!t.findColumn(c.name)) change(out, AclObject::column, t.name, c.name, owner, c.acl, Acl{});
  }
  for (const auto &t : from.tables) {
    if (to.findTable(t.name)) continue;
    change(out, AclObject::table, t.name, {}, t.owner, t.acl, defaultAcl(AclObject::table));
    for (const auto &c : t.columns) change(out, AclObject::column, t.name, c.name, t.owner, c.acl, Acl{});
  }
}

void sequences(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  for (const auto &s : to.sequences) {
    const Sequence *old = from.findSequence(s.name);
    change(out, AclObject::sequence, s.name, {}, ownerOf(s.owner, old ? old->owner : std::nullopt),
           old ? old->acl : defaultAcl(AclObject::sequence), s.acl);
  }
  // (A serial sequence goes with its column; its privileges are not put back.)
  for (const auto &s : from.sequences)
    if (!to.findSequence(s.name) && !s.owned_by) change(out, AclObject::sequence, s.name, {}, s.owner, s.acl, defaultAcl(AclObject::sequence));
}

void schemas(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  for (const auto &s : to.schemas) {
    const Schema *old = from.findSchema(s.name);
    change(out, AclObject::schema, {s.name, s.name}, {}, ownerOf(s.owner, old ? old->owner : std::nullopt),
           old ? old->acl : defaultAcl(AclObject::schema), s.acl);
  }
  for (const auto &s : from.schemas)
    if (!to.findSchema(s.name)) change(out, AclObject::schema, {s.name, s.name}, {}, s.owner, s.acl, defaultAcl(AclObject::schema));
}

}  // namespace

void diffPrivileges(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  schemas(from, to, out);
  tables(from, to, out);
  sequences(from, to, out);
}

}  // namespace pgshift::diff
