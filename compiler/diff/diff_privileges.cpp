// Privileges: each object's ACL, compared as PostgreSQL stores it (relative to the owner).
#include "compiler/diff/diff_rls.h"

#include <algorithm>

namespace pgshift::diff {
namespace {

std::optional<Identifier> ownerOf(const std::optional<Identifier> &to, const std::optional<Identifier> &from) {
  return to ? to : from;
}

// What an object the plan creates (either way) starts with: the default privileges in
// force while a plan runs are the old side's, as its ALTER DEFAULT PRIVILEGES come last.
Acl created(const SchemaModel &from, AclObject kind, const Identifier &schema) {
  switch (kind) {
    case AclObject::table:
    case AclObject::view: return creationAcl(from.default_acls, {}, DefaultAclKind::tables, schema);
    case AclObject::sequence: return creationAcl(from.default_acls, {}, DefaultAclKind::sequences, schema);
    case AclObject::schema: return creationAcl(from.default_acls, {}, DefaultAclKind::schemas, std::nullopt);
    case AclObject::function: return creationAcl(from.default_acls, {}, DefaultAclKind::functions, schema);
    case AclObject::type:
    case AclObject::domain: return creationAcl(from.default_acls, {}, DefaultAclKind::types, schema);
    case AclObject::column:
    case AclObject::view_column: break;
  }
  return defaultAcl(kind);
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
    change(out, AclObject::table, t.name, {}, owner, old ? old->acl : created(from, AclObject::table, t.name.schema), t.acl);
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
    change(out, AclObject::table, t.name, {}, t.owner, t.acl, created(from, AclObject::table, t.name.schema));
    for (const auto &c : t.columns) change(out, AclObject::column, t.name, c.name, t.owner, c.acl, Acl{});
  }
}

void sequences(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  for (const auto &s : to.sequences) {
    const Sequence *old = from.findSequence(s.name);
    change(out, AclObject::sequence, s.name, {}, ownerOf(s.owner, old ? old->owner : std::nullopt),
           old ? old->acl : created(from, AclObject::sequence, s.name.schema), s.acl);
  }
  // (A serial sequence goes with its column; its privileges are not put back.)
  for (const auto &s : from.sequences)
    if (!to.findSequence(s.name) && !s.owned_by) change(out, AclObject::sequence, s.name, {}, s.owner, s.acl, created(from, AclObject::sequence, s.name.schema));
}

void schemas(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  for (const auto &s : to.schemas) {
    const Schema *old = from.findSchema(s.name);
    change(out, AclObject::schema, {s.name, s.name}, {}, ownerOf(s.owner, old ? old->owner : std::nullopt),
           old ? old->acl : created(from, AclObject::schema, s.name), s.acl);
  }
  for (const auto &s : from.schemas)
    if (!to.findSchema(s.name)) change(out, AclObject::schema, {s.name, s.name}, {}, s.owner, s.acl, created(from, AclObject::schema, s.name));
}

// Views (relacl, with a table's privileges). One dropped and created again (a query
// CREATE OR REPLACE cannot change) starts over from CREATE's ACL.
// Their columns' (attacl) likewise.
void views(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  auto fresh = [&](const View &v) { return created(from, AclObject::view, v.name.schema); };
  // Column privileges of `v` from `was` (a view, or none) to `will`.
  auto columns = [&](const View *was, const View *will, const std::optional<Identifier> &owner, AclTiming timing) {
    const View &named = will ? *will : *was;
    if (will)
      for (const auto &c : will->columns) {
        const ViewColumn *oc = was ? was->findColumn(c.name) : nullptr;
        change(out, AclObject::view_column, named.name, c.name, owner, oc ? oc->acl : Acl{}, c.acl, timing);
      }
    if (was)
      for (const auto &c : was->columns)
        if (!will || !will->findColumn(c.name)) change(out, AclObject::view_column, named.name, c.name, owner, c.acl, Acl{}, timing);
  };
  for (const auto &v : to.views) {
    const View *old = from.findView(v.name);
    auto owner = ownerOf(v.owner, old ? old->owner : std::nullopt);
    if (old && recreatedView(out, v.name)) {
      change(out, AclObject::view, v.name, {}, old->owner, old->acl, fresh(v), AclTiming::before_drop);
      columns(old, nullptr, old->owner, AclTiming::before_drop);
      change(out, AclObject::view, v.name, {}, owner, fresh(v), v.acl, AclTiming::after_create);
      columns(nullptr, &v, owner, AclTiming::after_create);
    } else {
      change(out, AclObject::view, v.name, {}, owner, old ? old->acl : fresh(v), v.acl);
      columns(old, &v, owner, AclTiming::around);
    }
  }
  for (const auto &v : from.views)
    if (!to.findView(v.name)) {
      change(out, AclObject::view, v.name, {}, v.owner, v.acl, fresh(v));
      columns(&v, nullptr, v.owner, AclTiming::around);
    }
}

// Functions and procedures (proacl); one dropped and created again starts over too.
void functions(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  auto fresh = [&](const Function &f) { return created(from, AclObject::function, f.name.schema); };
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
      add(*old, old->owner, old->acl, fresh(f), AclTiming::before_drop);
      add(f, owner, fresh(f), f.acl, AclTiming::after_create);
    } else {
      add(f, owner, old ? old->acl : fresh(f), f.acl, AclTiming::around);
    }
  }
  for (const auto &f : from.functions)
    if (!to.findFunction(f)) add(f, f.owner, f.acl, fresh(f), AclTiming::around);
}

// User-defined types (typacl). One dropped and created again (a domain's base type, a
// composite's attribute order, or another kind of type of the same name) starts over
// from CREATE's ACL; an enum swapped for a new one is given its ACL by the swap.
void types(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  const std::vector<TypeAccess> before = typeAccess(from), after = typeAccess(to);
  auto kind = [](const TypeAccess &t) { return t.domain ? AclObject::domain : AclObject::type; };
  for (const auto &t : after) {
    if (swappedEnum(out, t.name)) continue;
    const TypeAccess *old = findTypeAccess(before, t.name);
    const Acl fresh = created(from, kind(t), t.name.schema);
    auto owner = ownerOf(t.owner, old ? old->owner : std::nullopt);
    if (old && droppedType(out, t.name)) {
      change(out, kind(*old), t.name, {}, old->owner, old->acl, created(from, kind(*old), t.name.schema), AclTiming::before_drop);
      change(out, kind(t), t.name, {}, owner, fresh, t.acl, AclTiming::after_create);
    } else {
      change(out, kind(t), t.name, {}, owner, old ? old->acl : fresh, t.acl);
    }
  }
  for (const auto &t : before)
    if (!findTypeAccess(after, t.name)) change(out, kind(t), t.name, {}, t.owner, t.acl, created(from, kind(t), t.name.schema));
}

// pg_default_acl entries, by role, schema and kind.
void defaultAcls(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  auto find = [](const SchemaModel &m, const DefaultAcl &key) -> const DefaultAcl * {
    for (const auto &e : m.default_acls)
      if (e.role == key.role && e.schema == key.schema && e.kind == key.kind) return &e;
    return nullptr;
  };
  auto implicit = [](const DefaultAcl &key) {
    return DefaultAcl{key.role, key.schema, key.kind, implicitDefaultAcl(key.kind, key.schema.has_value())};
  };
  for (const auto &e : to.default_acls) {
    const DefaultAcl *old = find(from, e);
    DefaultAcl was = old ? *old : implicit(e);
    if (was.acl != e.acl) out.changes.push_back(SetDefaultPrivileges{was, e});
  }
  for (const auto &e : from.default_acls)
    if (!find(to, e) && e.acl != implicit(e).acl) out.changes.push_back(SetDefaultPrivileges{e, implicit(e)});
}

}  // namespace

std::vector<TypeAccess> typeAccess(const SchemaModel &model) {
  std::vector<TypeAccess> out;
  for (const auto &t : model.enums) out.push_back({t.name, false, t.owner, t.acl});
  for (const auto &t : model.domains) out.push_back({t.name, true, t.owner, t.acl});
  for (const auto &t : model.composites) out.push_back({t.name, false, t.owner, t.acl});
  for (const auto &t : model.ranges) out.push_back({t.name, false, t.owner, t.acl});
  return out;
}

const TypeAccess *findTypeAccess(const std::vector<TypeAccess> &list, const QualifiedName &name) {
  for (const auto &t : list)
    if (t.name == name) return &t;
  return nullptr;
}

bool droppedType(const Diff &out, const QualifiedName &name) {
  return std::any_of(out.changes.begin(), out.changes.end(), [&](const Change &c) {
    if (auto *d = std::get_if<DropEnum>(&c)) return d->type.name == name;
    if (auto *d = std::get_if<DropDomain>(&c)) return d->domain.name == name;
    if (auto *d = std::get_if<DropComposite>(&c)) return d->type.name == name;
    if (auto *d = std::get_if<DropRange>(&c)) return d->type.name == name;
    return false;
  });
}

bool swappedEnum(const Diff &out, const QualifiedName &name) {
  return std::any_of(out.changes.begin(), out.changes.end(), [&](const Change &c) {
    auto *a = std::get_if<AlterEnum>(&c);
    return a && !a->in_place && a->to.name == name;
  });
}

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
  types(from, to, out);
  defaultAcls(from, to, out);
}

}  // namespace pgshift::diff
