// GRANT and REVOKE in the syntax tree.
#include "compiler/frontend/ast_builder.h"

namespace pgshift {

using P = grammar::PgParser;
using namespace ast;

// The privileges of GRANT, REVOKE and ALTER DEFAULT PRIVILEGES.
std::vector<GrantPrivilege> AstBuilder::privilegeList(P::PrivilegesContext *privileges) {
  std::vector<GrantPrivilege> out;
  if (privileges->ALL()) {
    GrantPrivilege all;
    all.where = where(privileges->getStart());
    if (privileges->columnListParens()) all.columns = columnList(privileges->columnListParens());
    out.push_back(std::move(all));
  } else {
    for (auto *p : privileges->privilege()) {
      GrantPrivilege one;
      one.where = where(p->getStart());
      one.name = p->colId() ? identifier(p->colId()).str() : identifier(p).str();
      if (p->SELECT()) one.name = "select";
      else if (p->REFERENCES()) one.name = "references";
      else if (p->CREATE()) one.name = "create";
      if (p->columnListParens()) one.columns = columnList(p->columnListParens());
      out.push_back(std::move(one));
    }
  }
  return out;
}

std::vector<Identifier> AstBuilder::grantees(P::GranteeListContext *ctx) {
  std::vector<Identifier> out;
  for (auto *grantee : ctx->grantee()) {
    auto *role = grantee->roleSpec();
    if (!role->nonReservedWord())
      fail(role->getStart(), "unsupported: " + role->getText() + " as a grantee (name the role)");
    out.push_back(identifier(role->nonReservedWord()));
  }
  return out;
}

Grant AstBuilder::grant(P::GrantStmtContext *ctx) {
  Grant g;
  g.is_grant = ctx->GRANT(0) != nullptr && ctx->REVOKE() == nullptr;
  g.grant_option = ctx->OPTION() != nullptr;
  if (ctx->GRANTED()) fail(ctx->GRANTED()->getSymbol(), "unsupported: GRANTED BY (privileges are granted by the owner)");
  g.privileges = privilegeList(ctx->privileges());
  auto *target = ctx->privilegeTarget();
  if (auto *t = dynamic_cast<P::PrivilegeOnTablesContext *>(target)) {
    g.target = Grant::Target::tables;
    for (auto *n : t->qualifiedName()) g.objects.push_back(qualifiedName(n));
  } else if (auto *t = dynamic_cast<P::PrivilegeOnSequencesContext *>(target)) {
    g.target = Grant::Target::sequences;
    for (auto *n : t->qualifiedName()) g.objects.push_back(qualifiedName(n));
  } else if (auto *t = dynamic_cast<P::PrivilegeOnSchemasContext *>(target)) {
    g.target = Grant::Target::schemas;
    for (auto *n : t->colId()) g.objects.push_back({identifier(n)});
  } else if (auto *t = dynamic_cast<P::PrivilegeOnAllInSchemaContext *>(target)) {
    g.target = t->TABLES()      ? Grant::Target::all_tables_in_schema
               : t->SEQUENCES() ? Grant::Target::all_sequences_in_schema
                                : Grant::Target::all_routines_in_schema;
    g.routine_kind = t->FUNCTIONS() ? 'f' : t->PROCEDURES() ? 'p' : 'r';
    for (auto *n : t->colId()) g.objects.push_back({identifier(n)});
  } else if (auto *t = dynamic_cast<P::PrivilegeOnRoutinesContext *>(target)) {
    g.target = Grant::Target::routines;
    g.routine_kind = t->FUNCTION() ? 'f' : t->PROCEDURE() ? 'p' : 'r';
    for (auto *r : t->routineWithArgs()) {
      g.objects.push_back(funcName(r->funcName()));
      auto &params = g.routine_params.emplace_back();
      if (r->LPAREN()) {
        params.emplace();
        for (auto *a : r->funcArg()) params->push_back(functionParam(a));
      }
    }
  } else if (auto *t = dynamic_cast<P::PrivilegeOnTypesContext *>(target)) {
    g.target = t->DOMAIN_P() ? Grant::Target::domains : Grant::Target::types;
    for (auto *n : t->anyName()) g.objects.push_back(anyName(n));
  } else {
    // DATABASE, LANGUAGE, ...: not modelled.
    fail(target->getStart(), "unsupported: privileges ON " + target->getStart()->getText() +
                                 (target->children.size() > 1 ? " " + target->children[1]->getText() : std::string()));
  }
  g.grantees = grantees(ctx->granteeList());
  return g;
}

AlterDefaultPrivileges AstBuilder::alterDefaultPrivileges(P::AlterDefaultPrivilegesStmtContext *ctx) {
  AlterDefaultPrivileges d;
  for (auto *option : ctx->defaclOption()) {
    for (auto *schema : option->colId()) d.schemas.push_back(identifier(schema));
    for (auto *role : option->roleSpec()) d.roles.push_back(ownerRole(role).role);
  }
  if (d.roles.empty()) d.roles.push_back(std::nullopt);
  auto *action = ctx->defaclAction();
  Grant &g = d.grant;
  g.is_grant = action->REVOKE() == nullptr;
  g.grant_option = action->OPTION() != nullptr;
  g.privileges = privilegeList(action->privileges());
  for (const auto &p : g.privileges)
    if (!p.columns.empty()) fail(action->privileges()->getStart(), "default privileges cannot be set for columns");
  auto *objects = action->defaclObjects();
  d.kind = objects->TABLES() ? 'r' : objects->SEQUENCES() ? 'S' : objects->TYPES() ? 'T' : objects->SCHEMAS() ? 'n' : 'f';
  g.grantees = grantees(action->granteeList());
  return d;
}

}  // namespace pgshift
