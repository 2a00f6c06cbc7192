// Partitioned tables through the front end and the normalizer: what PostgreSQL 15 builds
// for PARTITION BY / PARTITION OF / ATTACH PARTITION, and the text pg_get_partkeydef()
// and pg_get_expr(relpartbound) print for it. Every expected text was checked on
// PostgreSQL 15.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/diff.h"
#include "compiler/frontend/diagnostic.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "tests/support/schema_text.h"

using namespace pgshift;
using pgshift::testing::read;

namespace {

const Table &table(const LoadedSchema &s, const char *name) {
  const Table *t = s.model.findTable({Identifier::exact("public"), Identifier::exact(name)});
  REQUIRE(t);
  return *t;
}

}  // namespace

TEST_CASE("partition keys read as pg_get_partkeydef prints them") {
  LoadedSchema s = read(
      "CREATE TABLE r (a int, b text, c varchar(10)) PARTITION BY RANGE (a, b);\n"
      "CREATE TABLE l (a int, b text, c varchar(10)) PARTITION BY list (lower(c));\n"
      "CREATE TABLE h (a int, b text) PARTITION BY HASH (a);\n"
      "CREATE TABLE e (a int, b text) PARTITION BY RANGE ((a + 1), b COLLATE \"C\");\n");
  CHECK(table(s, "r").partition_key->definition == "RANGE (a, b)");
  CHECK(table(s, "l").partition_key->definition == "LIST (lower((c)::text))");
  CHECK(table(s, "h").partition_key->definition == "HASH (a)");
  CHECK(table(s, "e").partition_key->definition == "RANGE (((a + 1)), b COLLATE \"C\")");
}

TEST_CASE("partition bounds read as pg_get_expr(relpartbound) prints them") {
  LoadedSchema s = read(
      "CREATE TABLE n (a bigint, b numeric, c int, d timestamp, t timestamptz, f boolean) PARTITION BY LIST (a);\n"
      "CREATE TABLE n1 PARTITION OF n FOR VALUES IN (1, -2, NULL);\n"
      "CREATE TABLE m (b numeric) PARTITION BY LIST (b);\n"
      "CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1, 1.5, -2.5);\n"
      "CREATE TABLE i (c int) PARTITION BY RANGE (c);\n"
      "CREATE TABLE i1 PARTITION OF i FOR VALUES FROM (MINVALUE) TO (-5);\n"
      "CREATE TABLE i2 PARTITION OF i FOR VALUES FROM (-5) TO (MAXVALUE);\n"
      "CREATE TABLE d (d timestamp, e text) PARTITION BY RANGE (d, e);\n"
      "CREATE TABLE d1 PARTITION OF d FOR VALUES FROM ('2024-01-01', 'a') TO ('2024-02-01 10:00', 'it''s');\n"
      "CREATE TABLE b (f boolean) PARTITION BY LIST (f);\n"
      "CREATE TABLE b1 PARTITION OF b FOR VALUES IN (true);\n"
      "CREATE TABLE b2 PARTITION OF b DEFAULT;\n"
      "CREATE TABLE h (a int) PARTITION BY HASH (a);\n"
      "CREATE TABLE h1 PARTITION OF h FOR VALUES WITH (MODULUS 4, REMAINDER 3);\n");
  CHECK(table(s, "n1").partition_of->definition == "FOR VALUES IN ('1', '-2', NULL)");
  CHECK(table(s, "m1").partition_of->definition == "FOR VALUES IN ('1', 1.5, '-2.5')");
  CHECK(table(s, "i1").partition_of->definition == "FOR VALUES FROM (MINVALUE) TO ('-5')");
  CHECK(table(s, "i2").partition_of->definition == "FOR VALUES FROM ('-5') TO (MAXVALUE)");
  CHECK(table(s, "d1").partition_of->definition ==
        "FOR VALUES FROM ('2024-01-01 00:00:00', 'a') TO ('2024-02-01 10:00:00', 'it''s')");
  CHECK(table(s, "b1").partition_of->definition == "FOR VALUES IN (true)");
  CHECK(table(s, "b2").partition_of->definition == "DEFAULT");
  CHECK(table(s, "h1").partition_of->definition == "FOR VALUES WITH (modulus 4, remainder 3)");
  CHECK(table(s, "h1").partition_of->parent.sql() == "public.h");
}

TEST_CASE("a partition takes its parent's columns, and later column changes of the parent") {
  LoadedSchema s = read(
      "CREATE TABLE p (id bigint NOT NULL DEFAULT 5, d date NOT NULL, v int) PARTITION BY RANGE (d);\n"
      "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');\n"
      "ALTER TABLE p ADD COLUMN w text DEFAULT 'x', ALTER COLUMN v SET NOT NULL, ALTER COLUMN id DROP DEFAULT;\n"
      "ALTER TABLE ONLY p ALTER COLUMN w SET DEFAULT 'y';\n");
  const Table &p1 = table(s, "p1");
  REQUIRE(p1.columns.size() == 4);
  CHECK(p1.columns[0].name.str() == "id");
  CHECK_FALSE(p1.columns[0].default_value);
  CHECK(p1.columns[2].not_null);
  CHECK(p1.columns[3].default_value->text == "'x'::text");  // ONLY: the partition keeps 'x'
  CHECK(table(s, "p").columns[3].default_value->text == "'y'::text");
}

TEST_CASE("pg_dump's partitions: tables attached, their indexes attached to the parent's") {
  LoadedSchema s = read(
      "CREATE TABLE public.m (id integer NOT NULL, v integer) PARTITION BY LIST (id);\n"
      "CREATE TABLE public.m1 (id integer NOT NULL, v integer);\n"
      "ALTER TABLE ONLY public.m ATTACH PARTITION public.m1 FOR VALUES IN (1);\n"
      "ALTER TABLE ONLY public.m ADD CONSTRAINT m_pkey PRIMARY KEY (id);\n"
      "ALTER TABLE ONLY public.m1 ADD CONSTRAINT m1_pkey PRIMARY KEY (id);\n"
      "CREATE INDEX m_v_idx ON ONLY public.m USING btree (v);\n"
      "CREATE INDEX m1_v_idx ON public.m1 USING btree (v);\n"
      "ALTER INDEX public.m_pkey ATTACH PARTITION public.m1_pkey;\n"
      "ALTER INDEX public.m_v_idx ATTACH PARTITION public.m1_v_idx;\n");
  CHECK(table(s, "m1").partition_of->definition == "FOR VALUES IN (1)");
  CHECK(table(s, "m1").constraints.empty());
  REQUIRE(s.model.indexes.size() == 1);
  CHECK(s.model.indexes[0].name.name.str() == "m_v_idx");
  CHECK(table(s, "m").constraints.size() == 1);
}

// pg_dump attaches a sub-partition's index to its partition's index after (in name
// order) attaching that one to the top parent's.
TEST_CASE("pg_dump's sub-partitions: an index attached to a partition's index already attached") {
  LoadedSchema s = read(
      "CREATE TABLE public.e (at date NOT NULL, region text) PARTITION BY RANGE (at);\n"
      "CREATE TABLE public.e1 (at date NOT NULL, region text) PARTITION BY LIST (region);\n"
      "CREATE TABLE public.e1_eu (at date NOT NULL, region text);\n"
      "ALTER TABLE ONLY public.e ATTACH PARTITION public.e1 FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');\n"
      "ALTER TABLE ONLY public.e1 ATTACH PARTITION public.e1_eu FOR VALUES IN ('eu');\n"
      "CREATE INDEX e_at ON ONLY public.e USING brin (at);\n"
      "CREATE INDEX e1_at_idx ON ONLY public.e1 USING brin (at);\n"
      "CREATE INDEX e1_eu_at_idx ON public.e1_eu USING brin (at);\n"
      "ALTER INDEX public.e_at ATTACH PARTITION public.e1_at_idx;\n"
      "ALTER INDEX public.e1_at_idx ATTACH PARTITION public.e1_eu_at_idx;\n");
  REQUIRE(s.model.indexes.size() == 1);
  CHECK(s.model.indexes[0].name.name.str() == "e_at");
  CHECK(testing::errorOf("CREATE TABLE e (at date) PARTITION BY RANGE (at);\n"
                         "CREATE TABLE e1 PARTITION OF e FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');\n"
                         "CREATE INDEX e1_at ON e1 (at);\nALTER INDEX nowhere ATTACH PARTITION e1_at;") ==
        "schema.sql:4:1: index \"nowhere\" does not exist");
}

// In PostgreSQL 15 the identity stays the parent's: an insert through the parent draws
// from its sequence, the partitions' columns are plain NOT NULL.
TEST_CASE("a partition of a table with an identity column takes the column without the identity") {
  LoadedSchema s = read(
      "CREATE TABLE ev (id bigint GENERATED ALWAYS AS IDENTITY, at date NOT NULL) PARTITION BY RANGE (at);\n"
      "CREATE TABLE ev1 PARTITION OF ev FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');\n");
  CHECK(table(s, "ev").findColumn(Identifier::exact("id"))->identity.has_value());
  const Column *column = table(s, "ev1").findColumn(Identifier::exact("id"));
  REQUIRE(column);
  CHECK_FALSE(column->identity.has_value());
  CHECK(column->not_null);
  // As pg_dump writes it.
  LoadedSchema dumped = read(
      "CREATE TABLE public.ev (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);\n"
      "CREATE TABLE public.ev1 (id bigint NOT NULL, at date NOT NULL);\n"
      "ALTER TABLE public.ev ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (\n"
      "    SEQUENCE NAME public.ev_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1);\n"
      "ALTER TABLE ONLY public.ev ATTACH PARTITION public.ev1 FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');\n");
  CHECK(diff::diffModels(s.model, dumped.model).empty());
}

TEST_CASE("partitioning mistakes PostgreSQL rejects") {
  CHECK(testing::errorOf("CREATE TABLE t (a int);\nCREATE TABLE t1 PARTITION OF t FOR VALUES IN (1);") ==
        "schema.sql:2:1: \"t\" is not partitioned");
  CHECK(testing::errorOf("CREATE TABLE t (a int) PARTITION BY RANGE (a);\nCREATE TABLE t1 PARTITION OF t FOR VALUES IN (1);") ==
        "schema.sql:2:32: invalid bound specification for a range partition");
  CHECK(testing::errorOf("CREATE TABLE t (a int) PARTITION BY HASH (a);\nCREATE TABLE t1 PARTITION OF t DEFAULT;") ==
        "schema.sql:2:32: a hash-partitioned table may not have a default partition");
  CHECK(testing::errorOf("CREATE TABLE t (a int) PARTITION BY LIST (b);") == "schema.sql:1:43: column \"b\" does not exist");
  CHECK(testing::errorOf("CREATE TABLE t (a int) PARTITION BY LIST (a);\nCREATE TABLE u (a int, b int);\n"
                        "ALTER TABLE t ATTACH PARTITION u FOR VALUES IN (1);") ==
        "schema.sql:3:15: table \"u\" contains column \"b\" not found in parent \"t\"");
}

TEST_CASE("a partition moved to another bound is one change of the table; its parent's new column is none of its own") {
  LoadedSchema from = read(
      "CREATE TABLE p (a int, d date) PARTITION BY RANGE (d);\n"
      "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');\n");
  LoadedSchema to = read(
      "CREATE TABLE p (a int, d date, e text) PARTITION BY RANGE (d);\n"
      "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('2024-01-01') TO ('2024-03-01');\n");
  diff::Diff d = diff::diffModels(from.model, to.model);
  REQUIRE(d.changes.size() == 2);
  int add_columns = 0, properties = 0;
  for (const auto &c : d.changes) {
    if (auto *a = std::get_if<diff::AddColumn>(&c)) {
      add_columns++;
      CHECK(a->table.sql() == "public.p");
    }
    if (std::holds_alternative<diff::AlterTableProperties>(c)) properties++;
  }
  CHECK(add_columns == 1);
  CHECK(properties == 1);
}
