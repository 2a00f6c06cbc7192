#include "planner/plan.h"

#include "planner/dependency_graph.h"
#include "planner/steps.h"

namespace pgshift::planner {

std::string_view phaseName(Phase phase) {
  switch (phase) {
    case Phase::expand: return "expand";
    case Phase::backfill: return "backfill";
    case Phase::contract: return "contract";
  }
  return "?";
}

Plan buildPlan(const diff::Diff &diff, const SchemaModel &from, const SchemaModel &to, const builtins::Catalog &catalog) {
  PlanContext context{from, to, catalog, {}};
  for (const auto &change : diff.changes)
    if (auto *c = std::get_if<diff::CreateTable>(&change)) context.new_tables.insert(c->table.name);
    // A materialized view created here is not in use either: its indexes are built plainly.
    else if (auto *v = std::get_if<diff::CreateView>(&change)) {
      context.new_tables.insert(v->view.name);
      context.views_changed.insert(v->view.name);
    } else if (auto *d = std::get_if<diff::DropView>(&change)) {
      context.views_changed.insert(d->view.name);
    } else if (auto *r = std::get_if<diff::ReplaceView>(&change)) {
      context.views_changed.insert(r->to.name);
    }
  for (const SchemaModel *side : {&from, &to})
    for (const auto &t : side->tables)
      if (t.partition_key) context.partitioned_tables.insert(t.name);
  std::vector<Step> steps;
  for (const auto &change : diff.changes) {
    addSchemaSteps(change, context, steps);
    addSequenceSteps(change, context, steps);
    addTableSteps(change, context, steps);
    addColumnSteps(change, context, steps);
    addConstraintSteps(change, context, steps);
    addIndexSteps(change, context, steps);
    addCommentSteps(change, context, steps);
    addTypeSteps(change, context, steps);
    addFunctionSteps(change, context, steps);
    addTriggerSteps(change, context, steps);
    addExtensionSteps(change, context, steps);
    addPolicySteps(change, context, steps);
    addOwnerSteps(change, context, steps);
    addPrivilegeSteps(change, context, steps);
    addDefaultPrivilegeSteps(change, context, steps);
    addViewSteps(change, context, steps);
    addCollationSteps(change, context, steps);
  }
  Plan plan;
  plan.steps = orderSteps(std::move(steps));
  plan.notes = diff.notes;
  return plan;
}

}  // namespace pgshift::planner
