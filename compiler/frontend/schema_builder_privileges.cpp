// GRANT and REVOKE, executed as PostgreSQL would: each merges into the object's ACL
// (relacl, attacl, nspacl, proacl, typacl), granted by the owner.
#include <functional>

#include <fmt/format.h>

#include "compiler/frontend/schema_builder.h"

namespace pgshift {
namespace {

// The bits the privileges name for an object of `kind`; ALL is every privilege it has.
uint32_t privilegeBits(const ast::GrantPrivilege &p, AclObject kind, const char *what,
                       const std::function<void(const SourceLocation &, std::string)> &fail) {
  if (p.name.empty()) return allPrivileges(kind);
  uint32_t bit = privilegeNamed(p.name);
  if (!bit) fail(p.where, fmt::format("unrecognized privilege type \"{}\"", p.name));
  if (!(allPrivileges(kind) & bit)) fail(p.where, fmt::format("invalid privilege type {} for {}", privilegesSql(bit), what));
  return bit;
}

void applyGrant(Acl &acl, const ast::Grant &g, uint32_t bits, const std::vector<Identifier> &grantees) {
  for (const auto &grantee : grantees) {
    if (g.is_grant) grant(acl, grantee, bits, g.grant_option);
    else revoke(acl, grantee, bits, g.grant_option);
  }
}

}  // namespace

SchemaBuilder::TypeAccess SchemaBuilder::typeAccessOrFail(const ast::Name &name, bool domain_only, const SourceLocation &where) {
  std::optional<QualifiedName> found = findUserType(name);
  if (!found) fail(where, fmt::format("type \"{}\" does not exist", joinName(name)));
  if (auto d = domains_.find(*found); d != domains_.end()) return {&d->second.owner, &d->second.acl, true};
  if (domain_only) fail(where, fmt::format("\"{}\" is not a domain", found->name.str()));
  if (auto e = enums_.find(*found); e != enums_.end()) return {&e->second.owner, &e->second.acl, false};
  if (auto c = composites_.find(*found); c != composites_.end()) return {&c->second.owner, &c->second.acl, false};
  if (auto r = ranges_.find(*found); r != ranges_.end()) return {&r->second.owner, &r->second.acl, false};
  // A multirange type goes with its range type (PostgreSQL refuses to set its own).
  fail(where, fmt::format("cannot set privileges of multirange types (\"{}\")", found->name.str()));
}

void SchemaBuilder::grantOrRevoke(const ast::Grant &g, const SourceLocation &where) {
  auto failAt = [](const SourceLocation &at, std::string message) { fail(at, std::move(message)); };
  // The owner as a grantee is the owner's own entry: the owner the file states, else the
  // role running it, when known (PostgreSQL changes the owner's entry, made explicit from
  // acldefault(), rather than adding one).
  auto grantees = [&](const std::optional<Identifier> &owner) {
    const std::optional<Identifier> &actual = owner ? owner : session_role_;
    std::vector<Identifier> out;
    for (const auto &r : g.grantees) out.push_back(actual && r == *actual ? aclOwner() : r);
    return out;
  };
  auto onTable = [&](Table &table) {
    for (const auto &p : g.privileges) {
      if (p.columns.empty()) {
        applyGrant(table.acl, g, privilegeBits(p, AclObject::table, "relation", failAt), grantees(table.owner));
        continue;
      }
      uint32_t bits = privilegeBits(p, AclObject::column, "column", failAt);
      for (const auto &name : p.columns) {
        Column *column = table.findColumn(name);
        if (!column)
          fail(p.where, fmt::format("column \"{}\" of relation \"{}\" does not exist", name.str(), table.name.name.str()));
        applyGrant(column->acl, g, bits, grantees(table.owner));
      }
    }
  };
  auto onSequence = [&](Sequence &sequence) {
    for (const auto &p : g.privileges) {
      if (!p.columns.empty()) fail(p.where, "column privileges are only valid for relations");
      applyGrant(sequence.acl, g, privilegeBits(p, AclObject::sequence, "sequence", failAt), grantees(sequence.owner));
    }
  };
  // A view's privileges are a table's, its columns' a table column's.
  auto viewPrivileges = [&](View &view) {
    for (const auto &p : g.privileges) {
      if (p.columns.empty()) {
        applyGrant(view.acl, g, privilegeBits(p, AclObject::view, "relation", failAt), grantees(view.owner));
        continue;
      }
      if (!view.columns_known)
        fail(p.where, fmt::format("unsupported: column privileges on {} {}, whose columns pgshift cannot list", view.kind(),
                                  view.name.sql()));
      uint32_t bits = privilegeBits(p, AclObject::view_column, "column", failAt);
      for (const auto &name : p.columns) {
        ViewColumn *column = view.findColumn(name);
        if (!column)
          fail(p.where, fmt::format("column \"{}\" of relation \"{}\" does not exist", name.str(), view.name.name.str()));
        applyGrant(column->acl, g, bits, grantees(view.owner));
      }
    }
  };
  auto onRoutine = [&](Function &f) {
    for (const auto &p : g.privileges) {
      if (!p.columns.empty()) fail(p.where, "column privileges are only valid for relations");
      applyGrant(f.acl, g, privilegeBits(p, AclObject::function, f.isProcedure() ? "procedure" : "function", failAt),
                 grantees(f.owner));
    }
  };
  using T = ast::Grant::Target;
  for (size_t i = 0; i < g.objects.size(); ++i) {
    const auto &name = g.objects[i];
    switch (g.target) {
      case T::tables: {
        // ON [TABLE] also names sequences (PostgreSQL takes their privileges from it).
        if (Table *table = findTable(name)) onTable(*table);
        else if (Sequence *sequence = findSequence(name)) onSequence(*sequence);
        else if (View *view = findView(name)) viewPrivileges(*view);
        else fail(where, fmt::format("relation \"{}\" does not exist", joinName(name)));
        break;
      }
      case T::sequences: {
        Sequence *sequence = findSequence(name);
        if (!sequence) fail(where, fmt::format("relation \"{}\" does not exist", joinName(name)));
        onSequence(*sequence);
        break;
      }
      case T::schemas: {
        auto it = schemas_.find(name[0]);
        if (it == schemas_.end()) fail(where, fmt::format("schema \"{}\" does not exist", name[0].str()));
        for (const auto &p : g.privileges) {
          if (!p.columns.empty()) fail(p.where, "column privileges are only valid for relations");
          applyGrant(it->second.acl, g, privilegeBits(p, AclObject::schema, "schema", failAt), grantees(it->second.owner));
        }
        break;
      }
      case T::types:
      case T::domains: {
        TypeAccess type = typeAccessOrFail(name, g.target == T::domains, where);
        AclObject kind = type.domain ? AclObject::domain : AclObject::type;
        for (const auto &p : g.privileges) {
          if (!p.columns.empty()) fail(p.where, "column privileges are only valid for relations");
          applyGrant(*type.acl, g, privilegeBits(p, kind, "type", failAt), grantees(*type.owner));
        }
        break;
      }
      case T::routines:
        onRoutine(routineOrFail(name, g.routine_params[i], g.routine_kind, where));
        break;
      case T::all_routines_in_schema: {
        if (!schemas_.count(name[0])) fail(where, fmt::format("schema \"{}\" does not exist", name[0].str()));
        for (auto &f : functions_)
          if (f.name.schema == name[0] && (g.routine_kind == 'r' || (g.routine_kind == 'p') == f.isProcedure())) onRoutine(f);
        break;
      }
      case T::all_tables_in_schema:
      case T::all_sequences_in_schema: {
        if (!schemas_.count(name[0])) fail(where, fmt::format("schema \"{}\" does not exist", name[0].str()));
        for (const auto &p : g.privileges)
          if (!p.columns.empty()) fail(p.where, "column privileges are only valid for relations");
        if (g.target == T::all_tables_in_schema) {
          for (auto &[key, view] : views_)
            if (key.schema == name[0]) viewPrivileges(view);  // ALL TABLES covers views too
          for (auto &[key, table] : tables_)
            if (key.schema == name[0]) onTable(table);
        } else {
          for (auto &[key, sequence] : sequences_)
            if (key.schema == name[0]) onSequence(sequence);
        }
        break;
      }
    }
  }
}

}  // namespace pgshift
