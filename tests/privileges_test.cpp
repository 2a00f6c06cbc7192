// Ownership and privileges through the front end, the diff and the planner. ACLs as
// PostgreSQL 15 stores them (checked with aclexplode), relative to the owner.
#include <doctest/doctest.h>

#include <algorithm>
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

// ================================================================ ownership

TEST_CASE("owners: stated by OWNER TO and AUTHORIZATION, left unset otherwise") {
  LoadedSchema s = read(
      "CREATE SCHEMA a AUTHORIZATION alice;\nCREATE SCHEMA b;\n"
      "CREATE TABLE t (id serial);\nALTER TABLE t OWNER TO bob;\n"
      "CREATE TABLE u (id int);\nALTER TABLE u OWNER TO bob;\nALTER TABLE u OWNER TO CURRENT_USER;\n"
      "CREATE SEQUENCE q;\nALTER TABLE q OWNER TO carol;\nCREATE SEQUENCE r;\nALTER SEQUENCE r OWNER TO dave;\n"
      "ALTER SCHEMA b OWNER TO erin;\nCREATE VIEW some_view AS SELECT 1 AS x;\nALTER TABLE some_view OWNER TO frank;\n");
  CHECK(s.model.findView(qn("public", "some_view"))->owner == id("frank"));
  CHECK(s.model.findSchema(id("a"))->owner == id("alice"));
  CHECK(s.model.findSchema(id("b"))->owner == id("erin"));
  CHECK_FALSE(s.model.findSchema(id("public"))->owner);
  CHECK(s.model.findTable(qn("public", "t"))->owner == id("bob"));
  CHECK(s.model.findSequence(qn("public", "t_id_seq"))->owner == id("bob"));  // goes with its table
  CHECK_FALSE(s.model.findTable(qn("public", "u"))->owner);
  CHECK(s.model.findSequence(qn("public", "q"))->owner == id("carol"));
  CHECK(s.model.findSequence(qn("public", "r"))->owner == id("dave"));
}

TEST_CASE("owners: compared only where the target states one") {
  CHECK(plan("CREATE TABLE t (a int); ALTER TABLE t OWNER TO bob;", "CREATE TABLE t (a int);").empty());
  CHECK(plan("CREATE TABLE t (a int); ALTER TABLE t OWNER TO bob;", "CREATE TABLE t (a int); ALTER TABLE t OWNER TO bob;").empty());
  CHECK(listing(plan("CREATE TABLE t (id serial);", "CREATE TABLE t (id serial); ALTER TABLE t OWNER TO bob;")) ==
        "expand: set owner of table public.t\n"
        "  ALTER TABLE public.t OWNER TO bob\n"
        "  undo: ALTER TABLE public.t OWNER TO CURRENT_USER\n");
  CHECK(listing(plan("CREATE SCHEMA s AUTHORIZATION alice;", "CREATE SCHEMA s AUTHORIZATION bob;")) ==
        "expand: set owner of schema s\n"
        "  ALTER SCHEMA s OWNER TO bob\n"
        "  undo: ALTER SCHEMA s OWNER TO alice\n");
  // A new object is given to its owner once created.
  std::string created = listing(plan("", "CREATE SEQUENCE q; ALTER SEQUENCE q OWNER TO bob;"));
  CHECK(created.find("create sequence public.q") < created.find("set owner of sequence public.q"));
  // A dropped object with a known owner: nothing to do on the way up; the down migration
  // gives it back once the table is there again.
  std::string dropped = listing(plan("CREATE TABLE t (a int); ALTER TABLE t OWNER TO bob;", ""));
  CHECK(dropped.find("set owner of table public.t\n  undo: ALTER TABLE public.t OWNER TO bob") != std::string::npos);
  CHECK(dropped.find("set owner of table public.t") < dropped.find("drop table public.t"));
}

// ================================================================ privileges

TEST_CASE("privileges: GRANT and REVOKE merge into the ACL PostgreSQL stores") {
  LoadedSchema s = read(
      "CREATE SCHEMA app;\n"
      "CREATE TABLE app.t (a int, b text);\nCREATE SEQUENCE app.q;\nCREATE TABLE app.u (x int);\n"
      "GRANT SELECT, INSERT ON app.t TO reader, writer;\n"
      "REVOKE INSERT ON TABLE app.t FROM reader;\n"
      "GRANT UPDATE (b) ON app.t TO writer WITH GRANT OPTION;\n"
      "GRANT ALL ON SEQUENCE app.q TO writer;\n"
      "GRANT USAGE ON SCHEMA app TO PUBLIC;\n"
      "GRANT SELECT ON ALL TABLES IN SCHEMA app TO auditor;\n"
      "REVOKE ALL ON app.u FROM PUBLIC;\n");
  const Table *t = s.model.findTable(qn("app", "t"));
  REQUIRE(t);
  CHECK(aclText(t->acl) ==
        "OWNER=INSERT, SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER auditor=SELECT reader=SELECT writer=INSERT, SELECT");
  CHECK(aclText(t->columns[1].acl) == "writer=UPDATE*UPDATE");
  CHECK(t->columns[0].acl.empty());
  CHECK(aclText(s.model.findSequence(qn("app", "q"))->acl) == "OWNER=SELECT, UPDATE, USAGE writer=SELECT, UPDATE, USAGE");
  CHECK(aclText(s.model.findSchema(id("app"))->acl) == "OWNER=USAGE, CREATE public=USAGE");
  CHECK(aclText(s.model.findSchema(id("public"))->acl) == "OWNER=USAGE, CREATE public=USAGE");
  CHECK(aclText(s.model.findTable(qn("app", "u"))->acl) ==
        "OWNER=INSERT, SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER auditor=SELECT");
}

TEST_CASE("privileges: what PostgreSQL refuses, and what is not supported yet") {
  const std::string t = "CREATE TABLE t (a int);\n";
  CHECK(errorOf(t + "GRANT USAGE ON t TO r;") == "schema.sql:2:7: invalid privilege type USAGE for relation");
  CHECK(errorOf(t + "GRANT SELECT (b) ON t TO r;") == "schema.sql:2:7: column \"b\" of relation \"t\" does not exist");
  CHECK(errorOf(t + "GRANT SELECT ON nowhere TO r;") == "schema.sql:2:1: relation \"nowhere\" does not exist");
  CHECK(errorOf(t + "GRANT EXECUTE ON FUNCTION f() TO r;") == "schema.sql:2:1: function f() does not exist");
  CHECK(errorOf(t + "GRANT USAGE ON DATABASE x TO r;") == "schema.sql:2:16: unsupported: privileges ON DATABASE x");
  CHECK(errorOf(t + "GRANT SELECT ON t TO CURRENT_USER;") ==
        "schema.sql:2:22: unsupported: CURRENT_USER as a grantee (name the role)");
  CHECK(errorOf("GRANT admin TO bob;") == "schema.sql:1:1: unsupported statement: GRANT (role membership)");
}

TEST_CASE("privileges: the fewest GRANT and REVOKE statements, both ways") {
  const std::string t = "CREATE TABLE t (a int, b int);\n";
  CHECK(plan(t + "GRANT SELECT ON t TO r;", t + "GRANT SELECT ON t TO r;").empty());
  CHECK(listing(plan(t + "GRANT SELECT, INSERT ON t TO r;", t + "GRANT UPDATE, INSERT ON t TO r WITH GRANT OPTION;")) ==
        "expand: set privileges on table public.t\n"
        "  REVOKE SELECT ON TABLE public.t FROM r\n"
        "  GRANT INSERT, UPDATE ON TABLE public.t TO r WITH GRANT OPTION\n"
        "  undo: REVOKE UPDATE ON TABLE public.t FROM r\n"
        "  undo: REVOKE GRANT OPTION FOR INSERT ON TABLE public.t FROM r\n"
        "  undo: GRANT SELECT ON TABLE public.t TO r\n");
  CHECK(listing(plan(t, t + "GRANT SELECT (b) ON t TO PUBLIC;")) ==
        "expand: set privileges on column public.t.b\n"
        "  GRANT SELECT (b) ON TABLE public.t TO PUBLIC\n"
        "  undo: REVOKE SELECT (b) ON TABLE public.t FROM PUBLIC\n");
  // The owner by name where it is stated.
  CHECK(listing(plan(t + "ALTER TABLE t OWNER TO o;", t + "ALTER TABLE t OWNER TO o; REVOKE DELETE ON t FROM o;")) ==
        "expand: set privileges on table public.t\n"
        "  REVOKE DELETE ON TABLE public.t FROM o\n"
        "  undo: GRANT DELETE ON TABLE public.t TO o\n");
  // New objects: after creation (and ownership); dropped ones: before the drop.
  std::string created = listing(plan("", "CREATE SCHEMA s; CREATE TABLE s.t (a int); GRANT USAGE ON SCHEMA s TO r; GRANT SELECT ON s.t TO r;"));
  CHECK(created.find("create table s.t") < created.find("set privileges on table s.t"));
  CHECK(created.find("create schema s") < created.find("set privileges on schema s"));
  std::string dropped = listing(plan(t + "GRANT SELECT ON t TO r;", ""));
  CHECK(dropped.find("set privileges on table public.t") < dropped.find("drop table public.t"));
  CHECK(dropped.find("undo: GRANT SELECT ON TABLE public.t TO r") != std::string::npos);
}

TEST_CASE("privileges: granting to the stated owner is the owner's own entry") {
  LoadedSchema s = read("CREATE TABLE t (a int);\nGRANT SELECT ON t TO o;\nALTER TABLE t OWNER TO o;\nGRANT INSERT ON t TO o;\n");
  CHECK(aclText(s.model.findTable(qn("public", "t"))->acl) == "OWNER=INSERT, SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER");
}

TEST_CASE("privileges: a grant to the role running the file is the owner's own entry") {
  // Read as the role `o` runs it, an object the file gives nobody else is o's: GRANT to o
  // only makes the owner's default entry explicit, and REVOKE from o narrows it, as
  // PostgreSQL does. Read without knowing who runs it, o is a role like any other.
  const std::string sql = "CREATE TABLE t (a int);\nGRANT DELETE, SELECT ON t TO o;\nREVOKE SELECT ON t FROM o;\n"
                          "CREATE TABLE u (a int);\nALTER TABLE u OWNER TO p;\nGRANT SELECT ON u TO o;\n";
  const std::vector<SourceText> scripts{SourceText{"schema.sql", sql}};
  LoadedSchema as_o = readSchema(scripts, id("o"));
  CHECK(aclText(as_o.model.findTable(qn("public", "t"))->acl) == "OWNER=INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER");
  CHECK(aclText(as_o.model.findTable(qn("public", "u"))->acl) ==
        "OWNER=INSERT, SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER o=SELECT");
  LoadedSchema unknown = readSchema(scripts);
  CHECK(aclText(unknown.model.findTable(qn("public", "t"))->acl) ==
        "OWNER=INSERT, SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER o=DELETE");
}

// ================================================================ views

TEST_CASE("privileges: views and materialized views have a table's privileges and an owner") {
  LoadedSchema s = read(
      "CREATE TABLE t (a int, b int);\nCREATE VIEW v AS SELECT a FROM t;\nCREATE MATERIALIZED VIEW m AS SELECT b FROM t;\n"
      "GRANT SELECT ON v TO reader;\nGRANT ALL ON TABLE m TO writer;\nREVOKE TRUNCATE ON m FROM writer;\n"
      "ALTER VIEW v OWNER TO o;\nALTER TABLE m OWNER TO p;\nGRANT INSERT ON v TO o;\n"
      "CREATE OR REPLACE VIEW v AS SELECT a, b FROM t;\n");  // keeps owner and privileges
  const View *v = s.model.findView(qn("public", "v"));
  const View *m = s.model.findView(qn("public", "m"));
  REQUIRE(v);
  REQUIRE(m);
  CHECK(v->owner == id("o"));
  CHECK(aclText(v->acl) == "OWNER=INSERT, SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER reader=SELECT");
  CHECK(m->owner == id("p"));
  CHECK(aclText(m->acl) ==
        "OWNER=INSERT, SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER writer=INSERT, SELECT, UPDATE, DELETE, REFERENCES, TRIGGER");
  const std::string t = "CREATE TABLE t (a int);\nCREATE VIEW v AS SELECT a FROM t;\n";
  CHECK(errorOf(t + "GRANT INSERT (b) ON v TO r;") == "schema.sql:3:7: column \"b\" of relation \"v\" does not exist");
  CHECK(errorOf(t + "ALTER MATERIALIZED VIEW v OWNER TO r;") == "schema.sql:3:1: \"v\" is not a materialized view");
  CHECK(errorOf(t + "ALTER VIEW nowhere OWNER TO r;") == "schema.sql:3:1: relation \"nowhere\" does not exist");
  CHECK(errorOf(t + "ALTER VIEW IF EXISTS nowhere OWNER TO r;").empty());
}

TEST_CASE("privileges: a view's owner and grants, and a view created again gets them again") {
  const std::string t = "CREATE TABLE t (a int, b int);\n";
  CHECK(listing(plan(t + "CREATE VIEW v AS SELECT a FROM t;", t + "CREATE VIEW v AS SELECT a FROM t; GRANT SELECT ON v TO r;")) ==
        "expand: set privileges on view public.v\n"
        "  GRANT SELECT ON TABLE public.v TO r\n"
        "  undo: REVOKE SELECT ON TABLE public.v FROM r\n");
  CHECK(listing(plan(t + "CREATE MATERIALIZED VIEW m AS SELECT a FROM t;",
                     t + "CREATE MATERIALIZED VIEW m AS SELECT a FROM t; ALTER MATERIALIZED VIEW m OWNER TO o;")) ==
        "expand: set owner of materialized view public.m\n"
        "  ALTER MATERIALIZED VIEW public.m OWNER TO o\n"
        "  undo: ALTER MATERIALIZED VIEW public.m OWNER TO CURRENT_USER\n");
  // Dropping a column of the view: DROP and CREATE, which start from the default ACL.
  std::string recreated = listing(plan(t + "CREATE VIEW v AS SELECT a, b FROM t; GRANT SELECT ON v TO r; ALTER VIEW v OWNER TO o;",
                                       t + "CREATE VIEW v AS SELECT a FROM t; GRANT SELECT ON v TO r; ALTER VIEW v OWNER TO o;"));
  size_t drop = recreated.find("drop view public.v"), create = recreated.find("create view public.v");
  REQUIRE(drop != std::string::npos);
  REQUIRE(create != std::string::npos);
  size_t reset = recreated.find("REVOKE SELECT ON TABLE public.v FROM r\n  undo: GRANT SELECT ON TABLE public.v TO r");
  size_t regrant = recreated.find("GRANT SELECT ON TABLE public.v TO r\n  undo: REVOKE SELECT ON TABLE public.v FROM r");
  size_t disown = recreated.find("ALTER VIEW public.v OWNER TO CURRENT_USER\n  undo: ALTER VIEW public.v OWNER TO o");
  size_t own = recreated.find("ALTER VIEW public.v OWNER TO o\n  undo: ALTER VIEW public.v OWNER TO CURRENT_USER");
  CHECK(reset < drop);
  CHECK(disown < drop);
  CHECK(create < regrant);
  CHECK(create < own);
  CHECK(regrant != std::string::npos);
  CHECK(own != std::string::npos);
}

TEST_CASE("privileges: view columns, kept by CREATE OR REPLACE and given back to a view created again") {
  const std::string t = "CREATE TABLE t (a int, b int);\n";
  LoadedSchema s = read(t + "CREATE VIEW v AS SELECT a FROM t;\nGRANT SELECT (a), UPDATE (a) ON v TO r;\n"
                            "ALTER VIEW v OWNER TO o;\nGRANT INSERT (a) ON v TO o;\n"
                            "CREATE OR REPLACE VIEW v AS SELECT a, b FROM t;\nGRANT REFERENCES (b) ON v TO r;\n");
  const View *v = s.model.findView(qn("public", "v"));
  REQUIRE(v);
  REQUIRE(v->columns.size() == 2);
  CHECK(aclText(v->columns[0].acl) == "OWNER=INSERT r=SELECT, UPDATE");
  CHECK(aclText(v->columns[1].acl) == "r=REFERENCES");
  CHECK(listing(plan(t + "CREATE VIEW v AS SELECT a FROM t;", t + "CREATE VIEW v AS SELECT a FROM t; GRANT SELECT (a) ON v TO r;")) ==
        "expand: set privileges on column public.v.a\n"
        "  GRANT SELECT (a) ON TABLE public.v TO r\n"
        "  undo: REVOKE SELECT (a) ON TABLE public.v FROM r\n");
  std::string recreated = listing(plan(t + "CREATE VIEW v AS SELECT a, b FROM t; GRANT SELECT (a) ON v TO r;",
                                       t + "CREATE VIEW v AS SELECT a FROM t; GRANT SELECT (a) ON v TO r;"));
  size_t drop = recreated.find("drop view public.v"), create = recreated.find("create view public.v");
  size_t reset = recreated.find("REVOKE SELECT (a) ON TABLE public.v FROM r\n  undo: GRANT");
  size_t regrant = recreated.find("GRANT SELECT (a) ON TABLE public.v TO r\n  undo: REVOKE");
  REQUIRE(drop != std::string::npos);
  REQUIRE(create != std::string::npos);
  CHECK(reset < drop);
  CHECK(create < regrant);
  CHECK(regrant != std::string::npos);
}

// ================================================================ functions and procedures

TEST_CASE("privileges: functions and procedures, with PUBLIC's default EXECUTE") {
  const std::string fns =
      "CREATE FUNCTION f(a int, b text) RETURNS int LANGUAGE sql AS 'SELECT a';\n"
      "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';\n"
      "CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';\n"
      "CREATE SCHEMA s;\nCREATE FUNCTION s.g() RETURNS int LANGUAGE sql AS 'SELECT 1';\n";
  LoadedSchema s = read(fns +
                        "REVOKE ALL ON FUNCTION f(int, text) FROM PUBLIC;\nGRANT EXECUTE ON FUNCTION f(integer, text) TO r WITH GRANT OPTION;\n"
                        "ALTER FUNCTION f(int) OWNER TO o;\nGRANT ALL ON PROCEDURE p TO r;\nALTER PROCEDURE p() OWNER TO o;\n"
                        "REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA s FROM PUBLIC;\n"
                        "CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a + 1';\n");
  auto acl = [&](const std::string &signature) {
    for (const auto &f : s.model.functions)
      if (f.signature() == signature) return aclText(f.acl);
    return std::string("(no function ") + signature + ")";
  };
  CHECK(acl("public.f(integer, text)") == "OWNER=EXECUTE r=EXECUTE*EXECUTE");
  CHECK(acl("public.f(integer)") == "OWNER=EXECUTE public=EXECUTE");
  CHECK(acl("public.p()") == "OWNER=EXECUTE public=EXECUTE r=EXECUTE");
  CHECK(acl("s.g()") == "OWNER=EXECUTE");
  for (const auto &f : s.model.functions)
    if (f.signature() == "public.f(integer)" || f.signature() == "public.p()") CHECK(f.owner == id("o"));  // kept by OR REPLACE
  CHECK(errorOf(fns + "GRANT EXECUTE ON FUNCTION f TO r;") == "schema.sql:6:1: function name \"f\" is not unique");
  CHECK(errorOf(fns + "GRANT EXECUTE ON PROCEDURE f(int) TO r;") == "schema.sql:6:1: public.f(integer) is not a procedure");
  CHECK(errorOf(fns + "GRANT SELECT ON FUNCTION s.g() TO r;") == "schema.sql:6:7: invalid privilege type SELECT for function");
  CHECK(errorOf(fns + "ALTER FUNCTION p() OWNER TO o;") == "schema.sql:6:1: public.p() is a procedure");
}

TEST_CASE("privileges: a function's grants and owner, and a function created again gets them again") {
  const std::string f = "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';\n";
  CHECK(plan(f, f + "REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC;").steps.size() == 1);
  CHECK(listing(plan(f, f + "REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC; GRANT EXECUTE ON FUNCTION f(int) TO r;")) ==
        "expand: set privileges on function public.f(integer)\n"
        "  REVOKE EXECUTE ON FUNCTION public.f(integer) FROM PUBLIC\n"
        "  GRANT EXECUTE ON FUNCTION public.f(integer) TO r\n"
        "  undo: REVOKE EXECUTE ON FUNCTION public.f(integer) FROM r\n"
        "  undo: GRANT EXECUTE ON FUNCTION public.f(integer) TO PUBLIC\n");
  CHECK(listing(plan(f, f + "ALTER FUNCTION f OWNER TO o;")) ==
        "expand: set owner of function public.f(integer)\n"
        "  ALTER FUNCTION public.f(integer) OWNER TO o\n"
        "  undo: ALTER FUNCTION public.f(integer) OWNER TO CURRENT_USER\n");
  // A new return type: DROP and CREATE, which start from the default ACL.
  const std::string grants = "REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC;\n";
  std::string recreated = listing(plan(f + grants, "CREATE FUNCTION f(a int) RETURNS bigint LANGUAGE sql AS 'SELECT a';\n" + grants));
  size_t reset = recreated.find("GRANT EXECUTE ON FUNCTION public.f(integer) TO PUBLIC\n  undo: REVOKE");
  size_t revoke = recreated.find("REVOKE EXECUTE ON FUNCTION public.f(integer) FROM PUBLIC\n  undo: GRANT");
  size_t drop = recreated.find("DROP FUNCTION public.f(integer)");
  REQUIRE(reset != std::string::npos);
  REQUIRE(revoke != std::string::npos);
  REQUIRE(drop != std::string::npos);
  CHECK(reset < drop);
  CHECK(drop < revoke);
}

// ================================================================ types and domains

TEST_CASE("privileges: types and domains have USAGE, PUBLIC's by default, and an owner") {
  LoadedSchema s = read(
      "CREATE TYPE mood AS ENUM ('ok');\nCREATE DOMAIN posint AS int CHECK (VALUE > 0);\n"
      "CREATE TYPE pair AS (a int, b int);\nCREATE TYPE span AS RANGE (subtype = int4);\nCREATE TYPE calm AS ENUM ();\n"
      "REVOKE ALL ON TYPE mood FROM PUBLIC;\nGRANT USAGE ON TYPE mood TO r WITH GRANT OPTION;\n"
      "GRANT ALL ON DOMAIN posint TO r;\nGRANT USAGE ON TYPE posint TO s;\nALTER DOMAIN posint OWNER TO o;\n"
      "ALTER TYPE pair OWNER TO o;\nGRANT USAGE ON TYPE pair TO o;\nREVOKE USAGE ON TYPE pair FROM o;\n"
      "GRANT USAGE ON TYPE span, calm TO r;\n");
  CHECK(aclText(s.model.findEnum(qn("public", "mood"))->acl) == "OWNER=USAGE r=USAGE*USAGE");
  CHECK_FALSE(s.model.findEnum(qn("public", "mood"))->owner);
  const Domain *d = s.model.findDomain(qn("public", "posint"));
  CHECK(aclText(d->acl) == "OWNER=USAGE public=USAGE r=USAGE s=USAGE");
  CHECK(d->owner == id("o"));
  const CompositeType *c = s.model.findComposite(qn("public", "pair"));
  CHECK(aclText(c->acl) == "public=USAGE");  // revoking from the owner leaves PUBLIC's
  CHECK(c->owner == id("o"));
  CHECK(aclText(s.model.findRange(qn("public", "span"))->acl) == "OWNER=USAGE public=USAGE r=USAGE");
  CHECK(aclText(s.model.findEnum(qn("public", "calm"))->acl) == "OWNER=USAGE public=USAGE r=USAGE");
  const std::string t = "CREATE TYPE mood AS ENUM ('ok');\nCREATE TYPE span AS RANGE (subtype = int4);\n";
  CHECK(errorOf(t + "GRANT USAGE ON DOMAIN mood TO r;") == "schema.sql:3:1: \"mood\" is not a domain");
  CHECK(errorOf(t + "ALTER DOMAIN mood OWNER TO r;") == "schema.sql:3:1: \"mood\" is not a domain");
  CHECK(errorOf(t + "GRANT USAGE ON TYPE nowhere TO r;") == "schema.sql:3:1: type \"nowhere\" does not exist");
  CHECK(errorOf(t + "GRANT SELECT ON TYPE mood TO r;") == "schema.sql:3:7: invalid privilege type SELECT for type");
  CHECK(errorOf(t + "GRANT USAGE ON TYPE span_multirange TO r;") ==
        "schema.sql:3:1: cannot set privileges of multirange types (\"span_multirange\")");
}

TEST_CASE("privileges: a type's grants and owner, and a type created again or swapped gets them again") {
  const std::string e = "CREATE TYPE mood AS ENUM ('a', 'b');\n";
  CHECK(listing(plan(e, e + "REVOKE USAGE ON TYPE mood FROM PUBLIC; GRANT USAGE ON TYPE mood TO r;")) ==
        "expand: set privileges on type public.mood\n"
        "  REVOKE USAGE ON TYPE public.mood FROM PUBLIC\n"
        "  GRANT USAGE ON TYPE public.mood TO r\n"
        "  undo: REVOKE USAGE ON TYPE public.mood FROM r\n"
        "  undo: GRANT USAGE ON TYPE public.mood TO PUBLIC\n");
  const std::string d = "CREATE DOMAIN posint AS int;\n";
  CHECK(listing(plan(d, d + "ALTER DOMAIN posint OWNER TO o;")) ==
        "expand: set owner of domain public.posint\n"
        "  ALTER DOMAIN public.posint OWNER TO o\n"
        "  undo: ALTER DOMAIN public.posint OWNER TO CURRENT_USER\n");
  // A new base type: DROP and CREATE, which start from the default ACL.
  const std::string grants = "GRANT USAGE ON DOMAIN posint TO r; ALTER DOMAIN posint OWNER TO o;\n";
  std::string recreated = listing(plan(d + grants, "CREATE DOMAIN posint AS bigint;\n" + grants));
  size_t drop = recreated.find("DROP DOMAIN public.posint"), create = recreated.find("CREATE DOMAIN public.posint");
  size_t reset = recreated.find("REVOKE USAGE ON DOMAIN public.posint FROM r\n  undo: GRANT");
  size_t regrant = recreated.find("GRANT USAGE ON DOMAIN public.posint TO r\n  undo: REVOKE");
  size_t own = recreated.find("ALTER DOMAIN public.posint OWNER TO o\n  undo: ALTER DOMAIN public.posint OWNER TO CURRENT_USER");
  REQUIRE(drop != std::string::npos);
  REQUIRE(create != std::string::npos);
  CHECK(reset < drop);
  CHECK(create < regrant);
  CHECK(create < own);
  CHECK(regrant != std::string::npos);
  // An enum losing a value is swapped for a new type, which the swap gives the owner and
  // grants of the type it replaces, both ways.
  const std::string enum_grants = "REVOKE USAGE ON TYPE mood FROM PUBLIC; ALTER TYPE mood OWNER TO o;\n";
  planner::Plan swap = plan(e + enum_grants, "CREATE TYPE mood AS ENUM ('a');\n" + enum_grants);
  REQUIRE(swap.steps.size() == 1);
  auto after = [](const std::vector<std::string> &statements, const std::string &sql) {
    auto rename = std::find_if(statements.begin(), statements.end(), [](const std::string &s) { return s.find(" RENAME TO ") != std::string::npos; });
    return std::find(rename, statements.end(), sql) != statements.end();
  };
  CHECK(after(swap.steps[0].statements, "ALTER TYPE public.mood OWNER TO o"));
  CHECK(after(swap.steps[0].statements, "REVOKE USAGE ON TYPE public.mood FROM PUBLIC"));
  CHECK(after(swap.steps[0].reverse, "ALTER TYPE public.mood OWNER TO o"));
  CHECK(after(swap.steps[0].reverse, "REVOKE USAGE ON TYPE public.mood FROM PUBLIC"));
}
