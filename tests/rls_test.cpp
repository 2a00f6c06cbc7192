// Extensions, row level security and policies through the front end, the diff and the
// planner. Expected texts were checked on PostgreSQL 15 (pg_get_expr of polqual and
// polwithcheck, format_type of extension types).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/diff.h"
#include "compiler/frontend/diagnostic.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "planner/plan.h"
#include "tests/support/schema_text.h"

using namespace pgshift;

using namespace pgshift::testing;

// ================================================================ extensions

TEST_CASE("extensions: name, schema and version as written; types they provide") {
  LoadedSchema s = read(
      "CREATE SCHEMA ext;\n"
      "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext VERSION '1.6';\n"
      "CREATE EXTENSION hstore;\n"
      "CREATE EXTENSION IF NOT EXISTS hstore;\n"
      "CREATE EXTENSION IF NOT EXISTS plpgsql;\n"
      "SET search_path = public, ext;\n"
      "CREATE TABLE t (a citext, b hstore[], c ext.citext);\n"
      "COMMENT ON EXTENSION hstore IS 'key/value';\n");
  REQUIRE(s.model.extensions.size() == 2);
  const Extension *citext = s.model.findExtension(id("citext"));
  REQUIRE(citext);
  CHECK(citext->schema == id("ext"));
  CHECK(citext->version == std::optional<std::string>("1.6"));
  CHECK_FALSE(citext->comment_stated);
  const Extension *hstore = s.model.findExtension(id("hstore"));
  REQUIRE(hstore);
  CHECK(hstore->schema == id("public"));
  CHECK_FALSE(hstore->version);
  CHECK(hstore->comment_stated);
  CHECK(hstore->comment == std::optional<std::string>("key/value"));
  const Table *t = s.model.findTable(qn("public", "t"));
  REQUIRE(t);
  REQUIRE(t->columns.size() == 3);
  CHECK(t->columns[0].type.sql() == "ext.citext");  // not public: hstore has no such type
  CHECK(t->columns[1].type.sql() == "public.hstore[]");
  CHECK(t->columns[2].type.sql() == "ext.citext");
}

TEST_CASE("extensions: what PostgreSQL refuses, and what pgshift does not support") {
  CHECK(errorOf("CREATE EXTENSION hstore;\nCREATE EXTENSION hstore;") == "schema.sql:2:1: extension \"hstore\" already exists");
  CHECK(errorOf("CREATE EXTENSION plpgsql;") == "schema.sql:1:1: extension \"plpgsql\" already exists");
  CHECK(errorOf("CREATE EXTENSION hstore SCHEMA nowhere;") == "schema.sql:1:1: schema \"nowhere\" does not exist");
  CHECK(errorOf("CREATE EXTENSION earthdistance CASCADE;").find("unsupported: CREATE EXTENSION ... CASCADE") !=
        std::string::npos);
  CHECK(errorOf("COMMENT ON EXTENSION hstore IS 'x';") == "schema.sql:1:1: extension \"hstore\" does not exist");
  // No extension: an unknown type stays unknown.
  CHECK(errorOf("CREATE TABLE t (a citext);") == "schema.sql:1:17: type \"citext\" does not exist");
  CHECK(errorOf("CREATE EXTENSION hstore;\nCREATE TABLE t (a citext);") == "schema.sql:2:17: type \"citext\" does not exist");
}

TEST_CASE("extensions: the version is compared only when the target states one") {
  CHECK(plan("CREATE EXTENSION pg_trgm VERSION '1.3';", "CREATE EXTENSION pg_trgm;").empty());
  CHECK(plan("CREATE EXTENSION pg_trgm;", "CREATE EXTENSION pg_trgm;").empty());
  CHECK(plan("CREATE EXTENSION hstore; COMMENT ON EXTENSION hstore IS 'x';", "CREATE EXTENSION hstore;").empty());

  std::string up = listing(plan("CREATE EXTENSION pg_trgm VERSION '1.3';", "CREATE EXTENSION pg_trgm VERSION '1.4';"));
  CHECK(up.find("expand: alter extension pg_trgm") != std::string::npos);
  CHECK(up.find("ALTER EXTENSION pg_trgm UPDATE TO '1.4'") != std::string::npos);
  CHECK(up.find("ALTER EXTENSION pg_trgm UPDATE TO '1.3'") != std::string::npos);  // the way back
  CHECK(up.find("CREATE EXTENSION pg_trgm WITH SCHEMA public VERSION '1.3'") != std::string::npos);
}

TEST_CASE("extensions: created first, dropped last, with their schema in between") {
  std::string text = listing(plan("CREATE EXTENSION hstore;",
                                  "CREATE SCHEMA x;\nCREATE EXTENSION citext SCHEMA x;\nCREATE TABLE t (a x.citext);"));
  CHECK(text ==
        "expand: create schema x\n"
        "  CREATE SCHEMA x\n"
        "  undo: DROP SCHEMA x\n"
        "expand: create extension citext\n"
        "  CREATE EXTENSION citext WITH SCHEMA x\n"
        "  undo: DROP EXTENSION citext\n"
        "expand: create table public.t\n"
        "  CREATE TABLE public.t (\n    a x.citext\n)\n"
        "  undo: DROP TABLE public.t\n"
        "contract: drop extension hstore\n"
        "  DROP EXTENSION hstore\n"
        "  undo: CREATE EXTENSION hstore WITH SCHEMA public\n");
  std::string moved = listing(plan("CREATE SCHEMA x; CREATE EXTENSION hstore;", "CREATE SCHEMA x; CREATE EXTENSION hstore SCHEMA x;"));
  CHECK(moved ==
        "expand: alter extension hstore\n"
        "  ALTER EXTENSION hstore SET SCHEMA x\n"
        "  undo: ALTER EXTENSION hstore SET SCHEMA public\n");
}

TEST_CASE("extensions: functions they provide compare approximately, never as a difference") {
  const std::string sql =
      "CREATE EXTENSION \"uuid-ossp\";\nCREATE TABLE t (id uuid DEFAULT uuid_generate_v4(), n int DEFAULT public.f(1));";
  LoadedSchema s = read(sql);
  const Table *t = s.model.findTable(qn("public", "t"));
  REQUIRE(t);
  REQUIRE(t->columns[0].default_value);
  CHECK_FALSE(t->columns[0].default_value->exact);
  CHECK(plan(sql, sql).empty());
}

// ================================================================ row level security and policies

TEST_CASE("policies: the model PostgreSQL builds") {
  LoadedSchema s = read(
      "CREATE TABLE accounts (id int, manager text);\n"
      "ALTER TABLE accounts ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;\n"
      "ALTER TABLE accounts NO FORCE ROW LEVEL SECURITY;\n"
      "CREATE POLICY p ON accounts AS RESTRICTIVE FOR UPDATE TO writer, reader, writer\n"
      "  USING (manager = current_user) WITH CHECK (id > 0);\n"
      "CREATE POLICY q ON accounts TO reader, PUBLIC USING (true);\n"
      "CREATE POLICY r ON accounts FOR INSERT WITH CHECK (id < 10);\n"
      "ALTER POLICY r ON accounts TO admin;\n");
  const Table *t = s.model.findTable(qn("public", "accounts"));
  REQUIRE(t);
  CHECK(t->row_security);
  CHECK_FALSE(t->force_row_security);
  REQUIRE(s.model.policies.size() == 3);
  const Policy *p = s.model.findPolicy(t->name, id("p"));
  REQUIRE(p);
  CHECK_FALSE(p->permissive);
  CHECK(p->command == PolicyCommand::update);
  CHECK(p->roles == std::vector<Identifier>{id("reader"), id("writer")});
  REQUIRE(p->using_expr);
  CHECK(p->using_expr->text == "(manager = CURRENT_USER)");
  REQUIRE(p->check_expr);
  CHECK(p->check_expr->text == "(id > 0)");
  const Policy *q = s.model.findPolicy(t->name, id("q"));
  REQUIRE(q);
  CHECK(q->permissive);
  CHECK(q->command == PolicyCommand::all);
  CHECK(q->roles == std::vector<Identifier>{id("public")});
  CHECK(q->using_expr->text == "true");
  const Policy *r = s.model.findPolicy(t->name, id("r"));
  REQUIRE(r);
  CHECK(r->roles == std::vector<Identifier>{id("admin")});
  CHECK_FALSE(r->using_expr);
  CHECK(r->check_expr->text == "(id < 10)");
}

TEST_CASE("policies: what PostgreSQL refuses") {
  const std::string t = "CREATE TABLE t (a int);\n";
  CHECK(errorOf(t + "CREATE POLICY p ON t FOR SELECT WITH CHECK (a > 0);") ==
        "schema.sql:2:1: WITH CHECK cannot be applied to SELECT or DELETE");
  CHECK(errorOf(t + "CREATE POLICY p ON t FOR INSERT USING (a > 0);") ==
        "schema.sql:2:1: only WITH CHECK expression allowed for INSERT");
  CHECK(errorOf(t + "CREATE POLICY p ON t; CREATE POLICY p ON t;") ==
        "schema.sql:2:23: policy \"p\" for table \"t\" already exists");
  CHECK(errorOf(t + "CREATE POLICY p ON t AS sometimes;") == "schema.sql:2:25: unrecognized row security option \"sometimes\"");
  CHECK(errorOf(t + "ALTER POLICY p ON t USING (true);") == "schema.sql:2:1: policy \"p\" for table \"t\" does not exist");
  CHECK(errorOf(t + "CREATE POLICY p ON t USING (b > 0);").find("column \"b\" does not exist") != std::string::npos);
  CHECK(errorOf(t + "CREATE POLICY p ON t TO CURRENT_USER;") ==
        "schema.sql:2:25: unsupported: CURRENT_USER in a policy's role list (name the role)");
}

TEST_CASE("policies: ALTER POLICY where it can go both ways, else drop and create") {
  const std::string t = "CREATE TABLE t (a int, b text);\n";
  CHECK(plan(t + "CREATE POLICY p ON t TO reader USING (a > 0);", t + "CREATE POLICY p ON t TO reader USING (a > 0);").empty());
  CHECK(listing(plan(t + "CREATE POLICY p ON t TO reader USING (a > 0);", t + "CREATE POLICY p ON t TO writer USING (a > 1);")) ==
        "expand: alter policy p on public.t\n"
        "  ALTER POLICY p ON public.t TO writer USING (a > 1)\n"
        "  undo: ALTER POLICY p ON public.t TO reader USING (a > 0)\n");
  CHECK(listing(plan(t + "CREATE POLICY p ON t USING (a > 0);", t + "CREATE POLICY p ON t AS RESTRICTIVE USING (a > 0);")) ==
        "contract: drop policy p on public.t\n"
        "  DROP POLICY p ON public.t\n"
        "  undo: CREATE POLICY p ON public.t AS PERMISSIVE FOR ALL TO PUBLIC USING (a > 0)\n"
        "contract: create policy p on public.t\n"
        "  CREATE POLICY p ON public.t AS RESTRICTIVE FOR ALL TO PUBLIC USING (a > 0)\n"
        "  undo: DROP POLICY p ON public.t\n");
}

TEST_CASE("row level security: switched with the table, policies before it is enabled") {
  CHECK(listing(plan("", "CREATE TABLE t (a int);\nALTER TABLE t ENABLE ROW LEVEL SECURITY;\nCREATE POLICY p ON t USING (a > 0);")) ==
        "expand: create table public.t\n"
        "  CREATE TABLE public.t (\n    a integer\n)\n"
        "  undo: DROP TABLE public.t\n"
        "expand: create policy p on public.t\n"
        "  CREATE POLICY p ON public.t AS PERMISSIVE FOR ALL TO PUBLIC USING (a > 0)\n"
        "  undo: DROP POLICY p ON public.t\n"
        "expand: set row level security of table public.t\n"
        "  ALTER TABLE public.t ENABLE ROW LEVEL SECURITY\n"
        "  undo: ALTER TABLE public.t DISABLE ROW LEVEL SECURITY\n");
  // A dropped table: its policies and row security are put back by the down migration.
  std::string dropped = listing(
      plan("CREATE TABLE t (a int);\nALTER TABLE t ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;\nCREATE POLICY p ON t USING (a > 0);",
           ""));
  CHECK(dropped.find("undo: ALTER TABLE public.t FORCE ROW LEVEL SECURITY") != std::string::npos);
  CHECK(dropped.find("undo: CREATE POLICY p ON public.t") != std::string::npos);
  CHECK(dropped.find("drop policy p on public.t") < dropped.find("drop table public.t"));
  CHECK(dropped.find("set row level security of table public.t") < dropped.find("drop table public.t"));
}
