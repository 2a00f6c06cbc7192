#include "compiler/driver/plan_command.h"

#include <iostream>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/diff.h"
#include "compiler/driver/roles_check.h"
#include "compiler/driver/source_loader.h"
#include "emit/plan_files.h"
#include "emit/summary.h"
#include "planner/plan.h"

namespace pgshift {

int runPlan(const PlanOptions &options) {
  // A live side first: its role is the one that ran (and will run) the files of the other,
  // and so owns what they create without saying.
  LoadedSchema from, to;
  if (isDatabaseUrl(options.to) && !isDatabaseUrl(options.from)) {
    to = loadSource(options.to);
    from = loadSource(options.from, to.session_role);
  } else {
    from = loadSource(options.from);
    to = loadSource(options.to, from.session_role);
  }
  diff::Diff changes = diff::diffModels(from.model, to.model);
  checkRoles(changes, from, to);
  planner::Plan plan = planner::buildPlan(changes, from.model, to.model, builtins::Catalog::builtin());

  std::vector<std::string> notes;
  for (const auto &n : from.notes) notes.push_back("from: " + n);
  for (const auto &n : to.notes) notes.push_back("to: " + n);
  notes.insert(notes.end(), plan.notes.begin(), plan.notes.end());

  auto files = emit::renderPlanFiles(plan, displaySource(options.from), displaySource(options.to));
  emit::writePlanFiles(files, options.out);
  if (plan.empty()) {
    std::cout << "The schemas match: nothing to do.\n";
    if (!notes.empty()) std::cout << emit::summarizePlan(plan, notes);
    return 0;
  }
  std::cout << emit::summarizePlan(plan, notes);
  std::cout << "wrote";
  for (const auto &f : files) std::cout << " " << (std::filesystem::path(options.out) / f.name).string();
  std::cout << "\n";
  return 0;
}

}  // namespace pgshift
