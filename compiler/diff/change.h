#pragma once
// What differs between two models: a closed set of small change structs, each holding
// the objects it is about (both sides where it alters one), so that the planner can
// write a statement and the statement that undoes it from the change alone.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "compiler/diff/type_changes.h"
#include "compiler/diff/change_rls.h"
#include "compiler/diff/change_collation.h"
#include "compiler/model/schema_model.h"

namespace pgshift::diff {

struct CreateSchema { Schema schema; };
struct DropSchema { Schema schema; };

// A new table with its columns and its check, primary key, unique and exclusion
// constraints; foreign keys and indexes are separate changes.
struct CreateTable { Table table; };
// A dropped table takes its indexes and the sequences it owns with it; they are kept
// here so that the table can be put back. Its foreign keys are DropConstraint changes of
// their own (as a created table's are AddConstraint changes).
struct DropTable {
  Table table;
  std::vector<Index> indexes;
  std::vector<Sequence> owned_sequences;
};

struct AddColumn {
  QualifiedName table;
  Column column;
};
struct DropColumn {
  QualifiedName table;
  Column column;
  std::vector<Sequence> owned_sequences;  // serial sequences that go with the column
  bool only = false;  // ALTER TABLE ONLY: the children keep their copies, as their own
};

// What about a column changed (a bitmask).
enum ColumnChange : uint32_t {
  type_changed = 1 << 0,
  nullability_changed = 1 << 1,
  default_changed = 1 << 2,
  identity_changed = 1 << 3,
  generation_changed = 1 << 4,
  collation_changed = 1 << 5,
};
struct AlterColumn {
  QualifiedName table;
  Column from;
  Column to;
  uint32_t changes = 0;
  bool has(ColumnChange c) const { return (changes & c) != 0; }
};

struct AddConstraint {
  QualifiedName table;
  Constraint constraint;
};
struct DropConstraint {
  QualifiedName table;
  Constraint constraint;
};
// NOT VALID -> valid: the same constraint, checked now.
struct ValidateConstraint {
  QualifiedName table;
  Constraint constraint;
};

struct CreateIndex { Index index; };
struct DropIndex { Index index; };

struct CreateSequence { Sequence sequence; };
struct DropSequence { Sequence sequence; };
struct AlterSequence {
  Sequence from;
  Sequence to;
};

// The table's own properties: storage parameters, logged or unlogged.
struct AlterTableProperties {
  Table from;
  Table to;
};

// Views and materialized views (view_diff.cpp). A view that must go away for a while
// (its query changed in a way CREATE OR REPLACE cannot take, a view or column it reads
// is dropped or changes type) is a DropView and a CreateView; a materialized view's
// indexes go with it and are CreateIndex changes afterwards.
struct CreateView { View view; };
struct DropView {
  View view;
  std::vector<Index> indexes;  // a materialized view's, to put back in a down migration
};
// CREATE OR REPLACE VIEW: the same columns (new ones may follow), a new query or options.
struct ReplaceView {
  View from;
  View to;
};

// COMMENT ON an object that exists on both sides (new objects carry theirs).
struct SetComment {
  enum class Kind : char { schema, table, column, constraint, index, sequence, type, domain, view, materialized_view,
                          collation };
  Kind kind = Kind::table;
  QualifiedName object;        // the table, index or sequence; for a schema, {schema, schema}
  Identifier sub_object;       // the column or constraint
  std::optional<std::string> from;
  std::optional<std::string> to;
};

// Functions and procedures (identity: name and input types) and triggers.
struct CreateFunction { Function function; };
struct DropFunction { Function function; };
// The same function, defined differently (or only commented differently). In place:
// CREATE OR REPLACE works both ways; otherwise it is dropped and created, and what
// depends on it comes as changes of its own around it.
struct ReplaceFunction {
  Function from;
  Function to;
  bool in_place = true;
};
struct CreateTrigger { Trigger trigger; };
struct DropTrigger { Trigger trigger; };
// A trigger defined or commented differently: DROP TRIGGER + CREATE TRIGGER in one step
// (or only COMMENT ON). A trigger whose function is re-created is a DropTrigger and a
// CreateTrigger instead, around the function.
struct ReplaceTrigger {
  Trigger from;
  Trigger to;
};

using Change = std::variant<CreateSchema, DropSchema, CreateTable, DropTable, AddColumn, DropColumn, AlterColumn,
                            AddConstraint, DropConstraint, ValidateConstraint, CreateIndex, DropIndex, CreateSequence,
                            DropSequence, AlterSequence, AlterTableProperties, SetComment,
                            // user-defined types (type_changes.h)
                            CreateEnum, DropEnum, AlterEnum, CreateDomain, DropDomain, AlterDomain, CreateComposite,
                            DropComposite, AlterComposite, CreateRange, DropRange,
                            // functions and triggers
                            CreateFunction, DropFunction, ReplaceFunction, CreateTrigger, DropTrigger, ReplaceTrigger,
                            // extensions, row level security, ownership, privileges (change_rls.h)
                            CreateExtension, DropExtension, AlterExtension, SetRowSecurity, CreatePolicy, DropPolicy,
                            AlterPolicy, SetOwner, SetPrivileges, SetDefaultPrivileges,
                            // views and materialized views
                            CreateView, DropView, ReplaceView,
                            // collations (change_collation.h)
                            CreateCollation, DropCollation>;

struct Diff {
  std::vector<Change> changes;
  // Expressions treated as equal only approximately, and other things worth saying.
  std::vector<std::string> notes;
  bool empty() const { return changes.empty(); }
};

}  // namespace pgshift::diff
