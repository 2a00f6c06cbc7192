// Expressions with PostgreSQL 15 as the live oracle: each (column type, expression
// shape) pair becomes CREATE TABLE ... DEFAULT / CHECK in a scratch database; the text
// pg_get_expr() prints there (search_path = pg_catalog) must be the text pgshift gives
// for the same DDL read from a file, exactly. Where PostgreSQL refuses the DDL, pgshift
// must refuse it too, or at least not claim to be exact about it. No expected text is
// written here: the database says what is right.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/frontend/diagnostic.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "tests/support/test_database.h"

using namespace pgshift;

namespace {

// A column type and two constants of it, as SQL (quoted where the type needs it).
struct Type {
  std::string name;
  std::string v1, v2;
};

// An expression with placeholders: {t} the type, {1} and {2} its constants. A default
// shape goes after DEFAULT on column c; a check shape inside CHECK (...) beside it.
struct Shape {
  std::string name;
  bool is_default;
  std::string pattern;
};

std::string fill(const std::string &pattern, const Type &type) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}') {
      char key = pattern[i + 1];
      if (key == 't') out += type.name;
      else if (key == '1') out += type.v1;
      else if (key == '2') out += type.v2;
      else out += pattern.substr(i, 3);
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string ddl(const Shape &shape, const Type &type, const std::string &table) {
  const std::string expression = fill(shape.pattern, type);
  if (shape.is_default) return "CREATE TABLE " + table + " (c " + type.name + " DEFAULT " + expression + ");";
  return "CREATE TABLE " + table + " (c " + type.name + ", CHECK (" + expression + "));";
}

const std::vector<Type> &cleanTypes() {
  static const std::vector<Type> types = {
      {"integer", "1", "-2"},
      {"smallint", "1", "2"},
      {"bigint", "1", "5000000000"},
      {"numeric", "1.5", "-2"},
      {"numeric(10,2)", "0", "1.25"},
      {"real", "1.5", "2"},
      {"double precision", "0.5", "-1"},
      {"boolean", "true", "'f'"},
      {"text", "'a'", "'it''s'"},
      {"varchar(10)", "'a'", "'b c'"},
      {"char(3)", "'ab'", "'abc'"},
      {"\"char\"", "'a'", "'b'"},
      {"name", "'a'", "'b'"},
      {"date", "'2020-01-01'", "'2021-06-30'"},
      {"time", "'12:00'", "'23:59:59.5'"},
      {"timetz", "'12:00+02'", "'13:00-05'"},
      {"timestamp", "'2020-01-01 10:00'", "'2021-01-01'"},
      {"timestamptz", "'2020-01-01 00:00+00'", "'2020-06-01 12:00+02'"},
      {"interval", "'1 day'", "'90 minutes'"},
      {"uuid", "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A12'"},
      {"json", "'{\"a\": 1}'", "'[1, 2]'"},
      {"jsonb", "'{\"b\": 1, \"a\": 2}'", "'[1, 2]'"},
      {"bytea", "'\\x00ff'", "'abc'"},
      {"integer[]", "'{1,2}'", "ARRAY[3, 4]"},
      {"text[]", "'{a,\"b c\"}'", "ARRAY['x']"},
  };
  return types;
}

// Types whose constants pgshift keeps as written and flags approximate (see below).
const std::vector<Type> &approximatedTypes() {
  static const std::vector<Type> types = {
      {"int4range", "'[1,5)'", "'empty'"},
      {"tstzrange", "'[2020-01-01 00:00+00,)'", "'empty'"},
      {"inet", "'10.0.0.1'", "'192.168.0.0/24'"},
      {"macaddr", "'08:00:2b:01:02:03'", "'08:00:2B:01:02:04'"},
      {"bit(4)", "B'1010'", "'0101'"},
      {"point", "'(1,2)'", "'(3,4)'"},
      {"tsvector", "'a b'", "'c'"},
  };
  return types;
}

// What pgshift makes of one table's DDL read from a file: the default of c or the
// text of its check, and whether pgshift claims to be exact about it.
struct FileSide {
  bool rejected = false;
  std::string error;
  std::string text;
  bool exact = true;
};

FileSide readFileSide(const std::string &sql, bool is_default) {
  FileSide out;
  try {
    LoadedSchema s = readSchema({SourceText{"schema.sql", sql}});
    normalizeModel(s, builtins::Catalog::builtin());
    REQUIRE(s.model.tables.size() == 1);
    const Table &t = s.model.tables[0];
    if (is_default) {
      const auto &d = t.columns.at(0).default_value;
      if (d) out.text = d->text, out.exact = d->exact;
    } else {
      for (const auto &c : t.constraints)
        if (c.check) out.text = c.check->text, out.exact = c.check->exact;
    }
  } catch (const DiagnosticError &e) {
    out.rejected = true;
    out.error = e.what();
  }
  return out;
}

// Runs every shape on every type in one scratch database and compares each table.
void runGrid(const std::vector<Shape> &shapes, const std::vector<Type> &types) {
  testing::ScratchDatabase db;
  // The settings pgshift's offline printing assumes (timestamptz shown in UTC).
  db.execute("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres'");
  struct Combo {
    std::string table, sql;
    bool is_default;
    bool accepted = true;
    std::string pg_error;
  };
  std::vector<Combo> combos;
  for (const auto &shape : shapes) {
    for (const auto &type : types) {
      Combo c;
      c.table = "t" + std::to_string(combos.size());
      c.sql = ddl(shape, type, c.table);
      c.is_default = shape.is_default;
      try {
        db.execute(c.sql);
      } catch (const std::exception &e) {
        c.accepted = false;
        c.pg_error = e.what();
      }
      combos.push_back(std::move(c));
    }
  }
  // pg_get_expr's text for every default and check, by table.
  std::map<std::string, std::string> pg_text;
  {
    pqxx::nontransaction tx(db.connection());
    tx.exec0("SET search_path = pg_catalog");
    const auto rows = tx.exec(
        "SELECT c.relname, pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid"
        " WHERE c.relnamespace = 'public'::regnamespace"
        " UNION ALL SELECT c.relname, pg_get_expr(k.conbin, k.conrelid) FROM pg_constraint k"
        " JOIN pg_class c ON c.oid = k.conrelid WHERE k.contype = 'c' AND c.relnamespace = 'public'::regnamespace");
    for (const auto &row : rows) pg_text[row[0].c_str()] = row[1].c_str();
    tx.exec0("RESET search_path");
  }
  int compared = 0, refused = 0;
  for (const auto &c : combos) {
    INFO(c.sql);
    const FileSide file = readFileSide(c.sql, c.is_default);
    if (c.accepted) {
      ++compared;
      CHECK_MESSAGE(!file.rejected, "PostgreSQL accepts it; pgshift: " << file.error);
      if (file.rejected) continue;
      CHECK(file.text == pg_text[c.table]);
      CHECK(file.exact);
    } else {
      ++refused;
      // Refused, or kept only approximately (an operator an extension could add).
      CHECK_MESSAGE((file.rejected || !file.exact),
                    "PostgreSQL refuses it (" << c.pg_error << "); pgshift reads it exactly as: " << file.text);
    }
  }
  MESSAGE(compared << " pairs compared with PostgreSQL, " << refused << " refused by PostgreSQL");
  CHECK(compared > 0);
}

}  // namespace

TEST_CASE("default shapes on every type: literal, COALESCE, NULLIF") {
  runGrid({{"literal", true, "{1}"},
           {"COALESCE", true, "COALESCE(NULL, {2})"},
           {"NULLIF", true, "NULLIF({1}, {2})"}},
          cleanTypes());
}

TEST_CASE("explicit casts to the column type on every type") {
  runGrid({{"cast", true, "{1}::{t}"},
           {"CAST", true, "CAST({2} AS {t})"},
           {"cast in a check", false, "c <> {2}::{t}"},
           {"cast from text", false, "c <> ({2}::text)::{t}"}},
          cleanTypes());
}

TEST_CASE("comparison shapes on every type: =, <> OR IS NULL, >, BETWEEN") {
  runGrid({{"equals", false, "c = {1}"},
           {"not equal or null", false, "c <> {2} OR c IS NULL"},
           {"greater", false, "c > {1}"},
           {"between", false, "c BETWEEN {1} AND {2}"}},
          cleanTypes());
}

TEST_CASE("list shapes on every type: IN, NOT IN, = ANY (ARRAY[...])") {
  runGrid({{"in", false, "c IN ({1}, {2})"},
           {"not in", false, "c NOT IN ({1}, {2})"},
           {"any array", false, "c = ANY (ARRAY[{1}, {2}])"}},
          cleanTypes());
}

TEST_CASE("function shapes on every type: IS DISTINCT FROM, COALESCE, NULLIF, GREATEST, ::text") {
  runGrid({{"distinct", false, "c IS DISTINCT FROM {1}"},
           {"coalesce", false, "COALESCE(c, {1}) <> {2}"},
           {"nullif", false, "NULLIF(c, {1}) IS NOT NULL"},
           {"greatest", false, "GREATEST(c, {1}) = c"},
           {"text cast", false, "c::text <> ''"}},
          cleanTypes());
}

TEST_CASE("IS NOT DISTINCT FROM on every type") {
  runGrid({{"not distinct", false, "c IS NOT DISTINCT FROM {1}"}}, cleanTypes());
}

TEST_CASE("CASE on every type") {
  runGrid({{"case", false, "CASE WHEN c IS NULL THEN true ELSE c <> {1} END"}}, cleanTypes());
}

// Known limitation: constants of range types, inet, macaddr, point and tsvector are kept
// as written and flagged approximate, though PostgreSQL's text for them is deterministic.
TEST_CASE("constants of range, network, bit, geometric and text search types" * doctest::may_fail()) {
  runGrid({{"literal", true, "{1}"},
           {"cast", true, "{2}::{t}"},
           {"equals", false, "c = {1}"},
           {"in", false, "c IN ({1}, {2})"},
           {"distinct", false, "c IS DISTINCT FROM {2}"}},
          approximatedTypes());
}
