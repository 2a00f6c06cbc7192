// User-defined types (enums, domains, composite and range types) through every offline
// stage: the front end's model, normalization against the schema's own catalog, the
// diff, and the planner's steps with their reverses and order.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/diff.h"
#include "compiler/frontend/diagnostic.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "compiler/normalize/schema_catalog.h"
#include "planner/plan.h"

using namespace pgshift;

namespace {

LoadedSchema load(const std::string &sql) {
  std::vector<SourceText> scripts{SourceText{"a.sql", sql}};
  LoadedSchema s = readSchema(scripts);
  normalizeModel(s, builtins::Catalog::builtin(), scripts);
  return s;
}

std::string errorOf(const std::string &sql) {
  try {
    load(sql);
  } catch (const DiagnosticError &e) {
    std::string text = e.diagnostics().front().format();
    return text.substr(0, text.find('\n'));
  }
  return "(no error)";
}

planner::Plan plan(const std::string &from, const std::string &to) {
  SchemaModel a = load(from).model, b = load(to).model;
  return planner::buildPlan(diff::diffModels(a, b), a, b, builtins::Catalog::builtin());
}

std::string statements(const planner::Plan &p, bool reverse = false) {
  std::string out;
  for (const auto &s : p.steps)
    for (const auto &sql : reverse ? s.reverse : s.statements) out += sql + "\n";
  return out;
}

long position(const planner::Plan &p, const std::string &summary) {
  for (size_t i = 0; i < p.steps.size(); ++i)
    if (p.steps[i].summary == summary) return static_cast<long>(i);
  return -1;
}

const planner::Step *step(const planner::Plan &p, const std::string &summary) {
  long i = position(p, summary);
  return i < 0 ? nullptr : &p.steps[static_cast<size_t>(i)];
}

}  // namespace

// ---------------------------------------------------------------- front end

TEST_CASE("enums: CREATE TYPE, ADD VALUE with BEFORE/AFTER/IF NOT EXISTS, RENAME VALUE") {
  LoadedSchema s = load(R"(
    CREATE SCHEMA app;
    SET search_path = app;
    CREATE TYPE mood AS ENUM ('sad', 'ok');
    ALTER TYPE mood ADD VALUE 'happy';
    ALTER TYPE app.mood ADD VALUE 'meh' BEFORE 'ok';
    ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok';
    ALTER TYPE mood ADD VALUE 'glad' AFTER 'meh';
    ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';
    ALTER TYPE mood OWNER TO someone;
    CREATE TABLE t (m mood, ms mood[]);
  )");
  REQUIRE(s.model.enums.size() == 1);
  CHECK(s.model.enums[0].name.sql() == "app.mood");
  CHECK(s.model.enums[0].values == std::vector<std::string>{"blue", "meh", "glad", "ok", "happy"});
  const Table &t = s.model.tables.at(0);
  CHECK(t.columns[0].type.sql() == "app.mood");
  CHECK(t.columns[1].type.sql() == "app.mood[]");
}

TEST_CASE("enums: errors as PostgreSQL raises them") {
  CHECK(errorOf("CREATE TYPE m AS ENUM ('a', 'a');") == "a.sql:1:1: enum label \"a\" used more than once");
  CHECK(errorOf("CREATE TYPE m AS ENUM ('a'); ALTER TYPE m ADD VALUE 'a';") == "a.sql:1:30: enum label \"a\" already exists");
  CHECK(errorOf("CREATE TYPE m AS ENUM ('a'); ALTER TYPE m ADD VALUE 'b' AFTER 'x';") ==
        "a.sql:1:30: \"x\" is not an existing enum label");
  CHECK(errorOf("CREATE TYPE m AS ENUM ('a'); CREATE TYPE m AS ENUM ('b');") == "a.sql:1:30: type \"m\" already exists");
  CHECK(errorOf("CREATE TABLE t (a nosuchtype);").find("type \"nosuchtype\" does not exist") != std::string::npos);
  CHECK(errorOf("CREATE DOMAIN d AS int; ALTER TYPE d ADD VALUE 'x';") == "a.sql:1:25: d is not an enum");
  CHECK(errorOf("CREATE TYPE b AS (x int, y text); CREATE TYPE c (INPUT = f, OUTPUT = g);")
            .find("unsupported: CREATE TYPE of a base or shell type") != std::string::npos);
}

TEST_CASE("domains: constraints, generated check names, VALUE printed as PostgreSQL prints it") {
  LoadedSchema s = load(R"(
    CREATE DOMAIN posint AS integer DEFAULT 1 NOT NULL CHECK (VALUE > 0) CHECK (VALUE < 1000);
    CREATE DOMAIN code text COLLATE "C" CONSTRAINT code_len CHECK (length(VALUE) = 3);
    ALTER DOMAIN code ADD CHECK (VALUE <> 'XXX') NOT VALID;
    ALTER DOMAIN posint DROP CONSTRAINT posint_check1;
    ALTER DOMAIN posint ADD CHECK (VALUE <> 7);
    ALTER DOMAIN posint DROP NOT NULL;
    ALTER DOMAIN posint SET DEFAULT 2;
    CREATE TABLE t (a posint DEFAULT 5, c code);
  )");
  REQUIRE(s.model.domains.size() == 2);
  const Domain &code = s.model.domains[0], &posint = s.model.domains[1];
  CHECK(code.collation->sql() == "pg_catalog.\"C\"");
  REQUIRE(code.checks.size() == 2);
  CHECK(code.checks[0].name.str() == "code_check");
  CHECK(code.checks[0].check.text == "(VALUE <> 'XXX'::text)");
  CHECK_FALSE(code.checks[0].validated);
  CHECK(code.checks[1].check.text == "(length(VALUE) = 3)");
  CHECK_FALSE(posint.not_null);
  CHECK(posint.default_value->text == "2");
  REQUIRE(posint.checks.size() == 2);
  // posint_check1 was dropped, so the new check takes that name again.
  CHECK(posint.checks[0].name.str() == "posint_check");
  CHECK(posint.checks[1].name.str() == "posint_check1");
  CHECK(posint.checks[1].check.text == "(VALUE <> 7)");
  CHECK(s.model.tables[0].columns[0].default_value->text == "5");
  CHECK(s.model.tables[0].columns[0].default_value->exact);
}

TEST_CASE("composite and range types") {
  LoadedSchema s = load(R"(
    CREATE TYPE pair AS (a int, b text COLLATE "C", c varchar(5));
    ALTER TYPE pair ADD ATTRIBUTE d numeric(4,1), DROP ATTRIBUTE a, ALTER ATTRIBUTE c TYPE text;
    CREATE TYPE floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
    CREATE TYPE textrange AS RANGE (SUBTYPE = text, COLLATION = "C", MULTIRANGE_TYPE_NAME = texts, SUBTYPE_OPCLASS = text_ops);
    COMMENT ON TYPE pair IS 'two';
    CREATE TABLE t (p pair, r floatrange, m floatmultirange);
  )");
  REQUIRE(s.model.composites.size() == 1);
  const CompositeType &pair = s.model.composites[0];
  REQUIRE(pair.attributes.size() == 3);
  CHECK(pair.attributes[0].name.str() == "b");
  CHECK(pair.attributes[0].collation->sql() == "pg_catalog.\"C\"");
  CHECK(pair.attributes[1].type.sql() == "text");
  CHECK(pair.attributes[2].type.sql() == "numeric(4,1)");
  CHECK(pair.comment == "two");
  REQUIRE(s.model.ranges.size() == 2);
  CHECK(s.model.ranges[0].multirange.sql() == "public.floatmultirange");
  CHECK(s.model.ranges[0].subtype_diff->sql() == "pg_catalog.float8mi");
  CHECK(s.model.ranges[1].multirange.sql() == "public.texts");
  CHECK_FALSE(s.model.ranges[1].subtype_opclass.has_value());  // text_ops is text's default
  CHECK(s.model.tables[0].columns[2].type.sql() == "public.floatmultirange");
}

// ---------------------------------------------------------------- analysis catalog

TEST_CASE("schema catalog: expressions over user types analyze as PostgreSQL prints them") {
  LoadedSchema s = load(R"(
    CREATE TYPE mood AS ENUM ('sad', 'happy');
    CREATE DOMAIN d AS text;
    CREATE TABLE t (m mood DEFAULT 'happy', n mood DEFAULT 'sad'::mood, x d DEFAULT 'a', y d DEFAULT 'a'::d,
                    CHECK (m > 'sad'), CHECK (x <> 'b'));
    CREATE INDEX ON t (m) WHERE m = 'happy';
  )");
  const Table &t = s.model.tables[0];
  CHECK(t.columns[0].default_value->text == "'happy'::public.mood");
  CHECK(t.columns[1].default_value->text == "'sad'::public.mood");
  CHECK(t.columns[2].default_value->text == "'a'::text");
  CHECK(t.columns[3].default_value->text == "('a'::text)::public.d");
  CHECK(t.constraints[0].check->text == "(m > 'sad'::public.mood)");
  CHECK(t.constraints[1].check->text == "((x)::text <> 'b'::text)");
  CHECK(s.model.indexes[0].predicate->text == "(m = 'happy'::public.mood)");
  CHECK(s.notes.empty());
  builtins::Catalog catalog = buildSchemaCatalog(s.model);
  const builtins::TypeInfo *mood = catalog.typeByName("mood", "public");
  REQUIRE(mood != nullptr);
  CHECK(mood->oid >= builtins::kFirstUserOid);
  CHECK(catalog.isEnum(mood->oid));
  CHECK(catalog.arrayOf(mood->oid) != builtins::kInvalidOid);
}

// ---------------------------------------------------------------- diff and planner

TEST_CASE("enum values added: ALTER TYPE ADD VALUE on its own, before what uses the value — a swap going back") {
  auto p = plan(R"(CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE t (m mood DEFAULT 'ok');)",
                R"(CREATE TYPE mood AS ENUM ('new', 'sad', 'meh', 'ok', 'happy'); CREATE TABLE t (m mood DEFAULT 'happy');)");
  const planner::Step *add = step(p, "add values to enum public.mood");
  REQUIRE(add != nullptr);
  CHECK_FALSE(add->transactional);
  CHECK(add->statements == std::vector<std::string>{"ALTER TYPE public.mood ADD VALUE 'new' BEFORE 'sad'",
                                                    "ALTER TYPE public.mood ADD VALUE 'meh' AFTER 'sad'",
                                                    "ALTER TYPE public.mood ADD VALUE 'happy' AFTER 'ok'"});
  CHECK(position(p, "add values to enum public.mood") < position(p, "set default of public.t.m"));
  CHECK(add->reverse.front() == "CREATE TYPE public.mood__pgshift_new AS ENUM ('sad', 'ok')");
  CHECK(std::find(add->reverse.begin(), add->reverse.end(),
                  "ALTER TABLE public.t ALTER COLUMN m TYPE public.mood__pgshift_new USING m::text::public.mood__pgshift_new") !=
        add->reverse.end());
  REQUIRE_FALSE(add->hazards.empty());
}

TEST_CASE("enum values removed or reordered: the safe type swap, with defaults, arrays and checks around it") {
  auto p = plan(R"(CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                   CREATE TABLE t (m mood DEFAULT 'ok', ms mood[], CHECK (m <> 'sad'));)",
                R"(CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');
                   CREATE TABLE t (m mood DEFAULT 'ok', ms mood[], CHECK (m <> 'sad'));)");
  REQUIRE(p.steps.size() == 1);
  const planner::Step &s = p.steps[0];
  CHECK(s.phase == planner::Phase::contract);
  CHECK(statements(p) ==
        "ALTER TABLE public.t DROP CONSTRAINT t_m_check\n"
        "CREATE TYPE public.mood__pgshift_new AS ENUM ('happy', 'ok', 'sad')\n"
        "ALTER TABLE public.t ALTER COLUMN m DROP DEFAULT\n"
        "ALTER TABLE public.t ALTER COLUMN m TYPE public.mood__pgshift_new USING m::text::public.mood__pgshift_new, "
        "ALTER COLUMN ms TYPE public.mood__pgshift_new[] USING ms::text[]::public.mood__pgshift_new[]\n"
        "DROP TYPE public.mood\n"
        "ALTER TYPE public.mood__pgshift_new RENAME TO mood\n"
        "ALTER TABLE public.t ALTER COLUMN m SET DEFAULT 'ok'\n"
        "ALTER TABLE public.t ADD CONSTRAINT t_m_check CHECK (m <> 'sad')\n");
  CHECK(s.hazards.front().find("rewrites public.t") != std::string::npos);
}

TEST_CASE("enum swap with a changed default: the swap sets the new default, and no separate default step") {
  auto p = plan(R"(CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE t (m mood DEFAULT 'sad');)",
                R"(CREATE TYPE mood AS ENUM ('ok'); CREATE TABLE t (m mood DEFAULT 'ok');)");
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].statements.back() == "ALTER TABLE public.t ALTER COLUMN m SET DEFAULT 'ok'");
  CHECK(p.steps[0].reverse.back() == "ALTER TABLE public.t ALTER COLUMN m SET DEFAULT 'sad'");
}

TEST_CASE("enum swap refused while a domain uses the type") {
  CHECK_THROWS_WITH_AS(plan("CREATE TYPE e AS ENUM ('a', 'b'); CREATE DOMAIN d AS e;", "CREATE TYPE e AS ENUM ('a'); CREATE DOMAIN d AS e;"),
                       doctest::Contains("unsupported: enum public.e loses or reorders values"), std::runtime_error);
}

TEST_CASE("types are created before what uses them and dropped after") {
  auto p = plan("", R"(CREATE TYPE mood AS ENUM ('a'); CREATE DOMAIN d AS mood; CREATE TYPE c AS (x d);
                       CREATE TABLE t (a c, b mood[]); COMMENT ON TYPE mood IS 'm';)");
  CHECK(position(p, "create type public.mood") < position(p, "create domain public.d"));
  CHECK(position(p, "create domain public.d") < position(p, "create type public.c"));
  CHECK(position(p, "create type public.c") < position(p, "create table public.t"));
  CHECK(position(p, "create type public.mood") < position(p, "comment on type public.mood"));
  auto back = plan(R"(CREATE TYPE mood AS ENUM ('a'); CREATE DOMAIN d AS mood; CREATE TABLE t (a d);)", "");
  CHECK(position(back, "drop table public.t") < position(back, "drop domain public.d"));
  CHECK(position(back, "drop domain public.d") < position(back, "drop type public.mood"));
  CHECK(statements(back, true).find("CREATE TYPE public.mood AS ENUM ('a')") != std::string::npos);
}

TEST_CASE("domain changes: ALTER DOMAIN, new checks NOT VALID then validated") {
  auto p = plan("CREATE DOMAIN d AS int CHECK (VALUE > 0); CREATE TABLE t (a d);",
                "CREATE DOMAIN d AS int DEFAULT 3 NOT NULL CHECK (VALUE > 1) CONSTRAINT small CHECK (VALUE < 10);");
  const planner::Step *s = step(p, "alter domain public.d");
  REQUIRE(s != nullptr);
  CHECK(s->statements == std::vector<std::string>{
                             "ALTER DOMAIN public.d SET DEFAULT 3", "ALTER DOMAIN public.d SET NOT NULL",
                             "ALTER DOMAIN public.d DROP CONSTRAINT d_check",
                             "ALTER DOMAIN public.d ADD CONSTRAINT d_check CHECK (VALUE > 1) NOT VALID",
                             "ALTER DOMAIN public.d VALIDATE CONSTRAINT d_check",
                             "ALTER DOMAIN public.d ADD CONSTRAINT small CHECK (VALUE < 10) NOT VALID",
                             "ALTER DOMAIN public.d VALIDATE CONSTRAINT small"});
  CHECK(s->reverse.back() == "ALTER DOMAIN public.d DROP DEFAULT");
  CHECK_THROWS_WITH_AS(plan("CREATE DOMAIN d AS int; CREATE TABLE t (a d);", "CREATE DOMAIN d AS bigint; CREATE TABLE t (a d);"),
                       doctest::Contains("unsupported: domain public.d changes its base type"), std::runtime_error);
  auto unused = plan("CREATE DOMAIN d AS int;", "CREATE DOMAIN d AS bigint;");
  CHECK(position(unused, "drop domain public.d") < position(unused, "create domain public.d"));
}

TEST_CASE("composite type changes: ALTER TYPE attributes — a range change is drop and create") {
  auto p = plan("CREATE TYPE c AS (a int, b text);", "CREATE TYPE c AS (a bigint, x text COLLATE \"C\");");
  CHECK(statements(p) == "ALTER TYPE public.c DROP ATTRIBUTE b, ALTER ATTRIBUTE a TYPE bigint, ADD ATTRIBUTE x text COLLATE \"C\"\n");
  CHECK(statements(p, true) == "ALTER TYPE public.c DROP ATTRIBUTE x, ALTER ATTRIBUTE a TYPE integer, ADD ATTRIBUTE b text\n");
  auto r = plan("CREATE TYPE r AS RANGE (SUBTYPE = int4);", "CREATE TYPE r AS RANGE (SUBTYPE = int8);");
  CHECK(statements(r) == "DROP TYPE public.r\nCREATE TYPE public.r AS RANGE (SUBTYPE = bigint, MULTIRANGE_TYPE_NAME = public.r_multirange)\n");
  CHECK(plan("CREATE TYPE r AS RANGE (SUBTYPE = int4); CREATE TYPE c AS (a int);",
             "CREATE TYPE r AS RANGE (SUBTYPE = int4); CREATE TYPE c AS (a int);").empty());
}

TEST_CASE("range constructors are in the analysis catalog — a composite attribute's type change is refused while used") {
  LoadedSchema s = load("CREATE TYPE r AS RANGE (SUBTYPE = int4); CREATE TABLE t (a r DEFAULT r(1, 5), CHECK (NOT isempty(a)));");
  CHECK(s.model.tables[0].columns[0].default_value->text == "public.r(1, 5)");
  CHECK(s.model.tables[0].constraints[0].check->text == "(NOT isempty(a))");
  CHECK(s.notes.empty());
  CHECK_THROWS_WITH_AS(plan("CREATE TYPE c AS (a int); CREATE TABLE t (v c);", "CREATE TYPE c AS (a bigint); CREATE TABLE t (v c);"),
                       doctest::Contains("unsupported: attribute a of composite type public.c changes its type"), std::runtime_error);
}
