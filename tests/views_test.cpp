// Views and materialized views offline: the front end's model, the loose form both
// sources agree on, the diff and the plan.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/diff.h"
#include "compiler/frontend/diagnostic.h"
#include "compiler/frontend/script_parser.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "planner/plan.h"

using namespace pgshift;

namespace {

LoadedSchema load(const std::string &sql) {
  LoadedSchema s = readSchema({SourceText{"a.sql", sql}});
  normalizeModel(s, builtins::Catalog::builtin());
  return s;
}

SchemaModel model(const std::string &sql) { return load(sql).model; }

std::string loadError(const std::string &sql) {
  try {
    load(sql);
  } catch (const DiagnosticError &e) {
    return e.diagnostics().front().where.file + ":" + std::to_string(e.diagnostics().front().where.line) + ":" +
           std::to_string(e.diagnostics().front().where.column) + ": " + e.diagnostics().front().message;
  }
  return "";
}

// The loose form of catalog text, as the normalizer computes it for a database's view.
std::string catalogLoose(const std::string &text) {
  std::string error;
  auto q = parseQuery(text, error);
  REQUIRE_MESSAGE(q, error);
  std::string out;
  for (const auto &t : q->loose) out += (out.empty() ? "" : " ") + t;
  return out;
}

planner::Plan plan(const std::string &from, const std::string &to) {
  SchemaModel a = model(from), b = model(to);
  return planner::buildPlan(diff::diffModels(a, b), a, b, builtins::Catalog::builtin());
}

std::vector<std::string> summaries(const planner::Plan &p) {
  std::vector<std::string> out;
  for (const auto &s : p.steps) out.push_back(s.summary);
  return out;
}

long position(const planner::Plan &p, const std::string &summary) {
  for (size_t i = 0; i < p.steps.size(); ++i)
    if (p.steps[i].summary == summary) return static_cast<long>(i);
  return -1;
}

const char *kTables = R"(
CREATE TABLE public.users (id integer PRIMARY KEY, name text NOT NULL, email varchar(100), age int);
CREATE TABLE public.orders (id bigint PRIMARY KEY, user_id integer, total numeric(10,2), created timestamptz);
)";

}  // namespace

TEST_CASE("a view's model: columns, their types where a column gives them, what it reads") {
  SchemaModel m = model(std::string(kTables) + R"(
CREATE VIEW v AS SELECT u.id, u.name AS who, count(*) AS n, upper(email) FROM users u JOIN orders o ON o.user_id = u.id GROUP BY u.id;
CREATE VIEW star AS SELECT * FROM users;
CREATE VIEW named (a, b) AS SELECT id, name FROM users;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM v WITH NO DATA;
COMMENT ON VIEW v IS 'the view';
COMMENT ON COLUMN v.who IS 'who';
COMMENT ON MATERIALIZED VIEW mv IS 'mat';
CREATE INDEX mv_id ON mv (id);
)");
  REQUIRE(m.views.size() == 4);
  const View *v = m.findView({Identifier::exact("public"), Identifier::exact("v")});
  REQUIRE(v);
  REQUIRE(v->columns.size() == 4);
  CHECK(v->columns[0].name.str() == "id");
  CHECK(v->columns[0].type == TypeName::builtin("int4"));
  CHECK(v->columns[1].name.str() == "who");
  CHECK(v->columns[1].comment == std::optional<std::string>("who"));
  CHECK(v->columns[2].name.str() == "n");
  CHECK_FALSE(v->columns[2].type.has_value());
  CHECK(v->columns[3].name.str() == "upper");
  CHECK(v->comment == std::optional<std::string>("the view"));
  CHECK(v->reads.size() == 2);
  CHECK(v->query.loose == "select id , name , count * , upper email from users join orders on user_id = id group by id");

  const View *star = m.findView({Identifier::exact("public"), Identifier::exact("star")});
  REQUIRE(star);
  REQUIRE(star->columns.size() == 4);
  CHECK(star->columns[3].name.str() == "age");
  CHECK(star->query.loose == "select id , name , email , age from users");

  const View *named = m.findView({Identifier::exact("public"), Identifier::exact("named")});
  REQUIRE(named);
  CHECK(named->columns[0].name.str() == "a");
  CHECK(named->columns[1].name.str() == "b");

  const View *mv = m.findView({Identifier::exact("public"), Identifier::exact("mv")});
  REQUIRE(mv);
  CHECK(mv->materialized);
  CHECK_FALSE(mv->with_data);
  CHECK(mv->comment == std::optional<std::string>("mat"));
  REQUIRE(m.indexes.size() == 1);
  CHECK(m.indexes[0].table.str() == "mv");
}

TEST_CASE("the file's query and pg_get_viewdef()'s text have the same loose form") {
  struct Case {
    const char *file;
    const char *catalog;  // as PostgreSQL 15 prints it (tests/views_pg_test.cpp checks these shapes live)
  };
  const Case cases[] = {
      {"SELECT id, name FROM users WHERE id > 1", " SELECT users.id,\n    users.name\n   FROM public.users\n  WHERE (users.id > 1);"},
      {"select 'abc123' as a", " SELECT 'abc123'::text AS a;"},
      {"SELECT id FROM users WHERE name IN ('a', 'b')",
       " SELECT users.id\n   FROM public.users\n  WHERE (users.name = ANY (ARRAY['a'::text, 'b'::text]));"},
      {"SELECT id FROM users WHERE age BETWEEN 1 AND 10",
       " SELECT users.id\n   FROM public.users\n  WHERE ((users.age >= 1) AND (users.age <= 10));"},
      {"SELECT id FROM users WHERE name LIKE 'a%' AND age != -1",
       " SELECT users.id\n   FROM public.users\n  WHERE ((users.name ~~ 'a%'::text) AND (users.age <> '-1'::integer));"},
      {"SELECT u.id, count(o.id) FROM users u LEFT OUTER JOIN orders AS o ON o.user_id = u.id GROUP BY u.id ORDER BY u.id ASC",
       " SELECT u.id,\n    count(o.id) AS count\n   FROM (public.users u\n     LEFT JOIN public.orders o ON ((o.user_id = u.id)))\n"
       "  GROUP BY u.id\n  ORDER BY u.id;"},
      {"SELECT id::text, now() - interval '1 day' AS t FROM users",
       " SELECT (users.id)::text AS id,\n    (now() - '1 day'::interval) AS t\n   FROM public.users;"},
      // GROUP BY / ORDER BY a target's number or alias print the target's expression.
      {"SELECT date_trunc('day', created) AS day, sum(total) FROM orders GROUP BY 1 ORDER BY 1",
       " SELECT date_trunc('day'::text, orders.created) AS day,\n    sum(orders.total) AS sum\n   FROM public.orders\n"
       "  GROUP BY (date_trunc('day'::text, orders.created))\n  ORDER BY (date_trunc('day'::text, orders.created));"},
      {"SELECT user_id AS u, count(*) AS n FROM orders GROUP BY user_id ORDER BY n DESC, u",
       " SELECT orders.user_id AS u,\n    count(*) AS n\n   FROM public.orders\n  GROUP BY orders.user_id\n"
       "  ORDER BY (count(*)) DESC, orders.user_id;"},
      // ... but not after a set operation.
      {"SELECT id FROM users UNION SELECT user_id FROM orders ORDER BY 1",
       " SELECT users.id\n   FROM public.users\nUNION\n SELECT orders.user_id AS id\n   FROM public.orders\n  ORDER BY 1;"},
      {"WITH c AS (SELECT id FROM users) SELECT c.id FROM c",
       " WITH c AS (\n         SELECT users.id\n           FROM public.users\n        )\n SELECT c.id\n   FROM c;"},
  };
  for (const auto &c : cases) {
    INFO(c.file);
    SchemaModel m = model(std::string(kTables) + "CREATE VIEW v AS " + c.file + ";");
    CHECK(m.views.at(0).query.loose == catalogLoose(c.catalog));
  }
}

TEST_CASE("a * the file side cannot expand matches any column list, and nothing else") {
  SchemaModel m = model("CREATE VIEW v AS SELECT * FROM generate_series(1, 3) g;");
  const View &v = m.views.at(0);
  CHECK_FALSE(v.columns_known);
  std::string live = catalogLoose(" SELECT g.g\n   FROM generate_series(1, 3) g(g);");
  CHECK(looseQueriesMatch(v.query.loose, live));
  CHECK(looseQueriesMatch(v.query.loose, catalogLoose(" SELECT g.a, g.b FROM generate_series(1, 3) g(a, b);")));
  CHECK_FALSE(looseQueriesMatch(v.query.loose, catalogLoose(" SELECT g.g FROM generate_series(1, 4) g(g);")));
  CHECK_FALSE(looseQueriesMatch(v.query.loose, catalogLoose(" SELECT 1 FROM generate_series(1, 3) g(g);")));
  CHECK(looseQueriesMatch("select \x02* , 1 from t", "select a , b , 1 from t"));
  CHECK_FALSE(looseQueriesMatch("select \x02* , 1 from t", "select a , b , 2 from t"));
}

TEST_CASE("unsupported and invalid views are refused with their position") {
  CHECK(loadError("CREATE RECURSIVE VIEW v (n) AS VALUES (1);") == "a.sql:1:8: unsupported: CREATE RECURSIVE VIEW");
  CHECK(loadError("CREATE VIEW v AS SELECT x FROM nowhere;") == "a.sql:1:32: relation \"nowhere\" does not exist");
  CHECK(loadError(std::string(kTables) + "CREATE VIEW v AS SELECT 1;\nCREATE VIEW v AS SELECT 2;") ==
        "a.sql:5:1: relation \"v\" already exists");
  CHECK(loadError(std::string(kTables) + "CREATE VIEW v AS SELECT id, name FROM users;\nCREATE OR REPLACE VIEW v AS SELECT id FROM users;") ==
        "a.sql:5:1: cannot drop columns from view");
  CHECK(loadError(std::string(kTables) + "CREATE VIEW v AS SELECT id FROM users;\nCREATE INDEX ON v (id);") ==
        "a.sql:5:1: \"v\" is not a table or materialized view");
  CHECK(loadError("CREATE TABLE t (a int CHECK (a > (SELECT 1)));").find("unsupported expression") != std::string::npos);
  // Column privileges on views are kept as on tables. Triggers on views are read (INSTEAD OF).
  CHECK(loadError(std::string(kTables) + "CREATE VIEW v AS SELECT id FROM users;\nGRANT SELECT (id) ON v TO PUBLIC;").empty());
  CHECK(loadError(std::string(kTables) + "CREATE VIEW v AS SELECT id FROM users;\nGRANT SELECT (nope) ON v TO PUBLIC;") ==
        "a.sql:5:7: column \"nope\" of relation \"v\" does not exist");
  CHECK(loadError(std::string(kTables) + "CREATE MATERIALIZED VIEW m AS SELECT id FROM users;\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO PUBLIC;").empty());
  CHECK(loadError(std::string(kTables) + "CREATE VIEW v AS SELECT id FROM users;\n"
                                         "CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';\n"
                                         "CREATE TRIGGER vt INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION tf();")
            .empty());
}

TEST_CASE("an unchanged view plans nothing; a changed one is replaced or re-created") {
  std::string base = kTables;
  CHECK(plan(base + "CREATE VIEW v AS SELECT id FROM users;", base + "CREATE VIEW v AS SELECT users.id FROM public.users;").empty());

  // Same columns, another query: CREATE OR REPLACE both ways.
  auto p = plan(base + "CREATE VIEW v AS SELECT id FROM users;", base + "CREATE VIEW v AS SELECT id FROM users WHERE id > 0;");
  REQUIRE(summaries(p) == std::vector<std::string>{"replace view public.v"});
  CHECK(p.steps[0].statements[1] == "CREATE OR REPLACE VIEW public.v (id) AS SELECT id FROM users WHERE id > 0");
  CHECK(p.steps[0].reverse[1] == "CREATE OR REPLACE VIEW public.v (id) AS SELECT id FROM users");

  // New columns at the end: created again, since the down migration could not take them
  // away with CREATE OR REPLACE.
  p = plan(base + "CREATE VIEW v AS SELECT id FROM users;", base + "CREATE VIEW v AS SELECT id, name FROM users;");
  CHECK(summaries(p) == std::vector<std::string>{"drop view public.v", "create view public.v"});

  // A column changes name: dropped and created, and so is the view reading it.
  p = plan(base + "CREATE VIEW v AS SELECT id FROM users; CREATE VIEW w AS SELECT id FROM v;",
           base + "CREATE VIEW v AS SELECT id AS key FROM users; CREATE VIEW w AS SELECT key FROM v;");
  CHECK(position(p, "drop view public.w") < position(p, "drop view public.v"));
  CHECK(position(p, "drop view public.v") < position(p, "create view public.v"));
  CHECK(position(p, "create view public.v") < position(p, "create view public.w"));
  CHECK(p.steps.size() == 4);
}

TEST_CASE("a view over a column that changes type or goes is dropped before and created after") {
  std::string before = std::string(kTables) + "CREATE VIEW v AS SELECT id, age FROM users; CREATE VIEW w AS SELECT * FROM v;";
  std::string after = R"(
CREATE TABLE public.users (id integer PRIMARY KEY, name text NOT NULL, email varchar(100), age bigint);
CREATE TABLE public.orders (id bigint PRIMARY KEY, user_id integer, total numeric(10,2), created timestamptz);
CREATE VIEW v AS SELECT id, age FROM users; CREATE VIEW w AS SELECT * FROM v;)";
  auto p = plan(before, after);
  long alter = -1;
  for (size_t i = 0; i < p.steps.size(); ++i)
    if (p.steps[i].summary.find("public.users.age") != std::string::npos) alter = static_cast<long>(i);
  REQUIRE(alter >= 0);
  CHECK(position(p, "drop view public.w") < position(p, "drop view public.v"));
  CHECK(position(p, "drop view public.v") < alter);
  CHECK(alter < position(p, "create view public.v"));
  CHECK(position(p, "create view public.v") < position(p, "create view public.w"));

  // A column no view reads: the views stay.
  std::string other = std::string(kTables) + "CREATE VIEW v AS SELECT id FROM users;";
  std::string other_after = R"(
CREATE TABLE public.users (id integer PRIMARY KEY, name text NOT NULL, email varchar(100));
CREATE TABLE public.orders (id bigint PRIMARY KEY, user_id integer, total numeric(10,2), created timestamptz);
CREATE VIEW v AS SELECT id FROM users;)";
  // the file side finds the columns a view reads as pg_depend records them: a column the
  // view does not name is dropped (or retyped) under it, as PostgreSQL allows
  p = plan(other, other_after);
  CHECK(position(p, "drop column public.users.age") >= 0);
  CHECK(position(p, "drop view public.v") < 0);
  CHECK(position(p, "create view public.v") < 0);
}

TEST_CASE("the columns a file's view reads: named ones, and all for *, whole rows and merging joins") {
  auto reads = [](const std::string &query) {
    SchemaModel m = model(std::string(kTables) + "CREATE VIEW v AS " + query + ";");
    std::vector<std::string> out;
    for (const auto &c : m.views.at(0).reads_columns) out.push_back(c.table.name.str() + "." + c.column.str());
    return out;
  };
  using L = std::vector<std::string>;
  CHECK(reads("SELECT u.id FROM users u WHERE age > 3") == L{"users.id", "users.age"});
  CHECK(reads("SELECT id FROM users JOIN orders ON orders.user_id = users.id") ==
        L{"users.id", "orders.id", "orders.user_id"});  // by name: id is both tables'
  CHECK(reads("SELECT count(*) FROM orders") == L{});
  CHECK(reads("SELECT total FROM orders o GROUP BY total HAVING max(created) > now() ORDER BY 1") ==
        L{"orders.total", "orders.created"});
  CHECK(reads("SELECT x.name FROM (SELECT name FROM users WHERE email IS NULL) x") == L{"users.name", "users.email"});
  const L all_users{"users.id", "users.name", "users.email", "users.age"};
  CHECK(reads("SELECT * FROM users") == all_users);
  CHECK(reads("SELECT to_jsonb(u) FROM users u") == all_users);
  CHECK(reads("SELECT count(u.*) FROM users u") == all_users);
  CHECK(reads("SELECT 1 AS one FROM users NATURAL JOIN orders").size() == 8);
  CHECK(reads("SELECT total FROM orders JOIN users USING (id)").size() == 8);  // the merged columns, taken wholesale
}

TEST_CASE("a view stays while a column it does not read changes type") {
  std::string before = std::string(kTables) + "CREATE VIEW v AS SELECT id, name FROM users;";
  std::string after = before;
  after.replace(after.find("age int"), 7, "age bigint");
  auto p = plan(before, after);
  CHECK(position(p, "change type of public.users.age to bigint") >= 0);
  CHECK(position(p, "drop view public.v") < 0);
}

TEST_CASE("views come after what they read and go before it; materialized views take their indexes") {
  auto p = plan("", std::string(kTables) + R"(
CREATE SCHEMA rep;
CREATE MATERIALIZED VIEW rep.totals AS SELECT user_id, sum(total) AS total FROM orders GROUP BY user_id;
CREATE UNIQUE INDEX totals_user ON rep.totals (user_id);
COMMENT ON MATERIALIZED VIEW rep.totals IS 'per user';
CREATE VIEW rep.top AS SELECT * FROM rep.totals WHERE total > 100;)");
  CHECK(position(p, "create table public.orders") < position(p, "create materialized view rep.totals"));
  CHECK(position(p, "create schema rep") < position(p, "create materialized view rep.totals"));
  CHECK(position(p, "create materialized view rep.totals") < position(p, "create index rep.totals_user"));
  CHECK(position(p, "create materialized view rep.totals") < position(p, "create view rep.top"));
  CHECK(position(p, "create materialized view rep.totals") < position(p, "comment on materialized view rep.totals"));
  const auto &idx = p.steps[position(p, "create index rep.totals_user")];
  CHECK(idx.statements[0] == "CREATE UNIQUE INDEX totals_user ON rep.totals USING btree (user_id)");

  // Dropping everything: views first.
  auto d = plan(std::string(kTables) + "CREATE VIEW v AS SELECT * FROM orders;", "");
  CHECK(position(d, "drop view public.v") < position(d, "drop table public.orders"));
  const auto &drop = d.steps[position(d, "drop view public.v")];
  CHECK(drop.statements == std::vector<std::string>{"DROP VIEW public.v"});
  CHECK(drop.reverse[1] == "CREATE VIEW public.v (id, user_id, total, created) AS SELECT * FROM orders");
}

TEST_CASE("a materialized view whose query changes is re-created with its indexes") {
  std::string base = std::string(kTables);
  auto p = plan(base + "CREATE MATERIALIZED VIEW m AS SELECT id FROM users; CREATE INDEX m_id ON m (id);",
                base + "CREATE MATERIALIZED VIEW m AS SELECT id FROM users WHERE age > 1; CREATE INDEX m_id ON m (id);");
  CHECK(summaries(p) == std::vector<std::string>{"drop materialized view public.m", "create materialized view public.m",
                                                 "create index public.m_id"});
  CHECK(p.steps[0].reverse.back() == "CREATE INDEX m_id ON public.m USING btree (id)");
  // Unchanged: nothing, and its index stays.
  CHECK(plan(base + "CREATE MATERIALIZED VIEW m AS SELECT id FROM users; CREATE INDEX m_id ON m (id);",
             base + "CREATE MATERIALIZED VIEW m AS SELECT id FROM users; CREATE INDEX m_id ON m (id);")
            .empty());
}

TEST_CASE("views around the other kinds: enum swaps, re-created functions, partitioning, SQL functions") {
  // An enum losing a value is swapped for a new type: the views reading its columns, or
  // naming it, go before and come back after.
  auto p = plan("CREATE TYPE mood AS ENUM ('a', 'b', 'c'); CREATE TABLE t (m mood); CREATE VIEW v AS SELECT m FROM t;"
                " CREATE VIEW w AS SELECT 'a'::mood AS x;",
                "CREATE TYPE mood AS ENUM ('a', 'c'); CREATE TABLE t (m mood); CREATE VIEW v AS SELECT m FROM t;"
                " CREATE VIEW w AS SELECT 'a'::mood AS x;");
  const std::string swap = "replace enum public.mood (values removed or reordered)";
  REQUIRE(position(p, swap) >= 0);
  for (const char *view : {"public.v", "public.w"}) {
    CAPTURE(view);
    CHECK(position(p, std::string("drop view ") + view) >= 0);
    CHECK(position(p, std::string("drop view ") + view) < position(p, swap));
    CHECK(position(p, swap) < position(p, std::string("create view ") + view));
  }

  // A function dropped and created again (its result type changes): the view calling it
  // goes first and comes back after.
  p = plan("CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x'; CREATE TABLE t (a int);"
           " CREATE VIEW v AS SELECT f(a) AS one FROM t;",
           "CREATE FUNCTION f(x int) RETURNS bigint LANGUAGE sql AS 'SELECT x::bigint'; CREATE TABLE t (a int);"
           " CREATE VIEW v AS SELECT f(a) AS one FROM t;");
  REQUIRE(position(p, "drop function public.f(integer) to re-create it") >= 0);
  CHECK(position(p, "drop view public.v") >= 0);
  CHECK(position(p, "drop view public.v") < position(p, "drop function public.f(integer) to re-create it"));
  CHECK(position(p, "re-create function public.f(integer)") < position(p, "create view public.v"));
  // Unchanged: nothing.
  CHECK(plan("CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x'; CREATE VIEW v AS SELECT f(1) AS one;",
             "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x'; CREATE VIEW v AS SELECT f(1) AS one;")
            .empty());
  // Dropped together: the view first.
  p = plan("CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x'; CREATE VIEW v AS SELECT f(1) AS one;", "");
  CHECK(position(p, "drop view public.v") < position(p, "drop function public.f(integer)"));

  // An SQL function's body is checked when it is created: one reading a view comes after it.
  p = plan("", "CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t;"
               " CREATE FUNCTION g() RETURNS bigint LANGUAGE sql AS 'SELECT count(a) FROM v';");
  CHECK(position(p, "create view public.v") < position(p, "create function public.g()"));

  // A partitioned table created again with another key takes the views over it along,
  // and a materialized view's index with it.
  p = plan("CREATE TABLE m (id int, at date NOT NULL) PARTITION BY RANGE (at);"
           " CREATE TABLE m1 PARTITION OF m FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');"
           " CREATE VIEW v AS SELECT id FROM m; CREATE MATERIALIZED VIEW mv AS SELECT id FROM m; CREATE INDEX mv_id ON mv (id);",
           "CREATE TABLE m (id int, at date NOT NULL) PARTITION BY LIST (at);"
           " CREATE TABLE m1 PARTITION OF m FOR VALUES IN ('2020-01-01');"
           " CREATE VIEW v AS SELECT id FROM m; CREATE MATERIALIZED VIEW mv AS SELECT id FROM m; CREATE INDEX mv_id ON mv (id);");
  CHECK(position(p, "drop view public.v") < position(p, "drop table public.m"));
  CHECK(position(p, "drop materialized view public.mv") < position(p, "drop table public.m"));
  CHECK(position(p, "create table public.m") < position(p, "create view public.v"));
  CHECK(position(p, "create materialized view public.mv") < position(p, "create index public.mv_id"));
}
