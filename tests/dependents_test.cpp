// What a change takes out of the way and puts back, in both directions, offline: views an
// enum's down swap breaks, SQL functions whose bodies read views, owners of objects that
// go, triggers on views, data statements in schema files, views written with *.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compiler/frontend/script_parser.h"
#include "support/schema_text.h"

using namespace pgshift;
using testing::errorOf;
using testing::plan;
using testing::read;

namespace {

// The statements of the up and the down direction, in the order the files run them
// (one phase at a time; these plans stay within one or keep phases in step order).
std::vector<std::string> up(const planner::Plan &p) {
  std::vector<std::string> out;
  for (const auto &s : p.steps) out.insert(out.end(), s.statements.begin(), s.statements.end());
  return out;
}

std::vector<std::string> down(const planner::Plan &p) {
  std::vector<std::string> out;
  for (auto it = p.steps.rbegin(); it != p.steps.rend(); ++it) out.insert(out.end(), it->reverse.begin(), it->reverse.end());
  return out;
}

long indexOf(const std::vector<std::string> &statements, const std::string &prefix) {
  for (size_t i = 0; i < statements.size(); ++i)
    if (statements[i].rfind(prefix, 0) == 0) return static_cast<long>(i);
  return -1;
}

}  // namespace

TEST_CASE("an enum's added value: the down swap takes the views reading its columns out of the way") {
  const std::string views = "create view v as select * from t;\ncreate view w as select id from v;\n"
                            "create view unrelated as select 1 as one;\n";
  auto p = plan("create type e as enum ('a', 'b');\ncreate table t (id int, c e);\n" + views,
                "create type e as enum ('a', 'b', 'c');\ncreate table t (id int, c e);\n" + views);
  auto u = up(p), d = down(p);
  // Up: the value is added in place; no view is touched.
  CHECK(indexOf(u, "ALTER TYPE public.e ADD VALUE 'c'") >= 0);
  CHECK(indexOf(u, "DROP VIEW") == -1);
  CHECK(indexOf(u, "CREATE VIEW") == -1);
  // Down: readers dropped first, the swap, then the views back in dependency order.
  long drop_w = indexOf(d, "DROP VIEW public.w"), drop_v = indexOf(d, "DROP VIEW public.v");
  long swap = indexOf(d, "CREATE TYPE");
  long create_v = indexOf(d, "CREATE VIEW public.v"), create_w = indexOf(d, "CREATE VIEW public.w");
  REQUIRE(drop_w >= 0);
  REQUIRE(swap >= 0);
  CHECK(drop_w < drop_v);
  CHECK(drop_v < swap);
  CHECK(swap < create_v);
  CHECK(create_v < create_w);
  // A view that reads nothing of the type stays.
  CHECK(indexOf(d, "DROP VIEW public.unrelated") == -1);
}

TEST_CASE("a dropped SQL function goes before the views its body reads, and comes back after them") {
  auto p = plan("create table t (name text);\ncreate view v as select name from t;\n"
                "create function f() returns setof text language sql as $$ select name from v $$;\n",
                "create table t (name text);\n");
  auto u = up(p), d = down(p);
  CHECK(indexOf(u, "DROP FUNCTION public.f()") < indexOf(u, "DROP VIEW public.v"));
  CHECK(indexOf(d, "CREATE VIEW public.v") < indexOf(d, "CREATE FUNCTION public.f()"));
}

TEST_CASE("a function comes after the user types and row types of its arguments and result") {
  auto p = plan("", "create type mood as enum ('ok');\ncreate table t (a int);\n"
                    "create function f(x mood, r t) returns mood language sql as $$ select x $$;\n");
  auto u = up(p);
  INFO(testing::listing(p));
  long function = indexOf(u, "CREATE FUNCTION public.f(");
  REQUIRE(function >= 0);
  CHECK(indexOf(u, "CREATE TYPE public.mood") < function);
  CHECK(indexOf(u, "CREATE TABLE public.t") < function);
}

TEST_CASE("a table replaced by a view of its name: the old owner comes back only on the way down") {
  const std::string from = "create table data (id int);\nalter table data owner to postgres;\n"
                           "create view q as select * from data;\n";
  const std::string to = "create table t_data (id int);\ncreate view data as select * from t_data;\n"
                         "create view q as select * from data;\n";
  planner::Plan p;
  REQUIRE_NOTHROW(p = plan(from, to));  // no cycle between the table's owner and the view
  auto u = up(p), d = down(p);
  CHECK(indexOf(u, "ALTER TABLE public.data OWNER TO") == -1);
  long create_table = indexOf(d, "CREATE TABLE public.data"), owner = indexOf(d, "ALTER TABLE public.data OWNER TO postgres");
  REQUIRE(create_table >= 0);
  CHECK(create_table < owner);
}

TEST_CASE("triggers on views: INSTEAD OF row triggers and statement triggers, as PostgreSQL allows them") {
  const std::string base = "create table t (a int);\ncreate view v as select a from t;\n"
                           "create function tf() returns trigger language plpgsql as $$ begin return new; end $$;\n";
  auto s = read(base + "create trigger instead_insert instead of insert on v for each row execute function tf();\n"
                       "create trigger after_stmt after update on v for each statement execute function tf();\n"
                       "comment on trigger instead_insert on v is 'routes inserts';\n");
  REQUIRE(s.model.triggers.size() == 2);
  CHECK(s.model.triggers[0].table == testing::qn("public", "v"));

  CHECK(errorOf(base + "create trigger x before insert on v for each row execute function tf();") ==
        "schema.sql:4:1: \"v\" is a view: views cannot have row-level BEFORE or AFTER triggers");
  CHECK(errorOf(base + "create trigger x instead of insert on t for each row execute function tf();") ==
        "schema.sql:4:1: \"t\" is a table: tables cannot have INSTEAD OF triggers");
  CHECK(errorOf(base + "create trigger x instead of update of a on v for each row execute function tf();") ==
        "schema.sql:4:1: INSTEAD OF triggers cannot have column lists");
  CHECK(errorOf(base + "create materialized view m as select 1 as x;\n"
                       "create trigger x after insert on m for each statement execute function tf();") ==
        "schema.sql:5:1: \"m\" is a materialized view: materialized views cannot have triggers");
}

TEST_CASE("a view re-created by a change takes its triggers with it and gets them back") {
  const std::string trigger = "create function tf() returns trigger language plpgsql as $$ begin return new; end $$;\n"
                              "create trigger ins instead of insert on v for each row execute function tf();\n";
  auto p = plan("create table t (a int, b int);\ncreate view v as select a from t;\n" + trigger,
                "create table t (a int, b int);\ncreate view v as select b, a from t;\n" + trigger);
  auto u = up(p), d = down(p);
  long drop_view = indexOf(u, "DROP VIEW public.v"), create_view = indexOf(u, "CREATE VIEW public.v");
  long create_trigger = indexOf(u, "CREATE TRIGGER ins");
  REQUIRE(drop_view >= 0);
  REQUIRE(create_trigger >= 0);
  CHECK(create_view < create_trigger);
  CHECK(indexOf(d, "CREATE VIEW public.v") < indexOf(d, "CREATE TRIGGER ins"));
}

TEST_CASE("rows in a schema file are left out with a note naming where") {
  auto s = read("create table t (a int);\ninsert into t values (1);\nupdate t set a = 2;\n");
  CHECK(s.model.tables.size() == 1);
  REQUIRE(s.notes.size() == 2);
  CHECK(s.notes[0].rfind("schema.sql:2:1: INSERT left out", 0) == 0);
  CHECK(s.notes[1].rfind("schema.sql:3:1: UPDATE left out", 0) == 0);
}

TEST_CASE("a view written with * is created with the columns the * stands for") {
  auto s = read("create table t (a int, \"B\" text);\ncreate table u (c int);\n"
                "create view v as select * from t;\n"
                "create view w as select x.*, u.* , 1 as one from t x join u on true;\n"
                "create view k as select count(*) as n from t;\n"
                "create view m as select * from t join u using (a);\n");
  auto sql = [&](const char *name) { return s.model.findView(testing::qn("public", name))->query.sql; };
  CHECK(sql("v") == "select t.a, t.\"B\" from t");
  CHECK(sql("w") == "select x.a, x.\"B\", u.c , 1 as one from t x join u on true");
  CHECK(sql("k") == "select count(*) as n from t");
  // A * over a USING join merges columns: written as it was.
  CHECK(sql("m") == "select * from t join u using (a)");
}

TEST_CASE("pg_get_viewdef's VARIADIC ARRAY and ELSE NULL do not make a view differ") {
  const std::string schema = "create table h (kind text, payload jsonb);\n"
                             "create view hv as select (case kind when 'x' then jsonb_extract_path_text(payload, 'a', 'b') end)::numeric as n from h;\n";
  auto file = read(schema).model.views.at(0).query.loose;
  std::string error;
  auto catalog = parseQuery(" SELECT (\n        CASE h.kind\n            WHEN 'x'::text THEN jsonb_extract_path_text(h.payload, "
                            "VARIADIC ARRAY['a'::text, 'b'::text])\n            ELSE NULL::text\n        END)::numeric AS n\n   FROM h",
                            error);
  REQUIRE_MESSAGE(catalog, error);
  std::string loose;
  for (const auto &t : catalog->loose) loose += (loose.empty() ? "" : " ") + t;
  CHECK(loose == file);
}

TEST_CASE("a domain comes after the functions its checks and default call, and goes before them") {
  const std::string schema = "create function is_email(s text) returns boolean language plpgsql immutable as "
                             "$$ begin return s like '%@%'; end $$;\n"
                             "create domain email as text check (is_email(value));\n";
  auto p = plan("", schema);
  auto u = up(p);
  CHECK(indexOf(u, "CREATE FUNCTION public.is_email(") < indexOf(u, "CREATE DOMAIN public.email"));
  auto back = plan(schema, "");
  auto u2 = up(back);
  CHECK(indexOf(u2, "DROP DOMAIN public.email") < indexOf(u2, "DROP FUNCTION public.is_email("));
}
