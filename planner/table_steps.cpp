// CREATE TABLE, DROP TABLE, and a table's own properties.
#include <algorithm>

#include "planner/ddl/ddl.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {
namespace {

void append(std::vector<std::string> &to, const std::vector<std::string> &more) { to.insert(to.end(), more.begin(), more.end()); }

std::vector<std::string> tableNeeds(const Table &t) {
  std::vector<std::string> out{keys::schema(t.name.schema)};
  for (const auto &c : t.columns) append(out, columnNeeds(t.name, c));
  for (const auto &c : t.constraints) append(out, constraintNeeds(t.name, c));
  return out;
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
    if (c.kind != ConstraintKind::foreign_key && !c.validated) out.push_back(ddl::addConstraint(t.name, c, true));
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

void addTableSteps(const diff::Change &change, const PlanContext &, std::vector<Step> &out) {
  if (auto *c = std::get_if<diff::CreateTable>(&change)) {
    const Table &t = c->table;
    Step s;
    s.summary = "create table " + t.name.sql();
    s.object = "table " + t.name.sql();
    s.effect = Step::Effect::added;
    s.statements = {ddl::createTable(t)};
    // A constraint the target has NOT VALID is added as such after the table.
    for (const auto &con : t.constraints)
      if (!con.validated) s.statements.push_back(ddl::addConstraint(t.name, con, true));
    s.reverse = {ddl::dropTable(t.name)};
    s.creates = tableProvides(t);
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
