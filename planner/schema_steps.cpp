// CREATE SCHEMA / DROP SCHEMA.
#include "planner/ddl/ddl.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {

void addSchemaSteps(const diff::Change &change, const PlanContext &, std::vector<Step> &out) {
  if (auto *c = std::get_if<diff::CreateSchema>(&change)) {
    Step s;
    s.summary = "create schema " + c->schema.name.sql();
    s.object = "schema " + c->schema.name.sql();
    s.effect = Step::Effect::added;
    s.statements = {ddl::createSchema(c->schema)};
    s.reverse = {ddl::dropSchema(c->schema)};
    s.creates = {keys::schema(c->schema.name)};
    s.priority = priority::create_schema;
    out.push_back(std::move(s));
  } else if (auto *d = std::get_if<diff::DropSchema>(&change)) {
    Step s;
    s.summary = "drop schema " + d->schema.name.sql();
    s.object = "schema " + d->schema.name.sql();
    s.effect = Step::Effect::dropped;
    s.phase = Phase::contract;
    s.statements = {ddl::dropSchema(d->schema)};
    s.reverse = {ddl::createSchema(d->schema)};
    if (d->schema.comment) s.reverse.push_back(ddl::comment("SCHEMA " + d->schema.name.sql(), d->schema.comment));
    s.removes = {keys::schema(d->schema.name)};
    s.priority = priority::drop_schema;
    out.push_back(std::move(s));
  }
}

}  // namespace pgshift::planner
