#pragma once
// pgshift plan --from SOURCE --to SOURCE --out DIR

#include <string>

namespace pgshift {

struct PlanOptions {
  std::string from;
  std::string to;
  std::string out;
};

// Plans the migration, writes its files and prints the summary. Returns the exit code.
int runPlan(const PlanOptions &options);

}  // namespace pgshift
