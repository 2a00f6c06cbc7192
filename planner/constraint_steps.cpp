// ADD / DROP / VALIDATE CONSTRAINT. On a table that is in use, check and foreign key
// constraints are added NOT VALID and validated separately (a short lock, then a scan
// that lets reads and writes go on), and primary keys and unique constraints get their
// index built CONCURRENTLY first and attached with USING INDEX.
#include "planner/ddl/ddl.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {
namespace {

std::string label(const QualifiedName &t, const Constraint &c) {
  const char *kind = c.kind == ConstraintKind::foreign_key ? "foreign key " : c.kind == ConstraintKind::primary_key ? "primary key " : "constraint ";
  return kind + c.name.sql() + " on " + t.sql();
}

int addPriority(const Constraint &c) {
  return c.kind == ConstraintKind::foreign_key ? priority::add_foreign_key : priority::add_constraint;
}

std::vector<std::string> commentOf(const QualifiedName &t, const Constraint &c) {
  if (!c.comment) return {};
  return {ddl::comment("CONSTRAINT " + c.name.sql() + " ON " + t.sql(), c.comment)};
}

Step validateStep(const QualifiedName &t, const Constraint &c) {
  Step s;
  s.summary = "validate " + label(t, c);
  s.object = "constraint " + t.sql() + "." + c.name.sql();
  s.statements = {ddl::validateConstraint(t, c.name)};
  // A constraint cannot be un-validated: put it back NOT VALID.
  s.reverse = {ddl::dropConstraint(t, c.name), ddl::addConstraint(t, c, true)};
  s.needs_after = {keys::constraint(t, c.name)};
  s.hazards = {"VALIDATE scans " + t.sql() + (c.kind == ConstraintKind::foreign_key ? " and the referenced table" : "") +
               " (SHARE UPDATE EXCLUSIVE lock: reads and writes go on) and fails on a row that violates it"};
  s.priority = priority::validate;
  return s;
}

}  // namespace

void addConstraintSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out) {
  if (auto *a = std::get_if<diff::AddConstraint>(&change)) {
    const QualifiedName &t = a->table;
    const Constraint &c = a->constraint;
    bool in_use = !context.new_tables.count(t);
    Step s;
    // A partitioned table takes its foreign keys, primary keys and unique constraints
    // only the plain way (PostgreSQL 15: no NOT VALID foreign key, no CONCURRENTLY).
    if (in_use && context.isPartitioned(t) && c.kind != ConstraintKind::check) {
      in_use = false;
      s.hazards = {"partitioned table " + t.sql() + ": PostgreSQL adds this constraint only under a lock on every partition, "
                   "checking or indexing all their rows"};
    }
    s.summary = "add " + label(t, c);
    s.object = "constraint " + t.sql() + "." + c.name.sql();
    s.effect = Step::Effect::added;
    s.creates = constraintProvides(t, c);
    s.needs_after = constraintNeeds(t, c);
    s.priority = addPriority(c);
    s.reverse = {ddl::dropConstraint(t, c.name)};
    bool checkable = c.kind == ConstraintKind::check || c.kind == ConstraintKind::foreign_key;
    if (!in_use || (!checkable && c.kind == ConstraintKind::exclusion)) {
      s.statements = {ddl::addConstraint(t, c, !c.validated)};
      if (in_use && c.kind == ConstraintKind::exclusion)
        s.hazards = {"builds the exclusion constraint's index under an ACCESS EXCLUSIVE lock on " + t.sql()};
      out.push_back(std::move(s));
    } else if (checkable) {
      s.statements = {ddl::addConstraint(t, c, true)};
      out.push_back(std::move(s));
      if (c.validated) out.push_back(validateStep(t, c));
    } else {
      // Primary key / unique: the index first, without blocking writes.
      Index index = ddl::constraintIndex(t, c);
      Step build;
      build.summary = "build index " + index.name.sql() + " for " + label(t, c);
      build.object = s.object;
      build.effect = Step::Effect::added;
      build.statements = {ddl::createIndex(index, true)};
      build.reverse = {"DROP INDEX CONCURRENTLY IF EXISTS " + index.name.sql()};
      build.transactional = build.reverse_transactional = false;
      build.creates = {keys::relation(index.name)};
      build.needs_after = indexNeeds(index);
      build.hazards = {"built CONCURRENTLY, outside a transaction: if it fails, an INVALID index " + index.name.sql() +
                       " is left to drop"};
      build.priority = priority::add_constraint;
      out.push_back(std::move(build));
      std::string using_index = std::string(c.kind == ConstraintKind::primary_key ? "PRIMARY KEY" : "UNIQUE") +
                                " USING INDEX " + c.name.sql();
      if (c.deferrable) using_index += " DEFERRABLE";
      if (c.initially_deferred) using_index += " INITIALLY DEFERRED";
      s.statements = {ddl::alterTable(t, "ADD CONSTRAINT " + c.name.sql() + " " + using_index)};
      s.needs_after.push_back(keys::relation(index.name));
      if (c.kind == ConstraintKind::primary_key) {
        s.hazards = {"ADD PRIMARY KEY sets NOT NULL on its columns, scanning " + t.sql() + " unless they already are"};
      }
      out.push_back(std::move(s));
    }
  } else if (auto *d = std::get_if<diff::DropConstraint>(&change)) {
    const QualifiedName &t = d->table;
    const Constraint &c = d->constraint;
    Step s;
    s.summary = "drop " + label(t, c);
    s.object = "constraint " + t.sql() + "." + c.name.sql();
    s.effect = Step::Effect::dropped;
    s.phase = Phase::contract;
    s.statements = {ddl::dropConstraint(t, c.name)};
    s.reverse = {ddl::addConstraint(t, c, !c.validated)};
    for (auto &line : commentOf(t, c)) s.reverse.push_back(line);
    s.removes = constraintProvides(t, c);
    s.needs_before = constraintNeeds(t, c);
    s.priority = c.kind == ConstraintKind::foreign_key ? priority::drop_foreign_key : priority::drop_constraint;
    out.push_back(std::move(s));
  } else if (auto *v = std::get_if<diff::ValidateConstraint>(&change)) {
    out.push_back(validateStep(v->table, v->constraint));
  }
}

}  // namespace pgshift::planner
