// Collations through the front end, the diff and the planner: CREATE COLLATION in its
// forms, names resolved as PostgreSQL resolves them, and plans that create a collation
// before what uses it and drop it after.
#include <doctest/doctest.h>

#include <string>

#include "tests/support/schema_text.h"

using namespace pgshift;
using namespace pgshift::testing;

namespace {

// Position of `needle` in `haystack` (npos when absent), for order checks.
size_t at(const std::string &haystack, const std::string &needle) { return haystack.find(needle); }

}  // namespace

TEST_CASE("collations: the model PostgreSQL builds from each form") {
  LoadedSchema s = read(
      "CREATE SCHEMA app;\n"
      "CREATE COLLATION posix FROM \"POSIX\";\n"
      "CREATE COLLATION numeric (provider = icu, locale = 'en-u-kn-true');\n"
      "CREATE COLLATION IF NOT EXISTS numeric (provider = libc, locale = 'C');\n"
      "CREATE COLLATION app.nd (PROVIDER = 'icu', LOCALE = 'und', DETERMINISTIC = false);\n"
      "CREATE COLLATION split (lc_collate = 'C', lc_ctype = 'C.UTF-8');\n"
      "CREATE COLLATION copy FROM app.nd;\n"
      "CREATE COLLATION icu_copy FROM \"und-x-icu\";\n"
      "COMMENT ON COLLATION numeric IS 'numbers in order';\n"
      "ALTER COLLATION app.nd OWNER TO alice;\n");
  REQUIRE(s.model.collations.size() == 6);
  const Collation *posix = s.model.findCollation(qn("public", "posix"));
  REQUIRE(posix);
  CHECK(posix->provider == 'c');
  CHECK(posix->lc_collate == std::optional<std::string>("POSIX"));
  CHECK(posix->lc_ctype == std::optional<std::string>("POSIX"));
  CHECK_FALSE(posix->icu_locale);
  const Collation *numeric = s.model.findCollation(qn("public", "numeric"));
  REQUIRE(numeric);
  CHECK(numeric->provider == 'i');  // IF NOT EXISTS left the first one
  CHECK(numeric->icu_locale == std::optional<std::string>("en-u-kn-true"));
  CHECK_FALSE(numeric->lc_collate);
  CHECK(numeric->comment == std::optional<std::string>("numbers in order"));
  const Collation *nd = s.model.findCollation(qn("app", "nd"));
  REQUIRE(nd);
  CHECK_FALSE(nd->deterministic);
  CHECK(nd->owner == std::optional<Identifier>(id("alice")));
  const Collation *split = s.model.findCollation(qn("public", "split"));
  REQUIRE(split);
  CHECK(split->lc_collate == std::optional<std::string>("C"));
  CHECK(split->lc_ctype == std::optional<std::string>("C.UTF-8"));
  const Collation *copy = s.model.findCollation(qn("public", "copy"));
  REQUIRE(copy);
  CHECK(copy->sameDefinition(*nd));
  CHECK_FALSE(copy->owner);  // FROM copies the definition, not the owner
  const Collation *icu_copy = s.model.findCollation(qn("public", "icu_copy"));
  REQUIRE(icu_copy);
  CHECK(icu_copy->icu_locale == std::optional<std::string>("und"));
  CHECK(numeric->createSql() == "CREATE COLLATION public.\"numeric\" (provider = icu, locale = 'en-u-kn-true')");
  CHECK(nd->createSql() == "CREATE COLLATION app.nd (provider = icu, locale = 'und', deterministic = false)");
  CHECK(split->createSql() == "CREATE COLLATION public.split (provider = libc, lc_collate = 'C', lc_ctype = 'C.UTF-8')");
}

TEST_CASE("collations: names resolve through search_path, pg_catalog first") {
  LoadedSchema s = read(
      "CREATE SCHEMA app;\n"
      "CREATE COLLATION app.\"C\" (provider = icu, locale = 'und');\n"
      "CREATE COLLATION app.fr (provider = icu, locale = 'fr');\n"
      "SET search_path = app, public;\n"
      "CREATE TABLE public.t (a text COLLATE fr, b text COLLATE \"C\", c text COLLATE app.\"C\",\n"
      "  CHECK ((a COLLATE fr) > 'x'));\n"
      "CREATE INDEX t_b ON public.t (b COLLATE fr);\n");
  const Table *t = s.model.findTable(qn("public", "t"));
  REQUIRE(t);
  CHECK(t->columns[0].collation == std::optional<QualifiedName>(qn("app", "fr")));
  CHECK(t->columns[1].collation == std::optional<QualifiedName>(qn("pg_catalog", "C")));
  CHECK(t->columns[2].collation == std::optional<QualifiedName>(qn("app", "C")));
  REQUIRE(t->constraints.size() == 1);
  CHECK(t->constraints[0].check->text.find("app.fr") != std::string::npos);
  const Index *i = s.model.findIndex(qn("public", "t_b"));
  REQUIRE(i);
  CHECK(i->keys[0].collation == std::optional<QualifiedName>(qn("app", "fr")));
}

TEST_CASE("collations: what PostgreSQL refuses, and what pgshift does not support") {
  CHECK(errorOf("CREATE COLLATION x (locale = 'C', lc_collate = 'C');").find("LOCALE cannot be specified together") !=
        std::string::npos);
  CHECK(errorOf("CREATE COLLATION x (lc_collate = 'C');") == "schema.sql:1:1: parameter \"lc_ctype\" must be specified");
  CHECK(errorOf("CREATE COLLATION x (provider = icu);") == "schema.sql:1:1: parameter \"locale\" must be specified");
  CHECK(errorOf("CREATE COLLATION x (locale = 'C', deterministic = false);") ==
        "schema.sql:1:1: nondeterministic collations not supported with this provider");
  CHECK(errorOf("CREATE COLLATION x (locale = 'C', colour = 'red');") ==
        "schema.sql:1:35: collation attribute \"colour\" not recognized");
  CHECK(errorOf("CREATE COLLATION x (provider = wat, locale = 'C');") == "schema.sql:1:1: unrecognized collation provider: wat");
  CHECK(errorOf("CREATE COLLATION x FROM \"default\";") == "schema.sql:1:1: collation \"default\" cannot be copied");
  CHECK(errorOf("CREATE COLLATION x FROM nowhere;") ==
        "schema.sql:1:1: collation \"nowhere\" for encoding \"UTF8\" does not exist");
  CHECK(errorOf("CREATE COLLATION x FROM \"C\";\nCREATE COLLATION x FROM \"C\";") ==
        "schema.sql:2:1: collation \"x\" for encoding \"UTF8\" already exists");
  CHECK(errorOf("CREATE TABLE t (a text COLLATE numeric);") ==
        "schema.sql:1:17: collation \"numeric\" for encoding \"UTF8\" does not exist");
  CHECK(errorOf("COMMENT ON COLLATION \"C\" IS 'x';").find("unsupported: changing the built-in collation") != std::string::npos);
  CHECK(errorOf("CREATE COLLATION x FROM \"C\";\nALTER COLLATION x RENAME TO y;").find("unsupported ALTER COLLATION form") !=
        std::string::npos);
}

TEST_CASE("collations: created before the columns that use them, dropped after") {
  std::string out = listing(plan(
      "CREATE COLLATION posix FROM \"POSIX\";\nCREATE TABLE t (a text, b text COLLATE posix);",
      "CREATE COLLATION numeric (provider = icu, locale = 'en-u-kn-true');\n"
      "CREATE TABLE t (a text, b text COLLATE numeric, c text COLLATE numeric);\n"
      "CREATE INDEX t_a ON t (a COLLATE numeric);"));
  INFO(out);
  size_t create = at(out, "create collation public.\"numeric\""), drop = at(out, "drop collation public.posix");
  REQUIRE(create != std::string::npos);
  REQUIRE(drop != std::string::npos);
  CHECK(create < at(out, "add column public.t.c"));
  CHECK(create < at(out, "change collation of public.t.b"));
  CHECK(create < at(out, "create index public.t_a"));
  CHECK(at(out, "change collation of public.t.b") < drop);
  CHECK(out.find("DROP COLLATION public.posix\n") != std::string::npos);
  CHECK(out.find("undo: CREATE COLLATION public.posix (provider = libc, locale = 'POSIX')") != std::string::npos);
  CHECK(out.find("CASCADE") == std::string::npos);
}

TEST_CASE("collations: a changed definition drops and creates it, the columns moved off it meanwhile") {
  const std::string from =
      "CREATE COLLATION c1 (provider = icu, locale = 'en');\n"
      "CREATE TABLE t (a text COLLATE c1, b text);\n"
      "CREATE INDEX t_b ON t (b COLLATE c1);\n"
      "COMMENT ON COLLATION c1 IS 'english';\n";
  const std::string to =
      "CREATE COLLATION c1 (provider = icu, locale = 'de');\n"
      "CREATE TABLE t (a text COLLATE c1, b text);\n"
      "CREATE INDEX t_b ON t (b COLLATE c1);\n"
      "COMMENT ON COLLATION c1 IS 'english';\n";
  std::string out = listing(plan(from, to));
  INFO(out);
  size_t off = at(out, "\n  ALTER TABLE public.t ALTER COLUMN a TYPE text COLLATE \"default\"");
  size_t drop_index = at(out, "drop index public.t_b");
  size_t drop = at(out, "drop collation public.c1"), create = at(out, "create collation public.c1");
  size_t back = at(out, "\n  ALTER TABLE public.t ALTER COLUMN a TYPE text COLLATE public.c1");
  size_t index = at(out, "create index public.t_b");
  REQUIRE(off != std::string::npos);
  REQUIRE(back != std::string::npos);
  REQUIRE(drop_index != std::string::npos);
  REQUIRE(index != std::string::npos);
  CHECK(off < drop);
  CHECK(drop_index < drop);
  CHECK(drop < create);
  CHECK(create < back);
  CHECK(create < index);
  CHECK(out.find("COMMENT ON COLLATION public.c1 IS 'english'") != std::string::npos);  // put back on the new one
  // The same definition with another comment or owner is no re-creation.
  std::string comment_only = listing(plan(from, "CREATE COLLATION c1 (provider = icu, locale = 'en');\n"
                                                "CREATE TABLE t (a text COLLATE c1, b text);\n"
                                                "CREATE INDEX t_b ON t (b COLLATE c1);\n"
                                                "ALTER COLLATION c1 OWNER TO bob;\n"));
  CHECK(comment_only == "expand: comment on collation public.c1\n"
                        "  COMMENT ON COLLATION public.c1 IS NULL\n"
                        "  undo: COMMENT ON COLLATION public.c1 IS 'english'\n"
                        "expand: set owner of collation public.c1\n"
                        "  ALTER COLLATION public.c1 OWNER TO bob\n"
                        "  undo: ALTER COLLATION public.c1 OWNER TO CURRENT_USER\n");
  CHECK(plan(from, from).steps.empty());
}

// A view reading the column must be out of the way while the column moves off the
// collation and back: both moves replace the column's type, and each waits for the other
// only through the collation, not through the view (there was a cycle here).
TEST_CASE("collations: a re-created collation under a column a view reads") {
  const std::string from =
      "CREATE COLLATION c1 (provider = icu, locale = 'en');\n"
      "CREATE TABLE t (a text COLLATE c1, b int);\n"
      "CREATE VIEW v AS SELECT a, b FROM t;\n";
  std::string to = from;
  to.replace(to.find("'en'"), 4, "'de'");
  std::string out = listing(plan(from, to));
  INFO(out);
  size_t drop_view = at(out, "drop view public.v");
  size_t off = at(out, "\n  ALTER TABLE public.t ALTER COLUMN a TYPE text COLLATE \"default\"");
  size_t drop = at(out, "drop collation public.c1"), create = at(out, "create collation public.c1");
  size_t back = at(out, "\n  ALTER TABLE public.t ALTER COLUMN a TYPE text COLLATE public.c1");
  size_t create_view = at(out, "create view public.v");
  REQUIRE(drop_view != std::string::npos);
  REQUIRE(create_view != std::string::npos);
  REQUIRE(off != std::string::npos);
  REQUIRE(back != std::string::npos);
  CHECK(drop_view < off);
  CHECK(off < drop);
  CHECK(drop < create);
  CHECK(create < back);
  CHECK(back < create_view);
}

TEST_CASE("collations: a domain using a collation that must be re-created is refused by name") {
  CHECK_THROWS_WITH_AS(plan("CREATE COLLATION c1 (provider = icu, locale = 'en'); CREATE DOMAIN d AS text COLLATE c1;",
                            "CREATE COLLATION c1 (provider = icu, locale = 'de'); CREATE DOMAIN d AS text COLLATE c1;"),
                       doctest::Contains("domain public.d uses it"), std::runtime_error);
}
