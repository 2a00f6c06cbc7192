#pragma once
// Parse tree -> syntax tree (statement.h, expr/node.h). Internal to the front end: the
// only code besides script_parser.cpp that sees ANTLR's types.

#include <string>

#include "PgParser.h"
#include "compiler/frontend/statement.h"

namespace pgshift {

// A statement that parsed but means nothing PostgreSQL would accept, e.g. varchar(0).
struct AstBuildError {
  const antlr4::Token *token;
  std::string message;
};

class AstBuilder {
public:
  using P = grammar::PgParser;
  AstBuilder(std::string file, antlr4::CharStream *chars) : file_(std::move(file)), chars_(chars) {}

  ast::Statement statement(P::StatementContext *ctx);
  expr::Node expression(P::AExprContext *ctx) { return aExpr(ctx); }

private:
  // ---- statements (ast_builder.cpp)
  ast::CreateSchema createSchema(P::CreateSchemaStmtContext *ctx);
  ast::CreateTable createTable(P::CreateTableStmtContext *ctx);
  ast::ColumnDef columnDef(P::ColumnDefContext *ctx);
  ast::ConstraintDef columnConstraint(P::ColConstraintElemContext *ctx);
  ast::ConstraintDef tableConstraint(P::TableConstraintContext *ctx);
  void constraintAttributes(P::ConstraintAttributesContext *ctx, ast::ConstraintDef &def);
  ast::References references(P::QualifiedNameContext *table, P::ColumnListParensContext *columns,
                             P::KeyMatchContext *match, P::KeyActionsContext *actions);
  ast::IndexElement indexElement(P::IndexElemContext *ctx);
  ast::CreateIndex createIndex(P::CreateIndexStmtContext *ctx);
  ast::CreateSequence createSequence(P::CreateSequenceStmtContext *ctx);
  ast::Statement alterSequence(P::AlterSequenceStmtContext *ctx);
  ast::SequenceOption sequenceOption(P::SeqOptionContext *ctx);
  std::vector<ast::SequenceOption> sequenceOptions(P::ParenSeqOptionsContext *ctx);
  ast::AlterTable alterTable(P::AlterTableStmtContext *ctx);
  ast::AlterTableAction alterTableAction(P::AlterTableCmdContext *ctx);
  ast::Comment comment(P::CommentStmtContext *ctx);

  // ---- partitioning (ast_builder_partition.cpp)
  ast::PartitionSpec partitionSpec(P::PartitionSpecContext *ctx);
  ast::PartitionBoundSpec partitionBound(P::PartitionBoundContext *ctx);
  std::vector<ast::BoundValue> boundValues(P::ExprListContext *ctx);
  ast::Statement alterIndex(P::AlterIndexStmtContext *ctx);
  ast::Statement set(P::SetStmtContext *ctx);
  ast::Statement selectFunction(P::SelectFuncStmtContext *ctx);
  ast::CreateView createView(P::ViewStmtContext *ctx);              // ast_builder_view.cpp
  ast::CreateView createMatView(P::CreateMatViewStmtContext *ctx);  // ast_builder_view.cpp
  std::vector<RelOption> relOptions(P::RelOptionsContext *ctx);

  // ---- user-defined types (ast_builder_types.cpp)
  ast::Statement createType(P::CreateTypeStmtContext *ctx);
  ast::Statement alterType(P::AlterTypeStmtContext *ctx);
  ast::CreateDomain createDomain(P::CreateDomainStmtContext *ctx);
  ast::Statement alterDomain(P::AlterDomainStmtContext *ctx);
  ast::DomainConstraint domainConstraint(P::DomainConstraintElemContext *ctx);
  ast::TypeAttribute typeAttribute(P::ColIdContext *name, P::TypeNameContext *type, P::AnyNameContext *collation);
  ast::Name relationName(P::RelationExprContext *ctx);

  // ---- functions, procedures and triggers (ast_builder_routines.cpp)
  ast::CreateFunction createFunction(P::CreateFunctionStmtContext *ctx);
  ast::FunctionParam functionParam(P::FuncArgContext *ctx);
  expr::TypeSyntax functionType(P::FuncArgTypeContext *ctx);
  ast::CreateTrigger createTrigger(P::CreateTriggerStmtContext *ctx);
  // ---- aggregates (ast_builder_aggregates.cpp)
  ast::CreateAggregate createAggregate(P::CreateAggregateStmtContext *ctx);
  ast::AggregateArgs aggregateArgs(P::AggrArgsContext *ctx);
  ast::Statement routineMisc(P::RoutineMiscStmtContext *ctx);
  // ---- extensions and row level security (ast_builder_rls.cpp)
  ast::CreateExtension createExtension(P::CreateExtensionStmtContext *ctx);
  ast::CreatePolicy createPolicy(P::CreatePolicyStmtContext *ctx);
  ast::AlterPolicy alterPolicy(P::AlterPolicyStmtContext *ctx);
  Identifier policyRole(P::RoleSpecContext *ctx);
  std::vector<Identifier> policyRoles(P::RoleListContext *ctx);
  ast::PolicyExpression policyExpression(P::AExprContext *ctx);
  ast::SetOwner ownerRole(P::RoleSpecContext *ctx);

  // ---- collations (ast_builder_collations.cpp)
  ast::Statement collationStatement(P::StmtContext *ctx);

  // ---- privileges (ast_builder_privileges.cpp)
  ast::Grant grant(P::GrantStmtContext *ctx);
  std::vector<Identifier> grantees(P::GranteeListContext *ctx);
  std::vector<ast::GrantPrivilege> privilegeList(P::PrivilegesContext *ctx);
  ast::AlterDefaultPrivileges alterDefaultPrivileges(P::AlterDefaultPrivilegesStmtContext *ctx);

  // ---- names and types (ast_builder_names.cpp)
  Identifier identifier(antlr4::ParserRuleContext *ctx);  // colId, name, colLabel, ...
  ast::Name qualifiedName(P::QualifiedNameContext *ctx);
  ast::Name anyName(P::AnyNameContext *ctx);
  ast::Name funcName(P::FuncNameContext *ctx);
  std::vector<Identifier> columnList(P::ColumnListContext *ctx);
  std::vector<Identifier> columnList(P::ColumnListParensContext *ctx);
  expr::TypeSyntax typeName(P::TypeNameContext *ctx);
  expr::TypeSyntax simpleTypename(P::SimpleTypenameContext *ctx);
  expr::TypeSyntax constTypename(P::ConstTypenameContext *ctx);
  expr::TypeSyntax numericType(P::NumericTypeContext *ctx);
  expr::TypeSyntax bitType(P::BitTypeContext *ctx);
  expr::TypeSyntax characterType(P::CharacterTypeContext *ctx);
  expr::TypeSyntax datetimeType(P::DatetimeTypeContext *ctx);
  expr::TypeSyntax intervalType(P::IntervalTypeContext *ctx);
  int32_t intervalQualifier(P::IntervalQualifierContext *ctx);
  std::vector<int64_t> typeModifiers(P::ExprListContext *ctx);
  int64_t integer(antlr4::tree::TerminalNode *iconst);
  int64_t numericOnly(P::NumericOnlyContext *ctx);
  std::string sconst(P::SconstContext *ctx);

  // ---- expressions (ast_builder_expr.cpp)
  expr::Node aExpr(P::AExprContext *ctx);
  expr::Node bExpr(P::BExprContext *ctx);
  expr::Node cExpr(P::CExprContext *ctx);
  expr::Node constant(P::AexprConstContext *ctx);
  expr::Node caseExpr(P::CaseExprContext *ctx);
  expr::Node funcExpr(P::FuncExprContext *ctx);
  expr::Node funcApplication(P::FuncApplicationContext *ctx);
  expr::Node funcCommon(P::FuncExprCommonSubexprContext *ctx);
  expr::Node arrayExpr(P::ArrayExprContext *ctx);
  expr::Node withIndirection(expr::Node base, P::IndirectionContext *ctx);
  expr::Node columnref(P::ColumnrefContext *ctx);
  expr::NodeList exprList(P::ExprListContext *ctx);
  std::vector<Identifier> qualOp(P::QualOpContext *ctx);
  std::vector<Identifier> anyOperator(P::AnyOperatorContext *ctx);
  expr::Node binaryOp(const std::string &op, expr::Node left, expr::Node right);
  expr::Node negate(expr::Node operand, bool minus);

  // ---- helpers
  [[noreturn]] void fail(const antlr4::Token *token, std::string message) const { throw AstBuildError{token, std::move(message)}; }
  SourceLocation where(const antlr4::Token *token) const {
    return SourceLocation{file_, static_cast<int>(token->getLine()), static_cast<int>(token->getCharPositionInLine()) + 1};
  }
  std::string sourceText(antlr4::ParserRuleContext *ctx) const;
  void locateStars(ast::Query &query, antlr4::ParserRuleContext *select) const;

  std::string file_;
  antlr4::CharStream *chars_;
};

}  // namespace pgshift
