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
  // `session_role`: the role running the scripts, when known (it owns what they create).
  explicit SchemaBuilder(std::optional<Identifier> session_role = std::nullopt);

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
  void dataStatement(const ast::DataStatement &s, const SourceLocation &where);
  void checkViewTrigger(const ast::CreateTrigger &s, const View &view, const SourceLocation &where);

  // extensions and row level security (schema_builder_rls.cpp)
  void createExtension(const ast::CreateExtension &s, const SourceLocation &where);
  void commentOnExtension(const Identifier &name, const std::optional<std::string> &text, const SourceLocation &where);
  // Whether an extension of the model lives in `schema` (and so could provide a type there).
  bool extensionSchema(const Identifier &schema) const;
  // Whether an extension of the model could provide the type (known contrib extensions
  // by their list of types, any other by its schema alone).
  bool extensionMayProvideType(const QualifiedName &type) const;
  void setRowSecurity(Table &table, const ast::SetRowSecurity &a);
  void createPolicy(const ast::CreatePolicy &s, const SourceLocation &where);
  void alterPolicy(const ast::AlterPolicy &s, const SourceLocation &where);

  // ownership (schema_builder_owner.cpp)
  void setOwner(Table &table, const ast::SetOwner &owner);
  void setOwner(View &view, const ast::SetOwner &owner);
  void alterOwner(const ast::AlterOwner &s, const SourceLocation &where);

  // privileges (schema_builder_privileges.cpp)
  void grantOrRevoke(const ast::Grant &g, const SourceLocation &where);
  void alterDefaultPrivileges(const ast::AlterDefaultPrivileges &s, const SourceLocation &where);
  // What exists before a statement that creates objects, so that those it creates start
  // with the default privileges in force (ALTER DEFAULT PRIVILEGES earlier in the files).
  struct Existing {
    std::set<Identifier> schemas;
    std::set<QualifiedName> relations, types;  // tables, sequences, views; user-defined types
    size_t functions = 0;
  };
  Existing existing() const;
  void applyDefaultPrivileges(const Existing &before, bool sequences_only);

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

  // user-defined types (schema_builder_types.cpp)
  void createEnum(const ast::CreateEnum &s, const SourceLocation &where);
  void alterEnum(const ast::AlterEnum &s, const SourceLocation &where);
  void createComposite(const ast::CreateComposite &s, const SourceLocation &where);
  void alterComposite(const ast::AlterComposite &s, const SourceLocation &where);
  void createRange(const ast::CreateRange &s, const SourceLocation &where);
  void createDomain(const ast::CreateDomain &s, const SourceLocation &where);
  void alterDomain(const ast::AlterDomain &s, const SourceLocation &where);
  void addDomainCheck(Domain &domain, const ast::DomainConstraint &def);
  void commentOnType(const ast::Comment &s, std::optional<std::string> text, const SourceLocation &where);
  CompositeAttribute compositeAttribute(const ast::TypeAttribute &a) const;
  // A type name is taken by a user type, a multirange, or a table's or sequence's row type.
  bool typeNameTaken(const QualifiedName &name) const;
  bool userTypeExists(const QualifiedName &name) const;
  std::optional<QualifiedName> findUserType(const ast::Name &name) const;
  QualifiedName newTypeName(const ast::Name &name, const SourceLocation &where) const;
  // The owner and ACL of the enum, domain, composite or range type GRANT ... ON TYPE /
  // DOMAIN or ALTER TYPE / DOMAIN ... OWNER TO names (schema_builder_privileges.cpp).
  struct TypeAccess {
    std::optional<Identifier> *owner;
    Acl *acl;
    bool domain;
  };
  TypeAccess typeAccessOrFail(const ast::Name &name, bool domain_only, const SourceLocation &where);
  QualifiedName functionName(const expr::TypeSyntax &syntax, const SourceLocation &where) const;
  // functions, procedures and triggers (schema_builder_routines.cpp)
  void createFunction(const ast::CreateFunction &s, const SourceLocation &where);
  void createTrigger(const ast::CreateTrigger &s, const SourceLocation &where);
  void commentOnRoutine(const ast::CommentOnRoutine &s, const SourceLocation &where);
  TypeName routineType(const expr::TypeSyntax &syntax, const SourceLocation &where) const;
  Function *findFunction(const ast::Name &name, const std::optional<std::vector<TypeName>> &inputs,
                         const SourceLocation &where);
  // The routine GRANT or OWNER TO names: `kind` 'f' FUNCTION, 'p' PROCEDURE, 'r' ROUTINE,
  // 'a' AGGREGATE.
  Function &routineOrFail(const ast::Name &name, const std::optional<std::vector<ast::FunctionParam>> &params, char kind,
                          const SourceLocation &where);
  // aggregates (schema_builder_aggregates.cpp)
  void createAggregate(const ast::CreateAggregate &s, const SourceLocation &where);
  // The end of CREATE [OR REPLACE] FUNCTION / PROCEDURE / AGGREGATE (schema_builder_routines.cpp).
  void replaceRoutine(Function &existing, Function f);
  void addRoutine(Function f, const SourceLocation &where);
  QualifiedName supportFunction(const expr::TypeSyntax &syntax, const std::vector<TypeName> &inputs,
                                const SourceLocation &where);
  TypeName finalResult(const QualifiedName &name, const std::vector<TypeName> &actual, const SourceLocation &where) const;
  // partitioning (schema_builder_partition.cpp)
  void partitionBy(Table &table, const ast::PartitionSpec &spec);
  void makePartition(Table &table, const ast::PartitionOf &of, const SourceLocation &where);
  PartitionBound partitionBound(const Table &parent, const ast::PartitionBoundSpec &spec) const;
  void attachPartition(Table &parent, const ast::AttachPartition &a, const SourceLocation &where);
  void detachPartition(Table &parent, const ast::DetachPartition &d, const SourceLocation &where);
  // An ALTER TABLE without ONLY on a partitioned table also changes its partitions'
  // columns; `before` is the parent's columns before it.
  void syncPartitions(const Table &parent, const std::vector<Column> &before);
  void attachIndexPartition(const ast::AttachIndexPartition &s, const SourceLocation &where);
  // table inheritance (schema_builder_inherit.cpp)
  // Takes the parents' columns and checks into a table being created; returns the
  // columns whose parents' defaults disagree (the table must give its own).
  std::vector<Identifier> inheritParents(Table &table, const std::vector<ast::Name> &parents, const SourceLocation &where);
  void mergeInheritedColumn(Column &inherited, Column local, const SourceLocation &where);
  // Named CHECK constraints of CREATE TABLE that restate an inherited one merge into it.
  void mergeInheritedChecks(Table &table, std::vector<ast::ConstraintDef> &pending, const SourceLocation &where);
  void addInherit(Table &child, const ast::Name &parent, const SourceLocation &where);
  void removeInherit(Table &child, const ast::Name &parent, const SourceLocation &where);
  bool inheritsFrom(const Table &table, const QualifiedName &ancestor) const;
  // An ALTER TABLE on a parent reaches its children (ONLY: marks what they keep as theirs).
  void syncChildren(const Table &parent, const std::vector<Column> &columns_before,
                    const std::vector<Constraint> &constraints_before, bool only, const SourceLocation &where);

  // collations (schema_builder_collations.cpp)
  void createCollation(const ast::CreateCollation &s, const SourceLocation &where);
  Collation &collationOrFail(const ast::Name &name, const SourceLocation &where);
  // What CREATE COLLATION ... FROM copies from the collation `name` refers to.
  Collation copiedCollation(const ast::Name &name, const SourceLocation &where) const;

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
  std::map<QualifiedName, EnumType> enums_;
  std::map<QualifiedName, Domain> domains_;
  std::map<QualifiedName, CompositeType> composites_;
  std::map<QualifiedName, RangeType> ranges_;
  std::vector<Function> functions_;  // in creation order
  std::vector<Trigger> triggers_;
  std::map<Identifier, Extension> extensions_;
  std::map<std::pair<QualifiedName, Identifier>, Policy> policies_;  // by table and name
  std::map<QualifiedName, View> views_;  // views and materialized views
  std::map<QualifiedName, Collation> collations_;
  std::set<QualifiedName> relation_names_;    // tables, sequences, indexes and views share one namespace
  // Partitions' indexes (and constraints) attached to their parent's, gone from the model:
  // pg_dump may attach a sub-partition's index to one of them afterwards.
  std::set<QualifiedName> attached_indexes_;
  // (schema, constraint name), once per constraint: generated names avoid every one of
  // them, while a name the user gives need only be unique within its table.
  std::multiset<QualifiedName> constraint_names_;
  std::vector<Identifier> search_path_;
  std::optional<Identifier> session_role_;
  std::vector<DefaultAcl> default_acls_;  // as in SchemaModel
  std::vector<std::string> notes_;
};

std::string joinName(const ast::Name &name);

}  // namespace pgshift
