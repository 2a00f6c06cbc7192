// ALTER DEFAULT PRIVILEGES through the front end, the diff and the planner: entries as
// PostgreSQL 15 stores them in pg_default_acl (checked against a server), and the
// privileges they give objects created after them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compiler/diff/diff.h"
#include "compiler/frontend/source_reader.h"
#include "planner/plan.h"
#include "tests/support/schema_text.h"

using namespace pgshift;
using namespace pgshift::testing;

namespace {

// Every entry as "role schema kind: acl", the running role as "-", every schema as "*".
std::string entries(const SchemaModel &m) {
  std::string out;
  for (const auto &e : m.default_acls)
    out += (e.role.empty() ? std::string("-") : e.role.str()) + " " + (e.schema ? e.schema->str() : std::string("*")) + " " +
           defaultAclKindSql(e.kind) + ": " + aclText(e.acl) + "\n";
  return out;
}

}  // namespace

TEST_CASE("default privileges: entries as pg_default_acl keeps them") {
  LoadedSchema s = read(
      "CREATE SCHEMA app;\n"
      "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r;\n"
      "ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;\n"
      "ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO w WITH GRANT OPTION;\n"
      "ALTER DEFAULT PRIVILEGES FOR ROLE o IN SCHEMA app, public GRANT ALL ON TYPES TO r;\n"
      // A schema's entry only adds: revoking what it does not grant changes nothing.
      "ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM r;\n"
      // Back to what holds without an entry: no entry.
      "ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO r;\nALTER DEFAULT PRIVILEGES REVOKE USAGE ON SCHEMAS FROM r;\n"
      "ALTER DEFAULT PRIVILEGES FOR ROLE o REVOKE ALL ON TABLES FROM o;\n");
  CHECK(entries(s.model) ==
        "- * FUNCTIONS: OWNER=EXECUTE\n"
        "- * TABLES: OWNER=INSERT, SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER r=SELECT\n"
        "- app SEQUENCES: w=USAGE*USAGE\n"
        "o * TABLES: \n"
        "o app TYPES: r=USAGE\n"
        "o public TYPES: r=USAGE\n");
  CHECK(errorOf("ALTER DEFAULT PRIVILEGES IN SCHEMA nowhere GRANT SELECT ON TABLES TO r;") ==
        "schema.sql:1:1: schema \"nowhere\" does not exist");
  CHECK(errorOf("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SCHEMAS TO r;") ==
        "schema.sql:1:1: cannot use IN SCHEMA clause when using GRANT/REVOKE ON SCHEMAS");
  CHECK(errorOf("ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON TABLES TO r;") ==
        "schema.sql:1:32: invalid privilege type EXECUTE for TABLES");
  CHECK(errorOf("ALTER DEFAULT PRIVILEGES GRANT SELECT (a) ON TABLES TO r;") ==
        "schema.sql:1:32: default privileges cannot be set for columns");
}

TEST_CASE("default privileges: objects created after them in the files start with them") {
  LoadedSchema s = read(
      "CREATE TABLE early (a int);\n"
      "CREATE SCHEMA app;\n"
      "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r;\n"
      "ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT INSERT ON TABLES TO w;\n"
      "ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;\n"
      "ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;\n"
      "ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO r;\n"
      "ALTER DEFAULT PRIVILEGES FOR ROLE o GRANT SELECT ON TABLES TO o2;\n"  // o creates nothing here
      "CREATE TABLE later (id serial);\nCREATE TABLE app.t (a int);\nCREATE VIEW app.v AS SELECT 1 AS x;\n"
      "CREATE TYPE mood AS ENUM ('a');\nCREATE DOMAIN d AS int;\n"
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
      "REVOKE SELECT ON later FROM r;\n");
  const std::string all = "OWNER=INSERT, SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER";
  CHECK(aclText(s.model.findTable(qn("public", "early"))->acl) == all);
  CHECK(aclText(s.model.findTable(qn("public", "later"))->acl) == all);
  CHECK(aclText(s.model.findSequence(qn("public", "later_id_seq"))->acl) == "OWNER=SELECT, UPDATE, USAGE r=USAGE");
  CHECK(aclText(s.model.findTable(qn("app", "t"))->acl) == all + " r=SELECT w=INSERT");
  CHECK(aclText(s.model.findView(qn("app", "v"))->acl) == all + " r=SELECT w=INSERT");
  CHECK(aclText(s.model.findEnum(qn("public", "mood"))->acl) == "OWNER=USAGE");
  CHECK(aclText(s.model.findDomain(qn("public", "d"))->acl) == "OWNER=USAGE");
  CHECK(aclText(s.model.functions.at(0).acl) == "OWNER=EXECUTE");
}

TEST_CASE("default privileges: planned last, both ways, and created objects counted from the old side's") {
  const std::string t = "CREATE TABLE t (a int);\n";
  CHECK(listing(plan(t, t + "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO r;")) ==
        "contract: set default privileges on tables in schema public\n"
        "  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO r\n"
        "  undo: ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM r\n");
  CHECK(listing(plan("ALTER DEFAULT PRIVILEGES FOR ROLE o REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;", "")) ==
        "contract: set default privileges on functions for role o\n"
        "  ALTER DEFAULT PRIVILEGES FOR ROLE o GRANT EXECUTE ON FUNCTIONS TO PUBLIC\n"
        "  undo: ALTER DEFAULT PRIVILEGES FOR ROLE o REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC\n");
  // A table the plan creates while the old side's default privileges hold: it gets them
  // at CREATE, and the grants turn them into what the file says.
  const std::string defaults = "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r;\n";
  std::string created = listing(plan(defaults, defaults + "CREATE TABLE n (a int);\nREVOKE SELECT ON n FROM r;\n"));
  CHECK(created.find("REVOKE SELECT ON TABLE public.n FROM r") != std::string::npos);
  std::string both = listing(plan("", "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r;\nCREATE TABLE n (a int);\n"));
  CHECK(both.find("GRANT SELECT ON TABLE public.n TO r") < both.find("ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r"));
  // A schema dropped (which drops its entries): before the drop.
  std::string dropped = listing(plan("CREATE SCHEMA s;\nALTER DEFAULT PRIVILEGES IN SCHEMA s GRANT SELECT ON TABLES TO r;\n", ""));
  CHECK(dropped.find("set default privileges on tables in schema s") < dropped.find("drop schema s"));
}
