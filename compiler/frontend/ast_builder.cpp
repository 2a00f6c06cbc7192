// Statements of the syntax tree.
#include "compiler/frontend/ast_builder.h"

#include <algorithm>

#include "compiler/frontend/literals.h"

namespace pgshift {

using P = grammar::PgParser;
using namespace ast;

namespace {
std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}
}  // namespace

Statement AstBuilder::statement(P::StatementContext *ctx) {
  auto *s = ctx->stmt();
  Statement out;
  out.where = where(ctx->getStart());
  if (s->createSchemaStmt()) out.v = createSchema(s->createSchemaStmt());
  else if (s->createTableStmt()) out.v = createTable(s->createTableStmt());
  else if (s->createIndexStmt()) out.v = createIndex(s->createIndexStmt());
  else if (s->createSequenceStmt()) out.v = createSequence(s->createSequenceStmt());
  else if (s->alterSequenceStmt()) out = Statement{alterSequence(s->alterSequenceStmt()).v, out.where};
  else if (s->alterTableStmt()) out.v = alterTable(s->alterTableStmt());
  else if (auto *i = s->alterIndexStmt()) {
    if (i->ATTACH()) out.v = alterIndex(i).v;
    else out.v = AlterOwner{AlterOwner::Kind::index, qualifiedName(i->qualifiedName(0)), i->ifExists() != nullptr, ownerRole(i->roleSpec())};
  }
  else if (auto *a = s->alterSchemaStmt())
    out.v = AlterOwner{AlterOwner::Kind::schema, {identifier(a->colId())}, false, ownerRole(a->roleSpec())};
  else if (s->commentStmt()) out.v = comment(s->commentStmt());
  else if (s->setStmt()) out = Statement{set(s->setStmt()).v, out.where};
  else if (s->createTypeStmt()) out = Statement{createType(s->createTypeStmt()).v, out.where};
  else if (s->alterTypeStmt()) out = Statement{alterType(s->alterTypeStmt()).v, out.where};
  else if (s->createDomainStmt()) out.v = createDomain(s->createDomainStmt());
  else if (s->alterDomainStmt()) out = Statement{alterDomain(s->alterDomainStmt()).v, out.where};
  else if (s->createFunctionStmt()) out.v = createFunction(s->createFunctionStmt());
  else if (s->createAggregateStmt()) out.v = createAggregate(s->createAggregateStmt());
  else if (s->createTriggerStmt()) out.v = createTrigger(s->createTriggerStmt());
  else if (s->routineMiscStmt()) out = Statement{routineMisc(s->routineMiscStmt()).v, out.where};
  else if (s->createExtensionStmt()) out.v = createExtension(s->createExtensionStmt());
  else if (s->createPolicyStmt()) out.v = createPolicy(s->createPolicyStmt());
  else if (s->alterPolicyStmt()) out.v = alterPolicy(s->alterPolicyStmt());
  else if (s->grantStmt()) out.v = grant(s->grantStmt());
  else if (s->alterDefaultPrivilegesStmt()) out.v = alterDefaultPrivileges(s->alterDefaultPrivilegesStmt());
  else if (s->viewStmt()) out.v = createView(s->viewStmt());
  else if (s->createMatViewStmt()) out.v = createMatView(s->createMatViewStmt());
  else if (auto *v = s->alterViewStmt())
    out.v = AlterOwner{v->MATERIALIZED() ? AlterOwner::Kind::materialized_view : AlterOwner::Kind::view,
                       qualifiedName(v->qualifiedName()), v->ifExists() != nullptr, ownerRole(v->roleSpec())};
  else if (s->createCollationStmt() || s->alterCollationStmt()) out = Statement{collationStatement(s).v, out.where};
  else out = Statement{selectFunction(s->selectFuncStmt()).v, out.where};
  return out;
}

// OWNER TO / AUTHORIZATION: a role, or the role running the script.
SetOwner AstBuilder::ownerRole(P::RoleSpecContext *ctx) {
  if (!ctx->nonReservedWord()) return SetOwner{};
  Identifier role = identifier(ctx->nonReservedWord());
  if (role.str() == "public") fail(ctx->getStart(), "role \"public\" does not exist");
  return SetOwner{role};
}

CreateSchema AstBuilder::createSchema(P::CreateSchemaStmtContext *ctx) {
  CreateSchema s;
  s.if_not_exists = ctx->ifNotExists() != nullptr;
  // CREATE SCHEMA AUTHORIZATION joe names the schema after the role.
  s.name = ctx->colId() ? identifier(ctx->colId()) : identifier(ctx->roleSpec());
  if (ctx->roleSpec()) s.authorization = ownerRole(ctx->roleSpec());
  return s;
}

std::vector<RelOption> AstBuilder::relOptions(P::RelOptionsContext *ctx) {
  std::vector<RelOption> out;
  for (auto *o : ctx->relOption()) {
    RelOption opt;
    auto labels = o->colLabel();
    opt.name = identifier(labels[0]).str();
    if (labels.size() > 1) opt.name += "." + identifier(labels[1]).str();
    if (!o->defArg()) {
      opt.value = "true";
    } else if (auto *s = o->defArg()->sconst()) {
      opt.value = sconst(s);
    } else if (auto *n = o->defArg()->numericOnly()) {
      opt.value = n->getText();
    } else {
      // A word (on, off, false, a type name): stored as written, lower-cased.
      opt.value = lower(o->defArg()->getText());
    }
    out.push_back(std::move(opt));
  }
  return out;
}

Name AstBuilder::relationName(P::RelationExprContext *ctx) { return qualifiedName(ctx->qualifiedName()); }

CreateTable AstBuilder::createTable(P::CreateTableStmtContext *ctx) {
  CreateTable t;
  t.name = qualifiedName(ctx->qualifiedName(0));
  t.if_not_exists = ctx->ifNotExists() != nullptr;
  if (auto *temp = ctx->optTemp()) {
    if (!temp->UNLOGGED()) fail(temp->getStart(), "temporary tables are not part of a schema");
    t.unlogged = true;
  }
  if (auto *inherit = ctx->optInherit())
    for (auto *parent : inherit->qualifiedName()) t.inherits.push_back(qualifiedName(parent));
  if (ctx->OF()) {
    t.partition_of = PartitionOf{qualifiedName(ctx->qualifiedName(1)), partitionBound(ctx->partitionBound())};
    if (auto *list = ctx->tableElementList())
      fail(list->getStart(), "unsupported: columns or constraints of their own in CREATE TABLE ... PARTITION OF");
  }
  if (auto *list = ctx->tableElementList()) {
    for (auto *el : list->tableElement()) {
      if (el->tableLikeClause()) fail(el->getStart(), "unsupported: CREATE TABLE ... (LIKE ...)");
      if (el->columnDef()) {
        t.element_order.emplace_back(true, t.columns.size());
        t.columns.push_back(columnDef(el->columnDef()));
      } else {
        t.element_order.emplace_back(false, t.constraints.size());
        t.constraints.push_back(tableConstraint(el->tableConstraint()));
      }
    }
  }
  for (auto *opt : ctx->tableOptions()->tableOption()) {
    if (auto *w = dynamic_cast<P::TableWithOptionsContext *>(opt)) {
      auto more = relOptions(w->relOptions());
      t.options.insert(t.options.end(), more.begin(), more.end());
    } else if (dynamic_cast<P::TableWithoutOidsContext *>(opt)) {
      // the only choice since PostgreSQL 12
    } else if (auto *a = dynamic_cast<P::TableAccessMethodContext *>(opt)) {
      if (identifier(a->name()).str() != "heap") fail(opt->getStart(), "unsupported: table access method other than heap");
    } else if (auto *p = dynamic_cast<P::TablePartitionByContext *>(opt)) {
      t.partition_by = partitionSpec(p->partitionSpec());
    } else if (dynamic_cast<P::TableTablespaceContext *>(opt)) {
      fail(opt->getStart(), "unsupported: TABLESPACE");
    } else {
      fail(opt->getStart(), "unsupported: ON COMMIT (temporary tables)");
    }
  }
  return t;
}

ColumnDef AstBuilder::columnDef(P::ColumnDefContext *ctx) {
  ColumnDef c;
  c.name = identifier(ctx->colId());
  c.type = typeName(ctx->typeName());
  c.where = where(ctx->getStart());
  for (auto *q : ctx->colQual()) {
    if (auto *named = dynamic_cast<P::ColQualNamedContext *>(q)) {
      ConstraintDef def = columnConstraint(named->colConstraintElem());
      def.name = identifier(named->name());
      def.where = where(q->getStart());
      c.constraints.push_back(std::move(def));
    } else if (auto *unnamed = dynamic_cast<P::ColQualUnnamedContext *>(q)) {
      ConstraintDef def = columnConstraint(unnamed->colConstraintElem());
      def.where = where(q->getStart());
      c.constraints.push_back(std::move(def));
    } else if (auto *attr = dynamic_cast<P::ColQualAttrContext *>(q)) {
      // DEFERRABLE and friends modify the constraint just before them.
      auto *a = attr->constraintAttr();
      if (c.constraints.empty() || (c.constraints.back().kind != ConstraintDef::Kind::foreign_key &&
                                    c.constraints.back().kind != ConstraintDef::Kind::unique &&
                                    c.constraints.back().kind != ConstraintDef::Kind::primary_key))
        fail(a->getStart(), "misplaced " + a->getText() + " clause");
      auto &target = c.constraints.back();
      if (a->DEFERRABLE()) target.deferrable = a->NOT() == nullptr;
      if (a->DEFERRED()) target.initially_deferred = true, target.deferrable = true;
      if (a->IMMEDIATE()) target.initially_deferred = false;
    } else {
      c.collation = anyName(dynamic_cast<P::ColQualCollateContext *>(q)->anyName());
    }
  }
  return c;
}

ConstraintDef AstBuilder::columnConstraint(P::ColConstraintElemContext *ctx) {
  ConstraintDef d;
  d.where = where(ctx->getStart());
  if (dynamic_cast<P::ColNotNullContext *>(ctx)) {
    d.kind = ConstraintDef::Kind::not_null;
  } else if (dynamic_cast<P::ColNullContext *>(ctx)) {
    d.kind = ConstraintDef::Kind::null;
  } else if (auto *u = dynamic_cast<P::ColUniqueContext *>(ctx)) {
    d.kind = ConstraintDef::Kind::unique;
    d.nulls_not_distinct = u->nullsDistinct() && u->nullsDistinct()->NOT();
    if (u->indexDefinition()) d.index_options = relOptions(u->indexDefinition()->relOptions());
    if (u->consTableSpace()) fail(u->consTableSpace()->getStart(), "unsupported: USING INDEX TABLESPACE");
  } else if (auto *p = dynamic_cast<P::ColPrimaryKeyContext *>(ctx)) {
    d.kind = ConstraintDef::Kind::primary_key;
    if (p->indexDefinition()) d.index_options = relOptions(p->indexDefinition()->relOptions());
    if (p->consTableSpace()) fail(p->consTableSpace()->getStart(), "unsupported: USING INDEX TABLESPACE");
  } else if (auto *c = dynamic_cast<P::ColCheckContext *>(ctx)) {
    d.kind = ConstraintDef::Kind::check;
    d.expression = aExpr(c->aExpr());
    d.expression_text = sourceText(c->aExpr());
    d.expression_where = where(c->aExpr()->getStart());
    d.no_inherit = c->INHERIT() != nullptr;
  } else if (auto *def = dynamic_cast<P::ColDefaultContext *>(ctx)) {
    d.kind = ConstraintDef::Kind::default_value;
    d.expression = bExpr(def->bExpr());
    d.expression_text = sourceText(def->bExpr());
    d.expression_where = where(def->bExpr()->getStart());
  } else if (auto *id = dynamic_cast<P::ColIdentityContext *>(ctx)) {
    d.kind = ConstraintDef::Kind::identity;
    d.identity = id->generatedWhen()->ALWAYS() ? Identity::Kind::always : Identity::Kind::by_default;
    if (id->parenSeqOptions()) d.identity_options = sequenceOptions(id->parenSeqOptions());
  } else if (auto *g = dynamic_cast<P::ColGeneratedContext *>(ctx)) {
    if (!g->generatedWhen()->ALWAYS()) fail(g->getStart(), "for a generated column, GENERATED ALWAYS must be specified");
    d.kind = ConstraintDef::Kind::generated;
    d.expression = aExpr(g->aExpr());
    d.expression_text = sourceText(g->aExpr());
    d.expression_where = where(g->aExpr()->getStart());
  } else {
    auto *r = dynamic_cast<P::ColReferencesContext *>(ctx);
    d.kind = ConstraintDef::Kind::foreign_key;
    d.references = references(r->qualifiedName(), r->columnListParens(), r->keyMatch(), r->keyActions());
  }
  return d;
}

References AstBuilder::references(P::QualifiedNameContext *table, P::ColumnListParensContext *columns,
                                  P::KeyMatchContext *match, P::KeyActionsContext *actions) {
  References r;
  r.table = qualifiedName(table);
  if (columns) r.columns = columnList(columns);
  if (match) {
    if (match->FULL()) r.match = MatchType::full;
    if (match->PARTIAL()) fail(match->getStart(), "MATCH PARTIAL not yet implemented");
  }
  if (actions) {
    auto action = [&](P::KeyActionContext *a, std::vector<Identifier> *columns_out) {
      if (a->NO()) return ReferentialAction::no_action;
      if (a->RESTRICT()) return ReferentialAction::restrict;
      if (a->CASCADE()) return ReferentialAction::cascade;
      if (a->columnListParens()) {
        if (!columns_out) fail(a->getStart(), "a column list with SET NULL/SET DEFAULT is only supported for ON DELETE actions");
        *columns_out = columnList(a->columnListParens());
      }
      return a->NULL_P() ? ReferentialAction::set_null : ReferentialAction::set_default;
    };
    if (actions->keyUpdate()) r.on_update = action(actions->keyUpdate()->keyAction(), nullptr);
    if (actions->keyDelete()) r.on_delete = action(actions->keyDelete()->keyAction(), &r.on_delete_columns);
  }
  return r;
}

void AstBuilder::constraintAttributes(P::ConstraintAttributesContext *ctx, ConstraintDef &def) {
  for (auto *a : ctx->constraintAttributeElem()) {
    if (a->DEFERRABLE()) def.deferrable = a->NOT() == nullptr;
    else if (a->DEFERRED()) def.initially_deferred = true, def.deferrable = true;
    else if (a->IMMEDIATE()) def.initially_deferred = false;
    else if (a->VALID()) def.not_valid = true;
    else def.no_inherit = true;
  }
  if (def.initially_deferred && !def.deferrable)
    fail(ctx->getStart(), "constraint declared INITIALLY DEFERRED must be DEFERRABLE");
}

ConstraintDef AstBuilder::tableConstraint(P::TableConstraintContext *ctx) {
  ConstraintDef d;
  d.where = where(ctx->getStart());
  if (ctx->name()) d.name = identifier(ctx->name());
  auto *e = ctx->constraintElem();
  auto indexParts = [&](P::IncludeColumnsContext *include, P::IndexDefinitionContext *definition,
                        P::ConsTableSpaceContext *tablespace) {
    if (include) d.include = columnList(include->columnListParens());
    if (definition) d.index_options = relOptions(definition->relOptions());
    if (tablespace) fail(tablespace->getStart(), "unsupported: USING INDEX TABLESPACE");
  };
  if (auto *c = dynamic_cast<P::ConCheckContext *>(e)) {
    d.kind = ConstraintDef::Kind::check;
    d.expression = aExpr(c->aExpr());
    d.expression_text = sourceText(c->aExpr());
    d.expression_where = where(c->aExpr()->getStart());
    constraintAttributes(c->constraintAttributes(), d);
    if (d.deferrable) fail(c->getStart(), "CHECK constraints cannot be marked DEFERRABLE");
  } else if (auto *u = dynamic_cast<P::ConUniqueContext *>(e)) {
    d.kind = ConstraintDef::Kind::unique;
    d.nulls_not_distinct = u->nullsDistinct() && u->nullsDistinct()->NOT();
    d.columns = columnList(u->columnListParens());
    indexParts(u->includeColumns(), u->indexDefinition(), u->consTableSpace());
    constraintAttributes(u->constraintAttributes(), d);
  } else if (auto *ui = dynamic_cast<P::ConUniqueUsingIndexContext *>(e)) {
    d.kind = ConstraintDef::Kind::unique;
    d.using_index = identifier(ui->name());
    constraintAttributes(ui->constraintAttributes(), d);
  } else if (auto *p = dynamic_cast<P::ConPrimaryKeyContext *>(e)) {
    d.kind = ConstraintDef::Kind::primary_key;
    d.columns = columnList(p->columnListParens());
    indexParts(p->includeColumns(), p->indexDefinition(), p->consTableSpace());
    constraintAttributes(p->constraintAttributes(), d);
  } else if (auto *pi = dynamic_cast<P::ConPrimaryKeyUsingIndexContext *>(e)) {
    d.kind = ConstraintDef::Kind::primary_key;
    d.using_index = identifier(pi->name());
    constraintAttributes(pi->constraintAttributes(), d);
  } else if (auto *x = dynamic_cast<P::ConExcludeContext *>(e)) {
    d.kind = ConstraintDef::Kind::exclusion;
    d.exclusion_method = x->name() ? identifier(x->name()).str() : "btree";
    for (auto *el : x->exclusionElem()) {
      ast::ExclusionElement ee;
      ee.element = indexElement(el->indexElem());
      ee.op = anyOperator(el->anyOperator());
      d.exclusion.push_back(std::move(ee));
    }
    indexParts(x->includeColumns(), x->indexDefinition(), x->consTableSpace());
    if (x->WHERE()) {
      d.exclusion_predicate = aExpr(x->aExpr());
      d.exclusion_predicate_text = sourceText(x->aExpr());
    }
    constraintAttributes(x->constraintAttributes(), d);
  } else {
    auto *f = dynamic_cast<P::ConForeignKeyContext *>(e);
    d.kind = ConstraintDef::Kind::foreign_key;
    auto lists = f->columnListParens();
    d.columns = columnList(lists[0]);
    d.references = references(f->qualifiedName(), lists.size() > 1 ? lists[1] : nullptr, f->keyMatch(), f->keyActions());
    constraintAttributes(f->constraintAttributes(), d);
  }
  if (d.no_inherit && d.kind != ConstraintDef::Kind::check)
    fail(e->getStart(), "only CHECK constraints can be marked NO INHERIT");
  if (d.not_valid && d.kind != ConstraintDef::Kind::check && d.kind != ConstraintDef::Kind::foreign_key)
    fail(e->getStart(), "only CHECK and FOREIGN KEY constraints can be marked NOT VALID");
  return d;
}

IndexElement AstBuilder::indexElement(P::IndexElemContext *ctx) {
  IndexElement e;
  e.where = where(ctx->getStart());
  auto *target = ctx->indexElemTarget();
  if (target->colId()) {
    e.column = identifier(target->colId());
  } else if (target->aExpr()) {
    e.expression = aExpr(target->aExpr());
    e.expression_text = sourceText(target->aExpr());
  } else if (auto *f = target->funcExprWindowless()) {
    e.expression = f->funcApplication() ? funcApplication(f->funcApplication()) : funcCommon(f->funcExprCommonSubexpr());
    e.expression_text = sourceText(f);
  }
  if (ctx->anyName()) e.collation = anyName(ctx->anyName());
  if (auto *opc = ctx->indexOpclass()) {
    e.opclass = anyName(opc->anyName());
    if (opc->relOptions()) e.opclass_options = relOptions(opc->relOptions());
  }
  if (ctx->ASC()) e.descending = false;
  if (ctx->DESC()) e.descending = true;
  if (ctx->FIRST_P()) e.nulls_first = true;
  if (ctx->LAST_P()) e.nulls_first = false;
  return e;
}

CreateIndex AstBuilder::createIndex(P::CreateIndexStmtContext *ctx) {
  CreateIndex i;
  i.unique = ctx->UNIQUE() != nullptr;
  i.concurrently = ctx->CONCURRENTLY() != nullptr;
  i.if_not_exists = ctx->ifNotExists() != nullptr;
  // The name before ON is the index's own; the one after USING is the access method.
  size_t on = ctx->ON()->getSymbol()->getTokenIndex();
  for (auto *n : ctx->name()) {
    if (n->getStart()->getTokenIndex() < on) i.name = identifier(n);
    else i.method = identifier(n).str();
  }
  if (i.if_not_exists && !i.name) fail(ctx->ON()->getSymbol(), "IF NOT EXISTS requires an index name");
  i.table = relationName(ctx->relationExpr());
  for (auto *el : ctx->indexElem()) i.elements.push_back(indexElement(el));
  if (ctx->includeColumns()) i.include = columnList(ctx->includeColumns()->columnListParens());
  i.nulls_not_distinct = ctx->nullsDistinct() && ctx->nullsDistinct()->NOT();
  if (ctx->relOptions()) i.options = relOptions(ctx->relOptions());
  if (ctx->TABLESPACE()) fail(ctx->TABLESPACE()->getSymbol(), "unsupported: TABLESPACE");
  if (ctx->WHERE()) {
    i.predicate = aExpr(ctx->aExpr());
    i.predicate_text = sourceText(ctx->aExpr());
  }
  return i;
}

SequenceOption AstBuilder::sequenceOption(P::SeqOptionContext *ctx) {
  using K = SequenceOption::Kind;
  SequenceOption o;
  o.where = where(ctx->getStart());
  auto number = [&](P::NumericOnlyContext *n) {
    o.number = numericOnly(n);
    o.has_number = true;
  };
  if (auto *c = dynamic_cast<P::SeqAsContext *>(ctx)) o.kind = K::as, o.type = simpleTypename(c->simpleTypename());
  else if (auto *c = dynamic_cast<P::SeqCacheContext *>(ctx)) o.kind = K::cache, number(c->numericOnly());
  else if (dynamic_cast<P::SeqCycleContext *>(ctx)) o.kind = K::cycle;
  else if (dynamic_cast<P::SeqNoCycleContext *>(ctx)) o.kind = K::no_cycle;
  else if (auto *c = dynamic_cast<P::SeqIncrementContext *>(ctx)) o.kind = K::increment, number(c->numericOnly());
  else if (auto *c = dynamic_cast<P::SeqMaxValueContext *>(ctx)) o.kind = K::max_value, number(c->numericOnly());
  else if (auto *c = dynamic_cast<P::SeqMinValueContext *>(ctx)) o.kind = K::min_value, number(c->numericOnly());
  else if (dynamic_cast<P::SeqNoMaxValueContext *>(ctx)) o.kind = K::no_max_value;
  else if (dynamic_cast<P::SeqNoMinValueContext *>(ctx)) o.kind = K::no_min_value;
  else if (auto *c = dynamic_cast<P::SeqOwnedByContext *>(ctx)) o.kind = K::owned_by, o.name = anyName(c->anyName());
  else if (auto *c = dynamic_cast<P::SeqNameContext *>(ctx)) o.kind = K::sequence_name, o.name = anyName(c->anyName());
  else if (auto *c = dynamic_cast<P::SeqStartContext *>(ctx)) o.kind = K::start, number(c->numericOnly());
  else if (auto *c = dynamic_cast<P::SeqRestartContext *>(ctx)) {
    o.kind = K::restart;
    if (c->numericOnly()) number(c->numericOnly());
  }
  return o;
}

std::vector<SequenceOption> AstBuilder::sequenceOptions(P::ParenSeqOptionsContext *ctx) {
  std::vector<SequenceOption> out;
  for (auto *o : ctx->seqOption()) out.push_back(sequenceOption(o));
  return out;
}

CreateSequence AstBuilder::createSequence(P::CreateSequenceStmtContext *ctx) {
  CreateSequence s;
  s.name = qualifiedName(ctx->qualifiedName());
  s.if_not_exists = ctx->ifNotExists() != nullptr;
  if (auto *temp = ctx->optTemp()) {
    if (!temp->UNLOGGED()) fail(temp->getStart(), "temporary sequences are not part of a schema");
    s.unlogged = true;
  }
  for (auto *o : ctx->seqOption()) s.options.push_back(sequenceOption(o));
  return s;
}

Statement AstBuilder::alterSequence(P::AlterSequenceStmtContext *ctx) {
  if (auto *o = dynamic_cast<P::AlterSequenceOwnerContext *>(ctx))
    return Statement{AlterOwner{AlterOwner::Kind::sequence, qualifiedName(o->qualifiedName()), o->ifExists() != nullptr,
                                ownerRole(o->roleSpec())},
                     {}};
  auto *c = dynamic_cast<P::AlterSequenceOptionsContext *>(ctx);
  AlterSequence s;
  s.name = qualifiedName(c->qualifiedName());
  s.if_exists = c->ifExists() != nullptr;
  for (auto *o : c->seqOption()) s.options.push_back(sequenceOption(o));
  return Statement{s, {}};
}

AlterTable AstBuilder::alterTable(P::AlterTableStmtContext *ctx) {
  AlterTable a;
  a.table = relationName(ctx->relationExpr());
  a.if_exists = ctx->ifExists() != nullptr;
  a.only = ctx->relationExpr()->ONLY() != nullptr;
  for (auto *cmd : ctx->alterTableCmd()) {
    a.actions.emplace_back(alterTableAction(cmd), where(cmd->getStart()));
  }
  return a;
}

AlterTableAction AstBuilder::alterTableAction(P::AlterTableCmdContext *ctx) {
  if (auto *c = dynamic_cast<P::AtAddColumnContext *>(ctx)) return AddColumn{columnDef(c->columnDef()), c->ifNotExists() != nullptr};
  if (auto *c = dynamic_cast<P::AtAddConstraintContext *>(ctx)) return AddConstraint{tableConstraint(c->tableConstraint())};
  if (auto *c = dynamic_cast<P::AtSetDefaultContext *>(ctx))
    return SetDefault{identifier(c->colId()), aExpr(c->aExpr()), sourceText(c->aExpr())};
  if (auto *c = dynamic_cast<P::AtDropDefaultContext *>(ctx)) return DropDefault{identifier(c->colId())};
  if (auto *c = dynamic_cast<P::AtSetNotNullContext *>(ctx)) return SetNotNull{identifier(c->colId())};
  if (auto *c = dynamic_cast<P::AtDropNotNullContext *>(ctx)) return DropNotNull{identifier(c->colId())};
  if (auto *c = dynamic_cast<P::AtAlterTypeContext *>(ctx)) {
    if (c->USING()) fail(c->USING()->getSymbol(), "USING belongs in a migration, not in a schema: write the column's final type");
    AlterColumnType t{identifier(c->colId()), typeName(c->typeName()), {}};
    if (c->anyName()) t.collation = anyName(c->anyName());
    return t;
  }
  if (auto *c = dynamic_cast<P::AtAddIdentityContext *>(ctx)) {
    AddIdentity id{identifier(c->colId())};
    id.kind = c->generatedWhen()->ALWAYS() ? Identity::Kind::always : Identity::Kind::by_default;
    if (c->parenSeqOptions()) id.options = sequenceOptions(c->parenSeqOptions());
    return id;
  }
  if (auto *c = dynamic_cast<P::AtDropIdentityContext *>(ctx)) return DropIdentity{identifier(c->colId()), c->ifExists() != nullptr};
  if (auto *c = dynamic_cast<P::AtDropColumnContext *>(ctx)) return DropColumn{identifier(c->colId()), c->ifExists() != nullptr};
  if (auto *c = dynamic_cast<P::AtDropConstraintContext *>(ctx)) return DropConstraint{identifier(c->name()), c->ifExists() != nullptr};
  if (auto *c = dynamic_cast<P::AtValidateConstraintContext *>(ctx)) return ValidateConstraint{identifier(c->name())};
  if (auto *c = dynamic_cast<P::AtAttachPartitionContext *>(ctx))
    return AttachPartition{qualifiedName(c->qualifiedName()), partitionBound(c->partitionBound())};
  if (auto *c = dynamic_cast<P::AtDetachPartitionContext *>(ctx)) {
    if (c->CONCURRENTLY() || c->FINALIZE())
      fail(c->getStart(), "DETACH PARTITION CONCURRENTLY belongs in a migration, not in a schema");
    return DetachPartition{qualifiedName(c->qualifiedName())};
  }
  if (auto *c = dynamic_cast<P::AtOwnerContext *>(ctx)) return ownerRole(c->roleSpec());
  if (auto *c = dynamic_cast<P::AtInheritContext *>(ctx)) return Inherit{qualifiedName(c->qualifiedName())};
  if (auto *c = dynamic_cast<P::AtNoInheritContext *>(ctx)) return NoInherit{qualifiedName(c->qualifiedName())};
  if (auto *c = dynamic_cast<P::AtRowSecurityContext *>(ctx)) {
    if (c->ENABLE()) return SetRowSecurity{false, true};
    if (c->DISABLE()) return SetRowSecurity{false, false};
    return SetRowSecurity{true, c->NO() == nullptr};
  }
  // ALTER COLUMN ... SET STATISTICS/STORAGE/..., ENABLE ROW LEVEL SECURITY, RENAME, ...
  std::string text = sourceText(ctx);
  if (text.size() > 60) text = text.substr(0, 60) + "...";
  fail(ctx->getStart(), "unsupported ALTER TABLE action: " + text);
}

Comment AstBuilder::comment(P::CommentStmtContext *ctx) {
  Comment c;
  auto *t = ctx->commentTarget();
  if (auto *r = dynamic_cast<P::CommentOnRelationContext *>(t)) {
    c.name = anyName(r->anyName());
    if (r->TABLE()) c.target = r->FOREIGN() ? Comment::Target::foreign_table : Comment::Target::table;
    else if (r->INDEX()) c.target = Comment::Target::index;
    else if (r->SEQUENCE()) c.target = Comment::Target::sequence;
    else c.target = r->MATERIALIZED() ? Comment::Target::materialized_view : Comment::Target::view;
  } else if (auto *col = dynamic_cast<P::CommentOnColumnContext *>(t)) {
    c.target = Comment::Target::column;
    c.name = anyName(col->anyName());
    if (c.name.size() < 2) fail(col->getStart(), "column name must be qualified");
  } else if (auto *s = dynamic_cast<P::CommentOnSchemaContext *>(t)) {
    c.target = Comment::Target::schema;
    c.name = {identifier(s->colId())};
  } else if (auto *ty = dynamic_cast<P::CommentOnTypeContext *>(t)) {
    c.target = ty->DOMAIN_P() ? Comment::Target::domain : Comment::Target::type;
    c.name = anyName(ty->anyName());
  } else if (auto *co = dynamic_cast<P::CommentOnCollationContext *>(t)) {
    c.target = Comment::Target::collation;
    c.name = anyName(co->anyName());
  } else if (auto *e = dynamic_cast<P::CommentOnExtensionContext *>(t)) {
    c.target = Comment::Target::extension;
    c.name = {identifier(e->colId())};
  } else {
    auto *k = dynamic_cast<P::CommentOnConstraintContext *>(t);
    c.target = Comment::Target::constraint;
    c.constraint = identifier(k->name());
    c.name = anyName(k->anyName());
  }
  if (ctx->sconst()) c.text = sconst(ctx->sconst());
  return c;
}

Statement AstBuilder::set(P::SetStmtContext *ctx) {
  SetVariable v;
  v.is_local = ctx->LOCAL() != nullptr;
  auto *rest = ctx->setRest();
  auto value = [&](P::VarValueContext *val) {
    if (auto *s = val->nonReservedWordOrSconst()) {
      if (s->sconst()) return sconst(s->sconst());
      return identifier(s->nonReservedWord()).str();
    }
    return lower(val->getText());
  };
  if (auto *r = dynamic_cast<P::SetVariableContext *>(rest)) {
    v.name = lower(r->varName()->getText());
    for (auto *val : r->varValue()) v.values.push_back(value(val));
  } else if (auto *r = dynamic_cast<P::SetSchemaContext *>(rest)) {
    v.name = "search_path";
    v.values.push_back(sconst(r->sconst()));
  } else if (auto *r = dynamic_cast<P::SetTimeZoneContext *>(rest)) {
    v.name = "timezone";
    if (r->varValue()) v.values.push_back(value(r->varValue()));
  } else {
    return Statement{Ignored{"SET " + rest->getStart()->getText()}, {}};
  }
  return Statement{v, {}};
}

// pg_dump's "SELECT pg_catalog.set_config('search_path', '', false)".
Statement AstBuilder::selectFunction(P::SelectFuncStmtContext *ctx) {
  auto *app = dynamic_cast<P::FuncArgsContext *>(ctx->funcApplication());
  auto stringArg = [&](size_t i) -> std::optional<std::string> {
    auto args = app->funcArgList()->funcArgExpr();
    if (i >= args.size()) return std::nullopt;
    auto *primary = dynamic_cast<P::APrimaryContext *>(args[i]->aExpr());
    auto *c = primary ? dynamic_cast<P::CConstContext *>(primary->cExpr()) : nullptr;
    if (!c) return std::nullopt;
    if (auto *s = dynamic_cast<P::ConstStringContext *>(c->aexprConst())) return sconst(s->sconst());
    if (dynamic_cast<P::ConstFalseContext *>(c->aexprConst())) return "false";
    if (dynamic_cast<P::ConstTrueContext *>(c->aexprConst())) return "true";
    return std::nullopt;
  };
  auto name = app ? stringArg(0) : std::nullopt;
  auto val = app ? stringArg(1) : std::nullopt;
  auto local = app ? stringArg(2) : std::nullopt;
  if (!name || !val || !local || app->funcArgList()->funcArgExpr().size() != 3)
    fail(ctx->getStart(), "unsupported statement: SELECT (only set_config('name', 'value', false) with constants)");
  SetVariable v;
  v.name = lower(*name);
  v.is_local = *local == "true";
  // set_config takes the whole value as one string, e.g. '"$user", public'.
  v.values.push_back(*val);
  v.list_string = true;
  return Statement{v, {}};
}

}  // namespace pgshift
