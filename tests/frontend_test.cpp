// The front end through its public entry points: parseScript (lexing, statement
// splitting, syntax and lexical diagnostics) and readSchema + normalizeModel (the model
// PostgreSQL 15 would build, names it would choose, semantic diagnostics). Every
// expected name, type and text below was checked on PostgreSQL 15.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/frontend/diagnostic.h"
#include "compiler/frontend/script_parser.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"

using namespace pgshift;

namespace {

LoadedSchema read(const std::string &sql) {
  const std::vector<SourceText> scripts{SourceText{"schema.sql", sql}};
  LoadedSchema s = readSchema(scripts);
  normalizeModel(s, builtins::Catalog::builtin(), scripts);
  return s;
}

// The diagnostics reading `sql` gives; empty when it reads.
std::vector<Diagnostic> diagnosticsOf(const std::string &sql) {
  try {
    read(sql);
  } catch (const DiagnosticError &e) {
    return e.diagnostics();
  }
  return {};
}

std::string describe(const std::vector<Diagnostic> &diagnostics) {
  std::string out;
  for (const auto &d : diagnostics) out += d.format() + "\n";
  return out.empty() ? "(no diagnostics)" : out;
}

const Table *findTable(const LoadedSchema &s, const char *schema, const char *name) {
  return s.model.findTable({Identifier::exact(schema), Identifier::exact(name)});
}

// A column as one line: name, type, NOT NULL, DEFAULT.
std::string columnSql(const Column &c) {
  std::string out = c.name.sql() + " " + c.type.sql();
  if (c.collation) out += " COLLATE " + c.collation->sql();
  if (c.not_null) out += " NOT NULL";
  if (c.default_value) out += " DEFAULT " + c.default_value->text;
  return out;
}

std::vector<std::string> columnsSql(const Table &t) {
  std::vector<std::string> out;
  for (const auto &c : t.columns) out.push_back(columnSql(c));
  return out;
}

std::string sequenceOptionsSql(const SequenceOptions &o) {
  return fmt::format("AS {} START {} INCREMENT {} MINVALUE {} MAXVALUE {} CACHE {}{}", o.type.sql(), o.start,
                     o.increment, o.min_value, o.max_value, o.cache, o.cycle ? " CYCLE" : "");
}

// Every name a model holds for a constraint, an index or a sequence (identity sequences
// included), as "constraint <table> <name>", "index <name>", "sequence <name>", sorted:
// the same lines a catalog query on PostgreSQL gives for the public schema.
std::vector<std::string> objectNames(const SchemaModel &m) {
  std::vector<std::string> out;
  for (const auto &t : m.tables) {
    for (const auto &c : t.constraints) out.push_back("constraint " + t.name.name.sql() + " " + c.name.sql());
    for (const auto &c : t.columns)
      if (c.identity) out.push_back("sequence " + c.identity->sequence_name.sql());
  }
  for (const auto &i : m.indexes) out.push_back("index " + i.name.name.sql());
  for (const auto &s : m.sequences) out.push_back("sequence " + s.name.name.sql());
  std::sort(out.begin(), out.end());
  return out;
}

// The default of column `column` of public.t, or "" when there is none.
std::string defaultOf(const LoadedSchema &s, const char *column, const char *table = "t") {
  const Table *t = findTable(s, "public", table);
  if (!t) return "<no table>";
  const Column *c = t->findColumn(Identifier::exact(column));
  if (!c) return "<no column>";
  return c->default_value ? c->default_value->text : "";
}

// The text of the first CHECK constraint of public.t.
std::string checkOf(const LoadedSchema &s) {
  const Table *t = findTable(s, "public", "t");
  if (!t) return "<no table>";
  for (const auto &c : t->constraints)
    if (c.check) return c.check->text;
  return "<no check constraint>";
}

struct DefaultCase {
  std::string type;
  std::string expression;  // as written after DEFAULT
  std::string expected;    // pg_get_expr(adbin, adrelid) on PostgreSQL 15
};

void checkDefaults(const std::vector<DefaultCase> &cases) {
  for (const auto &c : cases) {
    const std::string sql = fmt::format("CREATE TABLE t (a {} DEFAULT {});", c.type, c.expression);
    INFO(sql);
    try {
      CHECK(defaultOf(read(sql), "a") == c.expected);
    } catch (const std::exception &e) {
      FAIL_CHECK("reading failed: " << std::string(e.what()));
    }
  }
}

struct CheckCase {
  std::string expression;  // inside CHECK (...) on CREATE TABLE t (a int, x text)
  std::string expected;    // pg_get_expr(conbin, conrelid) on PostgreSQL 15
};

void checkChecks(const std::vector<CheckCase> &cases) {
  for (const auto &c : cases) {
    const std::string sql = fmt::format("CREATE TABLE t (a int, x text, CHECK ({}));", c.expression);
    INFO(sql);
    try {
      CHECK(checkOf(read(sql)) == c.expected);
    } catch (const std::exception &e) {
      FAIL_CHECK("reading failed: " << std::string(e.what()));
    }
  }
}

struct ErrorCase {
  std::string sql;
  std::string message;
  int line;
  int column;
};

// Each case must give exactly one diagnostic, with this message and position.
void checkErrors(const std::vector<ErrorCase> &cases) {
  for (const auto &c : cases) {
    INFO(c.sql);
    const auto diagnostics = diagnosticsOf(c.sql);
    INFO(describe(diagnostics));
    CHECK(diagnostics.size() == 1);
    if (diagnostics.empty()) continue;
    const Diagnostic &d = diagnostics[0];
    CHECK(d.message == c.message);
    CHECK(d.where.file == "schema.sql");
    CHECK(d.where.line == c.line);
    CHECK(d.where.column == c.column);
    CHECK_FALSE(d.source_line.empty());
  }
}

}  // namespace

// ------------------------------------------------------------------ lexing

TEST_CASE("keywords are read in any case") {
  const std::string spellings[] = {
      "CREATE TABLE t (a integer NOT NULL DEFAULT 1 CHECK (a > 0));",
      "create table t (a integer not null default 1 check (a > 0));",
      "CrEaTe TaBlE t (a InTeGeR nOt NuLl DeFaUlT 1 cHeCk (a > 0));",
      "CREATE\tTABLE\nt\n(\ta INTEGER\n NOT   NULL DEFAULT 1 CHECK(a>0))",
  };
  for (const std::string &sql : spellings) {
    INFO(sql);
    LoadedSchema s = read(sql);
    const Table *t = findTable(s, "public", "t");
    REQUIRE(t != nullptr);
    CHECK(columnsSql(*t) == std::vector<std::string>{"a integer NOT NULL DEFAULT 1"});
    REQUIRE(t->constraints.size() == 1);
    CHECK(t->constraints[0].name.str() == "t_a_check");
    CHECK(t->constraints[0].definitionSql() == "CHECK ((a > 0))");
  }
}

TEST_CASE("unquoted names fold to lower case, quoted names keep case and doubled quotes") {
  struct Case {
    std::string sql;
    std::string table;                 // the table's name as the catalog stores it
    std::vector<std::string> columns;  // as quote_ident prints them
  };
  const Case cases[] = {
      {"CREATE TABLE Users (Id int, NAME text);", "users", {"id integer", "name text"}},
      {"CREATE TABLE \"Users\" (\"Id\" int, \"NAME\" text);", "Users", {"\"Id\" integer", "\"NAME\" text"}},
      {"CREATE TABLE \"My \"\"Quoted\"\" T\" (\"a\"\"b\" int, \"x y\" int);", "My \"Quoted\" T",
       {"\"a\"\"b\" integer", "\"x y\" integer"}},
      // Only ASCII letters fold in UTF-8 (downcase_identifier).
      {"CREATE TABLE Ünï (Ä int, \"ä\" int);", "Ünï", {"\"Ä\" integer", "\"ä\" integer"}},
      {"CREATE TABLE a$b (c$d int, _x1 int);", "a$b", {"\"c$d\" integer", "_x1 integer"}},
      // Keywords that may be column names; reserved ones need quotes.
      {"CREATE TABLE t (key int, value text, type text, name text, data jsonb, position int, year int, \"user\" int,"
       " \"select\" int);",
       "t",
       {"key integer", "value text", "type text", "name text", "data jsonb", "\"position\" integer", "year integer",
        "\"user\" integer", "\"select\" integer"}},
      {"CREATE TABLE \"t\" (\"a\" int);", "t", {"a integer"}},
  };
  for (const auto &c : cases) {
    INFO(c.sql);
    LoadedSchema s = read(c.sql);
    REQUIRE(s.model.tables.size() == 1);
    const Table &t = s.model.tables[0];
    CHECK(t.name.schema.str() == "public");
    CHECK(t.name.name.str() == c.table);
    CHECK(columnsSql(t) == c.columns);
  }
}

TEST_CASE("names longer than 63 bytes are cut, multibyte names on a character boundary") {
  const std::string e_acute = "\xC3\xA9", euro = "\xE2\x82\xAC";
  auto times = [](const std::string &s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  struct Case {
    std::string written;  // the table name as written
    std::string stored;   // what PostgreSQL 15 keeps
  };
  const Case cases[] = {
      {times("a", 70), times("a", 63)},
      {times("a", 63), times("a", 63)},
      {times("Ab", 40), times("ab", 31) + "a"},
      {"\"" + times("B", 64) + "\"", times("B", 63)},
      {"\"" + times(e_acute, 35) + "\"", times(e_acute, 31)},  // 70 bytes -> 62
      {times("a", 62) + e_acute, times("a", 62)},               // 64 bytes: é does not fit
      {times("a", 61) + e_acute, times("a", 61) + e_acute},     // exactly 63 bytes
      {"\"" + times(euro, 22) + "\"", times(euro, 21)},         // 66 bytes -> 63
  };
  for (const auto &c : cases) {
    const std::string sql = "CREATE TABLE " + c.written + " (a int);";
    INFO(sql);
    LoadedSchema s = read(sql);
    REQUIRE(s.model.tables.size() == 1);
    CHECK(s.model.tables[0].name.name.str() == c.stored);
    CHECK(s.model.tables[0].name.name.str().size() <= 63);
  }
  // A name cut to 63 bytes is the same name: the second CREATE collides.
  const auto diagnostics = diagnosticsOf("CREATE TABLE " + times("x", 63) + "1 (a int);\nCREATE TABLE " + times("x", 63) +
                                         "2 (a int);");
  INFO(describe(diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message == "relation \"" + times("x", 63) + "\" already exists");
  CHECK(diagnostics[0].where.line == 2);
}

TEST_CASE("string literals: quotes, E'' escapes and dollar quoting") {
  checkDefaults({
      {"text", "'hello'", "'hello'::text"},
      {"text", "''", "''::text"},
      {"text", "'it''s'", "'it''s'::text"},
      {"text", "'a\\b'", "'a\\b'::text"},  // standard_conforming_strings: a backslash is a backslash
      {"text", "'a\\nb'", "'a\\nb'::text"},
      {"text", "E'a\\\\b'", "'a\\b'::text"},
      {"text", "E'tab\\there'", "'tab\there'::text"},
      {"text", "E'a\\nb'", "'a\nb'::text"},
      {"text", "E'quote\\'s'", "'quote''s'::text"},
      {"text", "e'x'", "'x'::text"},
      {"text", "E'\\u00e9'", "'\xC3\xA9'::text"},
      {"text", "E'\\x41'", "'A'::text"},
      {"text", "E'\\101'", "'A'::text"},
      {"text", "'h\xC3\xA9llo'", "'h\xC3\xA9llo'::text"},
      {"text", "$$dollar 'q'$$", "'dollar ''q'''::text"},
      {"text", "$tag$a;b$tag$", "'a;b'::text"},
      {"text", "$q$it's; $$ $q$", "'it''s; $$ '::text"},
      {"text", "$$a\nb;$$", "'a\nb;'::text"},
  });
}

TEST_CASE("-- comments are skipped") {
  LoadedSchema s = read("-- a comment; with a semicolon\nCREATE TABLE t ( -- after a parenthesis\n  a int, -- a, b\n"
                        "  b text -- last\n); -- trailing\n-- only a comment");
  const Table *t = findTable(s, "public", "t");
  REQUIRE(t != nullptr);
  CHECK(columnsSql(*t) == std::vector<std::string>{"a integer", "b text"});
}

// Comments nest as in PostgreSQL, and can stand anywhere white space can.
TEST_CASE("block comments, nested ones too, are skipped") {
  const std::string scripts[] = {
      "/* a */ CREATE TABLE t (a int, b int);",
      "CREATE TABLE t (a int /* x */, b int);",
      "CREATE TABLE t (a int /* x /* nested */ still comment */, b int);",
      "/* a /* b */ c */\nCREATE TABLE t (a int,\n/* ; */ b int);",
      "CREATE TABLE t (a int, b int); /* trailing */",
      "CREATE TABLE t (a int /**/, b int /* ** / */);",
  };
  for (const std::string &sql : scripts) {
    INFO(sql);
    const auto diagnostics = diagnosticsOf(sql);
    CHECK_MESSAGE(diagnostics.empty(), describe(diagnostics));
    if (!diagnostics.empty()) continue;
    const auto model = read(sql);
    const Table *t = findTable(model, "public", "t");
    REQUIRE(t != nullptr);
    CHECK(columnsSql(*t) == std::vector<std::string>{"a integer", "b integer"});
  }
}

TEST_CASE("Unicode escape strings") {
  checkDefaults({
      {"text", "U&'\\0041b'", "'Ab'::text"},
      {"text", "U&'d\\0061t\\+000061'", "'data'::text"},
      {"text", "U&'d!0061t' UESCAPE '!'", "'dat'::text"},
  });
}

TEST_CASE("string constants continued across a newline") {
  checkDefaults({{"text", "'con'\n'cat'", "'concat'::text"}, {"text", "'a'  \n  'b'\n'c'", "'abc'::text"}});
}

TEST_CASE("two string constants on one line are a syntax error") {
  checkErrors({{"CREATE TABLE t (a text DEFAULT 'con' 'cat');", "syntax error at or near \"'cat'\"", 1, 38}});
}

TEST_CASE("operators: <>, !=, >=, <= and an operator followed by a negative number") {
  // PostgreSQL drops a trailing '-' or '+' from an operator made only of + - * / < > =,
  // so "a=-1" is "a = -1"; "!=" is "<>".
  checkChecks({
      {"a <> 1", "(a <> 1)"},
      {"a != 1", "(a <> 1)"},
      {"a >= 3", "(a >= 3)"},
      {"a <= 3", "(a <= 3)"},
      {"a=-1", "(a = '-1'::integer)"},
      {"a =- 1", "(a = '-1'::integer)"},
      {"a<=-1", "(a <= '-1'::integer)"},
      {"a>=-1", "(a >= '-1'::integer)"},
      {"a>-1", "(a > '-1'::integer)"},
      {"a<>-1", "(a <> '-1'::integer)"},
      {"a*-1 > 0", "((a * '-1'::integer) > 0)"},
      {"a+-1 > 0", "((a + '-1'::integer) > 0)"},
      {"a - -1 > 0", "((a - '-1'::integer) > 0)"},
      {"-a < 0", "((- a) < 0)"},
      {"x||'-' <> ''", "((x || '-'::text) <> ''::text)"},
      {"a<>1 AND a!=2", "((a <> 1) AND (a <> 2))"},
  });
}

// ------------------------------------------------------------------ statements

TEST_CASE("a script splits into statements at top-level semicolons") {
  struct Case {
    std::string sql;
    size_t statements;
  };
  const Case cases[] = {
      {"CREATE TABLE t (a int); CREATE TABLE u (b int);", 2},
      {"CREATE TABLE t (a int)", 1},  // no final semicolon
      {"CREATE TABLE t (a int);\nCREATE TABLE u (b int)\n", 2},
      {";;CREATE TABLE t (a int);;;", 1},  // empty statements
      {"", 0},
      {";", 0},
      {"  \n\t\n", 0},
      {"-- only; a comment", 0},
      {"CREATE TABLE t (a text DEFAULT 'x;y'); CREATE TABLE u (b text DEFAULT $$;$$);", 2},
      {"CREATE TABLE \"a;b\" (c int); CREATE TABLE u (b text DEFAULT E'\\';');", 2},
      {"CREATE TABLE t (a int -- ;\n); SET search_path = public", 2},
  };
  for (const auto &c : cases) {
    INFO(c.sql);
    std::vector<Diagnostic> errors;
    auto statements = parseScript(SourceText{"schema.sql", c.sql}, errors);
    CHECK_MESSAGE(errors.empty(), describe(errors));
    CHECK(statements.size() == c.statements);
  }
}

TEST_CASE("statements carry the kind and position they were written at") {
  std::vector<Diagnostic> errors;
  auto statements = parseScript(
      SourceText{"schema.sql", "CREATE SCHEMA s;\n  CREATE TABLE s.t (a int);\n\nCREATE INDEX ON s.t (a); ALTER TABLE s.t ADD b int;"
                               "\nCREATE SEQUENCE q;\nCOMMENT ON TABLE s.t IS 'x';\nSET search_path = s;"},
      errors);
  CHECK_MESSAGE(errors.empty(), describe(errors));
  REQUIRE(statements.size() == 7);
  CHECK(std::holds_alternative<ast::CreateSchema>(statements[0].v));
  CHECK(std::holds_alternative<ast::CreateTable>(statements[1].v));
  CHECK(std::holds_alternative<ast::CreateIndex>(statements[2].v));
  CHECK(std::holds_alternative<ast::AlterTable>(statements[3].v));
  CHECK(std::holds_alternative<ast::CreateSequence>(statements[4].v));
  CHECK(std::holds_alternative<ast::Comment>(statements[5].v));
  CHECK(std::holds_alternative<ast::SetVariable>(statements[6].v));
  struct Where {
    int line, column;
  };
  const Where expected[] = {{1, 1}, {2, 3}, {4, 1}, {4, 26}, {5, 1}, {6, 1}, {7, 1}};
  for (size_t i = 0; i < statements.size(); ++i) {
    CAPTURE(i);
    CHECK(statements[i].where.line == expected[i].line);
    CHECK(statements[i].where.column == expected[i].column);
  }
  const auto &table = std::get<ast::CreateTable>(statements[1].v);
  REQUIRE(table.name.size() == 2);
  CHECK(table.name[0].str() == "s");
  CHECK(table.name[1].str() == "t");
}

// ------------------------------------------------------------------ diagnostics

TEST_CASE("a syntax error names file, line and column, the token, and shows the line with a caret") {
  const std::string sql = "CREATE TABLE orders (\n    id int PRIMARY KEY,\n    customer_id int REFERENCS customers (id)\n);";
  try {
    readSchema({SourceText{"schema/orders.sql", sql}});
    FAIL("no error");
  } catch (const DiagnosticError &e) {
    REQUIRE(e.diagnostics().size() == 1);
    const Diagnostic &d = e.diagnostics()[0];
    CHECK(d.where.file == "schema/orders.sql");
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 21);
    CHECK(d.message == "syntax error at or near \"REFERENCS\"");
    CHECK(d.source_line == "    customer_id int REFERENCS customers (id)");
    const std::string expected = "schema/orders.sql:3:21: syntax error at or near \"REFERENCS\"\n"
                                 "      customer_id int REFERENCS customers (id)\n"
                                 "                      ^";
    CHECK(d.format() == expected);
    CHECK(std::string(e.what()) == expected);
  }
}

TEST_CASE("syntax error positions count characters, and the caret keeps tabs") {
  struct Case {
    std::string sql;
    int line, column;
    std::string caret;  // the last line of format()
  };
  const Case cases[] = {
      {"CREATE TABLE \"\xC3\xA9\" (a int REFERENCS x);", 1, 25, "                          ^"},
      {"CREATE TABLE t (\n\ta int REFERENCS x);", 2, 8, "  \t      ^"},
      {"CREATE TABLE t (a int);\r\nCREATE TABLE u (a int REFERENCS x);\r\n", 2, 23, "                        ^"},
  };
  for (const auto &c : cases) {
    INFO(c.sql);
    const auto diagnostics = diagnosticsOf(c.sql);
    INFO(describe(diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message == "syntax error at or near \"REFERENCS\"");
    CHECK(diagnostics[0].where.line == c.line);
    CHECK(diagnostics[0].where.column == c.column);
    const std::string formatted = diagnostics[0].format();
    CHECK(formatted.substr(formatted.rfind('\n') + 1) == c.caret);
    CHECK(diagnostics[0].source_line.find('\r') == std::string::npos);
  }
}

TEST_CASE("a statement cut short is a syntax error at end of input") {
  checkErrors({
      {"CREATE TABLE", "syntax error at end of input", 1, 13},
      {"CREATE TABLE t (a int DEFAULT", "syntax error at end of input", 1, 30},
      {"CREATE TABLE t (a int CHECK (a >", "syntax error at end of input", 1, 33},
      {"CREATE TABLE t (a int);\nCREATE INDEX ON t (a) WHERE;", "syntax error at end of input", 2, 28},
      {"CREATE TABLE t (a int,\n  b int DEFAULT 1 +\n);", "syntax error at or near \")\"", 3, 1},
      // ANTLR names the missing token; kept because it says what to add.
      {"CREATE TABLE t (a int", "syntax error: missing ')'", 1, 22},
  });
}

TEST_CASE("every syntax error of a file is reported, each at its statement") {
  const std::string sql =
      "CREATE TABLE ok1 (a int);\n"
      "CREATE TABLE u (a int,);\n"
      "CREATE TABLE v (a in t);\n"
      "CREATE TABLE ok2 (a int);\n"
      "CREATE INDEX ON ok1 (a) WHERE a >;\n"
      "CREATE TABLE w (a int DEFAULT 'x);";
  const auto diagnostics = diagnosticsOf(sql);
  INFO(describe(diagnostics));
  struct Expected {
    std::string message;
    int line, column;
  };
  const Expected expected[] = {
      {"syntax error at or near \")\"", 2, 23},
      {"syntax error at or near \"in\"", 3, 19},
      {"syntax error at end of input", 5, 34},
      {"unterminated quoted string", 6, 31},
  };
  REQUIRE(diagnostics.size() == std::size(expected));
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    CAPTURE(i);
    CHECK(diagnostics[i].message == expected[i].message);
    CHECK(diagnostics[i].where.line == expected[i].line);
    CHECK(diagnostics[i].where.column == expected[i].column);
  }
}

TEST_CASE("errors in several files are all reported, each naming its file") {
  try {
    readSchema({SourceText{"a.sql", "CREATE TABLE t (a int,);"}, SourceText{"b.sql", "CREATE TABLE u (a int);"},
                SourceText{"c.sql", "\n\nGRANT x TO y;"}});
    FAIL("no error");
  } catch (const DiagnosticError &e) {
    REQUIRE(e.diagnostics().size() == 2);
    CHECK(e.diagnostics()[0].format().rfind("a.sql:1:23: syntax error at or near \")\"", 0) == 0);
    CHECK(e.diagnostics()[1].format().rfind("c.sql:3:1: unsupported statement: GRANT (role membership)", 0) == 0);
  }
}

TEST_CASE("unterminated strings and identifiers point at where they start") {
  checkErrors({
      {"CREATE TABLE t (a text DEFAULT 'abc);", "unterminated quoted string", 1, 32},
      {"CREATE TABLE t (a text DEFAULT E'abc);", "unterminated quoted string", 1, 32},
      {"CREATE TABLE t (\n  a text DEFAULT 'abc\n);", "unterminated quoted string", 2, 18},
      {"CREATE TABLE t (a text DEFAULT 'it''s);", "unterminated quoted string", 1, 32},
      {"CREATE TABLE \"t (a int);", "unterminated quoted identifier", 1, 14},
      {"CREATE TABLE t (\"a\"\" int);", "unterminated quoted identifier", 1, 17},
      {"CREATE TABLE t (a text DEFAULT $x$abc);", "unterminated dollar-quoted string", 1, 32},
      {"CREATE TABLE t (a text DEFAULT $$abc);\n", "unterminated dollar-quoted string", 1, 32},
      {"CREATE TABLE t (a text DEFAULT $x$abc$y$);", "unterminated dollar-quoted string", 1, 32},
      {"CREATE TABLE \"\" (a int);", "zero-length delimited identifier", 1, 14},
  });
}

TEST_CASE("an unterminated block comment is reported where it starts") {
  checkErrors({
      {"CREATE TABLE t (a int);\n/* never closed\nCREATE TABLE u (a int);", "unterminated /* comment", 2, 1},
      {"CREATE TABLE t (a int); /* a /* b */ c", "unterminated /* comment", 1, 25},
  });
}

TEST_CASE("unsupported statements are named at the statement's position") {
  const std::string sql =
      "CREATE TABLE t (a int);\n"
      "CREATE RULE r AS ON INSERT TO t DO $$ SELECT 1; $$;\n"
      "  CREATE OR REPLACE RULE r AS ON INSERT TO t DO NOTHING;\n"
      "GRANT x TO y;\n"
      "COPY t TO '/tmp/t.copy';\n"
      "DROP TABLE t;\n"
      "SELECT 1;\n"
      "COMMENT ON RULE r ON t IS 'x';\n"
      "CREATE EXTENSION citext; CREATE CAST (int AS money) WITHOUT FUNCTION;\n"
      "CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = int4eq);\n"
      "CREATE OR REPLACE RULE g AS ON INSERT TO t DO 'SELECT 1' NOTHING;\n"
      "VACUUM t;\n"
      "BEGIN;\n"
      "CREATE EVENT TRIGGER tr ON ddl_command_start EXECUTE FUNCTION f();\n"
      "CREATE AGGREGATE a (BASETYPE = int, sfunc = f, stype = int);\n";
  const auto diagnostics = diagnosticsOf(sql);
  INFO(describe(diagnostics));
  struct Expected {
    std::string message;
    int line, column;
  };
  const Expected expected[] = {
      {"unsupported statement: CREATE RULE", 2, 1},
      {"unsupported statement: CREATE RULE", 3, 3},
      {"unsupported statement: GRANT (role membership)", 4, 1},
      {"unsupported statement: COPY", 5, 1},
      {"unsupported statement: DROP TABLE", 6, 1},
      {"unsupported statement: SELECT", 7, 1},
      {"unsupported statement: COMMENT ON RULE", 8, 1},
      {"unsupported statement: CREATE CAST", 9, 26},
      {"unsupported statement: CREATE OPERATOR", 10, 1},
      {"unsupported statement: CREATE RULE", 11, 1},
      {"unsupported statement: VACUUM", 12, 1},
      {"unsupported statement: BEGIN", 13, 1},
      {"unsupported statement: CREATE EVENT TRIGGER", 14, 1},
      {"unsupported statement: CREATE AGGREGATE in the old syntax (BASETYPE = ...); write CREATE AGGREGATE name "
       "(argtype) (...)", 15, 1},
  };
  REQUIRE(diagnostics.size() == std::size(expected));
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    CAPTURE(i);
    CHECK(diagnostics[i].message == expected[i].message);
    CHECK(diagnostics[i].where.file == "schema.sql");
    CHECK(diagnostics[i].where.line == expected[i].line);
    CHECK(diagnostics[i].where.column == expected[i].column);
  }
}

TEST_CASE("unsupported ALTER TABLE actions are named at the action") {
  checkErrors({
      {"CREATE TABLE t (a int);\nALTER TABLE t REPLICA IDENTITY FULL;", "unsupported ALTER TABLE action: REPLICA IDENTITY FULL", 2, 15},
      {"CREATE TABLE t (a int);\nALTER TABLE t RENAME TO u;", "unsupported ALTER TABLE action: RENAME TO u", 2, 15},
  });
}

TEST_CASE("psql meta-commands other than \\restrict and \\unrestrict are refused") {
  const auto diagnostics = diagnosticsOf("\\set x 1\nCREATE TABLE t (a int);\n  \\i other.sql\n\\connect db\n");
  INFO(describe(diagnostics));
  REQUIRE(diagnostics.size() == 3);
  CHECK(diagnostics[0].message == "unsupported psql meta-command: \\set");
  CHECK(diagnostics[0].where.line == 1);
  CHECK(diagnostics[0].where.column == 1);
  CHECK(diagnostics[1].message == "unsupported psql meta-command: \\i");
  CHECK(diagnostics[1].where.line == 3);
  CHECK(diagnostics[1].where.column == 3);
  CHECK(diagnostics[2].message == "unsupported psql meta-command: \\connect");
  CHECK(diagnostics[2].where.line == 4);

  LoadedSchema s = read("\\restrict AbC123\nCREATE TABLE t (a int);\n\\unrestrict AbC123\n");
  CHECK(findTable(s, "public", "t") != nullptr);
}

TEST_CASE("semantic errors carry the position of what they are about") {
  checkErrors({
      {"CREATE TABLE t (a int,\n  CHECK (zz > 0));", "column \"zz\" does not exist", 2, 10},  // the expression
      {"CREATE TABLE t (a int REFERENCES nosuch (id));", "relation \"nosuch\" does not exist", 1, 23},
      {"CREATE TABLE p (id int);\nCREATE TABLE t (a int REFERENCES p);", "there is no primary key for referenced table \"p\"", 2,
       23},
      {"CREATE TABLE t (a int, a int);", "column \"a\" specified more than once", 1, 24},
      {"CREATE TABLE t (a int PRIMARY KEY, b int, PRIMARY KEY (b));",
       "multiple primary keys for table \"t\" are not allowed", 1, 43},
      {"CREATE TABLE t (a nosuchtype);", "type \"nosuchtype\" does not exist", 1, 17},
      {"CREATE TABLE t (a int,\n   b varchar(0));", "length for type varchar must be at least 1", 2, 4},
      {"CREATE TABLE t (a numeric(1001));", "NUMERIC precision 1001 must be between 1 and 1000", 1, 17},
      {"CREATE TABLE t (a float(54));", "precision for type float must be less than 54 bits", 1, 25},
      {"CREATE TABLE t (a int);\nCREATE TABLE t (b int);", "relation \"t\" already exists", 2, 1},
      {"CREATE TABLE t (a int);\nCREATE INDEX ON t (b);", "column \"b\" does not exist", 2, 20},
      {"CREATE TABLE t (a int, UNIQUE (b));", "column \"b\" named in key does not exist", 1, 24},
      {"CREATE TABLE t (a int);\nALTER TABLE t ALTER COLUMN b SET DEFAULT 1;", "column \"b\" of relation \"t\" does not exist", 2,
       15},
      {"CREATE TABLE s.t (a int);", "schema \"s\" does not exist", 1, 1},
      {"CREATE TEMP TABLE t (a int);", "temporary tables are not part of a schema", 1, 8},
  });
}

TEST_CASE("errors found in expressions show the line with a caret") {
  const auto diagnostics = diagnosticsOf("CREATE TABLE t (x int,\n  a int DEFAULT b, b int);");
  INFO(describe(diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message.find("cannot use column reference in DEFAULT expression") != std::string::npos);
  CHECK(diagnostics[0].where.line == 2);
  CHECK(diagnostics[0].source_line == "  a int DEFAULT b, b int);");
}

TEST_CASE("a semantic error shows its line with a caret") {
  const auto diagnostics = diagnosticsOf("CREATE TABLE t (a int);\nCREATE TABLE u (b nosuchtype);");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].format() ==
        "schema.sql:2:17: type \"nosuchtype\" does not exist\n  CREATE TABLE u (b nosuchtype);\n                  ^");
}

// ------------------------------------------------------------------ pg_dump

namespace {
const char *kDump = R"(--
-- PostgreSQL database dump
--

\restrict AbCdEf123

-- Dumped from database version 15.14

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: items; Type: TABLE; Schema: public; Owner: app
--

CREATE TABLE public.items (
    id integer NOT NULL,
    name text NOT NULL,
    code bigint NOT NULL
);


ALTER TABLE public.items OWNER TO app;

--
-- Name: items_id_seq; Type: SEQUENCE; Schema: public; Owner: app
--

CREATE SEQUENCE public.items_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.items_id_seq OWNED BY public.items.id;

ALTER TABLE public.items ALTER COLUMN code ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.items_code_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

ALTER TABLE ONLY public.items ALTER COLUMN id SET DEFAULT nextval('public.items_id_seq'::regclass);

ALTER TABLE ONLY public.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);

--
-- PostgreSQL database dump complete
--

\unrestrict AbCdEf123
)";
}  // namespace

TEST_CASE("pg_dump's preamble and statements build the model PostgreSQL has") {
  LoadedSchema s = read(kDump);
  const Table *t = findTable(s, "public", "items");
  REQUIRE(t != nullptr);
  CHECK(columnsSql(*t) == std::vector<std::string>{"id integer NOT NULL DEFAULT nextval('public.items_id_seq'::regclass)",
                                                   "name text NOT NULL", "code bigint NOT NULL"});
  const Column *code = t->findColumn(Identifier::exact("code"));
  REQUIRE(code->identity);
  CHECK(code->identity->kind == Identity::Kind::always);
  CHECK(code->identity->sequence_name.str() == "items_code_seq");
  CHECK(sequenceOptionsSql(code->identity->options) ==
        "AS bigint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1");
  REQUIRE(t->constraints.size() == 1);
  CHECK(t->constraints[0].name.str() == "items_pkey");
  CHECK(t->constraints[0].definitionSql() == "PRIMARY KEY (id)");
  REQUIRE(s.model.sequences.size() == 1);
  const Sequence &seq = s.model.sequences[0];
  CHECK(seq.name.sql() == "public.items_id_seq");
  CHECK(sequenceOptionsSql(seq.options) == "AS integer START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1");
  REQUIRE(seq.owned_by);
  CHECK(seq.owned_by->sql() == "public.items.id");
  CHECK(s.model.indexes.empty());
  REQUIRE(s.model.schemas.size() == 1);
  CHECK(s.model.schemas[0].name.str() == "public");
}

TEST_CASE("SET statements that cannot change the schema are accepted, standard_conforming_strings off is not") {
  LoadedSchema s = read("SET client_encoding = 'UTF8'; SET default_with_oids = false; SET TIME ZONE 'UTC';"
                        " SET LOCAL lock_timeout = 0; SET SESSION statement_timeout TO 0; CREATE TABLE t (a int);");
  CHECK(findTable(s, "public", "t") != nullptr);
  checkErrors({{"SET standard_conforming_strings = off;",
                "standard_conforming_strings must be on: backslashes in strings would be read differently", 1, 1}});
}

TEST_CASE("pg_dump's ALTER TABLE ... OWNER TO on a sequence is accepted") {
  const std::string sql = std::string(kDump) + "\nALTER TABLE public.items_id_seq OWNER TO app;\n";
  const auto diagnostics = diagnosticsOf(sql);
  CHECK_MESSAGE(diagnostics.empty(), describe(diagnostics));
}

// ------------------------------------------------------------------ search_path

TEST_CASE("search_path decides where unqualified names are created and found") {
  struct Case {
    std::string name;
    std::string sql;
    std::vector<std::string> tables;  // "schema.table", sorted
    std::vector<std::string> defaults;  // defaults of every column, in table order
  };
  const Case cases[] = {
      {"SET search_path TO s, public", "CREATE SCHEMA s; SET search_path TO s, public; CREATE TABLE t (a serial);",
       {"s.t"}, {"nextval('s.t_a_seq'::regclass)"}},
      {"the first schema that exists", "SET search_path TO nosuch, public; CREATE TABLE t (a int);", {"public.t"}, {""}},
      {"set_config", "CREATE SCHEMA s; SELECT pg_catalog.set_config('search_path', 's', false); CREATE TABLE t (a int);",
       {"s.t"}, {""}},
      {"set_config with a list", "CREATE SCHEMA s; SELECT set_config('search_path', '\"$user\", s, public', false);"
                                 " CREATE TABLE t (a int);",
       {"s.t"}, {""}},
      {"$user is skipped", "CREATE SCHEMA s; SET search_path = \"$user\", s; CREATE TABLE t (a int);", {"s.t"}, {""}},
      {"back to DEFAULT", "CREATE SCHEMA s; SET search_path = s; CREATE TABLE t (a int); SET search_path TO DEFAULT;"
                          " CREATE TABLE u (a int);",
       {"public.u", "s.t"}, {"", ""}},
      {"string values", "CREATE SCHEMA s; SET search_path = 's', 'public'; CREATE TABLE t (a int);", {"s.t"}, {""}},
      {"SET SCHEMA", "CREATE SCHEMA s; SET SCHEMA 's'; CREATE TABLE t (a int);", {"s.t"}, {""}},
      {"qualified names ignore it", "SELECT pg_catalog.set_config('search_path', '', false); CREATE SCHEMA s;"
                                    " CREATE TABLE s.t (a int); CREATE TABLE public.u (a int);",
       {"public.u", "s.t"}, {"", ""}},
      {"references resolve through it", "CREATE SCHEMA s; CREATE TABLE public.p (id int PRIMARY KEY);"
                                        " SET search_path = s, public; CREATE TABLE c (p int REFERENCES p);",
       {"public.p", "s.c"}, {"", ""}},
      {"nextval names resolve through it", "CREATE SCHEMA s; SET search_path = s; CREATE SEQUENCE q;"
                                           " CREATE TABLE t (a bigint DEFAULT nextval('q'));",
       {"s.t"}, {"nextval('s.q'::regclass)"}},
      {"an earlier schema hides a later one", "CREATE SCHEMA s; CREATE TABLE public.t (a int); CREATE TABLE s.t (b int);"
                                              " SET search_path = s, public; CREATE INDEX ON t (b);",
       {"public.t", "s.t"}, {"", ""}},
  };
  for (const auto &c : cases) {
    INFO(c.name, ": ", c.sql);
    LoadedSchema s = read(c.sql);
    std::vector<std::string> tables, defaults;
    for (const auto &t : s.model.tables) {
      tables.push_back(t.name.sql());
      for (const auto &col : t.columns) defaults.push_back(col.default_value ? col.default_value->text : "");
    }
    CHECK(tables == c.tables);
    CHECK(defaults == c.defaults);
  }
}

TEST_CASE("an empty search_path makes an unqualified CREATE an error") {
  checkErrors({
      {"SELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE t (a int);",
       "no schema has been selected to create in", 2, 1},
      {"SET search_path = '';\nCREATE TABLE t (a int);", "no schema has been selected to create in", 2, 1},
      {"SET search_path = nosuch;\n  CREATE SEQUENCE q;", "no schema has been selected to create in", 2, 3},
  });
}

TEST_CASE("each file starts with the default search_path") {
  LoadedSchema s = readSchema({SourceText{"a.sql", "CREATE SCHEMA s; SET search_path = s; CREATE TABLE t (a int);"},
                               SourceText{"b.sql", "CREATE TABLE t (a int);"}});
  CHECK(findTable(s, "s", "t") != nullptr);
  CHECK(findTable(s, "public", "t") != nullptr);
}

TEST_CASE("SET search_path to a quoted mixed-case schema") {
  const auto diagnostics = diagnosticsOf("CREATE SCHEMA \"S\"; SET search_path = \"S\"; CREATE TABLE t (a int);");
  CHECK_MESSAGE(diagnostics.empty(), describe(diagnostics));
  if (diagnostics.empty()) CHECK(findTable(read("CREATE SCHEMA \"S\"; SET search_path = \"S\"; CREATE TABLE t (a int);"),
                                           "S", "t") != nullptr);
}

// ------------------------------------------------------------------ model building

TEST_CASE("serial columns become a sequence owned by the column, a nextval default and NOT NULL") {
  struct Case {
    std::string type;
    std::string column_type;
    std::string sequence;  // the sequence's options as pg_sequence holds them
  };
  const Case cases[] = {
      {"serial", "integer", "AS integer START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1"},
      {"serial4", "integer", "AS integer START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1"},
      {"SERIAL", "integer", "AS integer START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1"},
      {"bigserial", "bigint", "AS bigint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1"},
      {"serial8", "bigint", "AS bigint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1"},
      {"smallserial", "smallint", "AS smallint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 32767 CACHE 1"},
      {"serial2", "smallint", "AS smallint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 32767 CACHE 1"},
  };
  for (const auto &c : cases) {
    const std::string sql = fmt::format("CREATE TABLE t (id {} PRIMARY KEY);", c.type);
    INFO(sql);
    LoadedSchema s = read(sql);
    const Table *t = findTable(s, "public", "t");
    REQUIRE(t != nullptr);
    CHECK(columnsSql(*t) ==
          std::vector<std::string>{fmt::format("id {} NOT NULL DEFAULT nextval('public.t_id_seq'::regclass)", c.column_type)});
    REQUIRE(s.model.sequences.size() == 1);
    const Sequence &seq = s.model.sequences[0];
    CHECK(seq.name.sql() == "public.t_id_seq");
    CHECK(sequenceOptionsSql(seq.options) == c.sequence);
    REQUIRE(seq.owned_by);
    CHECK(seq.owned_by->sql() == "public.t.id");
  }
  // serial is no type of its own: not as an array, not with a schema.
  checkErrors({{"CREATE TABLE t (a serial[]);", "type \"serial\" does not exist", 1, 17},
               {"CREATE TABLE t (a pg_catalog.serial);", "type \"pg_catalog.serial\" does not exist", 1, 17}});
}

TEST_CASE("identity columns get the sequence options PostgreSQL gives them") {
  struct Case {
    std::string column;    // column definition of CREATE TABLE t
    std::string sequence;  // name of the identity sequence
    std::string options;   // from pg_sequence on PostgreSQL 15
  };
  const Case cases[] = {
      {"a smallint GENERATED ALWAYS AS IDENTITY", "t_a_seq",
       "AS smallint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 32767 CACHE 1"},
      {"a integer GENERATED BY DEFAULT AS IDENTITY", "t_a_seq",
       "AS integer START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1"},
      {"a bigint GENERATED ALWAYS AS IDENTITY", "t_a_seq",
       "AS bigint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1"},
      {"a smallint GENERATED BY DEFAULT AS IDENTITY (INCREMENT BY -1)", "t_a_seq",
       "AS smallint START -1 INCREMENT -1 MINVALUE -32768 MAXVALUE -1 CACHE 1"},
      {"a integer GENERATED BY DEFAULT AS IDENTITY (INCREMENT -5)", "t_a_seq",
       "AS integer START -1 INCREMENT -5 MINVALUE -2147483648 MAXVALUE -1 CACHE 1"},
      {"a bigint GENERATED BY DEFAULT AS IDENTITY (INCREMENT BY -1 MAXVALUE 100)", "t_a_seq",
       "AS bigint START 100 INCREMENT -1 MINVALUE -9223372036854775808 MAXVALUE 100 CACHE 1"},
      {"a integer GENERATED ALWAYS AS IDENTITY (START WITH 10 INCREMENT BY 5 MINVALUE 5 MAXVALUE 1000 CACHE 20 CYCLE)",
       "t_a_seq", "AS integer START 10 INCREMENT 5 MINVALUE 5 MAXVALUE 1000 CACHE 20 CYCLE"},
      {"a bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME custom_a START 7)", "custom_a",
       "AS bigint START 7 INCREMENT 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1"},
      {"a integer GENERATED BY DEFAULT AS IDENTITY (NO MINVALUE NO MAXVALUE NO CYCLE)", "t_a_seq",
       "AS integer START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1"},
      {"a smallint GENERATED ALWAYS AS IDENTITY (MINVALUE -10 START 0)", "t_a_seq",
       "AS smallint START 0 INCREMENT 1 MINVALUE -10 MAXVALUE 32767 CACHE 1"},
      {"a int GENERATED ALWAYS AS IDENTITY (INCREMENT BY -2 MINVALUE -100)", "t_a_seq",
       "AS integer START -1 INCREMENT -2 MINVALUE -100 MAXVALUE -1 CACHE 1"},
  };
  for (const auto &c : cases) {
    const std::string sql = fmt::format("CREATE TABLE t ({});", c.column);
    INFO(sql);
    LoadedSchema s = read(sql);
    const Table *t = findTable(s, "public", "t");
    REQUIRE(t != nullptr);
    const Column &col = t->columns.at(0);
    REQUIRE(col.identity);
    CHECK(col.not_null);
    CHECK_FALSE(col.default_value);
    CHECK(col.identity->sequence_name.str() == c.sequence);
    CHECK(sequenceOptionsSql(col.identity->options) == c.options);
    CHECK(col.identity->kind == (std::string(c.column).find("ALWAYS") != std::string::npos ? Identity::Kind::always
                                                                                           : Identity::Kind::by_default));
    CHECK(s.model.sequences.empty());  // the identity sequence belongs to the column
  }
  checkErrors({
      {"CREATE TABLE t (a text GENERATED ALWAYS AS IDENTITY);", "identity column type must be smallint, integer, or bigint",
       1, 24},
      {"CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY (MAXVALUE 3000000000));",
       "MAXVALUE (3000000000) is out of range for sequence data type integer", 1, 23},
      {"CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY (INCREMENT 0));", "INCREMENT must not be zero", 1, 23},
  });
}

TEST_CASE("CREATE and ALTER SEQUENCE fill in the defaults of their type and direction") {
  struct Case {
    std::string sql;
    std::string options;  // of public.s, from pg_sequence on PostgreSQL 15
  };
  const Case cases[] = {
      {"CREATE SEQUENCE s;", "AS bigint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1"},
      {"CREATE SEQUENCE s AS smallint;", "AS smallint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 32767 CACHE 1"},
      {"CREATE SEQUENCE s AS integer INCREMENT -1;", "AS integer START -1 INCREMENT -1 MINVALUE -2147483648 MAXVALUE -1 CACHE 1"},
      {"CREATE SEQUENCE s INCREMENT BY -3 MINVALUE -50 MAXVALUE -1;",
       "AS bigint START -1 INCREMENT -3 MINVALUE -50 MAXVALUE -1 CACHE 1"},
      {"CREATE SEQUENCE s AS integer; ALTER SEQUENCE s AS smallint;",
       "AS smallint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 32767 CACHE 1"},
      {"CREATE SEQUENCE s AS integer MAXVALUE 100; ALTER SEQUENCE s AS bigint;",
       "AS bigint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 100 CACHE 1"},
      {"CREATE SEQUENCE s START 5; ALTER SEQUENCE s INCREMENT BY 2 RESTART WITH 9;",
       "AS bigint START 5 INCREMENT 2 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1"},
      {"CREATE SEQUENCE s AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;",
       "AS integer START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1"},
  };
  for (const auto &c : cases) {
    INFO(c.sql);
    LoadedSchema s = read(c.sql);
    REQUIRE(s.model.sequences.size() == 1);
    CHECK(s.model.sequences[0].name.sql() == "public.s");
    CHECK(sequenceOptionsSql(s.model.sequences[0].options) == c.options);
  }
}

TEST_CASE("type aliases resolve to the type format_type prints") {
  struct Case {
    std::string written;
    std::string type;  // format_type() on PostgreSQL 15
  };
  const Case cases[] = {
      {"int", "integer"}, {"int4", "integer"}, {"integer", "integer"}, {"\"int4\"", "integer"},
      {"pg_catalog.int4", "integer"}, {"int2", "smallint"}, {"smallint", "smallint"}, {"int8", "bigint"},
      {"bigint", "bigint"}, {"varchar", "character varying"}, {"character varying(5)", "character varying(5)"},
      {"\"varchar\"(4)", "character varying(4)"}, {"national character varying(3)", "character varying(3)"},
      {"char", "character(1)"}, {"character", "character(1)"}, {"char(3)", "character(3)"}, {"nchar(2)", "character(2)"},
      {"\"char\"", "\"char\""}, {"float", "double precision"}, {"float(10)", "real"}, {"float(24)", "real"},
      {"float(25)", "double precision"}, {"float(30)", "double precision"}, {"float4", "real"}, {"real", "real"},
      {"float8", "double precision"}, {"double precision", "double precision"}, {"decimal(10,2)", "numeric(10,2)"},
      {"dec", "numeric"}, {"numeric(5)", "numeric(5,0)"}, {"numeric", "numeric"}, {"bool", "boolean"},
      {"timestamptz", "timestamp with time zone"}, {"timestamp(2) without time zone", "timestamp(2) without time zone"},
      {"timestamp", "timestamp without time zone"}, {"time(3) with time zone", "time(3) with time zone"},
      {"timetz(1)", "time(1) with time zone"}, {"time", "time without time zone"},
      {"interval day to second(2)", "interval day to second(2)"}, {"interval(3)", "interval(3)"},
      {"interval year to month", "interval year to month"}, {"bit", "bit(1)"}, {"bit(8)", "bit(8)"},
      {"bit varying", "bit varying"}, {"varbit(4)", "bit varying(4)"}, {"int[]", "integer[]"},
      {"int ARRAY", "integer[]"}, {"int ARRAY[3]", "integer[]"}, {"integer[][]", "integer[]"}, {"text[][]", "text[]"},
      {"char(3)[]", "character(3)[]"}, {"_int4", "integer[]"}, {"jsonb", "jsonb"}, {"uuid", "uuid"},
  };
  for (const auto &c : cases) {
    const std::string sql = fmt::format("CREATE TABLE t (a {});", c.written);
    INFO(sql);
    LoadedSchema s = read(sql);
    const Table *t = findTable(s, "public", "t");
    REQUIRE(t != nullptr);
    CHECK(t->columns.at(0).type.sql() == c.type);
  }
  checkErrors({
      {"CREATE TABLE t (a \"Int4\");", "type \"Int4\" does not exist", 1, 17},
      {"CREATE TABLE t (a float(0));", "precision for type float must be at least 1 bit", 1, 25},
      {"CREATE TABLE t (a bit(0));", "length for type bit must be at least 1", 1, 17},
  });
}

// ------------------------------------------------------------------ names PostgreSQL chooses

TEST_CASE("unnamed constraints, indexes and sequences get the names PostgreSQL 15 gives them") {
  struct Case {
    std::string name;
    std::string sql;
    std::vector<std::string> names;  // from pg_constraint and pg_class on PostgreSQL 15
  };
  const Case cases[] = {
      {"primary key",
       "CREATE TABLE t (a int PRIMARY KEY);",
       {"constraint t t_pkey"}},
      {"unique on one column",
       "CREATE TABLE t (a int UNIQUE);",
       {"constraint t t_a_key"}},
      {"unique on two columns",
       "CREATE TABLE t (a int, b int, UNIQUE (a, b));",
       {"constraint t t_a_b_key"}},
      {"foreign key",
       "CREATE TABLE t (a int PRIMARY KEY, b int REFERENCES t);",
       {"constraint t t_b_fkey", "constraint t t_pkey"}},
      {"foreign key on two columns",
       "CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE t (a int, b int, FOREIGN KEY (a, b) REFERENCES p);",
       {"constraint p p_pkey", "constraint t t_a_b_fkey"}},
      {"check on one column",
       "CREATE TABLE t (a int CHECK (a > 0));",
       {"constraint t t_a_check"}},
      {"check on two columns",
       "CREATE TABLE t (a int, b int, CHECK (a > b));",
       {"constraint t t_check"}},
      {"check on no column",
       "CREATE TABLE t (a int, CHECK (1 > 0));",
       {"constraint t t_check"}},
      {"check using one column twice",
       "CREATE TABLE t (a int, CHECK (a > 0 AND a < 10));",
       {"constraint t t_a_check"}},
      {"table check on one column",
       "CREATE TABLE t (a int, b int, CHECK (b <> 0));",
       {"constraint t t_b_check"}},
      {"index on a column",
       "CREATE TABLE t (a int); CREATE INDEX ON t (a);",
       {"index t_a_idx"}},
      {"index on a function",
       "CREATE TABLE t (a text); CREATE INDEX ON t (lower(a));",
       {"index t_lower_idx"}},
      {"index on an expression",
       "CREATE TABLE t (a int); CREATE INDEX ON t ((a + 1));",
       {"index t_expr_idx"}},
      {"index on a repeated column",
       "CREATE TABLE t (a int); CREATE INDEX ON t (a, a);",
       {"index t_a_a1_idx"}},
      {"index on a column three times",
       "CREATE TABLE t (a int); CREATE INDEX ON t (a, a, a);",
       {"index t_a_a1_a2_idx"}},
      {"index on a column and expressions",
       "CREATE TABLE t (a int); CREATE INDEX ON t (a, (a + 1), (a + 2));",
       {"index t_a_expr_expr1_idx"}},
      {"index on a cast",
       "CREATE TABLE t (a int); CREATE INDEX ON t ((a::text));",
       {"index t_a_idx"}},
      {"index on a cast of a literal",
       "CREATE TABLE t (a int); CREATE INDEX ON t (('x'::text));",
       {"index t_text_idx"}},
      {"index on CASE",
       "CREATE TABLE t (a int); CREATE INDEX ON t ((CASE WHEN a > 0 THEN 1 END));",
       {"index t_case_idx"}},
      {"index on COALESCE",
       "CREATE TABLE t (a int); CREATE INDEX ON t (COALESCE(a, 0));",
       {"index t_coalesce_idx"}},
      {"index with INCLUDE",
       "CREATE TABLE t (a int, b int); CREATE INDEX ON t (a) INCLUDE (b);",
       {"index t_a_b_idx"}},
      {"unique index",
       "CREATE TABLE t (a int); CREATE UNIQUE INDEX ON t (a);",
       {"index t_a_idx"}},
      {"serial",
       "CREATE TABLE t (a serial);",
       {"sequence t_a_seq"}},
      {"bigserial and smallserial",
       "CREATE TABLE t (a bigserial, b smallserial);",
       {"sequence t_a_seq", "sequence t_b_seq"}},
      {"identity",
       "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY);",
       {"sequence t_a_seq"}},
      {"exclusion",
       "CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&));",
       {"constraint t t_r_excl"}},
      {"unique name taken by a table",
       "CREATE TABLE t_a_key (x int); CREATE TABLE t (a int UNIQUE);",
       {"constraint t t_a_key1"}},
      {"primary key name taken by a table",
       "CREATE TABLE t_pkey (x int); CREATE TABLE t (a int PRIMARY KEY);",
       {"constraint t t_pkey1"}},
      {"two checks on one column",
       "CREATE TABLE t (a int CHECK (a > 0) CHECK (a < 10));",
       {"constraint t t_a_check", "constraint t t_a_check1"}},
      {"named check and unnamed check",
       "CREATE TABLE t (a int, CONSTRAINT t_a_check CHECK (a > 0), CHECK (a < 10));",
       {"constraint t t_a_check", "constraint t t_a_check1"}},
      {"check name taken by another table's constraint",
       "CREATE TABLE m (a int CONSTRAINT t_a_check CHECK (a > 0)); CREATE TABLE t (a int CHECK (a > 0));",
       {"constraint m t_a_check", "constraint t t_a_check1"}},
      {"check name taken by a table is free",
       "CREATE TABLE t_a_check (x int); CREATE TABLE t (a int CHECK (a > 0));",
       {"constraint t t_a_check"}},
      {"checks added by ALTER TABLE",
       "CREATE TABLE t (a int CHECK (a > 0)); ALTER TABLE t ADD CHECK (a < 10); ALTER TABLE t ADD CHECK (a <> 5);",
       {"constraint t t_a_check", "constraint t t_a_check1", "constraint t t_a_check2"}},
      {"two indexes on one column",
       "CREATE TABLE t (a int); CREATE INDEX ON t (a); CREATE INDEX ON t (a);",
       {"index t_a_idx", "index t_a_idx1"}},
      {"sequence name taken",
       "CREATE SEQUENCE t_a_seq; CREATE TABLE t (a serial);",
       {"sequence t_a_seq", "sequence t_a_seq1"}},
      {"unique name taken by an index",
       "CREATE TABLE t (a int); CREATE INDEX t_a_key ON t (a); ALTER TABLE t ADD UNIQUE (a);",
       {"constraint t t_a_key1", "index t_a_key"}},
      {"index name taken by a unique constraint",
       "CREATE TABLE t (a int UNIQUE); CREATE INDEX ON t (a);",
       {"constraint t t_a_key", "index t_a_idx"}},
      {"long names",
       "CREATE TABLE a_table_with_a_really_quite_extraordinarily_long_name_for_testing (a_column_with_an_also_rather_long_name_for_the_test serial PRIMARY KEY, another_long_column_name_that_goes_on_and_on_and_on_for_a_while int UNIQUE CHECK (another_long_column_name_that_goes_on_and_on_and_on_for_a_while > 0));",
       {"constraint a_table_with_a_really_quite_extraordinarily_long_name_for_testi a_table_with_a_really_quite__another_long_column_name_tha_check", "constraint a_table_with_a_really_quite_extraordinarily_long_name_for_testi a_table_with_a_really_quite_e_another_long_column_name_that_key", "constraint a_table_with_a_really_quite_extraordinarily_long_name_for_testi a_table_with_a_really_quite_extraordinarily_long_name_for__pkey", "sequence a_table_with_a_really_quite_e_a_column_with_an_also_rather__seq"}},
      {"long column in an index and a foreign key",
       "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (another_long_column_name_that_goes_on_and_on_and_on_for_a_while int REFERENCES p); CREATE INDEX ON t (another_long_column_name_that_goes_on_and_on_and_on_for_a_while);",
       {"constraint p p_pkey", "constraint t t_another_long_column_name_that_goes_on_and_on_and_on_for__fkey", "index t_another_long_column_name_that_goes_on_and_on_and_on_for_a_idx"}},
      {"long names colliding",
       "CREATE TABLE a_table_with_a_really_quite_extraordinarily_long_name_for_testing (another_long_column_name_that_goes_on_and_on_and_on_for_a_while int UNIQUE, CHECK (another_long_column_name_that_goes_on_and_on_and_on_for_a_while > 0), CHECK (another_long_column_name_that_goes_on_and_on_and_on_for_a_while < 9));",
       {"constraint a_table_with_a_really_quite_extraordinarily_long_name_for_testi a_table_with_a_really_quite__another_long_column_name_th_check1", "constraint a_table_with_a_really_quite_extraordinarily_long_name_for_testi a_table_with_a_really_quite__another_long_column_name_tha_check", "constraint a_table_with_a_really_quite_extraordinarily_long_name_for_testi a_table_with_a_really_quite_e_another_long_column_name_that_key"}},
      {"two long columns in one key",
       "CREATE TABLE t (another_long_column_name_that_goes_on_and_on_and_on_for_a_while int, second_another_long_column_name_that_goes_on_and_on_and_on_for_a_while int, UNIQUE (another_long_column_name_that_goes_on_and_on_and_on_for_a_while, second_another_long_column_name_that_goes_on_and_on_and_on_for_a_while));",
       {"constraint t t_another_long_column_name_that_goes_on_and_on_and_on_for_a_key"}},
      {"upper case and spaces",
       "CREATE TABLE \"Mixed Case\" (\"Col A\" int PRIMARY KEY, \"b B\" int UNIQUE CHECK (\"b B\" > 0));",
       {"constraint \"Mixed Case\" \"Mixed Case_b B_check\"", "constraint \"Mixed Case\" \"Mixed Case_b B_key\"", "constraint \"Mixed Case\" \"Mixed Case_pkey\""}},
      {"multibyte names",
       "CREATE TABLE \"ééééééééééééééééééééééééééééééééééé\" (\"ààààààààààààààààààààà\" int UNIQUE);",
       {"constraint \"ééééééééééééééééééééééééééééééé\" \"éééééééééééééé_àààààààààààààà_key\""}},
      {"identical unique constraints merged",
       "CREATE TABLE t (a int UNIQUE UNIQUE, b int, UNIQUE (b), UNIQUE (b));",
       {"constraint t t_a_key", "constraint t t_b_key"}},
      {"column and table unique merged",
       "CREATE TABLE t (a int UNIQUE, UNIQUE (a));",
       {"constraint t t_a_key"}},
      {"unique on a primary key column merged",
       "CREATE TABLE t (a int PRIMARY KEY UNIQUE, b int);",
       {"constraint t t_pkey"}},
      {"table unique on the primary key merged",
       "CREATE TABLE t (a int, b int, PRIMARY KEY (a), UNIQUE (a));",
       {"constraint t t_pkey"}},
      {"unique in another column order not merged",
       "CREATE TABLE t (a int, b int, UNIQUE (a, b), UNIQUE (b, a));",
       {"constraint t t_a_b_key", "constraint t t_b_a_key"}},
      {"unique with different INCLUDE not merged",
       "CREATE TABLE t (a int, b int, UNIQUE (a), UNIQUE (a) INCLUDE (b));",
       {"constraint t t_a_b_key", "constraint t t_a_key"}},
      {"named unique merged with unnamed",
       "CREATE TABLE t (a int UNIQUE, CONSTRAINT named_u UNIQUE (a));",
       {"constraint t named_u"}},
      {"upper-case table keys",
       "CREATE TABLE \"T\" (a int PRIMARY KEY, b text); CREATE INDEX ON \"T\" (lower(b));",
       {"constraint \"T\" \"T_pkey\"", "index \"T_lower_idx\""}},
      {"name with a number",
       "CREATE TABLE t1 (a1 int UNIQUE);",
       {"constraint t1 t1_a1_key"}},
  };
  for (const auto &c : cases) {
    INFO(c.name, ": ", c.sql);
    try {
      CHECK(objectNames(read(c.sql).model) == c.names);
    } catch (const DiagnosticError &e) {
      FAIL_CHECK(e.what());
    }
  }
}

TEST_CASE("merging a duplicate key keeps a name written for it") {
  LoadedSchema s = read("CREATE TABLE t (a int UNIQUE, CONSTRAINT named_u UNIQUE (a), b int PRIMARY KEY, CONSTRAINT pk2 UNIQUE (b));");
  const Table *t = findTable(s, "public", "t");
  REQUIRE(t != nullptr);
  std::vector<std::string> constraints;
  for (const auto &c : t->constraints) constraints.push_back(c.name.str() + " " + c.definitionSql());
  CHECK(constraints == std::vector<std::string>{"named_u UNIQUE (a)", "pk2 PRIMARY KEY (b)"});
}

// ------------------------------------------------------------------ what PostgreSQL rejects

TEST_CASE("syntax PostgreSQL rejects is rejected") {
  const std::string scripts[] = {
      "CREATE TABLE t (a int CHECK (a = 1 = true));",
      "CREATE TABLE t (a int CHECK (a < 1 < 2));",
      "CREATE TABLE t (a int DEFAULT $1);",
  };
  for (const std::string &sql : scripts) {
    INFO(sql);
    CHECK_FALSE(diagnosticsOf(sql).empty());
  }
}

TEST_CASE("numeric literals with trailing junk are rejected") {
  // PostgreSQL 15: "trailing junk after numeric literal at or near "1abc"".
  for (const char *raw : {"CREATE TABLE t (a int DEFAULT 1abc);", "CREATE TABLE t (a int DEFAULT 0x1F);",
                          "CREATE TABLE t (a int DEFAULT 1e);", "CREATE TABLE t (a int DEFAULT 1.2.3);"}) {
    const std::string sql = raw;
    INFO(sql);
    const auto diagnostics = diagnosticsOf(sql);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].where.line == 1);
    CHECK(diagnostics[0].message.rfind("syntax error at or near", 0) == 0);
  }
}
