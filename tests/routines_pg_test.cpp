// Functions, procedures and triggers against a real PostgreSQL: a database built from a
// script reads back as the model the file front end builds from it (no invented
// difference), and a plan between two scripts, applied up and then down, gives each
// side's model back.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compiler/diff/diff.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "compiler/normalize/schema_catalog.h"
#include "introspect/catalog_reader.h"
#include "planner/plan.h"
#include "tests/support/test_database.h"

using namespace pgshift;

namespace {

SchemaModel fileModel(const std::string &sql) {
  LoadedSchema s = readSchema({SourceText{"a.sql", sql}});
  normalizeModel(s, buildSchemaCatalog(s.model));
  return s.model;
}

SchemaModel liveModel(testing::ScratchDatabase &db) {
  LoadedSchema s = readDatabase(db.conninfo());
  normalizeModel(s, buildSchemaCatalog(s.model));
  return s.model;
}

std::string describe(const diff::Diff &d) {
  std::string out;
  for (const auto &c : d.changes) out += std::to_string(c.index()) + " ";
  return out;
}

void checkSame(testing::ScratchDatabase &db, const std::string &sql) {
  SchemaModel live = liveModel(db), file = fileModel(sql);
  diff::Diff d = diff::diffModels(live, file);
  INFO("changes (variant index): ", describe(d));
  CHECK(d.empty());
  CHECK(live.functions.size() == file.functions.size());
  CHECK(live.triggers.size() == file.triggers.size());
}

// Runs the plan's up statements (or its down ones, in reverse) one at a time.
void apply(testing::ScratchDatabase &db, const planner::Plan &p, bool up) {
  if (up) {
    for (const auto &s : p.steps)
      for (const auto &st : s.statements) db.execute(st);
  } else {
    for (auto it = p.steps.rbegin(); it != p.steps.rend(); ++it)
      for (const auto &st : it->reverse) db.execute(st);
  }
}

void roundTrip(const std::string &from, const std::string &to) {
  testing::ScratchDatabase db;
  db.execute(from);
  checkSame(db, from);
  SchemaModel a = fileModel(from), b = fileModel(to);
  planner::Plan p = planner::buildPlan(diff::diffModels(a, b), a, b, builtins::Catalog::builtin());
  CHECK_FALSE(p.steps.empty());
  apply(db, p, true);
  checkSame(db, to);
  apply(db, p, false);
  checkSame(db, from);
}

const std::string kBase = R"(
CREATE TABLE t (a int, b text, c varchar(5));
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
)";

}  // namespace

TEST_CASE("functions and procedures read back as the file builds them") {
  const std::string sql = R"(
CREATE SCHEMA s;
CREATE FUNCTION f1(a int, OUT b text, INOUT c int DEFAULT 3) LANGUAGE sql AS $$ select 'x', 1 $$;
CREATE FUNCTION f2(a varchar(10) = 'q', b numeric = 1.5) RETURNS TABLE(x int, y text) LANGUAGE sql STABLE AS 'select 1, ''a''';
CREATE FUNCTION s.f3(x int) RETURNS TABLE(x2 int) LANGUAGE plpgsql AS $$begin return query select 1; end$$;
CREATE PROCEDURE p1(a int, OUT b int) LANGUAGE plpgsql AS $$begin b := a; end$$;
CREATE PROCEDURE p2(a int) LANGUAGE sql SECURITY DEFINER AS $$select 1$$;
CREATE FUNCTION f4(VARIADIC xs int[]) RETURNS SETOF int LANGUAGE sql IMMUTABLE STRICT SECURITY DEFINER LEAKPROOF
  PARALLEL SAFE COST 5 ROWS 10 SET search_path = public, pg_temp SET work_mem = '64MB' AS $$select unnest(xs)$$;
CREATE FUNCTION f5(int, text DEFAULT 'a' || 'b', d date DEFAULT now()) RETURNS int LANGUAGE sql AS 'select $1';
CREATE FUNCTION f5(text[]) RETURNS text[] LANGUAGE sql AS 'select $1';
CREATE FUNCTION f6(sep text DEFAULT '-', "Odd ""name""" int = 1) RETURNS void LANGUAGE plpgsql
  SET search_path = '' SET timezone = 'UTC' SET DateStyle = 'ISO, MDY' AS $$BEGIN END$$;
COMMENT ON FUNCTION f5(text[]) IS 'arrays';
COMMENT ON PROCEDURE p2 IS 'a procedure';
)";
  testing::ScratchDatabase db;
  db.execute(sql);
  checkSame(db, sql);
}

TEST_CASE("triggers read back as the file builds them") {
  const std::string sql = kBase + R"(
CREATE TRIGGER tr1 BEFORE UPDATE OF b, a ON t FOR EACH ROW
  WHEN (OLD.b IS DISTINCT FROM NEW.b AND new.a > 1) EXECUTE FUNCTION trg('x', 1, foo);
CREATE TRIGGER tr2 AFTER DELETE ON t REFERENCING OLD TABLE AS oo FOR EACH STATEMENT EXECUTE PROCEDURE trg();
CREATE CONSTRAINT TRIGGER tr3 AFTER UPDATE ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (new.c = 'x') EXECUTE FUNCTION trg();
CREATE TRIGGER tr4 BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();
COMMENT ON TRIGGER tr1 ON t IS 'first';
)";
  testing::ScratchDatabase db;
  db.execute(sql);
  checkSame(db, sql);
}

TEST_CASE("defaults and checks calling user functions read back exactly") {
  const std::string sql = R"(
CREATE FUNCTION code(p text) RETURNS text LANGUAGE sql IMMUTABLE AS $$SELECT upper(p)$$;
CREATE TABLE c (x text DEFAULT code('a'), CHECK (code(x) <> ''));
CREATE INDEX c_code ON c (code(x));
)";
  testing::ScratchDatabase db;
  db.execute(sql);
  checkSame(db, sql);
}

TEST_CASE("round trips: functions") {
  const std::string v1 = R"(
CREATE FUNCTION pos(x int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$SELECT x > 0$$;
CREATE TABLE t (a int, b boolean DEFAULT pos(1));
ALTER TABLE t ADD CONSTRAINT a_pos CHECK (pos(a));
CREATE INDEX t_pos ON t (pos(a));
CREATE FUNCTION gone() RETURNS int LANGUAGE sql AS 'SELECT 1';
)";
  SUBCASE("create everything") { roundTrip("", v1); }
  SUBCASE("body and attributes change in place") {
    roundTrip(v1, R"(
CREATE FUNCTION pos(x int) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT COST 7 AS $$SELECT x >= 0$$;
CREATE TABLE t (a int, b boolean DEFAULT pos(1));
ALTER TABLE t ADD CONSTRAINT a_pos CHECK (pos(a));
CREATE INDEX t_pos ON t (pos(a));
CREATE FUNCTION gone() RETURNS int LANGUAGE sql AS 'SELECT 1';
COMMENT ON FUNCTION gone() IS 'still here';
)");
  }
  SUBCASE("a renamed parameter: drop and create, with the check and index around it") {
    roundTrip(v1, R"(
CREATE FUNCTION pos(y int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$SELECT y > 0$$;
CREATE TABLE t (a int, b boolean DEFAULT pos(1));
ALTER TABLE t ADD CONSTRAINT a_pos CHECK (pos(a));
CREATE INDEX t_pos ON t (pos(a));
CREATE FUNCTION gone(int) RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
)");
  }
  SUBCASE("drop everything") { roundTrip(v1, ""); }
}

TEST_CASE("round trips: triggers") {
  const std::string v1 = kBase + R"(
CREATE TRIGGER tr1 BEFORE UPDATE OF b ON t FOR EACH ROW WHEN (OLD.b IS DISTINCT FROM NEW.b) EXECUTE FUNCTION trg('x');
)";
  SUBCASE("create") { roundTrip(kBase, v1); }
  SUBCASE("change") {
    roundTrip(v1, kBase + R"(
CREATE TRIGGER tr1 BEFORE UPDATE OF b, c ON t FOR EACH ROW WHEN (OLD.b IS DISTINCT FROM NEW.b) EXECUTE FUNCTION trg('y');
COMMENT ON TRIGGER tr1 ON t IS 'changed';
)");
  }
  SUBCASE("drop with its table and function") { roundTrip(v1, ""); }
}
