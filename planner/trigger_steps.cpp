// CREATE / DROP TRIGGER; a changed trigger is dropped and created.
#include "planner/ddl/ddl.h"
#include "planner/ddl/routine_ddl.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {
namespace {

std::string describe(const Trigger &t) { return "trigger " + t.name.sql() + " on " + t.table.sql(); }

std::vector<std::string> triggerNeeds(const Trigger &t) {
  std::vector<std::string> out{keys::table(t.table)};
  if (t.function.schema.str() != "pg_catalog") out.push_back(keys::functionName(t.function));
  for (const auto &c : t.columns) {
    out.push_back(keys::column(t.table, c));
    out.push_back(keys::columnType(t.table, c));  // PostgreSQL retypes no column UPDATE OF names
  }
  if (t.when) {
    for (const auto &c : t.when->columns) {
      out.push_back(keys::column(t.table, c));
      out.push_back(keys::columnType(t.table, c));
    }
    for (const auto &f : t.when->functions) out.push_back(keys::functionName(f));
  }
  return out;
}

std::vector<std::string> recreate(const Trigger &t) {
  std::vector<std::string> out{ddl::createTrigger(t)};
  if (t.comment) out.push_back(ddl::comment(ddl::triggerTarget(t), t.comment));
  return out;
}

}  // namespace

void addTriggerSteps(const diff::Change &change, const PlanContext &, std::vector<Step> &out) {
  if (auto *c = std::get_if<diff::CreateTrigger>(&change)) {
    const Trigger &t = c->trigger;
    Step s;
    s.summary = "create " + describe(t);
    s.object = describe(t);
    s.effect = Step::Effect::added;
    s.statements = recreate(t);
    s.reverse = {ddl::dropTrigger(t)};
    s.creates = {keys::trigger(t.table, t.name)};
    s.needs_after = triggerNeeds(t);
    s.priority = priority::create_trigger;
    out.push_back(std::move(s));
  } else if (auto *d = std::get_if<diff::DropTrigger>(&change)) {
    const Trigger &t = d->trigger;
    Step s;
    s.summary = "drop " + describe(t);
    s.object = describe(t);
    s.effect = Step::Effect::dropped;
    s.phase = Phase::contract;
    s.statements = {ddl::dropTrigger(t)};
    s.reverse = recreate(t);
    s.removes = {keys::trigger(t.table, t.name)};
    s.needs_before = triggerNeeds(t);
    s.priority = priority::drop_trigger;
    out.push_back(std::move(s));
  } else if (auto *r = std::get_if<diff::ReplaceTrigger>(&change)) {
    const Trigger &from = r->from, &to = r->to;
    Trigger from_definition = from, to_definition = to;
    from_definition.comment = to_definition.comment = std::nullopt;
    Step s;
    s.object = describe(to);
    if (from_definition == to_definition) {
      s.summary = "comment on " + describe(to);
      s.statements = {ddl::comment(ddl::triggerTarget(to), to.comment)};
      s.reverse = {ddl::comment(ddl::triggerTarget(from), from.comment)};
      s.needs_after = {keys::trigger(to.table, to.name)};
      s.priority = priority::comment;
    } else {
      // One step, so that no row is written between the two without the trigger.
      s.summary = "replace " + describe(to);
      s.statements = {ddl::dropTrigger(from)};
      for (auto &st : recreate(to)) s.statements.push_back(std::move(st));
      s.reverse = {ddl::dropTrigger(to)};
      for (auto &st : recreate(from)) s.reverse.push_back(std::move(st));
      s.needs_before = triggerNeeds(from);
      s.needs_after = triggerNeeds(to);
      s.priority = priority::create_trigger;
    }
    out.push_back(std::move(s));
  }
}

}  // namespace pgshift::planner
