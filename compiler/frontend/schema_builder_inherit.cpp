// Table inheritance, as PostgreSQL builds it: CREATE TABLE ... INHERITS takes each
// parent's columns (merged by name, with the table's own definitions merged into them)
// and inheritable CHECK constraints; ALTER TABLE ... INHERIT / NO INHERIT links and
// unlinks a table whose columns already fit; and ALTER TABLE on a parent (without ONLY)
// reaches its children. Each column and check counts the parents it comes from and
// whether the table declares it itself (attinhcount / attislocal, coninhcount /
// conislocal), as the catalog does.
#include <algorithm>

#include <fmt/format.h>

#include "compiler/frontend/schema_builder.h"

namespace pgshift {

namespace {

// Before normalization expressions are compared as parsed: the same tree is the same
// expression however it was spaced.
bool sameRaw(const std::optional<Expression> &a, const std::optional<Expression> &b) {
  if (!a || !b) return a.has_value() == b.has_value();
  if (a->syntax && b->syntax) return *a->syntax == *b->syntax;
  return a->text == b->text;
}

Constraint inheritedCheck(const Constraint &parent, bool validated) {
  Constraint c = parent;
  c.comment.reset();
  c.validated = validated;
  c.is_local = false;
  c.inherit_count = 1;
  return c;
}

bool inheritable(const Constraint &c) { return c.kind == ConstraintKind::check && !c.no_inherit; }

Constraint *findCheck(Table &table, const Identifier &name) {
  for (auto &c : table.constraints)
    if (c.name == name) return &c;
  return nullptr;
}

const Column *findIn(const std::vector<Column> &columns, const Identifier &name) {
  for (const auto &c : columns)
    if (c.name == name) return &c;
  return nullptr;
}

const Constraint *findIn(const std::vector<Constraint> &constraints, const Identifier &name) {
  for (const auto &c : constraints)
    if (c.name == name) return &c;
  return nullptr;
}

}  // namespace

bool SchemaBuilder::inheritsFrom(const Table &table, const QualifiedName &ancestor) const {
  for (const auto &p : table.inherits) {
    if (p == ancestor) return true;
    auto it = tables_.find(p);
    if (it != tables_.end() && inheritsFrom(it->second, ancestor)) return true;
  }
  return false;
}

std::vector<Identifier> SchemaBuilder::inheritParents(Table &table, const std::vector<ast::Name> &parents,
                                                      const SourceLocation &where) {
  std::vector<Identifier> conflicting_defaults;
  for (const auto &name : parents) {
    const Table &parent = tableOrFail(name, where);
    const std::string parent_name = parent.name.name.str();
    if (parent.partition_key) fail(where, fmt::format("cannot inherit from partitioned table \"{}\"", parent_name));
    if (parent.partition_of) fail(where, fmt::format("cannot inherit from partition \"{}\"", parent_name));
    if (std::find(table.inherits.begin(), table.inherits.end(), parent.name) != table.inherits.end())
      fail(where, fmt::format("relation \"{}\" would be inherited from more than once", parent_name));
    table.inherits.push_back(parent.name);
    for (const Column &p : parent.columns) {
      Column *mine = table.findColumn(p.name);
      if (!mine) {
        table.columns.push_back(inheritedColumn(p));
        continue;
      }
      // The same column from an earlier parent: one column, counted twice.
      if (mine->type != p.type) fail(where, fmt::format("inherited column \"{}\" has a type conflict", p.name.str()));
      if (mine->collation != p.collation)
        fail(where, fmt::format("inherited column \"{}\" has a collation conflict", p.name.str()));
      if (!sameRaw(mine->generated, p.generated))
        fail(where, fmt::format("inherited column \"{}\" has a generation conflict", p.name.str()));
      mine->inherit_count++;
      mine->not_null |= p.not_null;
      if (!sameRaw(mine->default_value, p.default_value)) {
        conflicting_defaults.push_back(p.name);
        mine->default_value.reset();
      }
    }
    for (const Constraint &p : parent.constraints) {
      if (!inheritable(p)) continue;
      if (Constraint *mine = findCheck(table, p.name)) {
        if (!sameRaw(mine->check, p.check))
          fail(where, fmt::format("check constraint name \"{}\" appears multiple times but with different expressions",
                                  p.name.str()));
        mine->inherit_count++;
        continue;
      }
      table.constraints.push_back(inheritedCheck(p, true));
      constraint_names_.insert({table.name.schema, p.name});
    }
  }
  return conflicting_defaults;
}

void SchemaBuilder::mergeInheritedColumn(Column &inherited, Column local, const SourceLocation &where) {
  const std::string name = inherited.name.str();
  if (inherited.type != local.type) fail(where, fmt::format("column \"{}\" has a type conflict", name));
  if (inherited.collation != local.collation) fail(where, fmt::format("column \"{}\" has a collation conflict", name));
  if (inherited.generated) {
    if (local.generated) fail(where, fmt::format("child column \"{}\" specifies generation expression", name));
    if (local.default_value)
      fail(where, fmt::format("column \"{}\" inherits from generated column but specifies default", name));
    if (local.identity)
      fail(where, fmt::format("column \"{}\" inherits from generated column but specifies identity", name));
  }
  // The table's own definition wins where it says something.
  if (local.generated) inherited.generated = local.generated, inherited.default_value.reset();
  if (local.default_value) inherited.default_value = local.default_value;
  if (local.identity) inherited.identity = local.identity, inherited.default_value.reset();
  inherited.not_null |= local.not_null;
  inherited.is_local = true;
}

void SchemaBuilder::mergeInheritedChecks(Table &table, std::vector<ast::ConstraintDef> &pending, const SourceLocation &where) {
  std::erase_if(pending, [&](const ast::ConstraintDef &def) {
    if (def.kind != ast::ConstraintDef::Kind::check || !def.name) return false;
    Constraint *inherited = findCheck(table, *def.name);
    if (!inherited || inherited->is_local) return false;
    if (!inherited->check || !inherited->check->syntax || !(*inherited->check->syntax == *def.expression))
      fail(def.where, fmt::format("constraint \"{}\" for relation \"{}\" already exists", def.name->str(),
                                  table.name.name.str()));
    if (def.no_inherit)
      fail(def.where, fmt::format("constraint \"{}\" conflicts with inherited constraint on relation \"{}\"",
                                  def.name->str(), table.name.name.str()));
    inherited->is_local = true;
    return true;
  });
  (void)where;
}

void SchemaBuilder::addInherit(Table &child, const ast::Name &parent_name, const SourceLocation &where) {
  const Table &parent = tableOrFail(parent_name, where);
  const std::string c = child.name.name.str(), p = parent.name.name.str();
  if (child.partition_key) fail(where, "cannot change inheritance of partitioned table");
  if (child.partition_of) fail(where, "cannot change inheritance of a partition");
  if (parent.partition_key) fail(where, fmt::format("cannot inherit from partitioned table \"{}\"", p));
  if (parent.partition_of) fail(where, fmt::format("cannot inherit from a partition"));
  if (&parent == &child || inheritsFrom(parent, child.name)) fail(where, "circular inheritance not allowed");
  if (std::find(child.inherits.begin(), child.inherits.end(), parent.name) != child.inherits.end())
    fail(where, fmt::format("relation \"{}\" would be inherited from more than once", p));
  // The child must already have the parent's columns and checks; they gain a parent.
  for (const Column &pc : parent.columns) {
    Column *mine = child.findColumn(pc.name);
    if (!mine) fail(where, fmt::format("child table is missing column \"{}\"", pc.name.str()));
    if (mine->type != pc.type || mine->collation != pc.collation)
      fail(where, fmt::format("child table \"{}\" has different type for column \"{}\"", c, pc.name.str()));
    if (pc.not_null && !mine->not_null)
      fail(where, fmt::format("column \"{}\" in child table must be marked NOT NULL", pc.name.str()));
  }
  for (const Constraint &pc : parent.constraints) {
    if (!inheritable(pc)) continue;
    const Constraint *mine = child.findConstraint(pc.name);
    if (!mine || mine->kind != ConstraintKind::check)
      fail(where, fmt::format("child table is missing constraint \"{}\"", pc.name.str()));
    if (!sameRaw(mine->check, pc.check))
      fail(where, fmt::format("child table \"{}\" has different definition for check constraint \"{}\"", c, pc.name.str()));
    if (mine->no_inherit)
      fail(where, fmt::format("constraint \"{}\" conflicts with non-inherited constraint on child table \"{}\"",
                              pc.name.str(), c));
  }
  for (const Column &pc : parent.columns) child.findColumn(pc.name)->inherit_count++;
  for (const Constraint &pc : parent.constraints)
    if (inheritable(pc)) findCheck(child, pc.name)->inherit_count++;
  child.inherits.push_back(parent.name);
}

void SchemaBuilder::removeInherit(Table &child, const ast::Name &parent_name, const SourceLocation &where) {
  const Table &parent = tableOrFail(parent_name, where);
  auto it = std::find(child.inherits.begin(), child.inherits.end(), parent.name);
  if (it == child.inherits.end())
    fail(where, fmt::format("relation \"{}\" is not a parent of relation \"{}\"", parent.name.name.str(),
                            child.name.name.str()));
  child.inherits.erase(it);
  // What the parent gave stays, as the child's own once no parent gives it.
  for (const Column &pc : parent.columns)
    if (Column *mine = child.findColumn(pc.name); mine && --mine->inherit_count == 0) mine->is_local = true;
  for (const Constraint &pc : parent.constraints)
    if (Constraint *mine = findCheck(child, pc.name); mine && inheritable(pc) && --mine->inherit_count == 0)
      mine->is_local = true;
}

void SchemaBuilder::syncChildren(const Table &parent, const std::vector<Column> &columns_before,
                                 const std::vector<Constraint> &constraints_before, bool only, const SourceLocation &where) {
  for (auto &[name, child] : tables_) {
    if (std::find(child.inherits.begin(), child.inherits.end(), parent.name) == child.inherits.end()) continue;
    const std::vector<Column> child_columns = child.columns;
    const std::vector<Constraint> child_constraints = child.constraints;
    const std::string c = child.name.name.str();
    // Columns the parent dropped: gone from the child too when only this parent gave it.
    for (const Column &old : columns_before) {
      if (parent.findColumn(old.name)) continue;
      Column *mine = child.findColumn(old.name);
      if (!mine) continue;
      if (only) {
        mine->inherit_count--;
        mine->is_local = true;
      } else if (mine->inherit_count == 1 && !mine->is_local) {
        dropColumn(child, old.name, where);
      } else {
        mine->inherit_count--;
      }
    }
    for (const Column &pc : parent.columns) {
      const Column *old = findIn(columns_before, pc.name);
      Column *mine = child.findColumn(pc.name);
      if (!old) {
        if (only) fail(where, fmt::format("column must be added to child tables too"));
        if (!mine) {
          child.columns.push_back(inheritedColumn(pc));
          continue;
        }
        if (mine->type != pc.type || mine->collation != pc.collation)
          fail(where, fmt::format("child table \"{}\" has different type for column \"{}\"", c, pc.name.str()));
        mine->inherit_count++;
        continue;
      }
      if (!mine || only) continue;
      if (old->type != pc.type || old->collation != pc.collation) mine->type = pc.type, mine->collation = pc.collation;
      if (!sameRaw(old->default_value, pc.default_value)) mine->default_value = pc.default_value;
      if (old->not_null != pc.not_null) mine->not_null = pc.not_null;
    }
    // CHECK constraints, the same way.
    for (const Constraint &old : constraints_before) {
      if (!inheritable(old) || parent.findConstraint(old.name)) continue;
      Constraint *mine = findCheck(child, old.name);
      if (!mine) continue;
      if (only) {
        mine->inherit_count--;
        mine->is_local = true;
      } else if (mine->inherit_count == 1 && !mine->is_local) {
        dropConstraint(child, old.name, false, where);
      } else {
        mine->inherit_count--;
      }
    }
    for (const Constraint &pc : parent.constraints) {
      if (!inheritable(pc)) continue;
      const Constraint *old = findIn(constraints_before, pc.name);
      Constraint *mine = findCheck(child, pc.name);
      if (!old) {
        if (only) fail(where, "constraint must be added to child tables too");
        if (!mine) {
          child.constraints.push_back(inheritedCheck(pc, pc.validated));
          constraint_names_.insert({child.name.schema, pc.name});
        } else if (!sameRaw(mine->check, pc.check) || mine->kind != ConstraintKind::check) {
          fail(where, fmt::format("constraint \"{}\" for relation \"{}\" already exists", pc.name.str(), c));
        } else {
          mine->inherit_count++;
        }
        continue;
      }
      if (mine && !only && !old->validated && pc.validated) mine->validated = true;
    }
    syncChildren(child, child_columns, child_constraints, false, where);
  }
}

}  // namespace pgshift
