#pragma once
// Integration-test shorthand: a schema read from SQL text and from a scratch database the
// same way, the plan between two models as a list of step summaries, and plans applied
// step by step. Header-only, for the *_pg_test files.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/diff.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "introspect/catalog_reader.h"
#include "planner/plan.h"
#include "tests/support/test_database.h"

namespace pgshift::testing {

inline LoadedSchema fromFile(const std::string &sql, const std::string &name = "snippet.sql") {
  LoadedSchema s = readSchema({SourceText{name, sql}});
  normalizeModel(s, builtins::Catalog::builtin());
  return s;
}

inline LoadedSchema fromDatabase(ScratchDatabase &db) {
  LoadedSchema s = readDatabase(db.conninfo());
  normalizeModel(s, builtins::Catalog::builtin());
  return s;
}

// The changes between two models, one step summary a line (empty when they match).
inline std::string differences(const SchemaModel &a, const SchemaModel &b) {
  planner::Plan p = planner::buildPlan(diff::diffModels(a, b), a, b, builtins::Catalog::builtin());
  std::string out;
  for (const auto &s : p.steps) out += s.summary + "\n";
  return out;
}

// Applies each step's statements (or reverses, last step first) in autocommit, as the
// emitted files run them.
inline void applyPlan(ScratchDatabase &db, const planner::Plan &p, bool down) {
  std::vector<const planner::Step *> steps;
  for (const auto &s : p.steps) steps.push_back(&s);
  if (down) std::reverse(steps.begin(), steps.end());
  for (const auto *s : steps)
    for (const auto &sql : down ? s->reverse : s->statements) {
      INFO("statement: ", sql);
      REQUIRE_NOTHROW(db.execute(sql));
    }
}

// Up and down between two schemas, each compared with the database it leaves, rows kept.
inline void roundTrip(const std::string &from, const std::string &to, const std::string &data = "") {
  INFO("from:\n", from, "\nto:\n", to);
  LoadedSchema a = fromFile(from), b = fromFile(to);
  planner::Plan p = planner::buildPlan(diff::diffModels(a.model, b.model), a.model, b.model, builtins::Catalog::builtin());
  REQUIRE_FALSE(p.empty());
  ScratchDatabase db;
  db.execute(from);
  if (!data.empty()) db.execute(data);
  applyPlan(db, p, false);
  CHECK(differences(fromDatabase(db).model, b.model) == "");
  applyPlan(db, p, true);
  CHECK(differences(fromDatabase(db).model, a.model) == "");
}

}  // namespace pgshift::testing
