// User-defined types against a real PostgreSQL 15: what introspection reads equals what
// the file front end builds from the same DDL, and plans between two schemas, applied
// step by step, turn one database into the other and back.
#include <doctest/doctest.h>

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
    R"(CREATE TYPE mood AS ENUM ('sad', 'ok', 'it''s');
       CREATE SCHEMA app;
       CREATE TYPE app.state AS ENUM ();
       COMMENT ON TYPE mood IS 'feelings';
       CREATE TABLE t (m mood DEFAULT 'ok', ms mood[] DEFAULT '{sad, "it''s"}', s app.state,
                       CHECK (m <> 'sad'), CHECK (m IN ('ok', 'it''s')));
       CREATE INDEX t_m ON t (m) WHERE m > 'sad';)",
    R"(CREATE DOMAIN posint AS integer DEFAULT 1 NOT NULL CHECK (VALUE > 0) CONSTRAINT small CHECK (VALUE < 1000);
       CREATE DOMAIN code AS varchar(3) COLLATE "C" CHECK (VALUE ~ '^[A-Z]+$');
       ALTER DOMAIN code ADD CONSTRAINT not_x CHECK (VALUE <> 'X') NOT VALID;
       CREATE DOMAIN codes AS code[];
       CREATE DOMAIN nums AS numeric(10,2) DEFAULT 0.5;
       COMMENT ON DOMAIN posint IS 'positive';
       CREATE TABLE t (id posint PRIMARY KEY, c code DEFAULT 'ABC', cs codes, n nums CHECK (n > 1));)",
    R"(CREATE TYPE pair AS (a int, b text COLLATE "C", c varchar(10)[]);
       CREATE TYPE empty AS ();
       CREATE TYPE nested AS (p pair, ps pair[]);
       COMMENT ON TYPE pair IS 'two';
       CREATE TABLE t (p pair, n nested);)",
    R"(CREATE TYPE floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
       CREATE TYPE textrange2 AS RANGE (SUBTYPE = text, COLLATION = "C", MULTIRANGE_TYPE_NAME = texts);
       CREATE TYPE mood AS ENUM ('a', 'b');
       CREATE TYPE moodrange AS RANGE (SUBTYPE = mood);
       CREATE TABLE t (r floatrange DEFAULT floatrange(1, 2.5, '[]'), m floatmultirange, x texts,
                       y moodrange DEFAULT moodrange('a', 'b'), CHECK (NOT isempty(y)));)",
};

}  // namespace

TEST_CASE("types read from a database equal the same types read from files") {
  for (const char *sql : kSchemas) {
    INFO("schema:\n", std::string(sql));
    testing::ScratchDatabase db;
    db.execute(sql);
    LoadedSchema live = fromDatabase(db), file = fromFile(sql);
    CHECK(differences(live.model, file.model) == "");
    // The database knows the owners, which the files do not state; the rest is the same.
    for (auto &t : live.model.enums) t.owner.reset();
    for (auto &t : live.model.domains) t.owner.reset();
    for (auto &t : live.model.composites) t.owner.reset();
    for (auto &t : live.model.ranges) t.owner.reset();
    CHECK(live.model.enums == file.model.enums);
    CHECK(live.model.composites == file.model.composites);
    CHECK(live.model.ranges == file.model.ranges);
    REQUIRE(live.model.domains.size() == file.model.domains.size());
    for (size_t i = 0; i < live.model.domains.size(); ++i) {
      CHECK(live.model.domains[i] == file.model.domains[i]);
      for (size_t j = 0; j < live.model.domains[i].checks.size() && j < file.model.domains[i].checks.size(); ++j)
        CHECK(live.model.domains[i].checks[j].check.text == file.model.domains[i].checks[j].check.text);
    }
    CHECK(file.notes.empty());
  }
}

TEST_CASE("extension types and the row types of tables are not read as user types") {
  testing::ScratchDatabase db;
  db.execute("CREATE EXTENSION IF NOT EXISTS plpgsql; CREATE TABLE t (a int); CREATE SEQUENCE s; CREATE TYPE e AS ENUM ('x');");
  LoadedSchema live = fromDatabase(db);
  CHECK(live.model.composites.empty());
  CHECK(live.model.enums.size() == 1);
}

TEST_CASE("plans for types apply up and down") {
  // enum values added in place (with a default using a new one), removed and reordered
  roundTrip("CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE t (m mood DEFAULT 'ok', ms mood[]);",
            "CREATE TYPE mood AS ENUM ('new', 'sad', 'ok', 'happy'); CREATE TABLE t (m mood DEFAULT 'happy', ms mood[]);",
            "INSERT INTO t VALUES ('sad', '{ok,sad}');");
  roundTrip("CREATE TYPE mood AS ENUM ('sad', 'ok', 'gone'); COMMENT ON TYPE mood IS 'x';"
            "CREATE TABLE t (m mood DEFAULT 'gone', ms mood[], CHECK (m <> 'sad'));"
            "CREATE INDEX ON t (m) WHERE m = 'ok';",
            "CREATE TYPE mood AS ENUM ('ok', 'sad'); COMMENT ON TYPE mood IS 'x';"
            "CREATE TABLE t (m mood DEFAULT 'ok', ms mood[], CHECK (m <> 'sad'));"
            "CREATE INDEX ON t (m) WHERE m = 'ok';",
            "INSERT INTO t VALUES ('ok', '{ok}');");
  // new types with the columns that use them, and dropped ones
  roundTrip("CREATE TABLE t (a int);",
            "CREATE TYPE mood AS ENUM ('a'); CREATE DOMAIN d AS mood NOT NULL; CREATE TYPE c AS (x d, y text);"
            "CREATE TYPE r AS RANGE (SUBTYPE = int8); CREATE TABLE t (a int, b c, m mood[] DEFAULT '{a}', rr r);");
  // domain constraints, defaults and nullability
  roundTrip("CREATE DOMAIN d AS int CHECK (VALUE > 0); CREATE TABLE t (a d);",
            "CREATE DOMAIN d AS int DEFAULT 3 NOT NULL CHECK (VALUE > 1) CONSTRAINT small CHECK (VALUE < 10);"
            "CREATE TABLE t (a d);",
            "INSERT INTO t VALUES (5);");
  // composite attributes
  roundTrip("CREATE TYPE c AS (a int, b text); CREATE TABLE t (v c);",
            "CREATE TYPE c AS (a int, x text COLLATE \"C\"); CREATE TABLE t (v c);");
}
