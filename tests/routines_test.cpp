// Functions, procedures and triggers offline: the front end's model (with PostgreSQL's
// defaults and errors), the diff (in place or drop and create, dependents around it) and
// the planner's statements and order.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compiler/diff/diff.h"
#include "compiler/diff/routine_diff.h"
#include "compiler/frontend/diagnostic.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "compiler/normalize/schema_catalog.h"
#include "planner/plan.h"

using namespace pgshift;

namespace {

SchemaModel model(const std::string &sql) {
  LoadedSchema s = readSchema({SourceText{"a.sql", sql}});
  normalizeModel(s, buildSchemaCatalog(s.model));
  return s.model;
}

std::string errorOf(const std::string &sql) {
  try {
    model(sql);
  } catch (const DiagnosticError &e) {
    return e.what();
  }
  return "(no error)";
}

planner::Plan plan(const std::string &from, const std::string &to) {
  SchemaModel a = model(from), b = model(to);
  return planner::buildPlan(diff::diffModels(a, b), a, b, builtins::Catalog::builtin());
}

std::string listing(const planner::Plan &p) {
  std::string out;
  for (const auto &s : p.steps) out += std::string(planner::phaseName(s.phase)) + ": " + s.summary + "\n";
  return out;
}

std::string statements(const planner::Plan &p) {
  std::string out;
  for (const auto &s : p.steps)
    for (const auto &st : s.statements) out += st + ";\n";
  return out;
}

std::string reverses(const planner::Plan &p) {
  std::string out;
  for (auto it = p.steps.rbegin(); it != p.steps.rend(); ++it)
    for (const auto &st : it->reverse) out += st + ";\n";
  return out;
}

const char *kTable = "CREATE TABLE t (a int, b text);\n";
const char *kTriggerFunction =
    "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;\n";

}  // namespace

TEST_CASE("a function's model holds what pg_proc holds, defaults made explicit") {
  SchemaModel m = model(
      "CREATE FUNCTION add(a integer, b varchar(10) DEFAULT 'x', OUT total int, INOUT n numeric(5,2) = 1)\n"
      "  LANGUAGE sql IMMUTABLE STRICT AS $body$ SELECT a + 1, n $body$;");
  REQUIRE(m.functions.size() == 1);
  const Function &f = m.functions[0];
  CHECK(f.signature() == "public.add(integer, character varying, numeric)");
  CHECK(f.return_type.sql() == "record");  // two OUT parameters
  CHECK_FALSE(f.returns_set);
  CHECK(f.language == "sql");
  CHECK(f.volatility == 'i');
  CHECK(f.strict);
  CHECK(f.cost == 100);
  CHECK(f.rows == 0);
  CHECK(f.body == " SELECT a + 1, n ");
  REQUIRE(f.args.size() == 4);
  CHECK(f.args[1].type.sql() == "character varying");  // the typmod is dropped
  REQUIRE(f.args[1].default_value);
  CHECK(f.args[1].default_value->text == "'x'::character varying");
  CHECK(f.args[2].mode == 'o');
  CHECK(f.args[3].mode == 'b');
  CHECK(f.args[3].default_value->exact);
}

TEST_CASE("RETURNS TABLE, SETOF, procedures, SET and other attributes") {
  SchemaModel m = model(
      "CREATE FUNCTION one(x int) RETURNS TABLE(y int) LANGUAGE plpgsql AS $$BEGIN RETURN QUERY SELECT x; END$$;\n"
      "CREATE FUNCTION many() RETURNS SETOF text LANGUAGE sql STABLE ROWS 5 COST 2.5 PARALLEL SAFE LEAKPROOF\n"
      "  SECURITY DEFINER SET search_path = public, pg_temp SET work_mem TO '64MB' AS 'SELECT ''a''';\n"
      "CREATE PROCEDURE p(a int, OUT b int) LANGUAGE plpgsql AS $$BEGIN b := a; END$$;\n"
      "CREATE PROCEDURE q(a int) LANGUAGE sql AS $$SELECT 1$$;\n");
  REQUIRE(m.functions.size() == 4);
  const Function &many = m.functions[0], &one = m.functions[1], &p = m.functions[2], &q = m.functions[3];
  CHECK(one.return_type.sql() == "integer");
  CHECK(one.returns_set);
  CHECK(one.rows == 1000);
  CHECK(one.args[1].mode == 't');
  CHECK(many.rows == 5);
  CHECK(many.cost == 2.5f);
  CHECK(many.parallel == 's');
  CHECK(many.leakproof);
  CHECK(many.security_definer);
  CHECK(many.body == "SELECT 'a'");
  CHECK(many.config == std::vector<std::string>{"search_path=public, pg_temp", "work_mem=64MB"});
  CHECK(p.isProcedure());
  CHECK(p.return_type.sql() == "record");
  CHECK(q.return_type.sql() == "void");
}

TEST_CASE("overloads are distinct functions") {
  SchemaModel m = model(
      "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
      "CREATE FUNCTION f(text) RETURNS int LANGUAGE sql AS 'SELECT 2';\n"
      "CREATE OR REPLACE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 3';\n"
      "COMMENT ON FUNCTION f(text) IS 'the text one';\n");
  REQUIRE(m.functions.size() == 2);
  CHECK(m.functions[0].signature() == "public.f(integer)");
  CHECK(m.functions[0].body == "SELECT 3");
  CHECK(m.functions[1].comment == std::optional<std::string>("the text one"));
}

TEST_CASE("what PostgreSQL refuses, and what pgshift does not support, is an error with a position") {
  CHECK(errorOf("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2';")
            .find("a.sql:2:1: function \"f\" already exists with same argument types") != std::string::npos);
  CHECK(errorOf("CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1;").find("a.sql:1:46: unsupported: SQL-standard function body") !=
        std::string::npos);
  CHECK(errorOf("CREATE FUNCTION f(x t.a%TYPE) RETURNS int LANGUAGE sql AS 'SELECT 1';").find("unsupported: %TYPE") !=
        std::string::npos);
  CHECK(errorOf("CREATE FUNCTION f() RETURNS int LANGUAGE sql SET search_path FROM CURRENT AS 'SELECT 1';")
            .find("unsupported: SET ... FROM CURRENT") != std::string::npos);
  CHECK(errorOf("CREATE FUNCTION f() RETURNS int LANGUAGE sql ROWS 3 AS 'SELECT 1';").find("ROWS is not applicable") !=
        std::string::npos);
  CHECK(errorOf("CREATE FUNCTION f(a int DEFAULT 1, b int) RETURNS int LANGUAGE sql AS 'SELECT 1';")
            .find("input parameters after one with a default value must also have defaults") != std::string::npos);
  CHECK(errorOf("CREATE FUNCTION f() RETURNS int AS 'SELECT 1';").find("no language specified") != std::string::npos);
  CHECK(errorOf("CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION f();")
            .find("unsupported statement: CREATE EVENT TRIGGER") != std::string::npos);
  CHECK(errorOf(std::string(kTable) + "CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION nope();")
            .find("function nope() does not exist") != std::string::npos);
  CHECK(errorOf(std::string(kTable) + "ALTER TABLE t DISABLE TRIGGER ALL;").find("unsupported ALTER TABLE action") !=
        std::string::npos);
}

TEST_CASE("a trigger's model: tgtype bits, columns, arguments and WHEN as pg_get_triggerdef prints it") {
  SchemaModel m = model(std::string(kTable) + kTriggerFunction +
                        "CREATE TRIGGER audit BEFORE UPDATE OF b, a OR INSERT ON t FOR EACH ROW\n"
                        "  WHEN (OLD.b IS DISTINCT FROM NEW.b AND new.a > 1) EXECUTE PROCEDURE trg('x', 1, foo);\n"
                        "COMMENT ON TRIGGER audit ON t IS 'audits';\n");
  REQUIRE(m.triggers.size() == 1);
  const Trigger &t = m.triggers[0];
  CHECK(t.type == (trigger_type::row | trigger_type::before | trigger_type::insert | trigger_type::update));
  CHECK(t.columns == std::vector<Identifier>{Identifier::exact("b"), Identifier::exact("a")});
  CHECK(t.args == std::vector<std::string>{"x", "1", "foo"});
  CHECK(t.function.sql() == "public.trg");
  REQUIRE(t.when);
  CHECK(t.when->text == "((old.b IS DISTINCT FROM new.b) AND (new.a > 1))");
  CHECK(t.when->exact);
  CHECK(t.comment == std::optional<std::string>("audits"));
}

TEST_CASE("a default calling a user function is analyzed exactly") {
  SchemaModel m = model(
      "CREATE FUNCTION next_code(prefix text) RETURNS text LANGUAGE sql AS $$SELECT prefix || '1'$$;\n"
      "CREATE TABLE t (code text DEFAULT next_code('A'), CHECK (next_code(code) <> ''));\n");
  const Column &c = m.tables[0].columns[0];
  REQUIRE(c.default_value);
  CHECK(c.default_value->exact);
  CHECK(c.default_value->text == "public.next_code('A'::text)");
  CHECK(c.default_value->functions == std::vector<QualifiedName>{{Identifier::exact("public"), Identifier::exact("next_code")}});
}

TEST_CASE("CREATE OR REPLACE only where PostgreSQL allows it both ways") {
  auto f = [](const std::string &sql) { return model(sql).functions.at(0); };
  Function base = f("CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';");
  CHECK(diff::replaceableInPlace(base, f("CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql STABLE AS 'SELECT a + 1';")));
  CHECK_FALSE(diff::replaceableInPlace(base, f("CREATE FUNCTION f(a int) RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';")));
  CHECK_FALSE(diff::replaceableInPlace(base, f("CREATE FUNCTION f(b int) RETURNS int LANGUAGE sql AS 'SELECT b';")));
  CHECK_FALSE(diff::replaceableInPlace(base, f("CREATE FUNCTION f(a int DEFAULT 1) RETURNS int LANGUAGE sql AS 'SELECT a';")));
  CHECK_FALSE(diff::replaceableInPlace(base, f("CREATE PROCEDURE f(a int) LANGUAGE sql AS 'SELECT a';")));
}

TEST_CASE("plans: create, replace, drop and re-create with dependents around it") {
  const std::string v1 = std::string(kTable) + kTriggerFunction +
                         "CREATE FUNCTION pos(x int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$SELECT x > 0$$;\n"
                         "ALTER TABLE t ADD CONSTRAINT a_pos CHECK (pos(a));\n"
                         "CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();\n";
  SUBCASE("nothing changes") { CHECK(plan(v1, v1).steps.empty()); }
  SUBCASE("a body changes: CREATE OR REPLACE, and back") {
    std::string v2 = v1;
    v2.replace(v2.find("x > 0"), 5, "x >= 0");
    auto p = plan(v1, v2);
    CHECK(listing(p) == "expand: replace function public.pos(integer)\n");
    CHECK(statements(p).find("CREATE OR REPLACE FUNCTION public.pos(x integer)\n RETURNS boolean\n LANGUAGE sql IMMUTABLE COST 100\n"
                             "AS $function$SELECT x >= 0$function$;") != std::string::npos);
    CHECK(reverses(p).find("$function$SELECT x > 0$function$") != std::string::npos);
  }
  SUBCASE("a parameter is renamed: drop and create, the check around it") {
    std::string v2 = v1;
    v2.replace(v2.find("pos(x int)"), 10, "pos(y int)");
    v2.replace(v2.find("SELECT x > 0"), 12, "SELECT y > 0");
    auto p = plan(v1, v2);
    std::string l = listing(p);
    CHECK(l.find("drop function public.pos(integer) to re-create it") != std::string::npos);
    auto at = [&](const std::string &s) { return l.find(s); };
    CHECK(at("drop constraint") < at("drop function public.pos(integer) to re-create it"));
    CHECK(at("drop function public.pos(integer) to re-create it") < at("re-create function public.pos(integer)"));
    CHECK(at("re-create function public.pos(integer)") < at("add constraint"));
    CHECK(l.find("trigger") == std::string::npos);  // the trigger's function is not re-created
  }
  SUBCASE("a trigger changes: one step drops and creates it") {
    std::string v2 = v1;
    v2.replace(v2.find("AFTER INSERT"), 12, "AFTER INSERT OR DELETE");
    auto p = plan(v1, v2);
    CHECK(listing(p) == "expand: replace trigger tr on public.t\n");
    CHECK(statements(p) == "DROP TRIGGER tr ON public.t;\n"
                           "CREATE TRIGGER tr AFTER INSERT OR DELETE ON public.t FOR EACH ROW EXECUTE FUNCTION public.trg();\n");
  }
  SUBCASE("everything dropped: triggers first, functions after the table's check") {
    auto p = plan(v1, "");
    std::string l = listing(p);
    CHECK(l.find("drop trigger tr on public.t") < l.find("drop function public.trg()"));
    CHECK(l.find("drop table public.t") < l.find("drop function public.pos(integer)"));
  }
  SUBCASE("everything created: functions before the table's check and the trigger") {
    auto p = plan("", v1);
    std::string l = listing(p);
    CHECK(l.find("create function public.pos(integer)") < l.find("create table public.t"));
    CHECK(l.find("create function public.trg()") < l.find("create trigger tr on public.t"));
  }
}

TEST_CASE("an SQL function comes after the tables its body names") {
  auto p = plan("", "CREATE FUNCTION n() RETURNS bigint LANGUAGE sql AS $$SELECT count(*) FROM items$$;\n"
                    "CREATE TABLE items (id int);\n");
  std::string l = listing(p);
  CHECK(l.find("create table public.items") < l.find("create function public.n()"));
}
