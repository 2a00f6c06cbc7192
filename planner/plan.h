#pragma once
// A diff -> the ordered, phased steps of a migration.

#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/change.h"
#include "planner/step.h"

namespace pgshift::planner {

struct Plan {
  std::vector<Step> steps;         // in the order they run; phases never go backwards
  std::vector<std::string> notes;  // what the reader should know about how it was compared
  bool empty() const { return steps.empty(); }
};

Plan buildPlan(const diff::Diff &diff, const SchemaModel &from, const SchemaModel &to, const builtins::Catalog &catalog);

}  // namespace pgshift::planner
