// Privileges: each object's ACL, compared as PostgreSQL stores it (relative to the owner).
#include "compiler/diff/diff_rls.h"

#include <algorithm>

namespace pgshift::diff {
namespace {

std::optional<Identifier> ownerOf(const std::optional<Identifier> &to, const std::optional<Identifier> &from) {
  return to ? to : from;
}

void change(Diff &out, AclObject kind, QualifiedName object, Identifier column, std::optional<Identifier> owner, const Acl &from,
            const Acl &to, AclTiming timing = AclTiming::around) {
  if (from != to)
    out.changes.push_back(SetPrivileges{kind, std::move(object), std::move(column), std::move(owner), from, to, timing});
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

// Views (relacl, with a table's privileges). One dropped and created again (a query
// CREATE OR REPLACE cannot change) starts over from CREATE's ACL.
void views(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  const Acl fresh = defaultAcl(AclObject::view);
  for (const auto &v : to.views) {
    const View *old = from.findView(v.name);
    auto owner = ownerOf(v.owner, old ? old->owner : std::nullopt);
    if (old && recreatedView(out, v.name)) {
      change(out, AclObject::view, v.name, {}, old->owner, old->acl, fresh, AclTiming::before_drop);
      change(out, AclObject::view, v.name, {}, owner, fresh, v.acl, AclTiming::after_create);
    } else {
      change(out, AclObject::view, v.name, {}, owner, old ? old->acl : fresh, v.acl);
    }
  }
  for (const auto &v : from.views)
    if (!to.findView(v.name)) change(out, AclObject::view, v.name, {}, v.owner, v.acl, fresh);
}

// Functions and procedures (proacl); one dropped and created again starts over too.
void functions(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  const Acl fresh = defaultAcl(AclObject::function);
  auto add = [&](const Function &f, std::optional<Identifier> owner, const Acl &was, const Acl &will, AclTiming timing) {
    if (was == will) return;
    SetPrivileges c{AclObject::function, f.name, {}, std::move(owner), was, will, timing};
    c.signature = f.signature();
    c.procedure = f.isProcedure();
    out.changes.push_back(std::move(c));
  };
  for (const auto &f : to.functions) {
    const Function *old = from.findFunction(f);
    auto owner = ownerOf(f.owner, old ? old->owner : std::nullopt);
    if (old && recreatedFunction(out, f)) {
      add(*old, old->owner, old->acl, fresh, AclTiming::before_drop);
      add(f, owner, fresh, f.acl, AclTiming::after_create);
    } else {
      add(f, owner, old ? old->acl : fresh, f.acl, AclTiming::around);
    }
  }
  for (const auto &f : from.functions)
    if (!to.findFunction(f)) add(f, f.owner, f.acl, fresh, AclTiming::around);
}

}  // namespace

bool recreatedFunction(const Diff &out, const Function &f) {
  return std::any_of(out.changes.begin(), out.changes.end(), [&](const Change &c) {
    auto *r = std::get_if<ReplaceFunction>(&c);
    return r && !r->in_place && r->to.name == f.name && r->to.inputTypes() == f.inputTypes();
  });
}

bool recreatedView(const Diff &out, const QualifiedName &name) {
  return std::any_of(out.changes.begin(), out.changes.end(), [&](const Change &c) {
    auto *d = std::get_if<DropView>(&c);
    return d && d->view.name == name;
  });
}

void diffPrivileges(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  schemas(from, to, out);
  tables(from, to, out);
  sequences(from, to, out);
  views(from, to, out);
  functions(from, to, out);
}

}  // namespace pgshift::diff
