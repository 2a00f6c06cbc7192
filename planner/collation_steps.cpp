// CREATE / DROP COLLATION. A collation is created before the columns, indexes and types
// that use it and dropped after them (their steps need its key); one whose definition
// changes is dropped and created again, the columns using it moved off it meanwhile
// (compiler/diff/collation_diff.h).
#include "planner/ddl/ddl.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {
namespace {

std::string dropCollation(const Collation &c) { return "DROP COLLATION " + c.name.sql(); }

}  // namespace

void addCollationSteps(const diff::Change &change, const PlanContext &, std::vector<Step> &out) {
  if (auto *c = std::get_if<diff::CreateCollation>(&change)) {
    const Collation &collation = c->collation;
    Step s;
    s.summary = "create collation " + collation.name.sql();
    s.object = "collation " + collation.name.sql();
    s.effect = Step::Effect::added;
    s.statements = {collation.createSql()};  // its comment is a change of its own
    s.reverse = {dropCollation(collation)};
    s.creates = {keys::collation(collation.name)};
    s.needs_after = {keys::schema(collation.name.schema)};
    s.priority = priority::create_collation;
    out.push_back(std::move(s));
  } else if (auto *d = std::get_if<diff::DropCollation>(&change)) {
    const Collation &collation = d->collation;
    Step s;
    s.summary = "drop collation " + collation.name.sql();
    s.object = "collation " + collation.name.sql();
    s.effect = Step::Effect::dropped;
    s.phase = Phase::contract;
    s.statements = {dropCollation(collation)};
    s.reverse = {collation.createSql()};
    if (collation.comment) s.reverse.push_back(ddl::comment("COLLATION " + collation.name.sql(), collation.comment));
    s.removes = {keys::collation(collation.name)};
    s.needs_before = {keys::schema(collation.name.schema)};
    s.priority = priority::drop_collation;
    out.push_back(std::move(s));
  }
}

}  // namespace pgshift::planner
