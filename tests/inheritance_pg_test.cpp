// Table inheritance against a real PostgreSQL 15: a schema with INHERITS reads the same
// from its file and from the database (parents in order, columns and checks with the
// catalog's attislocal / attinhcount and conislocal / coninhcount), and plans between
// such schemas take a database there and back.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/diff.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "introspect/catalog_reader.h"
#include "planner/plan.h"
#include "tests/support/live_schema.h"
#include "tests/support/test_database.h"

using namespace pgshift;
using testing::fromFile;
using testing::fromDatabase;

namespace {

// What inheritance decides about each table, one line per fact.
std::string describe(const SchemaModel &m) {
  std::string out;
  for (const auto &t : m.tables) {
    out += "table " + t.name.sql() + " inherits";
    for (const auto &p : t.inherits) out += " " + p.sql();
    out += "\n";
    for (const auto &c : t.columns)
      out += "  column " + c.name.sql() + " " + c.type.sql() + (c.not_null ? " not null" : "") +
             (c.default_value ? " default " + c.default_value->text : "") +
             (c.generated ? " generated " + c.generated->text : "") + (c.is_local ? " local" : "") + " inherited " +
             std::to_string(c.inherit_count) + "\n";
    for (const auto &c : t.constraints)
      out += "  constraint " + c.name.sql() + " " + c.definitionSql() + (c.is_local ? " local" : "") + " inherited " +
             std::to_string(c.inherit_count) + "\n";
  }
  return out;
}

std::string changesOf(const SchemaModel &from, const SchemaModel &to) {
  std::string out;
  for (const auto &c : diff::diffModels(from, to).changes) out += std::to_string(c.index()) + " ";
  return out;
}

void run(testing::ScratchDatabase &db, const std::vector<std::string> &statements) {
  for (const auto &sql : statements) {
    INFO(sql);
    REQUIRE_NOTHROW(db.execute(sql));
  }
}

struct Case {
  const char *name;
  const char *from;
  const char *to;
};

// Up from `from` to `to` and down again, each checked against the schema it aims at.
void roundTrip(const Case &c) {
  INFO("case: ", c.name);
  LoadedSchema from = fromFile(c.from), to = fromFile(c.to);
  planner::Plan plan = planner::buildPlan(diff::diffModels(from.model, to.model), from.model, to.model,
                                          builtins::Catalog::builtin());
  testing::ScratchDatabase db;
  db.execute(c.from);
  for (const auto &step : plan.steps) run(db, step.statements);
  LoadedSchema after_up = fromDatabase(db);
  CHECK_MESSAGE(changesOf(after_up.model, to.model).empty(), describe(after_up.model), "\nwanted\n", describe(to.model));
  for (auto step = plan.steps.rbegin(); step != plan.steps.rend(); ++step) run(db, step->reverse);
  LoadedSchema after_down = fromDatabase(db);
  CHECK_MESSAGE(changesOf(after_down.model, from.model).empty(), describe(after_down.model), "\nwanted\n",
                describe(from.model));
}

}  // namespace

TEST_CASE("a schema with inheritance reads the same from its file and from the database") {
  const char *schemas[] = {
      "CREATE TABLE p (id bigserial, kind text NOT NULL, CONSTRAINT k CHECK (kind <> ''));\n"
      "CREATE TABLE a (CONSTRAINT is_a CHECK (kind = 'A'), UNIQUE (id)) INHERITS (p);\n",
      "CREATE TABLE p1 (id int NOT NULL, a text DEFAULT 'x', CONSTRAINT c1 CHECK (id > 0));\n"
      "CREATE TABLE p2 (id int, b int, CONSTRAINT c2 CHECK (b < 100) NO INHERIT, CONSTRAINT c1 CHECK (id > 0));\n"
      "CREATE TABLE c (z int, a text DEFAULT 'own', b int NOT NULL, CONSTRAINT c1 CHECK (id > 0)) INHERITS (p1, p2);\n"
      "CREATE TABLE g (w int) INHERITS (c);\n",
      "CREATE TABLE p (id int GENERATED ALWAYS AS IDENTITY, g int GENERATED ALWAYS AS (id * 2) STORED, e int);\n"
      "CREATE TABLE c (e int, x int) INHERITS (p);\n"
      "ALTER TABLE p ADD COLUMN n int DEFAULT 5 NOT NULL;\n"
      "ALTER TABLE p ADD CONSTRAINT n_pos CHECK (n > 0);\n"
      "ALTER TABLE p DROP COLUMN e;\n",
      "CREATE TABLE p (id int NOT NULL, n int DEFAULT 5, CONSTRAINT n_pos CHECK (n > 0));\n"
      "CREATE TABLE d (id int NOT NULL, n int, CONSTRAINT n_pos CHECK (n > 0));\n"
      "ALTER TABLE d INHERIT p;\n"
      "CREATE TABLE e () INHERITS (p);\n"
      "ALTER TABLE e NO INHERIT p;\n",
  };
  for (const char *sql : schemas) {
    testing::ScratchDatabase db;
    db.execute(sql);
    INFO(sql);
    CHECK(describe(fromDatabase(db).model) == describe(fromFile(sql).model));
  }
}

TEST_CASE("plans between schemas with inheritance apply up and down") {
  const Case cases[] = {
      {"children created and dropped with their parent", "CREATE TABLE t (x int);",
       "CREATE TABLE p (id bigserial, kind text NOT NULL);\n"
       "CREATE TABLE a (CONSTRAINT is_a CHECK (kind = 'A'), UNIQUE (id, kind)) INHERITS (p);\n"
       "CREATE TABLE b (extra int DEFAULT 1) INHERITS (p);\n"},
      {"a parent column a child keeps", "CREATE TABLE p (c timestamp DEFAULT now(), e int);\nCREATE TABLE a (a1 int, a2 int) INHERITS (p);",
       "CREATE TABLE p (c timestamp DEFAULT now());\nCREATE TABLE a (a1 int) INHERITS (p);\nALTER TABLE a ADD COLUMN e int;"},
      {"a parent's new column, check and type", "CREATE TABLE p (a int);\nCREATE TABLE c (b int) INHERITS (p);",
       "CREATE TABLE p (a bigint NOT NULL, n int DEFAULT 5 NOT NULL, CONSTRAINT pn CHECK (n > 0));\n"
       "CREATE TABLE c (b int, n int DEFAULT 7) INHERITS (p);"},
      {"a table joins a second parent and leaves the first", "CREATE TABLE p1 (a int);\nCREATE TABLE c (b int) INHERITS (p1);",
       "CREATE TABLE p1 (a int);\nCREATE TABLE p2 (x int NOT NULL, CONSTRAINT px CHECK (x > 0));\nCREATE TABLE c (b int) INHERITS (p2);"},
      {"a parent dropped under a child that stays", "CREATE TABLE p (a int);\nCREATE TABLE c (b int) INHERITS (p);",
       "CREATE TABLE c (a int, b int);"},
      {"an identity column added to a parent with children", "CREATE TABLE p (a int);\nCREATE TABLE c (b int) INHERITS (p);",
       "CREATE TABLE p (a int, id int GENERATED BY DEFAULT AS IDENTITY);\nCREATE TABLE c (b int) INHERITS (p);"},
      {"three generations", "CREATE TABLE p (a int, e int);\nCREATE TABLE c (b int) INHERITS (p);\nCREATE TABLE g (d int) INHERITS (c);",
       "CREATE TABLE p (a int, f text);\nCREATE TABLE c (b int) INHERITS (p);\nCREATE TABLE g (d int) INHERITS (c);"},
  };
  for (const auto &c : cases) roundTrip(c);
}
