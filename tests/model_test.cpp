// The model's own rules: identifier quoting, type spelling, constraint and index text.
#include <doctest/doctest.h>

#include "compiler/model/constraint.h"
#include "compiler/model/index.h"
#include "compiler/model/type_name.h"

using namespace pgshift;

namespace {
Identifier id(const char *s) { return Identifier::exact(s); }
QualifiedName qn(const char *schema, const char *name) { return {id(schema), id(name)}; }
}  // namespace

TEST_CASE("quote_ident quotes exactly what PostgreSQL quotes") {
  CHECK(quoteIdent("users") == "users");
  CHECK(quoteIdent("_x1") == "_x1");
  CHECK(quoteIdent("Users") == "\"Users\"");
  CHECK(quoteIdent("1a") == "\"1a\"");
  CHECK(quoteIdent("a b") == "\"a b\"");
  CHECK(quoteIdent("a\"b") == "\"a\"\"b\"");
  CHECK(quoteIdent("key") == "key");          // unreserved keyword
  CHECK(quoteIdent("user") == "\"user\"");    // reserved
  CHECK(quoteIdent("integer") == "\"integer\"");  // column-name keyword
  CHECK(quoteIdent("left") == "\"left\"");    // type/function-name keyword
  CHECK(quoteIdent("café") == "\"café\"");    // non-ASCII is quoted
}

TEST_CASE("string literals double their quotes and keep backslashes") {
  CHECK(quoteLiteral("it's") == "'it''s'");
  CHECK(quoteLiteral("a\\b") == "'a\\b'");
}

TEST_CASE("names are clipped on UTF-8 character boundaries") {
  CHECK(clipToBytes("abcdef", 3) == "abc");
  CHECK(clipToBytes("ab\xC3\xA9", 3) == "ab");  // é is two bytes
  CHECK(clipToBytes("ab", 63) == "ab");
}

TEST_CASE("types print as format_type prints them") {
  CHECK(TypeName::builtin("int4").sql() == "integer");
  CHECK(TypeName::builtin("int8", -1, true).sql() == "bigint[]");
  CHECK(TypeName::builtin("varchar", 14).sql() == "character varying(10)");
  CHECK(TypeName::builtin("varchar").sql() == "character varying");
  CHECK(TypeName::builtin("bpchar", 5).sql() == "character(1)");
  CHECK(TypeName::builtin("bpchar").sql() == "bpchar");
  CHECK(TypeName::builtin("numeric", ((10 << 16) | 2) + 4).sql() == "numeric(10,2)");
  CHECK(TypeName::builtin("timestamptz").sql() == "timestamp with time zone");
  CHECK(TypeName::builtin("timestamp", 3).sql() == "timestamp(3) without time zone");
  CHECK(TypeName::builtin("time").sql() == "time without time zone");
  CHECK(TypeName::builtin("interval", intervalTypmod(interval_fields::day | interval_fields::hour |
                                                         interval_fields::minute | interval_fields::second, 3))
            .sql() == "interval day to second(3)");
  CHECK(TypeName::builtin("interval", intervalTypmod(interval_fields::full_range, 2)).sql() == "interval(2)");
  CHECK(TypeName::builtin("char").sql() == "\"char\"");
  CHECK(TypeName::builtin("bit", 8).sql() == "bit(8)");
  CHECK(TypeName::builtin("varbit").sql() == "bit varying");
  CHECK(TypeName{qn("public", "Mood"), -1, true}.sql() == "public.\"Mood\"[]");
}

TEST_CASE("typmods are encoded as PostgreSQL's typmodin functions do") {
  std::string error;
  CHECK(encodeTypmod("varchar", {10}, error) == 14);
  CHECK(encodeTypmod("numeric", {10, 2}, error) == ((10 << 16) | 2) + 4);
  CHECK(encodeTypmod("numeric", {10}, error) == (10 << 16) + 4);
  CHECK(encodeTypmod("timestamp", {9}, error) == 6);
  CHECK_FALSE(encodeTypmod("varchar", {0}, error).has_value());
  CHECK(error == "length for type varchar must be at least 1");
  CHECK_FALSE(encodeTypmod("int4", {3}, error).has_value());
}

TEST_CASE("constraints print as pg_get_constraintdef prints them") {
  Constraint fk;
  fk.kind = ConstraintKind::foreign_key;
  fk.columns = {id("ref")};
  fk.references = ForeignKey{qn("s2", "Mixed Case"), {id("id")}};
  fk.references->on_delete = ReferentialAction::cascade;
  fk.deferrable = true;
  fk.initially_deferred = true;
  CHECK(fk.definitionSql() ==
        "FOREIGN KEY (ref) REFERENCES s2.\"Mixed Case\"(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED");

  Constraint unique;
  unique.kind = ConstraintKind::unique;
  unique.columns = {id("c"), id("Key")};
  unique.nulls_not_distinct = true;
  CHECK(unique.definitionSql() == "UNIQUE NULLS NOT DISTINCT (c, \"Key\")");

  Constraint check;
  check.kind = ConstraintKind::check;
  check.check = Expression{.text = "(price > (0)::numeric)"};
  check.validated = false;
  CHECK(check.definitionSql() == "CHECK ((price > (0)::numeric)) NOT VALID");
  CHECK(check.identitySql() == "CHECK ((price > (0)::numeric))");
}

TEST_CASE("indexes print as pg_get_indexdef prints them") {
  Index index;
  index.name = qn("public", "t_a_b_idx");
  index.table = id("t");
  IndexKey a;
  a.column = id("a");
  a.descending = true;
  IndexKey b;
  b.column = id("b");
  b.nulls_first = true;
  index.keys = {a, b};
  index.predicate = Expression{.text = "(a > 0)"};
  CHECK(index.definitionSql() ==
        "CREATE INDEX t_a_b_idx ON public.t USING btree (a DESC NULLS LAST, b NULLS FIRST) WHERE (a > 0)");

  Index expr;
  expr.name = qn("public", "t_e_a_idx");
  expr.table = id("t");
  IndexKey lower;
  lower.expression = Expression{.text = "lower(e)"};
  lower.expression->function_like = true;
  IndexKey sum;
  sum.expression = Expression{.text = "(a + b)"};
  sum.opclass = qn("pg_catalog", "int4_ops");
  expr.keys = {lower, sum};
  expr.include = {id("a")};
  expr.options = {{"fillfactor", "70"}};
  CHECK(expr.definitionSql() ==
        "CREATE INDEX t_e_a_idx ON public.t USING btree (lower(e), ((a + b)) int4_ops) INCLUDE (a) WITH (fillfactor='70')");
}
