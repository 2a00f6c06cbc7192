// CREATE INDEX / DROP INDEX: CONCURRENTLY on tables in use, so writes go on.
#include "planner/ddl/ddl.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {

void addIndexSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out) {
  if (auto *c = std::get_if<diff::CreateIndex>(&change)) {
    const Index &i = c->index;
    const bool partitioned = context.isPartitioned(i.tableName());
    const bool in_use = !context.new_tables.count(i.tableName()) && !partitioned;
    Step s;
    s.summary = "create index " + i.name.sql();
    s.object = "index " + i.name.sql();
    s.effect = Step::Effect::added;
    s.statements = {ddl::createIndex(i, in_use)};
    s.reverse = {ddl::dropIndex(i.name, in_use)};
    s.transactional = s.reverse_transactional = !in_use;
    s.creates = indexProvides(i);
    s.needs_after = indexNeeds(i);
    if (in_use)
      s.hazards = {"built CONCURRENTLY, outside a transaction: if it fails, an INVALID index " + i.name.sql() + " is left to drop"};
    if (partitioned && !context.new_tables.count(i.tableName()))
      s.hazards = {"partitioned table " + i.tableName().sql() +
                   ": PostgreSQL cannot build its index CONCURRENTLY, so writes to every partition wait while it builds"};
    s.priority = priority::create_index;
    out.push_back(std::move(s));
  } else if (auto *d = std::get_if<diff::DropIndex>(&change)) {
    const Index &i = d->index;
    const bool concurrently = !context.isPartitioned(i.tableName());
    Step s;
    s.summary = "drop index " + i.name.sql();
    s.object = "index " + i.name.sql();
    s.effect = Step::Effect::dropped;
    s.phase = Phase::contract;
    s.statements = {ddl::dropIndex(i.name, concurrently)};
    s.reverse = {ddl::createIndex(i, concurrently)};
    if (i.comment) s.reverse.push_back(ddl::comment("INDEX " + i.name.sql(), i.comment));
    s.transactional = s.reverse_transactional = !concurrently;
    s.removes = indexProvides(i);
    s.needs_before = indexNeeds(i);
    s.priority = priority::drop_index;
    out.push_back(std::move(s));
  }
}

}  // namespace pgshift::planner
