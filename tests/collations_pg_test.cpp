// Collations against a real PostgreSQL 15: what introspection reads equals what the file
// front end builds from the same DDL, and plans between two schemas, applied step by
// step, turn one database into the other and back.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/diff.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "introspect/catalog_reader.h"
#include "planner/plan.h"
#include "tests/support/live_schema.h"
#include "tests/support/test_database.h"

using namespace pgshift;
using testing::fromFile;
using testing::fromDatabase;
using testing::differences;
using testing::roundTrip;

namespace {

const char *kSchemas[] = {
    R"(CREATE COLLATION posix FROM "POSIX";
       CREATE COLLATION numeric (provider = icu, locale = 'en-u-kn-true');
       CREATE SCHEMA app;
       CREATE COLLATION app.nd (provider = icu, locale = 'und', deterministic = false);
       CREATE COLLATION split (lc_collate = 'C', lc_ctype = 'C.UTF-8');
       CREATE COLLATION icu_copy FROM "und-x-icu";
       COMMENT ON COLLATION numeric IS 'numbers in order';
       CREATE TABLE t (a text COLLATE numeric, b varchar(10) COLLATE app.nd, c text COLLATE posix,
                       CHECK ((a COLLATE posix) > 'a'));
       CREATE INDEX t_c ON t (c COLLATE numeric);
       CREATE DOMAIN d AS text COLLATE split;)",
};

}  // namespace

TEST_CASE("collations read from a database equal the same collations read from files") {
  for (const char *sql : kSchemas) {
    INFO("schema:\n", std::string(sql));
    testing::ScratchDatabase db;
    db.execute(sql);
    LoadedSchema live = fromDatabase(db), file = fromFile(sql);
    CHECK(differences(live.model, file.model) == "");
    REQUIRE(live.model.collations.size() == file.model.collations.size());
    for (size_t i = 0; i < live.model.collations.size(); ++i) {
      Collation x = live.model.collations[i];
      x.owner.reset();  // the file states none
      CHECK(x == file.model.collations[i]);
    }
  }
}

TEST_CASE("plans for collations apply up and down") {
  // created before the columns and index that use it, dropped after the column leaves it
  roundTrip("CREATE COLLATION posix FROM \"POSIX\"; CREATE TABLE t (a text, b text COLLATE posix);",
            "CREATE COLLATION numeric (provider = icu, locale = 'en-u-kn-true'); COMMENT ON COLLATION numeric IS 'n';"
            "CREATE TABLE t (a text, b text COLLATE numeric, c text COLLATE numeric); CREATE INDEX ON t (a COLLATE numeric);",
            "INSERT INTO t VALUES ('x', 'y');");
  // a changed definition: the column and index using it move off and back
  roundTrip("CREATE COLLATION c1 (provider = icu, locale = 'en'); CREATE TABLE t (a text COLLATE c1, b text);"
            "CREATE INDEX t_b ON t (b COLLATE c1); CREATE INDEX t_a ON t (a);",
            "CREATE COLLATION c1 (provider = icu, locale = 'de', deterministic = false);"
            "CREATE TABLE t (a text COLLATE c1, b text); CREATE INDEX t_b ON t (b COLLATE c1); CREATE INDEX t_a ON t (a);",
            "INSERT INTO t VALUES ('x', 'y');");
  // a domain over a new collation, in a new schema
  roundTrip("CREATE TABLE t (a int);",
            "CREATE SCHEMA app; CREATE COLLATION app.c (locale = 'C'); CREATE DOMAIN app.d AS text COLLATE app.c;"
            "CREATE TABLE t (a int, b app.d);");
}

TEST_CASE("a database's own collations are read with their owner, the built-in ones are not") {
  testing::ScratchDatabase db;
  db.execute("CREATE COLLATION mine FROM \"C\";");
  LoadedSchema live = fromDatabase(db);
  REQUIRE(live.model.collations.size() == 1);
  CHECK(live.model.collations[0].name.sql() == "public.mine");
  CHECK(live.model.collations[0].owner.has_value());
}
