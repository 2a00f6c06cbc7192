// CREATE EXTENSION and row level security (CREATE / ALTER POLICY) in the syntax tree.
#include "compiler/frontend/ast_builder.h"

namespace pgshift {

using P = grammar::PgParser;
using namespace ast;

CreateExtension AstBuilder::createExtension(P::CreateExtensionStmtContext *ctx) {
  CreateExtension e;
  e.name = identifier(ctx->name());
  e.if_not_exists = ctx->ifNotExists() != nullptr;
  for (auto *o : ctx->createExtensionOption()) {
    if (auto *s = dynamic_cast<P::ExtensionSchemaContext *>(o)) {
      if (e.schema) fail(o->getStart(), "conflicting or redundant options");
      e.schema = identifier(s->name());
    } else if (auto *v = dynamic_cast<P::ExtensionVersionContext *>(o)) {
      if (e.version) fail(o->getStart(), "conflicting or redundant options");
      auto *w = v->nonReservedWordOrSconst();
      e.version = w->sconst() ? sconst(w->sconst()) : identifier(w->nonReservedWord()).str();
    } else {
      if (e.cascade) fail(o->getStart(), "conflicting or redundant options");
      e.cascade = true;
    }
  }
  return e;
}

// A role of a policy's TO list: a name, or PUBLIC (the name "public", as gram.y's RoleSpec).
Identifier AstBuilder::policyRole(P::RoleSpecContext *ctx) {
  if (!ctx->nonReservedWord())
    fail(ctx->getStart(), "unsupported: " + ctx->getText() + " in a policy's role list (name the role)");
  return identifier(ctx->nonReservedWord());
}

std::vector<Identifier> AstBuilder::policyRoles(P::RoleListContext *ctx) {
  std::vector<Identifier> out;
  for (auto *r : ctx->roleSpec()) out.push_back(policyRole(r));
  return out;
}

PolicyExpression AstBuilder::policyExpression(P::AExprContext *ctx) {
  return PolicyExpression{aExpr(ctx), sourceText(ctx), where(ctx->getStart())};
}

CreatePolicy AstBuilder::createPolicy(P::CreatePolicyStmtContext *ctx) {
  CreatePolicy p;
  p.name = identifier(ctx->name());
  p.table = qualifiedName(ctx->qualifiedName());
  if (auto *as = ctx->identifier()) {
    Identifier kind = identifier(as);
    if (kind.str() == "restrictive") p.permissive = false;
    else if (kind.str() != "permissive")
      fail(as->getStart(), "unrecognized row security option \"" + kind.str() + "\"");
  }
  if (auto *c = ctx->policyCommand()) {
    if (c->SELECT()) p.command = PolicyCommand::select;
    else if (c->INSERT()) p.command = PolicyCommand::insert;
    else if (c->UPDATE()) p.command = PolicyCommand::update;
    else if (c->DELETE_P()) p.command = PolicyCommand::delete_;
  }
  if (ctx->roleList()) p.roles = policyRoles(ctx->roleList());
  // USING comes before WITH CHECK in the grammar: aExpr(0) is USING when it is there.
  size_t next = 0;
  if (ctx->USING()) p.using_expr = policyExpression(ctx->aExpr(next++));
  if (ctx->CHECK()) p.check_expr = policyExpression(ctx->aExpr(next));
  return p;
}

AlterPolicy AstBuilder::alterPolicy(P::AlterPolicyStmtContext *ctx) {
  AlterPolicy p;
  p.name = identifier(ctx->name());
  p.table = qualifiedName(ctx->qualifiedName());
  if (ctx->roleList()) p.roles = policyRoles(ctx->roleList());
  size_t next = 0;
  if (ctx->USING()) p.using_expr = policyExpression(ctx->aExpr(next++));
  if (ctx->CHECK()) p.check_expr = policyExpression(ctx->aExpr(next));
  return p;
}

}  // namespace pgshift
