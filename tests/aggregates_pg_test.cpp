// Aggregates against a real PostgreSQL: a database built from a script reads back as the
// file builds it, plans that create, change and drop aggregates apply up and down, and
// pg_dump --schema-only of a database with aggregates reads back as the same schema.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "tests/support/live_schema.h"

using namespace pgshift;
using testing::differences;
using testing::fromDatabase;
using testing::fromFile;

namespace {

// Every option, kinds and forms; the role agg_reader its owner and grants name is created
// beside it (schema files hold no roles).
const std::string kAggregates = R"sql(
CREATE SCHEMA s;
CREATE FUNCTION s.add2(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'select $1 + $2';
CREATE FUNCTION s.sub2(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'select $1 - $2';
CREATE FUNCTION s.fin(int) RETURNS text LANGUAGE sql IMMUTABLE AS 'select $1::text';
CREATE AGGREGATE s.total(int) (SFUNC = s.add2, STYPE = int, INITCOND = '0', FINALFUNC = s.fin, PARALLEL = safe,
  COMBINEFUNC = s.add2, MSFUNC = s.add2, MINVFUNC = s.sub2, MSTYPE = int, MINITCOND = '0', MFINALFUNC = s.fin);
CREATE AGGREGATE cnt(*) (SFUNC = int8inc, STYPE = int8, INITCOND = '0');
CREATE AGGREGATE acc(anycompatible) (SFUNC = array_append, STYPE = anycompatiblearray, INITCOND = '{}');
CREATE AGGREGATE biggest(int) (SFUNC = int4larger, STYPE = int, SORTOP = >, COMBINEFUNC = int4larger);
CREATE AGGREGATE f8avg(float8) (SFUNC = float8_accum, STYPE = float8[], SSPACE = 24, FINALFUNC = float8_avg,
  FINALFUNC_MODIFY = SHAREABLE, COMBINEFUNC = float8_combine, INITCOND = '{0,0,0}');
CREATE FUNCTION s.pfin(float8[], float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'select $1[1] * $2';
CREATE AGGREGATE s.pct(float8 ORDER BY float8) (SFUNC = array_append, STYPE = float8[], FINALFUNC = s.pfin,
  INITCOND = '{}');
CREATE FUNCTION s.hfin(int[], int, int) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'select 1::bigint';
CREATE AGGREGATE s.hrank(int ORDER BY int) (SFUNC = array_append, STYPE = int[], FINALFUNC = s.hfin,
  FINALFUNC_EXTRA, HYPOTHETICAL);
CREATE FUNCTION s.first_fin(anyarray) RETURNS anyelement LANGUAGE sql IMMUTABLE AS 'select $1[1]';
CREATE AGGREGATE s.firstf(float8) (SFUNC = array_append, STYPE = float8[], FINALFUNC = s.first_fin);
COMMENT ON AGGREGATE s.total(int) IS 'a sum, as text';
COMMENT ON AGGREGATE cnt(*) IS 'rows';
ALTER AGGREGATE s.total(int) OWNER TO agg_reader;
REVOKE ALL ON FUNCTION s.total(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cnt() TO agg_reader;
CREATE TABLE t (x int);
CREATE VIEW v AS SELECT s.total(x) AS total, cnt(*) AS n FROM t;
)sql";

// pg_dump's program: PGBIN's, else PostgreSQL 15's.
std::string pgDump() {
  if (const char *bin = std::getenv("PGBIN"); bin && std::filesystem::exists(std::filesystem::path(bin) / "pg_dump"))
    return (std::filesystem::path(bin) / "pg_dump").string();
  if (std::filesystem::exists("/usr/lib/postgresql/15/bin/pg_dump")) return "/usr/lib/postgresql/15/bin/pg_dump";
  return "pg_dump";
}

std::string dumpSchema(testing::ScratchDatabase &db) {
  std::string command = pgDump() + " --schema-only -d '" + db.conninfo() + "'";
  std::string out;
  FILE *pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  REQUIRE(pclose(pipe) == 0);
  return out;
}

}  // namespace

TEST_CASE("aggregates read back as the file builds them") {
  testing::ScratchDatabase db;
  db.execute("DROP ROLE IF EXISTS agg_reader; CREATE ROLE agg_reader");
  db.execute(kAggregates);
  LoadedSchema live = fromDatabase(db), file = fromFile(kAggregates);
  CHECK(differences(live.model, file.model) == "");
  CHECK(differences(file.model, live.model) == "");
  size_t aggregates = 0;
  for (const auto &f : live.model.functions) aggregates += f.isAggregate();
  CHECK(aggregates == 8);
  db.execute("DROP SCHEMA s CASCADE; DROP AGGREGATE cnt(*); DROP ROLE agg_reader");
}

TEST_CASE("pg_dump --schema-only of a database with aggregates reads back as a no-op") {
  testing::ScratchDatabase db;
  db.execute("DROP ROLE IF EXISTS agg_reader; CREATE ROLE agg_reader");
  db.execute(kAggregates);
  const std::string dump = dumpSchema(db);
  INFO("dump:\n", dump);
  CHECK(dump.find("CREATE AGGREGATE") != std::string::npos);
  LoadedSchema from_dump = fromFile(dump, "dump.sql"), live = fromDatabase(db);
  CHECK(differences(live.model, from_dump.model) == "");
  CHECK(differences(from_dump.model, live.model) == "");
  db.execute("DROP SCHEMA s CASCADE; DROP AGGREGATE cnt(*); DROP ROLE agg_reader");
}

TEST_CASE("plans that create, change and drop aggregates apply up and down") {
  const std::string base = R"sql(
CREATE FUNCTION st(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'select $1 + $2';
CREATE FUNCTION pfin(float8[], float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'select $1[1] * $2';
CREATE TABLE t (x int);
)sql";
  // Created, with a view over it.
  testing::roundTrip(base, base + R"sql(
CREATE AGGREGATE a1(int) (SFUNC = st, STYPE = int, INITCOND = '0');
COMMENT ON AGGREGATE a1(int) IS 'first';
REVOKE ALL ON FUNCTION a1(int) FROM PUBLIC;
CREATE VIEW v AS SELECT a1(x) AS total FROM t;
)sql");
  const std::string v1 = base + R"sql(
CREATE AGGREGATE a1(int) (SFUNC = st, STYPE = int, INITCOND = '0');
CREATE AGGREGATE a2(int) (SFUNC = int4larger, STYPE = int);
CREATE AGGREGATE a3(float8 ORDER BY float8) (SFUNC = array_append, STYPE = float8[], FINALFUNC = pfin);
CREATE VIEW v AS SELECT a1(x) AS total, a2(x) AS top FROM t;
)sql";
  // Changed in place (a1, a3), re-created with a new result type under a view (a2),
  // dropped (a3 in the second).
  testing::roundTrip(v1, base + R"sql(
CREATE AGGREGATE a1(int) (SFUNC = int4pl, STYPE = int, INITCOND = '1', PARALLEL = safe, COMBINEFUNC = int4pl);
CREATE AGGREGATE a2(int) (SFUNC = int4larger, STYPE = int, FINALFUNC = chr, SORTOP = >);
CREATE AGGREGATE a3(float8 ORDER BY float8) (SFUNC = array_append, STYPE = float8[], FINALFUNC = pfin,
  FINALFUNC_MODIFY = SHAREABLE, INITCOND = '{}');
COMMENT ON AGGREGATE a3(float8 ORDER BY float8) IS 'percentile';
CREATE VIEW v AS SELECT a1(x) AS total, a2(x) AS top FROM t;
)sql");
  testing::roundTrip(v1, base + "CREATE VIEW v AS SELECT count(x) AS total FROM t;\n");
  // The support function re-created (a parameter renamed): the aggregate goes around it.
  testing::roundTrip(v1, R"sql(
CREATE FUNCTION st(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS 'select $1 + $2';
CREATE FUNCTION pfin(float8[], float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'select $1[1] * $2';
CREATE TABLE t (x int);
CREATE AGGREGATE a1(int) (SFUNC = st, STYPE = int, INITCOND = '0');
CREATE AGGREGATE a2(int) (SFUNC = int4larger, STYPE = int);
CREATE AGGREGATE a3(float8 ORDER BY float8) (SFUNC = array_append, STYPE = float8[], FINALFUNC = pfin);
CREATE VIEW v AS SELECT a1(x) AS total, a2(x) AS top FROM t;
)sql");
}
