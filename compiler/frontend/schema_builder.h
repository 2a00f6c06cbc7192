#pragma once
// Statements -> model, executed in order as PostgreSQL would execute them.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "compiler/frontend/diagnostic.h"
#include "compiler/frontend/statement.h"
#include "compiler/model/schema_model.h"

namespace pgshift {

// Builds a model from a script's statements with PostgreSQL's semantics: names resolve
// through search_path (SET search_path and pg_dump's set_config change it), serial
// columns become sequences with nextval defaults, and everything the script leaves
// unnamed gets the name PostgreSQL would give it, which depends on statement order.
// A statement PostgreSQL would reject becomes a diagnostic.
class SchemaBuilder {
public:
  SchemaBuilder();

  void apply(const ast::Statement &statement, std::vector<Diagnostic> &errors);
  // The model, sorted by name, and the notes collected on the way.
  LoadedSchema finish();

private:
  struct BuildError {
    SourceLocation where;
    std::string message;
  };
  [[noreturn]] static void fail(const SourceLocation &where, std::string message) {
    throw BuildError{where, std::move(message)};
  }

  // statements (schema_builder.cpp)
  void createSchema(const ast::CreateSchema &s, const SourceLocation &where);
  void createSequence(const ast::CreateSequence &s, const SourceLocation &where);
  void alterSequence(const ast::AlterSequence &s, const SourceLocation &where);
  void createIndex(const ast::CreateIndex &s, const SourceLocation &where);
  void comment(const ast::Comment &s, const SourceLocation &where);
  void setVariable(const ast::SetVariable &s, const SourceLocation &where);

  // tables (schema_builder_table.cpp)
  void createTable(const ast::CreateTable &s, const SourceLocation &where);
  void alterTable(const ast::AlterTable &s, const SourceLocation &where);
  void addColumn(Table &table, const ast::ColumnDef &def, std::vector<ast::ConstraintDef> &pending);
  void addConstraints(Table &table, std::vector<ast::ConstraintDef> constraints, bool creating);
  void addCheck(Table &table, const ast::ConstraintDef &def, std::vector<std::string> &names_in_command);
  std::vector<Constraint> indexConstraints(Table &table, const std::vector<ast::ConstraintDef> &defs);
  void addForeignKey(Table &table, const ast::ConstraintDef &def);
  void addIdentity(Table &table, Column &column, Identity::Kind kind, const std::vector<ast::SequenceOption> &options,
                   const SourceLocation &where);
  void dropColumn(Table &table, const Identifier &column, const SourceLocation &where);
  void dropConstraint(Table &table, const Identifier &name, bool if_exists, const SourceLocation &where);

  // views (schema_builder_view.cpp)
  void createView(const ast::CreateView &s, const SourceLocation &where);
  View *findView(const ast::Name &name);
  std::optional<QualifiedName> resolveRelation(const ast::Name &name) const;

  // names
  Identifier creationSchema(const ast::Name &name, const SourceLocation &where) const;
  QualifiedName creationName(const ast::Name &name, const SourceLocation &where) const;
  template <typename T>
  T *lookup(std::map<QualifiedName, T> &objects, const ast::Name &name);
  Table *findTable(const ast::Name &name);
  Sequence *findSequence(const ast::Name &name);
  Index *findIndex(const ast::Name &name);
  Table &tableOrFail(const ast::Name &name, const SourceLocation &where);
  bool relationExists(const QualifiedName &name) const { return relation_names_.count(name) != 0; }
  bool constraintExists(const Identifier &schema, const std::string &name) const {
    return constraint_names_.count({schema, Identifier::exact(name)}) != 0;
  }
  TypeName resolveType(const expr::TypeSyntax &syntax, const SourceLocation &where) const;
  std::optional<QualifiedName> resolveCollation(const ast::Name &name, const SourceLocation &where) const;
  IndexKey indexKey(const Table &table, const ast::IndexElement &element);
  // An expression as written here, to be normalized later with this search_path.
  Expression rawExpression(const expr::Node &node, std::string text, const SourceLocation &where) const;

  std::map<Identifier, Schema> schemas_;
  std::map<QualifiedName, Table> tables_;
  std::map<QualifiedName, Sequence> sequences_;
  std::map<QualifiedName, Index> indexes_;
  std::map<QualifiedName, View> views_;  // views and materialized views
  std::set<QualifiedName> relation_names_;    // tables, sequences, indexes and views share one namespace
  // (schema, constraint name), once per constraint: generated names avoid every one of
  // them, while a name the user gives need only be unique within its table.
  std::multiset<QualifiedName> constraint_names_;
  std::vector<Identifier> search_path_;
  std::vector<std::string> notes_;
};

std::string joinName(const ast::Name &name);

}  // namespace pgshift
