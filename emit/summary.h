#pragma once
// The short account of a plan printed for humans.

#include <string>
#include <vector>

#include "planner/plan.h"

namespace pgshift::emit {

// Per phase: how many objects are added, changed and dropped (an object once, however
// many steps it takes), and the steps; then the
// notes on how the schemas were compared (approximations say so here).
std::string summarizePlan(const planner::Plan &plan, const std::vector<std::string> &notes);

}  // namespace pgshift::emit
