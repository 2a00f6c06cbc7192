#pragma once
// The whole model of one side of a comparison.

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/collation.h"
#include "compiler/model/default_privileges.h"
#include "compiler/model/function.h"
#include "compiler/model/extension.h"
#include "compiler/model/index.h"
#include "compiler/model/policy.h"
#include "compiler/model/schema.h"
#include "compiler/model/sequence.h"
#include "compiler/model/table.h"
#include "compiler/model/user_types.h"
#include "compiler/model/trigger.h"
#include "compiler/model/view.h"

namespace pgshift {

// Every object of one database schema, read from files or from a live database. Plain
// values in flat per-kind collections, sorted by name so that iteration order (and so the
// plan) never depends on the order of reading; objects refer to each other by name.
struct SchemaModel {
  std::vector<Schema> schemas;
  std::vector<Table> tables;
  std::vector<Sequence> sequences;
  std::vector<Index> indexes;
  // user-defined types (user_types.h)
  std::vector<EnumType> enums;
  std::vector<Domain> domains;
  std::vector<CompositeType> composites;
  std::vector<RangeType> ranges;
  std::vector<Function> functions;  // by name, then input types
  std::vector<Trigger> triggers;    // by table, then name
  std::vector<Extension> extensions;
  std::vector<Policy> policies;  // sorted by table, then name
  // Read from a live database, which knows every owner; a file states some or none.
  bool owners_known = false;
  std::vector<View> views;  // views and materialized views
  std::vector<Collation> collations;
  std::vector<DefaultAcl> default_acls;  // by role, schema (every schema's first) and kind

  // Sorts every collection by name (and constraints within tables); call once after
  // building. The lookups below need it.
  void sortByName();

  const Schema *findSchema(const Identifier &name) const;
  const Table *findTable(const QualifiedName &name) const;
  const Sequence *findSequence(const QualifiedName &name) const;
  const Index *findIndex(const QualifiedName &name) const;
  const EnumType *findEnum(const QualifiedName &name) const;
  const Domain *findDomain(const QualifiedName &name) const;
  const CompositeType *findComposite(const QualifiedName &name) const;
  const RangeType *findRange(const QualifiedName &name) const;
  // The function of that name and input types.
  const Function *findFunction(const Function &identity) const;
  const Trigger *findTrigger(const QualifiedName &table, const Identifier &name) const;
  const Extension *findExtension(const Identifier &name) const;
  const Policy *findPolicy(const QualifiedName &table, const Identifier &name) const;
  const View *findView(const QualifiedName &name) const;
  const Collation *findCollation(const QualifiedName &name) const;

  friend bool operator==(const SchemaModel &, const SchemaModel &) = default;
};

// A model and what reading it found worth saying: approximations, ignored statements.
struct LoadedSchema {
  SchemaModel model;
  std::vector<std::string> notes;
  // A live database's roles (pg_roles); unset for files. Roles are not managed: a plan
  // naming one the database lacks is refused (compiler/driver/roles_check.h).
  std::optional<std::vector<Identifier>> roles;
  // The role whose session reads the schema: a live database's current_user; for files,
  // the role assumed to run them (the other side's, when that is a live database). The
  // owner of what the files create without saying, so grants to it are the owner's own.
  std::optional<Identifier> session_role;
};

}  // namespace pgshift
