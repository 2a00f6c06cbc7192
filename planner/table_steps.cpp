// CREATE TABLE, DROP TABLE, and a table's own properties.
#include <algorithm>

#include "planner/ddl/ddl.h"
#include "planner/detached_copies.h"
#include "planner/inherit_steps.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {
namespace {

void append(std::vector<std::string> &to, const std::vector<std::string> &more) { to.insert(to.end(), more.begin(), more.end()); }

std::vector<std::string> tableNeeds(const Table &t) {
  std::vector<std::string> out{keys::schema(t.name.schema)};
  if (t.partition_of) out.push_back(keys::table(t.partition_of->parent));
  for (const auto &p : t.inherits) out.push_back(keys::table(p));  // parents first, children dropped first
  for (const auto &c : t.columns) append(out, columnNeeds(t.name, c));
  for (const auto &c : t.constraints) append(out, constraintNeeds(t.name, c));
  return out;
}

// DETACH from the old parent, ATTACH to the new one: separate steps, so that every
// partition leaving a parent's bounds goes before any entering them.
void partitionSteps(const Table &from, const Table &to, const PlanContext &context, std::vector<Step> &out) {
  if (from.partition_of) {
    Step s;
    s.object = "table " + to.name.sql();
    s.summary = "detach partition " + from.name.sql() + " from " + from.partition_of->parent.sql();
    s.statements = {ddl::detachPartition(from), dropDetachedCopies(from.name, context.from, context.to)};
    s.reverse = {ddl::attachPartition(from)};
    s.needs_after = {keys::table(to.name)};
    s.needs_before = {keys::table(from.partition_of->parent)};
    s.removes = {keys::partitionBounds(from.partition_of->parent)};
    // Detached before its parent's columns change, which would otherwise reach it: before
    // a new column is added (the step "removes" what the add creates, so it goes first)
    // and before an old one is dropped.
    const Table *old_parent = context.from.findTable(from.partition_of->parent);
    const Table *new_parent = context.to.findTable(from.partition_of->parent);
    if (old_parent && new_parent) {
      for (const auto &c : new_parent->columns)
        if (!old_parent->findColumn(c.name)) s.removes.push_back(keys::column(new_parent->name, c.name));
      for (const auto &c : old_parent->columns)
        if (!new_parent->findColumn(c.name)) s.needs_before.push_back(keys::column(old_parent->name, c.name));
    }
    // Its rows are no longer read through the parent: old application code notices.
    s.phase = Phase::contract;
    s.hazards = {"DETACH PARTITION takes an ACCESS EXCLUSIVE lock on " + from.partition_of->parent.sql() +
                 "; the rows of " + from.name.sql() + " are no longer read through it"};
    s.priority = priority::alter_table;
    out.push_back(std::move(s));
  }
  if (to.partition_of) {
    Step s;
    s.object = "table " + to.name.sql();
    s.summary = "attach partition " + to.name.sql() + " to " + to.partition_of->parent.sql();
    s.statements = {ddl::attachPartition(to)};
    s.reverse = {ddl::detachPartition(to), dropDetachedCopies(to.name, context.from, context.to)};
    s.needs_after = {keys::table(to.name), keys::table(to.partition_of->parent)};
    s.creates = {keys::partitionBounds(to.partition_of->parent)};
    s.hazards = {"ATTACH PARTITION scans " + to.name.sql() + " to check that its rows fit the bound, under an ACCESS "
                 "EXCLUSIVE lock on it"};
    s.priority = priority::alter_table;
    out.push_back(std::move(s));
  }
}

}  // namespace

std::vector<std::string> commentStatements(const Table &t) {
  std::vector<std::string> out;
  if (t.comment) out.push_back(ddl::comment("TABLE " + t.name.sql(), t.comment));
  for (const auto &c : t.columns)
    if (c.comment) out.push_back(ddl::comment("COLUMN " + t.name.sql() + "." + c.name.sql(), c.comment));
  for (const auto &c : t.constraints)
    if (c.comment) out.push_back(ddl::comment("CONSTRAINT " + c.name.sql() + " ON " + t.name.sql(), c.comment));
  return out;
}

std::vector<std::string> recreateTable(const Table &t, const std::vector<Index> &indexes,
                                       const std::vector<Sequence> &owned_sequences) {
  std::vector<std::string> out;
  for (const auto &q : owned_sequences) out.push_back(ddl::createSequence(q));
  out.push_back(ddl::createTable(t));
  for (const auto &c : t.constraints)
    if (c.kind != ConstraintKind::foreign_key && !c.validated && c.is_local) out.push_back(ddl::addConstraint(t.name, c, true));
  for (const auto &c : t.constraints)
    if (c.kind == ConstraintKind::foreign_key) out.push_back(ddl::addConstraint(t.name, c, !c.validated));
  for (const auto &i : indexes) out.push_back(ddl::createIndex(i, false));
  for (const auto &q : owned_sequences) out.push_back(ddl::ownedBy(q.name, q.owned_by));
  append(out, commentStatements(t));
  for (const auto &i : indexes)
    if (i.comment) out.push_back(ddl::comment("INDEX " + i.name.sql(), i.comment));
  for (const auto &q : owned_sequences)
    if (q.comment) out.push_back(ddl::comment("SEQUENCE " + q.name.sql(), q.comment));
  return out;
}

void addTableSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out) {
  if (auto *c = std::get_if<diff::CreateTable>(&change)) {
    const Table &t = c->table;
    Step s;
    s.summary = "create table " + t.name.sql();
    s.object = "table " + t.name.sql();
    s.effect = Step::Effect::added;
    s.statements = {ddl::createTable(t)};
    // A constraint the target has NOT VALID is added as such after the table.
    for (const auto &con : t.constraints)
      if (!con.validated && con.is_local) s.statements.push_back(ddl::addConstraint(t.name, con, true));
    s.reverse = {ddl::dropTable(t.name)};
    s.creates = tableProvides(t);
    if (t.partition_of) s.creates.push_back(keys::partitionBounds(t.partition_of->parent));
    s.needs_after = tableNeeds(t);
    s.priority = priority::create_table;
    out.push_back(std::move(s));
  } else if (auto *d = std::get_if<diff::DropTable>(&change)) {
    const Table &t = d->table;
    Step s;
    s.summary = "drop table " + t.name.sql();
    s.object = "table " + t.name.sql();
    s.effect = Step::Effect::dropped;
    s.phase = Phase::contract;
    s.statements = {ddl::dropTable(t.name)};
    s.reverse = recreateTable(t, d->indexes, d->owned_sequences);
    s.removes = tableProvides(t);
    if (t.partition_of) s.removes.push_back(keys::partitionBounds(t.partition_of->parent));
    for (const auto &i : d->indexes) append(s.removes, indexProvides(i));
    for (const auto &q : d->owned_sequences) s.removes.push_back(keys::relation(q.name));
    s.needs_before = tableNeeds(t);
    s.hazards = {"drops table " + t.name.sql() + " with all its rows; the down migration recreates it empty"};
    s.priority = priority::drop_table;
    out.push_back(std::move(s));
  } else if (auto *a = std::get_if<diff::AlterTableProperties>(&change)) {
    const Table &from = a->from, &to = a->to;
    if (from.options != to.options) {
      Step s;
      s.summary = "set storage parameters of table " + to.name.sql();
      s.object = "table " + to.name.sql();
      auto changes = [&](const Table &x, const Table &y) {
        std::vector<RelOption> set;
        std::vector<std::string> reset;
        for (const auto &o : y.options)
          if (std::find(x.options.begin(), x.options.end(), o) == x.options.end()) set.push_back(o);
        for (const auto &o : x.options)
          if (std::none_of(y.options.begin(), y.options.end(), [&](const RelOption &p) { return p.name == o.name; }))
            reset.push_back(o.name);
        std::vector<std::string> sql;
        if (!reset.empty()) {
          std::string names;
          for (const auto &r : reset) names += (names.empty() ? "" : ", ") + r;
          sql.push_back(ddl::alterTable(to.name, "RESET (" + names + ")"));
        }
        if (!set.empty()) sql.push_back(ddl::alterTable(to.name, "SET " + relOptionsSql(set).substr(5)));
        return sql;
      };
      s.statements = changes(from, to);
      s.reverse = changes(to, from);
      s.needs_after = {keys::table(to.name)};
      s.priority = priority::alter_table;
      out.push_back(std::move(s));
    }
    if (from.partition_of != to.partition_of) partitionSteps(from, to, context, out);
    if (from.inherits != to.inherits) inheritSteps(from, to, context, out);
    if (from.unlogged != to.unlogged) {
      Step s;
      s.summary = std::string("make table ") + to.name.sql() + (to.unlogged ? " unlogged" : " logged");
      s.object = "table " + to.name.sql();
      s.phase = Phase::contract;
      s.statements = {ddl::alterTable(to.name, to.unlogged ? "SET UNLOGGED" : "SET LOGGED")};
      s.reverse = {ddl::alterTable(to.name, from.unlogged ? "SET UNLOGGED" : "SET LOGGED")};
      s.needs_after = {keys::table(to.name)};
      s.hazards = {"rewrites table " + to.name.sql() + " under an ACCESS EXCLUSIVE lock"};
      s.priority = priority::alter_table;
      out.push_back(std::move(s));
    }
  }
}

}  // namespace pgshift::planner
