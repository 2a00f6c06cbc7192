#pragma once
// Table inheritance in the plan: ALTER TABLE ... INHERIT / NO INHERIT, and the order a
// parent's column changes take against its children's.

#include <string>
#include <vector>

#include "planner/steps.h"

namespace pgshift::planner {

// Steps for the parents a table gains and loses (from an AlterTableProperties change).
void inheritSteps(const Table &from, const Table &to, const PlanContext &context, std::vector<Step> &out);

// Keys of the children's copies of `column` that the parent's ADD COLUMN makes: children
// on both sides that lack the column before and have it after.
std::vector<std::string> childColumnsAdded(const PlanContext &context, const QualifiedName &parent, const Identifier &column);

// Keys of the children's copies of `column` before: the parent's DROP COLUMN goes before
// what the children do to them (a column still inherited cannot be dropped).
std::vector<std::string> childColumnsBefore(const PlanContext &context, const QualifiedName &parent, const Identifier &column);

}  // namespace pgshift::planner
