#pragma once
// Changes -> steps. One generator per object kind (the *_steps.cpp files); each step
// carries its statements, the statements that undo them, what it creates, removes and
// needs, its hazards, and the phase it belongs to before dependencies are considered.

#include <set>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/change.h"
#include "planner/step.h"

namespace pgshift::planner {

struct PlanContext {
  const SchemaModel &from;
  const SchemaModel &to;
  const builtins::Catalog &catalog;
  // Tables this plan creates: nothing uses them yet, so their indexes and constraints
  // are built plainly, without the precautions an existing table needs.
  std::set<QualifiedName> new_tables;
  // Partitioned tables (on either side): PostgreSQL 15 builds their indexes and foreign
  // keys only the plain way, without CONCURRENTLY or NOT VALID.
  std::set<QualifiedName> partitioned_tables;
  bool isPartitioned(const QualifiedName &table) const { return partitioned_tables.count(table) != 0; }
  // Views this plan drops, creates or replaces (their steps order themselves).
  std::set<QualifiedName> views_changed;
};

// Order of steps that are free to run at the same point (lower first).
namespace priority {
inline constexpr int create_extension = -10;
inline constexpr int alter_extension = 5;
inline constexpr int create_schema = 0;
inline constexpr int create_collation = 3;
inline constexpr int create_type = 5;
inline constexpr int create_function = 5;
inline constexpr int create_sequence = 10;
inline constexpr int create_table = 20;
inline constexpr int add_column = 30;
inline constexpr int alter_column = 40;
inline constexpr int alter_table = 45;
inline constexpr int add_constraint = 50;
inline constexpr int create_policy = 55;
inline constexpr int alter_policy = 56;
inline constexpr int row_security = 57;
inline constexpr int create_index = 60;
inline constexpr int add_foreign_key = 70;
inline constexpr int validate = 75;
inline constexpr int sequence_owner = 80;
inline constexpr int alter_sequence = 85;
inline constexpr int create_trigger = 65;
inline constexpr int comment = 90;
inline constexpr int drop_trigger = 95;
inline constexpr int set_owner = 95;
inline constexpr int set_privileges = 96;
inline constexpr int drop_foreign_key = 100;
inline constexpr int drop_policy = 105;
inline constexpr int drop_index = 110;
inline constexpr int drop_constraint = 120;
inline constexpr int drop_column = 130;
inline constexpr int drop_table = 140;
inline constexpr int drop_sequence = 150;
inline constexpr int drop_type = 155;
inline constexpr int drop_function = 155;
inline constexpr int drop_collation = 157;
inline constexpr int drop_schema = 160;
inline constexpr int drop_extension = 170;
// Last of all (default_privilege_steps.cpp).
inline constexpr int default_privileges = 200;
}  // namespace priority

void addSchemaSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addDefaultPrivilegeSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addSequenceSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addTableSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addColumnSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addConstraintSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addIndexSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addCommentSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addTypeSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);  // type_steps.cpp
void addFunctionSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addTriggerSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addExtensionSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addPolicySteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addOwnerSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addPrivilegeSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addViewSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);
void addCollationSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out);

// What objects depend on (planner/dependencies.cpp), as dependency keys.
std::vector<std::string> columnNeeds(const QualifiedName &table, const Column &column);
std::vector<std::string> constraintNeeds(const QualifiedName &table, const Constraint &constraint);
std::vector<std::string> indexNeeds(const Index &index);
// A user-defined collation as a need (none for a built-in one or none at all).
void needCollation(std::vector<std::string> &out, const std::optional<QualifiedName> &collation);
// What they provide.
std::vector<std::string> columnProvides(const QualifiedName &table, const Column &column);
std::vector<std::string> constraintProvides(const QualifiedName &table, const Constraint &constraint);
std::vector<std::string> indexProvides(const Index &index);
std::vector<std::string> tableProvides(const Table &table);

// The statements that put a dropped object back, for reverses: a table with its
// sequences, constraints, indexes and comments; a column with its comment.
std::vector<std::string> recreateTable(const Table &table, const std::vector<Index> &indexes,
                                       const std::vector<Sequence> &owned_sequences);
std::vector<std::string> commentStatements(const Table &table);

}  // namespace pgshift::planner
