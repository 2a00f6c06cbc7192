#pragma once
// Statements as written: the front end's syntax tree, one value per statement.
// Names are folded (Identifier) but not yet resolved against search_path; the schema
// builder (schema_builder.h) gives them meaning, in statement order, as PostgreSQL does.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "compiler/expr/node.h"
#include "compiler/model/source_location.h"
#include "compiler/model/column.h"
#include "compiler/model/constraint.h"
#include "compiler/model/partition.h"
#include "compiler/model/rel_option.h"
#include "compiler/frontend/statement_collation.h"
#include "compiler/frontend/statement_routines.h"
#include "compiler/frontend/type_statements.h"
#include "compiler/frontend/statement_owner.h"
#include "compiler/frontend/statement_privileges.h"
#include "compiler/frontend/statement_rls.h"
#include "compiler/frontend/view_statement.h"

namespace pgshift::ast {

using Name = std::vector<Identifier>;  // possibly qualified: [schema, name] or [name]

// CREATE SEQUENCE / ALTER SEQUENCE / identity options.
struct SequenceOption {
  enum class Kind : char { as, cache, cycle, no_cycle, increment, max_value, no_max_value, min_value,
                           no_min_value, owned_by, sequence_name, start, restart };
  Kind kind = Kind::cache;
  int64_t number = 0;
  bool has_number = false;
  expr::TypeSyntax type;  // AS
  Name name;              // OWNED BY, SEQUENCE NAME
  SourceLocation where;
};

enum class Deferral : char { unspecified, deferrable, not_deferrable, initially_deferred, initially_immediate };

// A foreign key's REFERENCES part.
struct References {
  Name table;
  std::vector<Identifier> columns;  // empty: the referenced table's primary key
  MatchType match = MatchType::simple;
  ReferentialAction on_update = ReferentialAction::no_action;
  ReferentialAction on_delete = ReferentialAction::no_action;
  std::vector<Identifier> on_delete_columns;
};

// One index key as written.
struct IndexElement {
  std::optional<Identifier> column;
  std::optional<expr::Node> expression;
  std::string expression_text;
  Name collation;
  Name opclass;
  std::vector<RelOption> opclass_options;
  std::optional<bool> descending;   // unset: ASC by default
  std::optional<bool> nulls_first;  // unset: the direction's default
  SourceLocation where;
};

struct ExclusionElement {
  IndexElement element;
  std::vector<Identifier> op;  // the operator, possibly qualified
};

// A constraint written on a column or on the table, or added by ALTER TABLE.
struct ConstraintDef {
  enum class Kind : char { not_null, null, check, primary_key, unique, foreign_key, exclusion, default_value,
                           identity, generated };
  Kind kind = Kind::check;
  std::optional<Identifier> name;
  std::vector<Identifier> columns;  // table constraints; a column constraint gets its column
  std::vector<Identifier> include;
  bool nulls_not_distinct = false;
  std::vector<RelOption> index_options;
  std::optional<Identifier> index_tablespace;
  std::optional<Identifier> using_index;  // UNIQUE/PRIMARY KEY USING INDEX name
  std::optional<expr::Node> expression;   // CHECK, DEFAULT, GENERATED ... STORED
  std::string expression_text;            // its source text
  SourceLocation expression_where;        // where it starts
  bool no_inherit = false;
  std::optional<References> references;
  std::string exclusion_method;
  std::vector<ExclusionElement> exclusion;
  std::optional<expr::Node> exclusion_predicate;
  std::string exclusion_predicate_text;
  Identity::Kind identity = Identity::Kind::by_default;
  std::vector<SequenceOption> identity_options;
  bool deferrable = false;
  bool initially_deferred = false;
  bool not_valid = false;
  SourceLocation where;
};

struct ColumnDef {
  Identifier name;
  expr::TypeSyntax type;
  Name collation;
  std::vector<ConstraintDef> constraints;
  SourceLocation where;
};

struct CreateSchema {
  Identifier name;
  bool if_not_exists = false;
  std::optional<SetOwner> authorization;  // AUTHORIZATION role
};

// A bound value of PARTITION OF / ATTACH PARTITION as written.
struct BoundValue {
  expr::Node node;
  std::string text;
  SourceLocation where;
};

// FOR VALUES IN (...) / FROM (...) TO (...) / WITH (MODULUS m, REMAINDER r) / DEFAULT.
struct PartitionBoundSpec {
  PartitionBound::Kind kind = PartitionBound::Kind::default_partition;
  std::vector<BoundValue> values;  // IN, or FROM
  std::vector<BoundValue> upper;   // TO
  int64_t modulus = 0, remainder = 0;
  SourceLocation where;
};

// PARTITION BY strategy (keys).
struct PartitionSpec {
  PartitionKey::Strategy strategy = PartitionKey::Strategy::range;
  std::vector<IndexElement> elements;
  SourceLocation where;
};

struct PartitionOf {
  Name parent;
  PartitionBoundSpec bound;
};

struct CreateTable {
  Name name;
  bool if_not_exists = false;
  bool unlogged = false;
  std::vector<ColumnDef> columns;
  std::vector<ConstraintDef> constraints;  // table constraints, in the order written
  // Column definitions and table constraints interleaved as written: PostgreSQL names
  // constraints in that order. Each entry is (is_column, index into columns/constraints).
  std::vector<std::pair<bool, size_t>> element_order;
  std::vector<RelOption> options;
  std::optional<PartitionSpec> partition_by;
  std::optional<PartitionOf> partition_of;  // CREATE TABLE ... PARTITION OF (no columns of its own)
  std::vector<Name> inherits;               // INHERITS (...), in order
};

struct CreateIndex {
  std::optional<Identifier> name;
  bool unique = false;
  bool concurrently = false;
  bool if_not_exists = false;
  Name table;
  std::string method;  // empty: btree
  std::vector<IndexElement> elements;
  std::vector<Identifier> include;
  bool nulls_not_distinct = false;
  std::vector<RelOption> options;
  std::optional<Identifier> tablespace;
  std::optional<expr::Node> predicate;
  std::string predicate_text;
};

struct CreateSequence {
  Name name;
  bool if_not_exists = false;
  bool unlogged = false;
  std::vector<SequenceOption> options;
};

struct AlterSequence {
  Name name;
  bool if_exists = false;
  std::vector<SequenceOption> options;
};

// ALTER TABLE actions.
struct AddColumn { ColumnDef column; bool if_not_exists = false; };
struct AddConstraint { ConstraintDef constraint; };
struct SetDefault { Identifier column; expr::Node expression; std::string expression_text; };
struct DropDefault { Identifier column; };
struct SetNotNull { Identifier column; };
struct DropNotNull { Identifier column; };
struct AlterColumnType { Identifier column; expr::TypeSyntax type; Name collation; };
struct AddIdentity { Identifier column; Identity::Kind kind = Identity::Kind::by_default; std::vector<SequenceOption> options; };
struct DropIdentity { Identifier column; bool if_exists = false; };
struct DropColumn { Identifier column; bool if_exists = false; };
struct DropConstraint { Identifier name; bool if_exists = false; };
struct ValidateConstraint { Identifier name; };
struct AttachPartition { Name partition; PartitionBoundSpec bound; };
struct DetachPartition { Name partition; };
struct Inherit { Name parent; };    // INHERIT parent
struct NoInherit { Name parent; };  // NO INHERIT parent
// ENABLE / DISABLE / FORCE / NO FORCE ROW LEVEL SECURITY (row_security.h).
struct SetRowSecurity { bool force = false; bool on = true; };
using AlterTableAction = std::variant<AddColumn, AddConstraint, SetDefault, DropDefault, SetNotNull, DropNotNull,
                                      AlterColumnType, AddIdentity, DropIdentity, DropColumn, DropConstraint,
                                      ValidateConstraint, AttachPartition, DetachPartition, SetRowSecurity, SetOwner,
                                      Inherit, NoInherit>;

struct AlterTable {
  Name table;
  bool if_exists = false;
  bool only = false;  // ONLY: not recursing to partitions
  std::vector<std::pair<AlterTableAction, SourceLocation>> actions;
};

struct Comment {
  enum class Target : char { table, index, sequence, view, materialized_view, foreign_table, column, schema, constraint,
                            type, domain, extension, collation };
  Target target = Target::table;
  Name name;                      // for a column: [schema,] table, column
  std::optional<Identifier> constraint;
  std::optional<std::string> text;  // NULL removes the comment
};

// SET name = value, SET SCHEMA 'x', SELECT set_config('name', 'value', false).
struct SetVariable {
  std::string name;                 // lower case, e.g. "search_path"
  std::vector<std::string> values;  // empty: DEFAULT
  bool is_local = false;
  // The value is one string holding a list, as set_config() takes it ('"$user", public'),
  // to be split and folded; otherwise each value is already a name.
  bool list_string = false;
};

// ALTER INDEX parent_index ATTACH PARTITION partition_index (pg_dump's way of making
// a partition's index part of its parent's partitioned index).
struct AttachIndexPartition {
  Name index;
  Name partition;
};

// A statement that changes nothing the model keeps (ALTER ... OWNER TO, SET client_encoding).
struct Ignored {
  std::string what;
};

// A statement about rows (INSERT, UPDATE, ...): the schema does not hold data, so it is
// left out, with a note that says so.
struct DataStatement {
  std::string head;  // "INSERT"
};

struct Statement {
  std::variant<CreateSchema, CreateTable, CreateIndex, CreateSequence, AlterSequence, AlterTable, Comment, SetVariable,
               Ignored, CreateEnum, AlterEnum, CreateComposite, AlterComposite, CreateRange, CreateDomain, AlterDomain,
               CreateFunction, CreateAggregate, CreateTrigger, CommentOnRoutine, AttachIndexPartition, CreateExtension,
               CreatePolicy, AlterPolicy, AlterOwner, Grant, AlterDefaultPrivileges, CreateView, DataStatement,
               CreateCollation>
      v;
  SourceLocation where;
};

}  // namespace pgshift::ast
