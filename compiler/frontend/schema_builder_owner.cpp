// Ownership: OWNER TO and CREATE SCHEMA ... AUTHORIZATION, executed as PostgreSQL would.
#include <fmt/format.h>

#include "compiler/frontend/schema_builder.h"

namespace pgshift {

void SchemaBuilder::setOwner(Table &table, const ast::SetOwner &owner) {
  table.owner = owner.role;
  if (owner.role) {
    mergeIntoOwner(table.acl, *owner.role);
    for (auto &c : table.columns) mergeIntoOwner(c.acl, *owner.role);
  }
  // The sequences a table owns (serial columns) change owner with it.
  for (auto &[name, sequence] : sequences_)
    if (sequence.owned_by && sequence.owned_by->table == table.name) {
      sequence.owner = owner.role;
      if (owner.role) mergeIntoOwner(sequence.acl, *owner.role);
    }
}

void SchemaBuilder::setOwner(View &view, const ast::SetOwner &owner) {
  view.owner = owner.role;
  if (owner.role) {
    mergeIntoOwner(view.acl, *owner.role);
    for (auto &c : view.columns) mergeIntoOwner(c.acl, *owner.role);
  }
}

void SchemaBuilder::alterOwner(const ast::AlterOwner &s, const SourceLocation &where) {
  using K = ast::AlterOwner::Kind;
  switch (s.kind) {
    case K::schema: {
      auto it = schemas_.find(s.name[0]);
      if (it == schemas_.end()) fail(where, fmt::format("schema \"{}\" does not exist", s.name[0].str()));
      it->second.owner = s.owner.role;
      if (s.owner.role) mergeIntoOwner(it->second.acl, *s.owner.role);
      return;
    }
    case K::sequence: {
      Sequence *sequence = findSequence(s.name);
      if (!sequence) {
        if (s.if_exists) return;
        fail(where, fmt::format("relation \"{}\" does not exist", joinName(s.name)));
      }
      sequence->owner = s.owner.role;
      if (s.owner.role) mergeIntoOwner(sequence->acl, *s.owner.role);
      return;
    }
    case K::view:
    case K::materialized_view: {
      View *view = findView(s.name);
      if (!view) {
        if (s.if_exists) return;
        fail(where, fmt::format("relation \"{}\" does not exist", joinName(s.name)));
      }
      if (view->materialized != (s.kind == K::materialized_view))
        fail(where, fmt::format("\"{}\" is not a {}", view->name.name.str(), s.kind == K::view ? "view" : "materialized view"));
      setOwner(*view, s.owner);
      return;
    }
    case K::routine: {
      Function &f = routineOrFail(s.name, s.params, s.routine_kind, where);
      f.owner = s.owner.role;
      if (s.owner.role) mergeIntoOwner(f.acl, *s.owner.role);
      return;
    }
    case K::index:
      // PostgreSQL only warns: an index is owned by its table's owner.
      return;
    case K::collation: collationOrFail(s.name, where).owner = s.owner.role; return;
    case K::type:
    case K::domain: {
      TypeAccess type = typeAccessOrFail(s.name, s.kind == K::domain, where);
      *type.owner = s.owner.role;
      if (s.owner.role) mergeIntoOwner(*type.acl, *s.owner.role);
      return;
    }
  }
}

}  // namespace pgshift
