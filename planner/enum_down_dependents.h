#pragma once
// Views, policies and triggers taken out of the way of an enum's down migration.
//
// Adding values to an enum happens in place, but PostgreSQL cannot remove them: the down
// file swaps the old type back in, converting every column of the type, which PostgreSQL
// refuses while a view reads such a column or names the type, or a policy's expressions
// or a trigger's WHEN or UPDATE OF depend on such a column. So the down file drops those
// (views' readers first) before the swap and creates them again after it. On the way up
// nothing happens to them: these steps have statements only on the way down.

#include <vector>

#include "compiler/diff/type_changes.h"
#include "planner/step.h"
#include "planner/steps.h"

namespace pgshift::planner {

// Steps around `enum_step` (the in-place ADD VALUE step of `change`, whose `creates`
// this adds to) for the objects of the old schema the swap back would break.
std::vector<Step> enumDownSteps(const diff::AlterEnum &change, const PlanContext &context, Step &enum_step);

}  // namespace pgshift::planner
