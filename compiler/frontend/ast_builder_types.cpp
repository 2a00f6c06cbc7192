// Statements about user-defined types (type_statements.h).
#include <algorithm>

#include "compiler/frontend/ast_builder.h"

namespace pgshift {

using P = grammar::PgParser;
using namespace ast;

namespace {
std::string lowerText(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}
}  // namespace

TypeAttribute AstBuilder::typeAttribute(P::ColIdContext *name, P::TypeNameContext *type, P::AnyNameContext *collation) {
  TypeAttribute a;
  a.name = identifier(name);
  a.type = typeName(type);
  if (collation) a.collation = anyName(collation);
  a.where = where(name->getStart());
  return a;
}

Statement AstBuilder::createType(P::CreateTypeStmtContext *ctx) {
  if (auto *e = dynamic_cast<P::CreateEnumContext *>(ctx)) {
    CreateEnum s;
    s.name = anyName(e->anyName());
    for (auto *v : e->sconst()) s.values.push_back(sconst(v));
    return Statement{s, {}};
  }
  if (auto *c = dynamic_cast<P::CreateCompositeContext *>(ctx)) {
    CreateComposite s;
    s.name = anyName(c->anyName());
    for (auto *a : c->typeAttribute()) s.attributes.push_back(typeAttribute(a->colId(), a->typeName(), a->anyName()));
    return Statement{s, {}};
  }
  if (auto *r = dynamic_cast<P::CreateRangeContext *>(ctx)) {
    CreateRange s;
    s.name = anyName(r->anyName());
    for (auto *o : r->rangeOption()) {
      CreateRange::Option option;
      option.name = lowerText(o->colLabel()->getText());
      if (o->typeName()) option.type = typeName(o->typeName());
      else option.text = sconst(o->sconst());
      option.where = where(o->getStart());
      s.options.push_back(std::move(option));
    }
    return Statement{s, {}};
  }
  fail(ctx->getStart(), "unsupported: CREATE TYPE of a base or shell type (only enum, composite and range types)");
}

Statement AstBuilder::alterType(P::AlterTypeStmtContext *ctx) {
  if (auto *a = dynamic_cast<P::AlterEnumAddValueContext *>(ctx)) {
    AlterEnum s;
    s.name = anyName(a->anyName());
    s.kind = AlterEnum::Kind::add_value;
    s.if_not_exists = a->ifNotExists() != nullptr;
    s.value = sconst(a->sconst(0));
    if (a->sconst().size() > 1) {
      s.neighbor = sconst(a->sconst(1));
      s.before = a->BEFORE() != nullptr;
    }
    return Statement{s, {}};
  }
  if (auto *r = dynamic_cast<P::AlterEnumRenameValueContext *>(ctx)) {
    AlterEnum s;
    s.name = anyName(r->anyName());
    s.kind = AlterEnum::Kind::rename_value;
    s.value = sconst(r->sconst(0));
    s.neighbor = sconst(r->sconst(1));
    return Statement{s, {}};
  }
  if (auto *o = dynamic_cast<P::AlterTypeOwnerContext *>(ctx))
    return Statement{AlterOwner{AlterOwner::Kind::type, anyName(o->anyName()), false, ownerRole(o->roleSpec())}, {}};
  if (auto *c = dynamic_cast<P::AlterTypeAttributesContext *>(ctx)) {
    AlterComposite s;
    s.name = anyName(c->anyName());
    for (auto *cmd : c->alterTypeCmd()) {
      AlterComposite::Action action;
      if (auto *add = dynamic_cast<P::AtypeAddAttributeContext *>(cmd)) {
        action.kind = AlterComposite::Kind::add_attribute;
        action.attribute = typeAttribute(add->colId(), add->typeName(), add->anyName());
      } else if (auto *drop = dynamic_cast<P::AtypeDropAttributeContext *>(cmd)) {
        action.kind = AlterComposite::Kind::drop_attribute;
        action.attribute.name = identifier(drop->colId());
        action.attribute.where = where(drop->getStart());
        action.if_exists = drop->ifExists() != nullptr;
      } else {
        auto *alter = dynamic_cast<P::AtypeAlterAttributeContext *>(cmd);
        action.kind = AlterComposite::Kind::alter_attribute_type;
        action.attribute = typeAttribute(alter->colId(), alter->typeName(), alter->anyName());
      }
      s.actions.push_back(std::move(action));
    }
    return Statement{s, {}};
  }
  fail(ctx->getStart(), "unsupported: this form of ALTER TYPE (supported: ADD VALUE, RENAME VALUE, ADD/DROP/ALTER ATTRIBUTE, OWNER TO)");
}

DomainConstraint AstBuilder::domainConstraint(P::DomainConstraintElemContext *ctx) {
  DomainConstraint c;
  c.where = where(ctx->getStart());
  if (dynamic_cast<P::DomainNotNullContext *>(ctx)) {
    c.kind = DomainConstraint::Kind::not_null;
  } else if (dynamic_cast<P::DomainNullContext *>(ctx)) {
    c.kind = DomainConstraint::Kind::null;
  } else if (auto *check = dynamic_cast<P::DomainCheckContext *>(ctx)) {
    c.kind = DomainConstraint::Kind::check;
    c.expression = aExpr(check->aExpr());
    c.expression_text = sourceText(check->aExpr());
    c.where = where(check->aExpr()->getStart());
    c.not_valid = check->VALID() != nullptr;
  } else {
    auto *def = dynamic_cast<P::DomainDefaultContext *>(ctx);
    c.kind = DomainConstraint::Kind::default_value;
    c.expression = bExpr(def->bExpr());
    c.expression_text = sourceText(def->bExpr());
    c.where = where(def->bExpr()->getStart());
  }
  return c;
}

CreateDomain AstBuilder::createDomain(P::CreateDomainStmtContext *ctx) {
  CreateDomain s;
  s.name = anyName(ctx->anyName());
  s.type = typeName(ctx->typeName());
  for (auto *c : ctx->domainConstraint()) {
    if (auto *named = dynamic_cast<P::DomainNamedConstraintContext *>(c)) {
      DomainConstraint d = domainConstraint(named->domainConstraintElem());
      d.name = identifier(named->name());
      s.constraints.push_back(std::move(d));
    } else if (auto *unnamed = dynamic_cast<P::DomainUnnamedConstraintContext *>(c)) {
      s.constraints.push_back(domainConstraint(unnamed->domainConstraintElem()));
    } else {
      auto *collate = dynamic_cast<P::DomainCollateContext *>(c);
      DomainConstraint d;
      d.kind = DomainConstraint::Kind::collate;
      d.collation = anyName(collate->anyName());
      d.where = where(collate->getStart());
      s.constraints.push_back(std::move(d));
    }
  }
  return s;
}

Statement AstBuilder::alterDomain(P::AlterDomainStmtContext *ctx) {
  using K = AlterDomain::Kind;
  AlterDomain s;
  s.name = anyName(dynamic_cast<P::AnyNameContext *>(ctx->children.at(2)));
  s.constraint.where = where(ctx->getStart());
  if (auto *d = dynamic_cast<P::AlterDomainSetDefaultContext *>(ctx)) {
    s.kind = K::set_default;
    s.constraint.kind = DomainConstraint::Kind::default_value;
    s.constraint.expression = aExpr(d->aExpr());
    s.constraint.expression_text = sourceText(d->aExpr());
    s.constraint.where = where(d->aExpr()->getStart());
  } else if (dynamic_cast<P::AlterDomainDropDefaultContext *>(ctx)) {
    s.kind = K::drop_default;
  } else if (dynamic_cast<P::AlterDomainSetNotNullContext *>(ctx)) {
    s.kind = K::set_not_null;
  } else if (dynamic_cast<P::AlterDomainDropNotNullContext *>(ctx)) {
    s.kind = K::drop_not_null;
  } else if (auto *a = dynamic_cast<P::AlterDomainAddCheckContext *>(ctx)) {
    s.kind = K::add_constraint;
    s.constraint.kind = DomainConstraint::Kind::check;
    if (a->name()) s.constraint.name = identifier(a->name());
    s.constraint.expression = aExpr(a->aExpr());
    s.constraint.expression_text = sourceText(a->aExpr());
    s.constraint.where = where(a->aExpr()->getStart());
    s.constraint.not_valid = a->VALID() != nullptr;
  } else if (auto *dc = dynamic_cast<P::AlterDomainDropConstraintContext *>(ctx)) {
    s.kind = K::drop_constraint;
    s.target = identifier(dc->name());
    s.if_exists = dc->ifExists() != nullptr;
  } else if (auto *v = dynamic_cast<P::AlterDomainValidateContext *>(ctx)) {
    s.kind = K::validate_constraint;
    s.target = identifier(v->name());
  } else if (auto *o = dynamic_cast<P::AlterDomainOwnerContext *>(ctx)) {
    return Statement{AlterOwner{AlterOwner::Kind::domain, anyName(o->anyName()), false, ownerRole(o->roleSpec())}, {}};
  } else {
    fail(ctx->getStart(), "unsupported: this form of ALTER DOMAIN");
  }
  return Statement{s, {}};
}

}  // namespace pgshift
