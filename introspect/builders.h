#pragma once
// Catalog rows -> model. Pure functions, no database: each takes the rows of one
// query (catalog_rows.h) and fills the part of the model that query describes.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compiler/model/schema_model.h"
#include "introspect/catalog_rows.h"

namespace pgshift::introspect {

// ---- small shared pieces (build_common.cpp) ----

// "fillfactor=70" -> {fillfactor, 70}: reloptions and attoptions store "name=value",
// and only the first '=' separates (a value may hold more).
RelOption splitRelOption(const std::string &text);
std::vector<RelOption> splitRelOptions(const std::vector<std::string> &texts);
// Catalog text as the front end would leave it: unanalyzed, for the normalizer to parse.
// Every name in it is qualified (search_path was pg_catalog), so no search_path is kept.
Expression catalogExpression(std::string text);

// ---- schemas, tables and columns (build_tables.cpp) ----

std::vector<Schema> buildSchemas(const std::vector<Identifier> &names);
using TablesByOid = std::map<Oid, Table>;
// `columns` in attnum order within each table.
TablesByOid buildTables(const std::vector<TableRow> &tables, const std::vector<ColumnRow> &columns);
Column buildColumn(const ColumnRow &row);

// ---- sequences (build_sequences.cpp) ----

SequenceOptions sequenceOptions(const SequenceParams &params);
std::vector<Sequence> buildSequences(const std::vector<SequenceRow> &rows);

// ---- indexes and constraints (build_indexes.cpp, build_constraints.cpp) ----

// Index columns by index, in position order.
using IndexColumns = std::map<Oid, std::vector<IndexColumnRow>>;
IndexColumns groupIndexColumns(const std::vector<IndexColumnRow> &rows);
IndexKey buildIndexKey(const IndexColumnRow &row);
// The indexes that do not back a constraint.
std::vector<Index> buildIndexes(const std::vector<IndexRow> &rows, const IndexColumns &columns);
// Adds each constraint to its table; primary key, unique and exclusion constraints take
// their INCLUDE columns, storage parameters and keys from their index.
void addConstraints(TablesByOid &tables, const std::vector<ConstraintRow> &rows, const std::vector<IndexRow> &indexes,
                    const IndexColumns &columns);

// ---- user-defined types (build_types.cpp) ----

void addTypes(SchemaModel &model, const TypeRows &rows);

// ---- views (build_views.cpp) ----

// Views and materialized views with their columns and what they read; the query kept
// as pg_get_viewdef() printed it, exact (the normalizer adds its loose form).
std::vector<View> buildViews(const std::vector<ViewRow> &views, const std::vector<ViewColumnRow> &columns,
                             const std::vector<ViewDependencyRow> &dependencies);

// ---- comments (build_comments.cpp) ----

// Puts each comment on its object in `model` (sorted by name). A comment on something
// the model has no place for (the index of a constraint, an identity sequence) is
// reported in `notes`, not lost silently.
void applyComments(SchemaModel &model, const std::vector<CommentRow> &rows, std::vector<std::string> &notes);

// ---- functions, procedures and triggers (build_routines.cpp) ----

std::vector<Function> buildFunctions(const std::vector<FunctionRow> &rows);
std::vector<Trigger> buildTriggers(const std::vector<TriggerRow> &rows);
// ---- extensions, row level security and policies (build_rls.cpp) ----

std::vector<Extension> buildExtensions(const std::vector<ExtensionRow> &rows);
// Sets each listed table's row security flags (tables of `model` sorted by name).
void applyRowSecurity(SchemaModel &model, const std::vector<RowSecurityRow> &rows);
std::vector<Policy> buildPolicies(const std::vector<PolicyRow> &rows);
void applyOwners(SchemaModel &model, const std::vector<OwnerRow> &rows);
// Sets each object's ACL (owner-relative, NULL as the default) from aclexplode() rows.
void applyPrivileges(SchemaModel &model, const std::vector<PrivilegeRow> &rows);
// pg_default_acl entries, relative to their roles.
std::vector<DefaultAcl> buildDefaultAcls(const std::vector<DefaultAclRow> &rows);

// ---- the whole model (build_model.cpp) ----

// Every builder above in order, then sortByName(): the model readDatabase() returns.
LoadedSchema buildModel(const CatalogRows &rows);

// ---- unsupported objects (unsupported_objects.cpp) ----

// The error message for a database holding objects the model cannot represent, listing
// the first few; nullopt when there are none.
std::optional<std::string> unsupportedObjectsMessage(const std::string &database, const std::vector<std::string> &objects);

}  // namespace pgshift::introspect
