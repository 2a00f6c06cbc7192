// All catalog rows -> one model.
#include "introspect/builders.h"

namespace pgshift::introspect {

LoadedSchema buildModel(const CatalogRows &rows) {
  LoadedSchema out;
  SchemaModel &model = out.model;
  model.schemas = buildSchemas(rows.schemas);
  TablesByOid tables = buildTables(rows.tables, rows.columns);
  IndexColumns index_columns = groupIndexColumns(rows.index_columns);
  addConstraints(tables, rows.constraints, rows.indexes, index_columns);
  for (auto &[oid, table] : tables) model.tables.push_back(std::move(table));
  model.sequences = buildSequences(rows.sequences);
  model.indexes = buildIndexes(rows.indexes, index_columns);
  addTypes(model, rows.types);
  model.functions = buildFunctions(rows.functions);
  model.triggers = buildTriggers(rows.triggers);
  model.extensions = buildExtensions(rows.extensions);
  model.policies = buildPolicies(rows.policies);
  model.views = buildViews(rows.views, rows.view_columns, rows.view_dependencies);
  model.collations = rows.collations;
  model.sortByName();  // comments are found by name
  applyComments(model, rows.comments, out.notes);
  applyRowSecurity(model, rows.row_security);
  applyOwners(model, rows.owners);
  model.owners_known = true;
  applyPrivileges(model, rows.privileges);
  model.default_acls = buildDefaultAcls(rows.default_acls);
  out.roles = rows.roles;
  return out;
}

}  // namespace pgshift::introspect
