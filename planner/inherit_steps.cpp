// ALTER TABLE ... INHERIT / NO INHERIT. A table gains a parent once it has the parent's
// columns (NOT NULL where the parent's are) and CHECK constraints, and loses one before
// the parent's columns change under it or it drops what the parent gave.
#include "planner/inherit_steps.h"

#include <algorithm>

#include "planner/ddl/ddl.h"
#include "planner/object_keys.h"

namespace pgshift::planner {
namespace {

bool contains(const std::vector<QualifiedName> &names, const QualifiedName &name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool inheritable(const Constraint &c) { return c.kind == ConstraintKind::check && !c.no_inherit; }

// Tables of `model` with `parent` among their parents.
std::vector<const Table *> children(const SchemaModel &model, const QualifiedName &parent) {
  std::vector<const Table *> out;
  for (const auto &t : model.tables)
    if (contains(t.inherits, parent)) out.push_back(&t);
  return out;
}

Step noInherit(const Table &from, const Table &to, const QualifiedName &parent, const PlanContext &context) {
  Step s;
  s.object = "table " + to.name.sql();
  s.summary = "make " + to.name.sql() + " stop inheriting from " + parent.sql();
  s.statements = {ddl::alterTable(to.name, "NO INHERIT " + parent.sql())};
  s.reverse = {ddl::alterTable(to.name, "INHERIT " + parent.sql())};
  s.needs_before = {keys::table(to.name), keys::table(parent)};
  const Table *old_parent = context.from.findTable(parent);
  const Table *new_parent = context.to.findTable(parent);
  if (old_parent) {
    // Before the parent drops a column (it would reach this table) and before this
    // table drops what it inherited (it cannot while it inherits it).
    for (const auto &c : old_parent->columns) {
      s.needs_before.push_back(keys::column(parent, c.name));
      s.needs_before.push_back(keys::column(from.name, c.name));
    }
    for (const auto &c : old_parent->constraints)
      if (inheritable(c)) {
        s.needs_before.push_back(keys::constraint(parent, c.name));
        s.needs_before.push_back(keys::constraint(from.name, c.name));
      }
  }
  // And before the parent adds a column (the step "removes" what the add creates, so it
  // goes first).
  if (old_parent && new_parent)
    for (const auto &c : new_parent->columns)
      if (!old_parent->findColumn(c.name)) s.removes.push_back(keys::column(parent, c.name));
  s.phase = Phase::contract;
  s.hazards = {"NO INHERIT takes an ACCESS EXCLUSIVE lock on " + to.name.sql() + " and " + parent.sql() + "; the rows of " +
               to.name.sql() + " are no longer read through " + parent.sql()};
  s.priority = priority::alter_table;
  return s;
}

Step inherit(const Table &to, const QualifiedName &parent, const PlanContext &context) {
  Step s;
  s.object = "table " + to.name.sql();
  s.summary = "make " + to.name.sql() + " inherit from " + parent.sql();
  s.statements = {ddl::alterTable(to.name, "INHERIT " + parent.sql())};
  s.reverse = {ddl::alterTable(to.name, "NO INHERIT " + parent.sql())};
  s.needs_after = {keys::table(to.name), keys::table(parent)};
  // Once this table has the parent's columns and checks as the parent has them.
  if (const Table *new_parent = context.to.findTable(parent)) {
    for (const auto &c : new_parent->columns) {
      s.needs_after.push_back(keys::column(parent, c.name));
      s.needs_after.push_back(keys::column(to.name, c.name));
      s.needs_after.push_back(keys::columnType(to.name, c.name));
      if (c.not_null) s.needs_after.push_back(keys::notNull(to.name, c.name));
    }
    for (const auto &c : new_parent->constraints)
      if (inheritable(c)) s.needs_after.push_back(keys::constraint(to.name, c.name));
    // After the parent drops the columns it loses: the step "creates" what the drop
    // removes, so the drop goes first.
    if (const Table *old_parent = context.from.findTable(parent))
      for (const auto &c : old_parent->columns)
        if (!new_parent->findColumn(c.name)) s.creates.push_back(keys::column(parent, c.name));
  }
  s.hazards = {"INHERIT takes an ACCESS EXCLUSIVE lock on " + to.name.sql() + " and " + parent.sql() + "; the rows of " +
               to.name.sql() + " are read through " + parent.sql() + " from now on"};
  s.priority = priority::alter_table;
  return s;
}

}  // namespace

void inheritSteps(const Table &from, const Table &to, const PlanContext &context, std::vector<Step> &out) {
  for (const auto &p : from.inherits)
    if (!contains(to.inherits, p)) out.push_back(noInherit(from, to, p, context));
  for (const auto &p : to.inherits)
    if (!contains(from.inherits, p)) out.push_back(inherit(to, p, context));
}

std::vector<std::string> childColumnsAdded(const PlanContext &context, const QualifiedName &parent, const Identifier &column) {
  std::vector<std::string> out;
  for (const Table *child : children(context.to, parent)) {
    const Table *before = context.from.findTable(child->name);
    if (before && contains(before->inherits, parent) && !before->findColumn(column) && child->findColumn(column))
      out.push_back(keys::column(child->name, column));
  }
  return out;
}

std::vector<std::string> childColumnsBefore(const PlanContext &context, const QualifiedName &parent, const Identifier &column) {
  std::vector<std::string> out;
  for (const Table *child : children(context.from, parent))
    if (child->findColumn(column)) out.push_back(keys::column(child->name, column));
  return out;
}

}  // namespace pgshift::planner
