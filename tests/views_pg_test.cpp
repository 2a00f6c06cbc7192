// Views against a real PostgreSQL 15: the same view read from a file and from the
// database compares equal (the loose form of the file's query is the loose form of what
// pg_get_viewdef() prints), for the query shapes the grammar accepts.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/diff.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "introspect/catalog_reader.h"
#include "tests/support/live_schema.h"
#include "tests/support/test_database.h"

using namespace pgshift;
using testing::fromDatabase;

namespace {

LoadedSchema fromFile(const std::string &sql) { return testing::fromFile(sql, "views.sql"); }

const char *kTables = R"(
CREATE TABLE public.users (id integer PRIMARY KEY, name text NOT NULL, email varchar(100), age int, active boolean);
CREATE TABLE public.orders (id bigint PRIMARY KEY, user_id integer, total numeric(10,2), created timestamptz, note text);
CREATE SCHEMA rep;
CREATE TABLE rep.events (id int, kind text, at timestamp);
)";

std::string describe(const View &v) {
  std::string out = std::string(v.kind()) + " " + v.name.sql() + "\n  text: " + v.query.text + "\n  loose: " + v.query.loose +
                    "\n  columns:";
  for (const auto &c : v.columns) out += " " + c.name.sql() + (c.type ? ":" + c.type->sql() : "");
  return out;
}

}  // namespace

TEST_CASE("a view read from its file and from the database compares equal") {
  const std::vector<std::string> queries = {
      "SELECT id, name FROM users WHERE id > 1",
      "SELECT * FROM users",
      "SELECT u.*, o.total FROM users u JOIN orders o ON o.user_id = u.id",
      "select 'abc123' as a",
      "SELECT 1",
      "SELECT id, upper(name), count(*) OVER (PARTITION BY age ORDER BY id) FROM users",
      "SELECT u.id, count(o.id) AS n, sum(o.total) FROM users u LEFT OUTER JOIN orders AS o ON o.user_id = u.id "
      "GROUP BY u.id HAVING count(o.id) > 2 ORDER BY u.id DESC LIMIT 10 OFFSET 5",
      "SELECT id FROM users WHERE name IN ('a', 'b') AND age BETWEEN 1 AND 10 AND email LIKE '%@x' AND age != -1",
      "SELECT id FROM users WHERE id NOT IN (1, 2) OR name NOT LIKE 'x%' OR name ILIKE 'y'",
      "SELECT DISTINCT age FROM users",
      "SELECT DISTINCT ON (age) age, id FROM users ORDER BY age, id",
      "SELECT id FROM users UNION SELECT user_id FROM orders",
      "SELECT id FROM users UNION ALL SELECT user_id FROM orders EXCEPT SELECT 3",
      "SELECT id FROM users INTERSECT SELECT user_id FROM orders",
      "WITH big AS (SELECT user_id, sum(total) AS s FROM orders GROUP BY user_id) SELECT u.name, b.s FROM users u JOIN big b ON b.user_id = u.id",
      "SELECT id FROM users u WHERE EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id)",
      "SELECT id, (SELECT max(total) FROM orders o WHERE o.user_id = u.id) AS top FROM users u",
      "SELECT id FROM users WHERE id IN (SELECT user_id FROM orders)",
      "SELECT id FROM users WHERE id = ANY (SELECT user_id FROM orders)",
      "SELECT x.id, x.n FROM (SELECT id, name AS n FROM users) x",
      "SELECT u.id, l.total FROM users u CROSS JOIN LATERAL (SELECT total FROM orders o WHERE o.user_id = u.id LIMIT 1) l",
      "SELECT g FROM generate_series(1, 10) g",
      "VALUES (1, 'a'), (2, 'b')",
      "SELECT a.id FROM users a FULL JOIN orders b ON a.id = b.user_id RIGHT JOIN users c ON c.id = a.id",
      "SELECT a.id, b.id AS oid FROM users a, orders b WHERE a.id = b.user_id",
      "SELECT id::text, now() - interval '1 day' AS t, CAST(age AS bigint) AS a2 FROM users",
      "SELECT CASE WHEN age > 18 THEN 'adult' ELSE 'minor' END AS kind, coalesce(email, 'none') AS e FROM users",
      "SELECT name || ' <' || email || '>' AS who, age IS NULL AS no_age, NOT active AS inactive FROM users",
      "SELECT count(*) FILTER (WHERE active) AS n, array_agg(name ORDER BY name) AS names FROM users",
      "SELECT id, row_number() OVER w AS rn FROM users WINDOW w AS (ORDER BY id)",
      "SELECT e.kind, max(e.at) FROM rep.events e GROUP BY e.kind",
      "SELECT date_trunc('day', created) AS day, sum(total) FROM orders GROUP BY 1",
      "SELECT id FROM orders WHERE created IS NULL",
  };
  for (const std::string &q : queries) {
    INFO(q);
    std::string ddl = std::string(kTables) + "CREATE VIEW public.v AS " + q + ";\n";
    testing::ScratchDatabase db;
    db.execute(ddl);
    LoadedSchema file = fromFile(ddl), live = fromDatabase(db);
    REQUIRE(file.model.views.size() == 1);
    REQUIRE(live.model.views.size() == 1);
    const View &f = file.model.views[0], &l = live.model.views[0];
    INFO("file: ", describe(f));
    INFO("live: ", describe(l));
    CHECK(f.query.loose == l.query.loose);
    CHECK(sameViewColumns(f, l));
    CHECK(f.columns_known);
    diff::Diff d = diff::diffModels(live.model, file.model);
    CHECK(d.empty());
    // Types the file side claims to know are the catalog's.
    for (size_t i = 0; i < f.columns.size() && i < l.columns.size(); ++i)
      if (f.columns[i].type) CHECK(*f.columns[i].type == *l.columns[i].type);
  }
}

TEST_CASE("materialized views, options, comments and what views read, from the database") {
  std::string ddl = std::string(kTables) + R"(
CREATE VIEW public.active_users WITH (security_barrier) AS SELECT id, name FROM users WHERE active WITH LOCAL CHECK OPTION;
CREATE MATERIALIZED VIEW rep.totals AS SELECT user_id, sum(total) AS total FROM orders GROUP BY user_id WITH NO DATA;
CREATE UNIQUE INDEX totals_user ON rep.totals (user_id);
COMMENT ON VIEW public.active_users IS 'active ones';
COMMENT ON COLUMN public.active_users.name IS 'their name';
COMMENT ON MATERIALIZED VIEW rep.totals IS 'per user';
COMMENT ON INDEX rep.totals_user IS 'one row per user';
CREATE VIEW rep.top AS SELECT t.user_id FROM rep.totals t JOIN public.active_users a ON a.id = t.user_id;
)";
  testing::ScratchDatabase db;
  db.execute(ddl);
  LoadedSchema file = fromFile(ddl), live = fromDatabase(db);
  diff::Diff d = diff::diffModels(live.model, file.model);
  CHECK(d.empty());
  const View *a = live.model.findView({Identifier::exact("public"), Identifier::exact("active_users")});
  REQUIRE(a);
  CHECK(a->options == std::vector<RelOption>{{"security_barrier", "true"}, {"check_option", "local"}});
  CHECK(a->comment == std::optional<std::string>("active ones"));
  CHECK(a->columns[1].comment == std::optional<std::string>("their name"));
  const View *t = live.model.findView({Identifier::exact("rep"), Identifier::exact("totals")});
  REQUIRE(t);
  CHECK(t->materialized);
  CHECK_FALSE(t->with_data);
  REQUIRE(live.model.indexes.size() == 1);
  CHECK(live.model.indexes[0].comment == std::optional<std::string>("one row per user"));
  const View *top = live.model.findView({Identifier::exact("rep"), Identifier::exact("top")});
  REQUIRE(top);
  CHECK(top->reads == std::vector<QualifiedName>{{Identifier::exact("public"), Identifier::exact("active_users")},
                                                 {Identifier::exact("rep"), Identifier::exact("totals")}});
  // A changed view is a difference, not hidden by the loose comparison.
  std::string changed = ddl;
  changed.replace(changed.find("WHERE active"), 12, "WHERE NOT active");
  CHECK_FALSE(diff::diffModels(live.model, fromFile(changed).model).empty());
}
