#pragma once
// A plan -> the migration files a reviewer reads and psql runs.

#include <filesystem>
#include <string>
#include <vector>

#include "planner/plan.h"

namespace pgshift::emit {

struct PlanFile {
  std::string name;  // "01_expand.up.sql"
  std::string text;
};

// NN_<phase>.up.sql and NN_<phase>.down.sql for every phase that has steps (NN is the
// phase's fixed number, so a file name always means the same phase). Up files run in
// name order and turn FROM into TO; down files run in reverse name order and turn it
// back, each undoing its own phase. Statements that cannot run in a transaction block
// (CREATE INDEX CONCURRENTLY) stand outside one; the others are grouped into
// transactions. Every step is introduced by a comment with its summary and hazards.
std::vector<PlanFile> renderPlanFiles(const planner::Plan &plan, const std::string &from, const std::string &to);

// Writes the files into `dir` (created if needed) after removing the migration files
// an earlier plan left there, so the folder never mixes two plans.
void writePlanFiles(const std::vector<PlanFile> &files, const std::filesystem::path &dir);

}  // namespace pgshift::emit
