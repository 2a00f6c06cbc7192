// Emit: plans -> the migration files (names, transactions, down files, hazards) and the
// summary printed for humans.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/diff.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "emit/plan_files.h"
#include "emit/summary.h"
#include "planner/plan.h"
#include "tests/support/schema_text.h"

using namespace pgshift;
using planner::Phase;
using planner::Step;
namespace fs = std::filesystem;

namespace {

using testing::plan;

std::string names(const std::vector<emit::PlanFile> &files) {
  std::string out;
  for (const auto &f : files) out += (out.empty() ? "" : " ") + f.name;
  return out;
}

const emit::PlanFile *fileNamed(const std::vector<emit::PlanFile> &files, const std::string &name) {
  for (const auto &f : files)
    if (f.name == name) return &f;
  return nullptr;
}

std::vector<std::string> lines(const std::string &text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The step comments of a file ("-- create table public.t", "-- undo: ..."), in order.
std::vector<std::string> stepComments(const std::string &text) {
  std::vector<std::string> out;
  for (const auto &l : lines(text)) {
    if (l.rfind("-- ", 0) != 0) continue;
    if (l.rfind("-- hazard: ", 0) == 0 || l.rfind("-- (", 0) == 0 || l.rfind("-- pgshift", 0) == 0 ||
        l.rfind("-- From:", 0) == 0 || l.rfind("-- To:", 0) == 0 || l.rfind("-- Undoes", 0) == 0 ||
        l.find("Run with:") != std::string::npos)
      continue;
    out.push_back(l.substr(3));
  }
  return out;
}

Step step(std::string summary, Phase phase, std::vector<std::string> statements, std::vector<std::string> reverse,
          bool transactional = true, std::vector<std::string> hazards = {}) {
  Step s;
  s.summary = std::move(summary);
  s.phase = phase;
  s.statements = std::move(statements);
  s.reverse = std::move(reverse);
  s.transactional = s.reverse_transactional = transactional;
  s.hazards = std::move(hazards);
  return s;
}

// Checks that BEGIN/COMMIT pair up, never nest, and that statements PostgreSQL refuses
// in a transaction block stand outside one.
void checkTransactions(const std::string &text) {
  bool open = false;
  int blocks = 0;
  for (const auto &l : lines(text)) {
    INFO("line: ", l);
    if (l == "BEGIN;") {
      CHECK_FALSE(open);
      open = true;
      ++blocks;
    } else if (l == "COMMIT;") {
      CHECK(open);
      open = false;
    } else if (l.rfind("--", 0) != 0 && l.find("CONCURRENTLY") != std::string::npos) {
      CHECK_FALSE(open);
    }
  }
  CHECK_FALSE(open);
}

struct TempDir {
  fs::path path;
  TempDir() {
    std::random_device rd;
    path = fs::temp_directory_path() / ("pgshift_emit_test_" + std::to_string(rd()) + std::to_string(rd()));
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string slurp(const fs::path &p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::set<std::string> listDir(const fs::path &dir) {
  std::set<std::string> out;
  for (const auto &e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
  return out;
}

}  // namespace

TEST_CASE("one up and one down file per phase that has steps, named by the phase's number") {
  struct Case {
    const char *name;
    const char *from;
    const char *to;
    std::string files;
  };
  const std::vector<Case> cases = {
      {"nothing to do", "CREATE TABLE t (a int);", "CREATE TABLE t (a int);", ""},
      {"expand only", "CREATE TABLE t (a int);", "CREATE TABLE t (a int, b int);", "01_expand.up.sql 01_expand.down.sql"},
      {"contract only", "CREATE TABLE t (a int, b int);", "CREATE TABLE t (a int);",
       "03_contract.up.sql 03_contract.down.sql"},
      {"both", "CREATE TABLE t (a int, b int);", "CREATE TABLE t (a int, c int);",
       "01_expand.up.sql 01_expand.down.sql 03_contract.up.sql 03_contract.down.sql"},
  };
  for (const auto &c : cases) {
    INFO("case: ", std::string(c.name));
    auto files = emit::renderPlanFiles(plan(c.from, c.to), "a", "b");
    CHECK(names(files) == c.files);
  }
  SUBCASE("an empty plan gives no files") { CHECK(emit::renderPlanFiles(planner::Plan{}, "a", "b").empty()); }
  SUBCASE("a backfill step gets 02_backfill") {
    planner::Plan p;
    p.steps.push_back(step("backfill public.t.b", Phase::backfill, {"UPDATE public.t SET b = 0"}, {"SELECT 1"}));
    CHECK(names(emit::renderPlanFiles(p, "a", "b")) == "02_backfill.up.sql 02_backfill.down.sql");
  }
}

TEST_CASE("files group transactional steps in BEGIN/COMMIT and put CONCURRENTLY statements outside") {
  planner::Plan p;
  p.steps = {
      step("create table public.n", Phase::expand, {"CREATE TABLE public.n (a integer)"}, {"DROP TABLE public.n"}),
      step("add column public.t.b", Phase::expand, {"ALTER TABLE public.t ADD COLUMN b integer"},
           {"ALTER TABLE public.t DROP COLUMN b"}),
      step("create index public.t_b_idx", Phase::expand, {"CREATE INDEX CONCURRENTLY t_b_idx ON public.t USING btree (b)"},
           {"DROP INDEX CONCURRENTLY public.t_b_idx"}, false, {"built CONCURRENTLY"}),
      step("comment on table public.t", Phase::expand, {"COMMENT ON TABLE public.t IS 'x'"},
           {"COMMENT ON TABLE public.t IS NULL"}),
      step("drop column public.t.c", Phase::contract, {"ALTER TABLE public.t DROP COLUMN c"},
           {"ALTER TABLE public.t ADD COLUMN c integer"}, true, {"drops column public.t.c and its data"}),
  };
  auto files = emit::renderPlanFiles(p, "old.sql", "new.sql");
  REQUIRE(names(files) == "01_expand.up.sql 01_expand.down.sql 03_contract.up.sql 03_contract.down.sql");
  CHECK(files[0].text ==
        "-- pgshift migration: expand phase, up\n"
        "-- From: old.sql\n"
        "-- To:   new.sql\n"
        "-- 4 steps. Run with: psql -v ON_ERROR_STOP=1 -f <this file>\n"
        "\nBEGIN;\n"
        "\n-- create table public.n\nCREATE TABLE public.n (a integer);\n"
        "\n-- add column public.t.b\nALTER TABLE public.t ADD COLUMN b integer;\n"
        "\nCOMMIT;\n"
        "\n-- create index public.t_b_idx\n-- hazard: built CONCURRENTLY\n"
        "-- (outside a transaction block: PostgreSQL requires it)\n"
        "CREATE INDEX CONCURRENTLY t_b_idx ON public.t USING btree (b);\n"
        "\nBEGIN;\n"
        "\n-- comment on table public.t\nCOMMENT ON TABLE public.t IS 'x';\n"
        "\nCOMMIT;\n");
  CHECK(files[1].text ==
        "-- pgshift migration: expand phase, down\n"
        "-- Undoes the expand phase's up file: turns the schema back towards old.sql.\n"
        "-- 4 steps. Run with: psql -v ON_ERROR_STOP=1 -f <this file>\n"
        "\nBEGIN;\n"
        "\n-- undo: comment on table public.t\nCOMMENT ON TABLE public.t IS NULL;\n"
        "\nCOMMIT;\n"
        "\n-- undo: create index public.t_b_idx\n"
        "-- (outside a transaction block: PostgreSQL requires it)\n"
        "DROP INDEX CONCURRENTLY public.t_b_idx;\n"
        "\nBEGIN;\n"
        "\n-- undo: add column public.t.b\nALTER TABLE public.t DROP COLUMN b;\n"
        "\n-- undo: create table public.n\nDROP TABLE public.n;\n"
        "\nCOMMIT;\n");
  CHECK(files[2].text ==
        "-- pgshift migration: contract phase, up\n"
        "-- From: old.sql\n"
        "-- To:   new.sql\n"
        "-- 1 step. Run with: psql -v ON_ERROR_STOP=1 -f <this file>\n"
        "\nBEGIN;\n"
        "\n-- drop column public.t.c\n-- hazard: drops column public.t.c and its data\n"
        "ALTER TABLE public.t DROP COLUMN c;\n"
        "\nCOMMIT;\n");
  for (const auto &f : files) {
    INFO(f.name);
    checkTransactions(f.text);
  }
}

TEST_CASE("real plans: transactions, down files in reverse, hazards, terminated statements") {
  struct Case {
    const char *name;
    const char *from;
    const char *to;
  };
  const std::vector<Case> cases = {
      {"indexes, constraints, columns and tables",
       "CREATE TABLE t (id serial PRIMARY KEY, a int, b varchar(10), c text); CREATE INDEX t_c_idx ON t (c);"
       " CREATE TABLE gone (x int);",
       "CREATE TABLE t (id serial PRIMARY KEY, a bigint NOT NULL, b varchar(20) UNIQUE, d int NOT NULL, CHECK (a > 0));"
       " CREATE INDEX t_a_idx ON t (a); CREATE TABLE n (id int PRIMARY KEY, t_id int REFERENCES t);"
       " CREATE INDEX n_t_idx ON n (t_id); COMMENT ON TABLE t IS 'it''s t';"},
      {"a new schema with everything", "", "CREATE SCHEMA s; CREATE TABLE s.t (a int PRIMARY KEY); CREATE INDEX ON s.t (a);"},
      {"everything dropped", "CREATE SCHEMA s; CREATE TABLE s.t (a int PRIMARY KEY, b int); CREATE INDEX ON s.t (b);", ""},
  };
  for (const auto &c : cases) {
    INFO("case: ", std::string(c.name));
    planner::Plan p = plan(c.from, c.to);
    REQUIRE_FALSE(p.empty());
    auto files = emit::renderPlanFiles(p, "a", "b");
    for (Phase phase : {Phase::expand, Phase::backfill, Phase::contract}) {
      std::vector<const Step *> steps;
      for (const auto &s : p.steps)
        if (s.phase == phase) steps.push_back(&s);
      std::string base = (phase == Phase::expand ? "01_expand" : phase == Phase::backfill ? "02_backfill" : "03_contract");
      const emit::PlanFile *up = fileNamed(files, base + ".up.sql");
      const emit::PlanFile *down = fileNamed(files, base + ".down.sql");
      INFO("phase: ", base);
      if (steps.empty()) {
        CHECK_FALSE(up);
        CHECK_FALSE(down);
        continue;
      }
      REQUIRE(up);
      REQUIRE(down);
      checkTransactions(up->text);
      checkTransactions(down->text);
      // The up file introduces the steps in plan order, the down file in reverse order.
      std::vector<std::string> expected_up, expected_down;
      for (const Step *s : steps) expected_up.push_back(s->summary);
      for (auto it = steps.rbegin(); it != steps.rend(); ++it) expected_down.push_back("undo: " + (*it)->summary);
      CHECK(stepComments(up->text) == expected_up);
      CHECK(stepComments(down->text) == expected_down);
      // Each statement, terminated, in its file and in the order of the steps.
      size_t at_up = 0, at_down = 0;
      for (const Step *s : steps) {
        INFO("step: ", s->summary);
        for (const auto &sql : s->statements) {
          size_t found = up->text.find("\n" + sql + ";\n", at_up);
          CHECK(found != std::string::npos);
          if (found != std::string::npos) at_up = found;
        }
        for (const auto &h : s->hazards) {
          CHECK(up->text.find("\n-- hazard: " + h + "\n") != std::string::npos);
          CHECK(down->text.find(h) == std::string::npos);
        }
      }
      for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        INFO("undo step: ", (*it)->summary);
        for (const auto &sql : (*it)->reverse) {
          size_t found = down->text.find("\n" + sql + ";\n", at_down);
          CHECK(found != std::string::npos);
          if (found != std::string::npos) at_down = found;
        }
      }
    }
  }
}

TEST_CASE("an index on a table in use is built outside any transaction, a new table's inside one") {
  planner::Plan p = plan("CREATE TABLE t (a int);",
                         "CREATE TABLE t (a int); CREATE INDEX t_a_idx ON t (a); CREATE TABLE n (b int);"
                         " CREATE INDEX n_b_idx ON n (b);");
  auto files = emit::renderPlanFiles(p, "a", "b");
  const emit::PlanFile *up = fileNamed(files, "01_expand.up.sql");
  REQUIRE(up);
  checkTransactions(up->text);
  bool open = false, plain_inside = false, concurrent_outside = false;
  for (const auto &l : lines(up->text)) {
    if (l == "BEGIN;") open = true;
    if (l == "COMMIT;") open = false;
    if (l == "CREATE INDEX n_b_idx ON public.n USING btree (b);") plain_inside = open;
    if (l == "CREATE INDEX CONCURRENTLY t_a_idx ON public.t USING btree (a);") concurrent_outside = !open;
  }
  CHECK(plain_inside);
  CHECK(concurrent_outside);
}

TEST_CASE("writePlanFiles creates the folder and replaces an earlier plan's files, keeping others") {
  TempDir tmp;
  fs::path dir = tmp.path / "nested" / "migration";
  auto both = emit::renderPlanFiles(plan("CREATE TABLE t (a int, b int);", "CREATE TABLE t (a int, c int);"), "a", "b");
  REQUIRE(both.size() == 4);
  emit::writePlanFiles(both, dir);
  CHECK(listDir(dir) ==
        std::set<std::string>{"01_expand.up.sql", "01_expand.down.sql", "03_contract.up.sql", "03_contract.down.sql"});
  for (const auto &f : both) CHECK(slurp(dir / f.name) == f.text);

  // Files that are not migration files stay; stale ones (also of a phase the new plan
  // does not have) go.
  std::ofstream(dir / "README.md") << "keep me\n";
  std::ofstream(dir / "notes.sql") << "-- keep me\n";
  std::ofstream(dir / "01_expand.up.sql.bak") << "-- keep me\n";
  std::ofstream(dir / "02_backfill.up.sql") << "-- stale\n";
  std::ofstream(dir / "02_backfill.down.sql") << "-- stale\n";
  fs::create_directories(dir / "01_expand.up.sql.d");
  auto contract = emit::renderPlanFiles(plan("CREATE TABLE t (a int, b int);", "CREATE TABLE t (a int);"), "a", "b");
  REQUIRE(names(contract) == "03_contract.up.sql 03_contract.down.sql");
  emit::writePlanFiles(contract, dir);
  CHECK(listDir(dir) == std::set<std::string>{"03_contract.up.sql", "03_contract.down.sql", "README.md", "notes.sql",
                                              "01_expand.up.sql.bak", "01_expand.up.sql.d"});
  CHECK(slurp(dir / "README.md") == "keep me\n");
  for (const auto &f : contract) CHECK(slurp(dir / f.name) == f.text);

  SUBCASE("an empty plan clears the migration files") {
    emit::writePlanFiles({}, dir);
    CHECK(listDir(dir) == std::set<std::string>{"README.md", "notes.sql", "01_expand.up.sql.bak", "01_expand.up.sql.d"});
  }
  SUBCASE("a path that is a file cannot be the folder") {
    CHECK_THROWS(emit::writePlanFiles(contract, dir / "README.md"));
  }
}

TEST_CASE("the summary counts what each phase adds, changes and drops") {
  struct Case {
    const char *name;
    const char *from;
    const char *to;
    std::string summary;
  };
  const std::vector<Case> cases = {
      {"nothing", "CREATE TABLE t (a int);", "CREATE TABLE t (a int);", ""},
      {"additions", "CREATE TABLE t (a int);", "CREATE TABLE t (a int, b int); CREATE TABLE u (x int);",
       "01_expand: 2 added, 0 changed, 0 dropped\n"
       "  create table public.u\n"
       "  add column public.t.b\n"},
      {"changes and drops",
       "CREATE TABLE t (a int, b int DEFAULT 1); CREATE INDEX t_a_idx ON t (a);",
       "CREATE TABLE t (a int NOT NULL, b int DEFAULT 2);",
       "01_expand: 0 added, 1 changed, 0 dropped\n"
       "  set default of public.t.b\n"
       "03_contract: 0 added, 1 changed, 1 dropped (1 hazard noted in the file)\n"
       "  set not null on public.t.a\n"
       "  drop index public.t_a_idx\n"},
      {"hazards counted per phase", "CREATE TABLE t (a int, b int, c int);", "CREATE TABLE t (a bigint);",
       "03_contract: 0 added, 1 changed, 2 dropped (4 hazards noted in the file)\n"
       "  change type of public.t.a to bigint\n"
       "  drop column public.t.b\n"
       "  drop column public.t.c\n"},
  };
  for (const auto &c : cases) {
    INFO("case: ", std::string(c.name));
    CHECK(emit::summarizePlan(plan(c.from, c.to), {}) == c.summary);
  }
  SUBCASE("notes follow the phases") {
    CHECK(emit::summarizePlan(planner::Plan{}, {"from: one", "to: two"}) == "notes:\n  from: one\n  to: two\n");
    std::string s = emit::summarizePlan(plan("CREATE TABLE t (a int);", "CREATE TABLE t (a int, b int);"), {"x"});
    CHECK(s == "01_expand: 1 added, 0 changed, 0 dropped\n  add column public.t.b\nnotes:\n  x\n");
  }
}

// Regression test (once a bug): the summary counts each new object once.
TEST_CASE("the summary counts each new object once") {
  struct Case {
    const char *name;
    const char *to;
    std::string first_line;
  };
  const std::vector<Case> cases = {
      {"unique constraint", "CREATE TABLE t (a int UNIQUE);", "01_expand: 1 added, 0 changed, 0 dropped"},
      {"check constraint", "CREATE TABLE t (a int CHECK (a > 0));", "01_expand: 1 added, 0 changed, 0 dropped"},
  };
  for (const auto &c : cases) {
    INFO("case: ", std::string(c.name));
    std::string s = emit::summarizePlan(plan("CREATE TABLE t (a int);", c.to), {});
    INFO(s);
    CHECK(s.rfind(c.first_line, 0) == 0);
  }
}
