#pragma once
// Steps -> a dependency graph -> an order to run them in.

#include <vector>

#include "planner/step.h"

namespace pgshift::planner {

// Orders steps so that each runs after what it needs and before what removes what it
// needs, as a Boost.Graph DAG:
//   a step that creates a key runs before every step that needs it (needs_after);
//   a step that needs a key in its old form runs before the step removing it (needs_before);
//   a step removing a key runs before a step creating it again (drop, then re-create).
// A step is moved to a later phase when something it depends on runs in one (a step can
// never run before its dependencies), then the steps are sorted topologically, choosing
// among the free ones by phase, priority and summary, so equal inputs give equal plans.
// Throws std::logic_error on a dependency cycle, which would be a planner bug.
std::vector<Step> orderSteps(std::vector<Step> steps);

}  // namespace pgshift::planner
