// Table inheritance offline: what the front end builds for INHERITS and for ALTER TABLE on
// parents and children (checked against PostgreSQL 15's attislocal / attinhcount and its
// error messages), what the diff leaves to a parent's own change, and the order and
// statements of the plan.
#include <doctest/doctest.h>

#include <string>

#include "tests/support/schema_text.h"

using namespace pgshift;
using pgshift::testing::errorOf;
using pgshift::testing::listing;
using pgshift::testing::plan;
using pgshift::testing::read;

namespace {

const Table &table(const LoadedSchema &s, const char *name) {
  const Table *t = s.model.findTable({Identifier::exact("public"), Identifier::exact(name)});
  REQUIRE(t);
  return *t;
}

// "name:local/count" for each column, in order.
std::string marks(const Table &t) {
  std::string out;
  for (const auto &c : t.columns)
    out += (out.empty() ? "" : " ") + c.name.str() + ":" + (c.is_local ? "L" : "-") + std::to_string(c.inherit_count);
  return out;
}

const Column &column(const Table &t, const char *name) {
  const Column *c = t.findColumn(Identifier::exact(name));
  REQUIRE(c);
  return *c;
}

const Constraint &constraint(const Table &t, const char *name) {
  const Constraint *c = t.findConstraint(Identifier::exact(name));
  REQUIRE(c);
  return *c;
}

// Where `needle` starts in `haystack`, failing the test when it is not there.
size_t at(const std::string &haystack, const std::string &needle) {
  size_t pos = haystack.find(needle);
  INFO(haystack);
  REQUIRE_MESSAGE(pos != std::string::npos, needle);
  return pos;
}

}  // namespace

TEST_CASE("INHERITS takes the parents' columns first, merging same-named ones") {
  LoadedSchema s = read(
      "CREATE TABLE p1 (id int NOT NULL, a text DEFAULT 'x');\n"
      "CREATE TABLE p2 (id int, b int);\n"
      "CREATE TABLE c (z int, a text DEFAULT 'own', b int NOT NULL) INHERITS (p1, p2);\n");
  const Table &c = table(s, "c");
  REQUIRE(c.inherits.size() == 2);
  CHECK(c.inherits[0].name.str() == "p1");
  CHECK(c.inherits[1].name.str() == "p2");
  // PostgreSQL: id from both parents (count 2), a and b merged with local definitions.
  CHECK(marks(c) == "id:-2 a:L1 b:L1 z:L0");
  CHECK(column(c, "id").not_null);
  CHECK(column(c, "a").default_value->text == "'own'::text");
  CHECK(column(c, "b").not_null);
  CHECK(marks(table(s, "p1")) == "id:L0 a:L0");
}

TEST_CASE("inherited columns keep NOT NULL and defaults but not identity, comments or privileges") {
  LoadedSchema s = read(
      "CREATE TABLE p (id int GENERATED ALWAYS AS IDENTITY, g int GENERATED ALWAYS AS (id * 2) STORED, d int DEFAULT 4);\n"
      "COMMENT ON COLUMN p.d IS 'parent only';\n"
      "CREATE TABLE c () INHERITS (p);\n");
  const Table &c = table(s, "c");
  CHECK(column(c, "id").not_null);
  CHECK_FALSE(column(c, "id").identity);
  CHECK(column(c, "g").generated);
  CHECK(column(c, "d").default_value->text == "4");
  CHECK_FALSE(column(c, "d").comment);
}

TEST_CASE("CHECK constraints are inherited unless NO INHERIT, and merge with a restated one") {
  LoadedSchema s = read(
      "CREATE TABLE p (a int, CONSTRAINT pos CHECK (a > 0), CONSTRAINT mine CHECK (a < 9) NO INHERIT);\n"
      "CREATE TABLE c (CONSTRAINT pos CHECK (a>0)) INHERITS (p);\n"
      "CREATE TABLE d () INHERITS (p);\n");
  const Constraint &merged = constraint(table(s, "c"), "pos");
  CHECK(merged.is_local);
  CHECK(merged.inherit_count == 1);
  const Constraint &inherited = constraint(table(s, "d"), "pos");
  CHECK_FALSE(inherited.is_local);
  CHECK(inherited.inherit_count == 1);
  CHECK_FALSE(table(s, "d").findConstraint(Identifier::exact("mine")));
  // An unnamed check of the child takes a name the inherited one does not have.
  LoadedSchema t = read("CREATE TABLE p (a int CHECK (a > 0));\nCREATE TABLE c (CHECK (a > 1)) INHERITS (p);\n");
  CHECK(table(t, "c").findConstraint(Identifier::exact("c_a_check")));
  CHECK(table(t, "c").findConstraint(Identifier::exact("p_a_check")));
}

TEST_CASE("ALTER TABLE on a parent reaches its children") {
  LoadedSchema s = read(
      "CREATE TABLE p (a int, e int);\n"
      "CREATE TABLE c (e int, b int) INHERITS (p);\n"
      "CREATE TABLE g () INHERITS (c);\n"
      "ALTER TABLE p ADD COLUMN n int DEFAULT 5 NOT NULL;\n"
      "ALTER TABLE p ADD CONSTRAINT n_pos CHECK (n > 0);\n"
      "ALTER TABLE p DROP COLUMN e;\n"
      "ALTER TABLE p ALTER COLUMN a SET DEFAULT 7;\n");
  // e was c's own as well: it stays, as c's own, and g keeps its copy from c.
  CHECK(marks(table(s, "c")) == "a:-1 e:L0 b:L0 n:-1");
  CHECK(marks(table(s, "g")) == "a:-1 e:-1 b:-1 n:-1");
  CHECK(column(table(s, "g"), "a").default_value->text == "7");
  CHECK(column(table(s, "g"), "n").not_null);
  CHECK_FALSE(constraint(table(s, "g"), "n_pos").is_local);
  LoadedSchema only = read("CREATE TABLE p (a int, e int);\nCREATE TABLE c () INHERITS (p);\nALTER TABLE ONLY p DROP COLUMN e;\n");
  CHECK(marks(table(only, "c")) == "a:-1 e:L0");
}

TEST_CASE("INHERIT and NO INHERIT link and unlink a table whose columns fit") {
  LoadedSchema s = read(
      "CREATE TABLE p (a int NOT NULL, CONSTRAINT pos CHECK (a > 0));\n"
      "CREATE TABLE c (a int NOT NULL, b int, CONSTRAINT pos CHECK (a > 0));\n"
      "ALTER TABLE c INHERIT p;\n"
      "CREATE TABLE d () INHERITS (p);\n"
      "ALTER TABLE d NO INHERIT p;\n");
  CHECK(marks(table(s, "c")) == "a:L1 b:L0");
  CHECK(constraint(table(s, "c"), "pos").inherit_count == 1);
  CHECK(table(s, "d").inherits.empty());
  CHECK(marks(table(s, "d")) == "a:L0");
  CHECK(constraint(table(s, "d"), "pos").is_local);
}

TEST_CASE("what PostgreSQL refuses about inheritance is refused by name") {
  CHECK(errorOf("CREATE TABLE p (a int);\nCREATE TABLE c (a text) INHERITS (p);") ==
        "schema.sql:2:17: column \"a\" has a type conflict");
  CHECK(errorOf("CREATE TABLE p1 (a int);\nCREATE TABLE p2 (a text);\nCREATE TABLE c () INHERITS (p1, p2);") ==
        "schema.sql:3:1: inherited column \"a\" has a type conflict");
  CHECK(errorOf("CREATE TABLE p1 (a int DEFAULT 1);\nCREATE TABLE p2 (a int DEFAULT 2);\nCREATE TABLE c () INHERITS (p1, p2);") ==
        "schema.sql:3:1: column \"a\" inherits conflicting default values");
  CHECK(errorOf("CREATE TABLE p (a int);\nCREATE TABLE c () INHERITS (p, p);") ==
        "schema.sql:2:1: relation \"p\" would be inherited from more than once");
  CHECK(errorOf("CREATE TABLE p (a int) PARTITION BY RANGE (a);\nCREATE TABLE c () INHERITS (p);") ==
        "schema.sql:2:1: cannot inherit from partitioned table \"p\"");
  CHECK(errorOf("CREATE TABLE p (a int);\nCREATE TABLE c () INHERITS (p) PARTITION BY RANGE (a);") ==
        "schema.sql:2:1: cannot create partitioned table as inheritance child");
  CHECK(errorOf("CREATE TABLE p (a int);\nCREATE TABLE c () INHERITS (p);\nALTER TABLE c DROP COLUMN a;") ==
        "schema.sql:3:15: cannot drop inherited column \"a\"");
  CHECK(errorOf("CREATE TABLE p (a int);\nCREATE TABLE c () INHERITS (p);\nALTER TABLE c ALTER COLUMN a TYPE bigint;") ==
        "schema.sql:3:15: cannot alter inherited column \"a\"");
  CHECK(errorOf("CREATE TABLE p (a int);\nCREATE TABLE c (b int);\nALTER TABLE c INHERIT p;") ==
        "schema.sql:3:15: child table is missing column \"a\"");
  CHECK(errorOf("CREATE TABLE p (a int CONSTRAINT k CHECK (a > 0));\nCREATE TABLE c (a int);\nALTER TABLE c INHERIT p;") ==
        "schema.sql:3:15: child table is missing constraint \"k\"");
  CHECK(errorOf("CREATE TABLE p (a int);\nCREATE TABLE c () INHERITS (p);\nALTER TABLE p INHERIT c;") ==
        "schema.sql:3:15: circular inheritance not allowed");
  CHECK(errorOf("CREATE TABLE p (g int GENERATED ALWAYS AS (1) STORED);\nCREATE TABLE c (g int DEFAULT 2) INHERITS (p);") ==
        "schema.sql:2:17: column \"g\" inherits from generated column but specifies default");
}

TEST_CASE("the diff leaves to a parent's change what it does to the children") {
  // A column added to a parent is not added to the children as well.
  std::string l = listing(plan("CREATE TABLE p (a int);\nCREATE TABLE c (b int) INHERITS (p);",
                               "CREATE TABLE p (a int, n int);\nCREATE TABLE c (b int) INHERITS (p);"));
  CHECK(l.find("ALTER TABLE public.p ADD COLUMN n integer") != std::string::npos);
  CHECK(l.find("public.c ADD COLUMN") == std::string::npos);
  // A dropped one goes with the parent's; a changed one follows it.
  l = listing(plan("CREATE TABLE p (a int, e int, d int DEFAULT 1, CONSTRAINT k CHECK (a > 0));\nCREATE TABLE c () INHERITS (p);",
                   "CREATE TABLE p (a bigint, d int DEFAULT 2, CONSTRAINT k CHECK (a > 1));\nCREATE TABLE c () INHERITS (p);"));
  CHECK(l.find("ALTER TABLE public.p DROP COLUMN e") != std::string::npos);
  CHECK(l.find("ALTER TABLE public.c") == std::string::npos);
  // A child's own default on the parent's new column is set after the parent adds it.
  l = listing(plan("CREATE TABLE p (a int);\nCREATE TABLE c () INHERITS (p);",
                   "CREATE TABLE p (a int, n int DEFAULT 1);\nCREATE TABLE c (n int DEFAULT 2) INHERITS (p);"));
  CHECK(at(l, "ALTER TABLE public.p ADD COLUMN n") < at(l, "ALTER TABLE public.c ALTER COLUMN n SET DEFAULT 2"));
  // Inheritance marks alone are no difference: INHERIT leaves columns local, CREATE does not.
  SchemaModel linked = read("CREATE TABLE p (a int);\nCREATE TABLE c (a int);\nALTER TABLE c INHERIT p;").model;
  SchemaModel created = read("CREATE TABLE p (a int);\nCREATE TABLE c () INHERITS (p);").model;
  CHECK(diff::diffModels(linked, created).changes.empty());
}

TEST_CASE("a parent column a child keeps is dropped with ONLY") {
  std::string l = listing(plan("CREATE TABLE p (a int, e int);\nCREATE TABLE c (b int) INHERITS (p);",
                               "CREATE TABLE p (a int);\nCREATE TABLE c (b int, e int) INHERITS (p);"));
  CHECK(l.find("ALTER TABLE ONLY public.p DROP COLUMN e") != std::string::npos);
  CHECK(l.find("undo: ALTER TABLE public.p ADD COLUMN e integer") != std::string::npos);
  CHECK(l.find("public.c DROP COLUMN") == std::string::npos);
}

TEST_CASE("parents are created before and dropped after their children, with only local columns written") {
  std::string l = listing(plan("CREATE TABLE t (x int);",
                               "CREATE TABLE c0 (a int, b int DEFAULT 3);\n"
                               "CREATE TABLE b0 (z int, b int DEFAULT 9, CHECK (z > 0)) INHERITS (c0);\n"
                               "CREATE TABLE a0 () INHERITS (b0);"));
  CHECK(at(l, "CREATE TABLE public.c0") < at(l, "CREATE TABLE public.b0"));
  CHECK(at(l, "CREATE TABLE public.b0") < at(l, "CREATE TABLE public.a0"));
  // b0 writes its own z and the b it gives its own default; a0 writes nothing.
  CHECK(l.find("CREATE TABLE public.b0 (\n    b integer DEFAULT 9,\n    z integer,\n    CONSTRAINT b0_z_check CHECK (z > 0)\n"
               ") INHERITS (public.c0)") != std::string::npos);
  CHECK(l.find("CREATE TABLE public.a0 () INHERITS (public.b0)") != std::string::npos);
  std::string down = listing(plan("CREATE TABLE c0 (a int);\nCREATE TABLE b0 () INHERITS (c0);\nCREATE TABLE a0 () INHERITS (b0);",
                                  "CREATE TABLE t (x int);"));
  CHECK(at(down, "DROP TABLE public.a0") < at(down, "DROP TABLE public.b0"));
  CHECK(at(down, "DROP TABLE public.b0") < at(down, "DROP TABLE public.c0"));
}

TEST_CASE("a table gains a parent once it has the parent's columns, and loses one before they change") {
  std::string l = listing(plan("CREATE TABLE p (a int);\nCREATE TABLE c (b int);",
                               "CREATE TABLE p (a int, n int NOT NULL DEFAULT 0);\nCREATE TABLE c (b int) INHERITS (p);"));
  CHECK(at(l, "ALTER TABLE public.c ADD COLUMN a integer") < at(l, "ALTER TABLE public.c INHERIT public.p"));
  CHECK(at(l, "ALTER TABLE public.c ADD COLUMN n integer") < at(l, "ALTER TABLE public.c INHERIT public.p"));
  CHECK(l.find("undo: ALTER TABLE public.c NO INHERIT public.p") != std::string::npos);
  l = listing(plan("CREATE TABLE p (a int, e int);\nCREATE TABLE c (b int) INHERITS (p);",
                   "CREATE TABLE p (a int);\nCREATE TABLE c (b int);"));
  CHECK(at(l, "ALTER TABLE public.c NO INHERIT public.p") < at(l, "ALTER TABLE public.p DROP COLUMN e"));
  CHECK(at(l, "ALTER TABLE public.c NO INHERIT public.p") < at(l, "ALTER TABLE public.c DROP COLUMN e"));
}
