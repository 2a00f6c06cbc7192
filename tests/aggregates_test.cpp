// Aggregates offline: the front end's model (PostgreSQL's defaults and errors), the
// diff (CREATE OR REPLACE, or drop and create) and the planner's statements and order.
#include <doctest/doctest.h>

#include <string>

#include "compiler/diff/diff.h"
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

std::string firstLine(const std::string &sql);

std::string errorOf(const std::string &sql) {
  try {
    model(sql);
  } catch (const DiagnosticError &e) {
    return e.what();
  }
  return "(no error)";
}

// The error's first line (the rest quotes the source).
std::string firstLine(const std::string &sql) {
  std::string e = errorOf(sql);
  return e.substr(0, e.find('\n'));
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

size_t at(const std::string &text, const std::string &what) {
  size_t i = text.find(what);
  INFO(what, " in:\n", text);
  REQUIRE(i != std::string::npos);
  return i;
}

const char *kSupport =
    "CREATE FUNCTION add2(int, int) RETURNS int LANGUAGE sql AS 'select $1 + $2';\n"
    "CREATE FUNCTION fin(int) RETURNS text LANGUAGE sql AS 'select $1::text';\n";

}  // namespace

TEST_CASE("an aggregate's model: pg_proc's constants, pg_aggregate's defaults, the final function's result") {
  SchemaModel m = model(std::string(kSupport) +
                        "CREATE AGGREGATE total(int) (SFUNC = add2, STYPE = int, INITCOND = '0', FINALFUNC = fin,"
                        " PARALLEL = safe);\n"
                        "CREATE AGGREGATE cnt(*) (sfunc = int8inc, stype = int8, initcond = '0');\n");
  const Function *total = nullptr, *cnt = nullptr;
  for (const auto &f : m.functions) {
    if (f.name.name.str() == "total") total = &f;
    if (f.name.name.str() == "cnt") cnt = &f;
  }
  REQUIRE(total);
  REQUIRE(cnt);
  CHECK(total->isAggregate());
  REQUIRE(total->aggregate);
  const Aggregate &a = *total->aggregate;
  CHECK(a.kind == 'n');
  CHECK(a.transition.sql() == "public.add2");
  CHECK(a.final_function->sql() == "public.fin");
  CHECK(a.state_type.sql() == "integer");
  CHECK(a.initial_value == "0");
  CHECK(a.final_modify == 'r');
  CHECK(a.moving_final_modify == 'r');
  CHECK(total->return_type.sql() == "text");  // the final function's
  CHECK(total->parallel == 's');
  CHECK(total->language == "internal");
  CHECK(total->volatility == 'i');
  CHECK(total->cost == 1);
  CHECK(total->aggregateSignature() == "public.total(integer)");
  CHECK(cnt->aggregate->transition.sql() == "pg_catalog.int8inc");
  CHECK(cnt->return_type.sql() == "bigint");  // the state type
  CHECK(cnt->aggregateSignature() == "public.cnt(*)");
  CHECK(cnt->signature() == "public.cnt()");
}

TEST_CASE("ordered-set and hypothetical-set aggregates: direct arguments, READ_WRITE by default") {
  SchemaModel m = model(
      "CREATE FUNCTION pfin(float8[], float8) RETURNS float8 LANGUAGE sql AS 'select $1[1] * $2';\n"
      "CREATE AGGREGATE pct(float8 ORDER BY float8) (SFUNC = array_append, STYPE = float8[], FINALFUNC = pfin);\n"
      "CREATE FUNCTION hfin(int[], int, int) RETURNS bigint LANGUAGE sql AS 'select 1::bigint';\n"
      "CREATE AGGREGATE hrank(int ORDER BY int) (SFUNC = array_append, STYPE = int[], FINALFUNC = hfin,"
      " FINALFUNC_EXTRA, HYPOTHETICAL);\n"
      "CREATE AGGREGATE hyp(VARIADIC \"any\" ORDER BY VARIADIC \"any\") (SFUNC = ordered_set_transition_multi,"
      " STYPE = internal);\n");
  const Function *pct = nullptr, *hrank = nullptr, *hyp = nullptr;
  for (const auto &f : m.functions) {
    if (f.name.name.str() == "pct") pct = &f;
    if (f.name.name.str() == "hrank") hrank = &f;
    if (f.name.name.str() == "hyp") hyp = &f;
  }
  REQUIRE(pct);
  REQUIRE(hrank);
  REQUIRE(hyp);
  CHECK(pct->aggregate->kind == 'o');
  CHECK(pct->aggregate->direct_args == 1);
  CHECK(pct->aggregate->final_modify == 'w');
  CHECK(pct->return_type.sql() == "double precision");
  CHECK(pct->aggregateSignature() == "public.pct(double precision ORDER BY double precision)");
  CHECK(hrank->aggregate->kind == 'h');
  CHECK(hrank->aggregate->final_extra);
  CHECK(hrank->return_type.sql() == "bigint");
  CHECK(hyp->args.size() == 1);  // VARIADIC "any" ORDER BY VARIADIC "any" is one argument
  CHECK(hyp->aggregate->direct_args == 1);
  CHECK(hyp->aggregate->transition.sql() == "pg_catalog.ordered_set_transition_multi");  // not in the catalog snapshot
  CHECK(hyp->aggregateSignature() == "public.hyp(VARIADIC \"any\" ORDER BY VARIADIC \"any\")");
}

TEST_CASE("a polymorphic final function's result is resolved from the state type") {
  SchemaModel m = model(
      "CREATE FUNCTION first_fin(anyarray) RETURNS anyelement LANGUAGE sql AS 'select $1[1]';\n"
      "CREATE AGGREGATE firstf(float8) (SFUNC = array_append, STYPE = float8[], FINALFUNC = first_fin);\n"
      "CREATE AGGREGATE acc(anycompatible) (SFUNC = array_append, STYPE = anycompatiblearray, INITCOND = '{}');\n");
  for (const auto &f : m.functions) {
    if (f.name.name.str() == "firstf") CHECK(f.return_type.sql() == "double precision");
    if (f.name.name.str() == "acc") CHECK(f.return_type.sql() == "anycompatiblearray");
  }
  CHECK(firstLine("CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int, FINALFUNC = numeric_avg);") ==
        "a.sql:1:55: unsupported: final function pg_catalog.numeric_avg with 1 argument(s): pgshift's catalog does not know "
        "it (built-in functions taking internal are left out)");
}

TEST_CASE("comments, owners and grants on aggregates as pg_dump writes them") {
  SchemaModel m = model(std::string(kSupport) +
                        "CREATE AGGREGATE total(int) (SFUNC = add2, STYPE = int);\n"
                        "CREATE AGGREGATE cnt(*) (sfunc = int8inc, stype = int8, initcond = '0');\n"
                        "COMMENT ON AGGREGATE public.total(integer) IS 'sum';\n"
                        "COMMENT ON AGGREGATE cnt(*) IS 'count';\n"
                        "ALTER AGGREGATE public.total(integer) OWNER TO postgres;\n"
                        "REVOKE ALL ON FUNCTION public.total(integer) FROM PUBLIC;\n"
                        "GRANT ALL ON FUNCTION public.cnt() TO postgres;\n");
  for (const auto &f : m.functions) {
    if (f.name.name.str() == "total") {
      CHECK(f.comment == "sum");
      CHECK(f.owner == Identifier::exact("postgres"));
      CHECK(f.acl != defaultAcl(AclObject::function));
    }
    if (f.name.name.str() == "cnt") CHECK(f.comment == "count");
  }
}

TEST_CASE("what PostgreSQL refuses in CREATE AGGREGATE is refused with its position") {
  CHECK(firstLine("CREATE AGGREGATE a(int) (STYPE = int);") == "a.sql:1:1: aggregate sfunc must be specified");
  CHECK(firstLine("CREATE AGGREGATE a(int) (SFUNC = int4pl);") == "a.sql:1:1: aggregate stype must be specified");
  CHECK(firstLine("CREATE AGGREGATE a(int) (SFUNC = s.nope, STYPE = int);") ==
        "a.sql:1:26: function s.nope(integer, integer) does not exist");
  CHECK(firstLine("CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int, BOGUS = 1);") ==
        "a.sql:1:55: aggregate attribute \"bogus\" not recognized");
  CHECK(firstLine("CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int, MSFUNC = int4pl);") ==
        "a.sql:1:55: aggregate msfunc must not be specified without mstype");
  CHECK(firstLine("CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int, HYPOTHETICAL);") ==
        "a.sql:1:55: only ordered-set aggregates can be hypothetical");
  CHECK(firstLine("CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int, PARALLEL = maybe);") ==
        "a.sql:1:55: parameter \"parallel\" must be SAFE, RESTRICTED, or UNSAFE");
  CHECK(firstLine("CREATE AGGREGATE a(OUT x int) (SFUNC = int4pl, STYPE = int);") ==
        "a.sql:1:20: aggregates cannot have output arguments");
  CHECK(firstLine("CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int);\n"
                "CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int);") ==
        "a.sql:2:1: function \"a\" already exists with same argument types");
  CHECK(firstLine("CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int);\n"
                "CREATE OR REPLACE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int8, FINALFUNC = int8up);") !=
        "(no error)");
  CHECK(firstLine("CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'select 1';\n"
                "COMMENT ON AGGREGATE f(int) IS 'x';") == "a.sql:2:1: function public.f(integer) is not an aggregate");
}

TEST_CASE("the old CREATE AGGREGATE syntax and ALTER AGGREGATE other than OWNER TO are refused by name") {
  CHECK(firstLine("CREATE AGGREGATE a (BASETYPE = int, SFUNC = int4pl, STYPE = int);") ==
        "a.sql:1:1: unsupported statement: CREATE AGGREGATE in the old syntax (BASETYPE = ...); write CREATE AGGREGATE "
        "name (argtype) (...)");
  CHECK(firstLine("CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int);\nALTER AGGREGATE a(int) RENAME TO b;") ==
        "a.sql:2:1: unsupported statement: ALTER AGGREGATE ... RENAME");
  CHECK(firstLine("CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int);\nALTER AGGREGATE a(int) OWNER TO r;") ==
        "(no error)");
}

TEST_CASE("CREATE OR REPLACE AGGREGATE in the file replaces it, keeping comment and owner") {
  SchemaModel m = model(
      "CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int);\n"
      "COMMENT ON AGGREGATE a(int) IS 'kept';\n"
      "CREATE OR REPLACE AGGREGATE a(int) (SFUNC = int4larger, STYPE = int, INITCOND = '0');\n");
  REQUIRE(m.functions.size() == 1);
  CHECK(m.functions[0].aggregate->transition.sql() == "pg_catalog.int4larger");
  CHECK(m.functions[0].comment == "kept");
}

TEST_CASE("a new aggregate comes after its support functions, a dropped one goes before them") {
  const std::string with = std::string(kSupport) +
                           "CREATE AGGREGATE total(int) (SFUNC = add2, STYPE = int, FINALFUNC = fin);\n"
                           "COMMENT ON AGGREGATE total(int) IS 'sum';\n";
  planner::Plan up = plan("", with);
  const std::string sql = statements(up);
  CHECK(at(sql, "CREATE FUNCTION public.add2") < at(sql, "CREATE AGGREGATE public.total(integer)"));
  CHECK(at(sql, "CREATE FUNCTION public.fin") < at(sql, "CREATE AGGREGATE public.total(integer)"));
  CHECK(sql.find("SFUNC = public.add2,\n    STYPE = integer,\n    FINALFUNC = public.fin\n)") != std::string::npos);
  CHECK(sql.find("COMMENT ON AGGREGATE public.total(integer) IS 'sum'") != std::string::npos);
  const std::string down = reverses(up);
  CHECK(at(down, "DROP AGGREGATE public.total(integer)") < at(down, "DROP FUNCTION public.add2"));

  planner::Plan drop = plan(with, "");
  const std::string dropped = statements(drop);
  CHECK(at(dropped, "DROP AGGREGATE public.total(integer)") < at(dropped, "DROP FUNCTION public.add2"));
  CHECK(at(dropped, "DROP AGGREGATE public.total(integer)") < at(dropped, "DROP FUNCTION public.fin"));
  const std::string back = reverses(drop);
  CHECK(at(back, "CREATE FUNCTION public.add2") < at(back, "CREATE AGGREGATE public.total(integer)"));
}

TEST_CASE("a changed aggregate: CREATE OR REPLACE when PostgreSQL allows it, else drop and create") {
  const std::string v1 = "CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int);\n";
  planner::Plan in_place = plan(v1, "CREATE AGGREGATE a(int) (SFUNC = int4larger, STYPE = int, PARALLEL = safe);\n");
  CHECK(listing(in_place) == "expand: replace aggregate public.a(integer)\n");
  CHECK(statements(in_place).find("CREATE OR REPLACE AGGREGATE public.a(integer)") != std::string::npos);
  CHECK(reverses(in_place).find("CREATE OR REPLACE AGGREGATE public.a(integer) (\n    SFUNC = pg_catalog.int4pl") !=
        std::string::npos);

  // The result type changes: PostgreSQL refuses to replace it.
  planner::Plan recreated = plan(v1, "CREATE AGGREGATE a(int) (SFUNC = int8inc_any, STYPE = int8);\n");
  const std::string sql = statements(recreated);
  CHECK(at(sql, "DROP AGGREGATE public.a(integer)") < at(sql, "CREATE AGGREGATE public.a(integer)"));

  // Only the comment.
  planner::Plan comment = plan(v1, v1 + "COMMENT ON AGGREGATE a(int) IS 'x';\n");
  CHECK(statements(comment) == "COMMENT ON AGGREGATE public.a(integer) IS 'x';\n");
  CHECK(reverses(comment) == "COMMENT ON AGGREGATE public.a(integer) IS NULL;\n");
}

TEST_CASE("an aggregate made of a function that is re-created is dropped before it and created after") {
  const std::string v1 = "CREATE FUNCTION st(int, int) RETURNS int LANGUAGE sql AS 'select $1 + $2';\n"
                         "CREATE AGGREGATE a(int) (SFUNC = st, STYPE = int);\n";
  // Renaming the parameter: the function must be dropped and created.
  const std::string v2 = "CREATE FUNCTION st(x int, int) RETURNS int LANGUAGE sql AS 'select $1 + $2';\n"
                         "CREATE AGGREGATE a(int) (SFUNC = st, STYPE = int);\n";
  const std::string sql = statements(plan(v1, v2));
  CHECK(at(sql, "DROP AGGREGATE public.a(integer)") < at(sql, "DROP FUNCTION public.st(integer, integer)"));
  CHECK(at(sql, "CREATE FUNCTION public.st(") < at(sql, "CREATE AGGREGATE public.a(integer)"));
}

TEST_CASE("a view calling a user aggregate is created after it and dropped before it") {
  const std::string agg = "CREATE TABLE t (x int);\nCREATE AGGREGATE mysum(int) (SFUNC = int4pl, STYPE = int);\n";
  const std::string with_view = agg + "CREATE VIEW v AS SELECT mysum(x) AS s FROM t;\n";
  SchemaModel m = model(with_view);  // the view's query analyzes
  REQUIRE(m.views.size() == 1);
  const std::string up = statements(plan("CREATE TABLE t (x int);\n", with_view));
  CHECK(at(up, "CREATE AGGREGATE public.mysum") < at(up, "CREATE VIEW public.v"));
  const std::string down = statements(plan(with_view, "CREATE TABLE t (x int);\n"));
  CHECK(at(down, "DROP VIEW public.v") < at(down, "DROP AGGREGATE public.mysum"));
  // Re-created (its result type changes): the view goes around it.
  const std::string changed =
      statements(plan(with_view, "CREATE TABLE t (x int);\nCREATE AGGREGATE mysum(int) (SFUNC = int4pl, STYPE = int,"
                                 " FINALFUNC = chr);\nCREATE VIEW v AS SELECT mysum(x) AS s FROM t;\n"));
  CHECK(at(changed, "DROP VIEW public.v") < at(changed, "DROP AGGREGATE public.mysum"));
  CHECK(at(changed, "CREATE AGGREGATE public.mysum") < at(changed, "CREATE VIEW public.v"));
}

TEST_CASE("an unchanged aggregate plans nothing") {
  const std::string sql = std::string(kSupport) +
                          "CREATE AGGREGATE total(int) (SFUNC = add2, STYPE = int, FINALFUNC = fin, COMBINEFUNC = add2,"
                          " SORTOP = >, MSFUNC = add2, MINVFUNC = add2, MSTYPE = int, MINITCOND = '0');\n";
  CHECK(plan(sql, sql).steps.empty());
}
