#pragma once
// One plain struct per catalog query: what catalog_queries.cpp reads and the builders
// (builders.h) turn into the model. Names are already Identifiers (the catalog stores
// exact names); relations are linked by oid, which never leaves the reader.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compiler/model/identifier.h"
#include "compiler/model/rel_option.h"
#include "compiler/model/type_name.h"
#include "compiler/model/collation.h"
#include "introspect/type_rows.h"
#include "introspect/routine_rows.h"
#include "introspect/catalog_rows_rls.h"

namespace pgshift::introspect {

using Oid = uint32_t;

// pg_sequence's parameters, for standalone and identity sequences alike.
struct SequenceParams {
  std::string type;  // int2, int4 or int8
  int64_t start = 1;
  int64_t increment = 1;
  int64_t min_value = 1;
  int64_t max_value = 0;
  int64_t cache = 1;
  bool cycle = false;
};

struct TableRow {
  Oid oid = 0;
  QualifiedName name;
  bool unlogged = false;
  std::vector<std::string> options;  // reloptions, "name=value"
  std::optional<std::string> partition_key;  // pg_get_partkeydef()
  std::optional<QualifiedName> parent;       // of a partition
  std::optional<std::string> bound;          // pg_get_expr(relpartbound)
  std::vector<QualifiedName> inherits;       // parents of a table that inherits, in order
};

// One column, in attnum order within its table.
struct ColumnRow {
  Oid table = 0;
  Identifier name;
  TypeName type;
  bool not_null = false;
  std::optional<std::string> expression;  // pg_get_expr(adbin): a default or a generation expression
  char generated = '\0';                  // attgenerated: '\0' or 's'
  char identity = '\0';                   // attidentity: '\0', 'a' or 'd'
  std::optional<QualifiedName> collation;  // only when not the type's own
  std::optional<Identifier> identity_sequence;
  std::optional<SequenceParams> identity_params;
  bool is_local = true;  // attislocal, attinhcount
  int inherit_count = 0;
};

// Sequences other than identity sequences.
struct SequenceRow {
  QualifiedName name;
  SequenceParams params;
  bool unlogged = false;
  std::optional<QualifiedName> owner_table;  // OWNED BY, with owner_column
  std::optional<Identifier> owner_column;
};

struct ConstraintRow {
  Oid table = 0;
  Identifier name;
  char type = 'c';                  // contype: p u c f x
  std::vector<Identifier> columns;  // conkey, in order
  // foreign keys
  std::optional<QualifiedName> ref_table;
  std::vector<Identifier> ref_columns;
  char match = 's', on_update = 'a', on_delete = 'a';
  std::vector<Identifier> on_delete_columns;
  // checks
  std::optional<std::string> check;
  bool no_inherit = false;
  bool is_local = true;  // conislocal, coninhcount
  int inherit_count = 0;
  bool deferrable = false;
  bool initially_deferred = false;
  bool validated = true;
  Oid index = 0;  // the constraint's own index (p, u, x), else 0
  // exclusion: each element's operator, schema and name
  std::vector<Identifier> exclusion_op_schemas;
  std::vector<std::string> exclusion_ops;
};

// Every index of a read table, constraint indexes included.
struct IndexRow {
  Oid oid = 0;
  QualifiedName name;
  Identifier table;
  bool backs_constraint = false;
  bool unique = false;
  bool nulls_not_distinct = false;
  std::string method;
  int key_count = 0;                 // indnkeyatts: later columns are INCLUDE columns
  std::vector<std::string> options;  // reloptions
  std::optional<Identifier> tablespace;
  std::optional<std::string> predicate;
};

// One column of an index, key or INCLUDE, in position order.
struct IndexColumnRow {
  Oid index = 0;
  int position = 0;                       // 0-based
  std::optional<Identifier> column;       // a table column
  std::optional<std::string> expression;  // else the key expression alone
  std::optional<QualifiedName> collation;
  std::optional<QualifiedName> opclass;
  int option = 0;                            // indoption bits: 1 DESC, 2 NULLS FIRST
  std::vector<std::string> opclass_options;  // the index attribute's attoptions
};

// pg_description rows of the objects the model keeps.
struct CommentRow {
  // 'n' schema, 'r'/'p' table, 'v' view, 'm' materialized view (or their column when
  // `sub` is set), 'S' sequence, 'i'/'I' index, 'k' constraint (`object` its table, `sub`
  // its name), 't' a user-defined type; other relkinds are ignored.
  char kind = 'n';
  Identifier schema;
  std::optional<Identifier> object;
  std::optional<Identifier> sub;
  std::string text;
};

// A view or materialized view (relkind 'v' or 'm').
struct ViewRow {
  Oid oid = 0;
  QualifiedName name;
  bool materialized = false;
  std::string definition;            // pg_get_viewdef(oid)
  std::vector<std::string> options;  // reloptions
  bool populated = true;             // relispopulated
};

// One output column of a view, in attnum order within its view.
struct ViewColumnRow {
  Oid view = 0;
  Identifier name;
  TypeName type;
};

// What a view's query reads (pg_depend of its _RETURN rule): a relation, and a column
// of it when `column` is set.
struct ViewDependencyRow {
  Oid view = 0;
  QualifiedName relation;
  std::optional<Identifier> column;
};

// Everything the catalog queries read, before building.
struct CatalogRows {
  std::vector<Identifier> schemas;
  std::vector<TableRow> tables;
  std::vector<ColumnRow> columns;
  std::vector<SequenceRow> sequences;
  std::vector<ConstraintRow> constraints;
  std::vector<IndexRow> indexes;
  std::vector<IndexColumnRow> index_columns;
  std::vector<CommentRow> comments;
  TypeRows types;  // type_queries.h
  std::vector<FunctionRow> functions;  // routine_queries.cpp
  std::vector<TriggerRow> triggers;
  std::vector<ExtensionRow> extensions;
  std::vector<RowSecurityRow> row_security;
  std::vector<PolicyRow> policies;
  std::vector<OwnerRow> owners;
  std::vector<Identifier> roles;
  std::vector<PrivilegeRow> privileges;
  std::vector<DefaultAclRow> default_acls;
  std::vector<ViewRow> views;
  std::vector<ViewColumnRow> view_columns;
  std::vector<ViewDependencyRow> view_dependencies;
  std::vector<Collation> collations;  // collation_queries.h
};

}  // namespace pgshift::introspect
