#include "compiler/frontend/statement_kind.h"

#include <antlr4-runtime.h>

#include <algorithm>
#include <cctype>

#include "PgLexer.h"

namespace pgshift {
namespace {

using grammar::PgLexer;

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

class Words {
public:
  explicit Words(const std::vector<antlr4::Token *> &tokens) : tokens_(tokens) {}
  size_t type(size_t i) const { return i < tokens_.size() ? tokens_[i]->getType() : antlr4::Token::EOF; }
  std::string text(size_t i) const { return i < tokens_.size() ? upper(tokens_[i]->getText()) : ""; }
  bool is(size_t i, size_t t) const { return type(i) == t; }

private:
  const std::vector<antlr4::Token *> &tokens_;
};

// Object kinds written with two words.
bool twoWordKind(const std::string &first, const std::string &second) {
  return (first == "MATERIALIZED" && second == "VIEW") || (first == "FOREIGN" && (second == "TABLE" || second == "DATA")) ||
         (first == "EVENT" && second == "TRIGGER") || (first == "TEXT" && second == "SEARCH") ||
         (first == "ACCESS" && second == "METHOD") || (first == "OPERATOR" && (second == "CLASS" || second == "FAMILY")) ||
         (first == "USER" && second == "MAPPING") || (first == "DEFAULT" && second == "PRIVILEGES") ||
         (first == "LARGE" && second == "OBJECT") || (first == "CONSTRAINT" && second == "TRIGGER");
}

// "CREATE OR REPLACE FUNCTION f..." -> "CREATE FUNCTION"; "GRANT ..." -> "GRANT".
std::string headOf(const Words &w) {
  std::string first = w.text(0);
  if (first != "CREATE" && first != "ALTER" && first != "DROP" && first != "COMMENT") return first;
  size_t i = 1;
  if (first == "COMMENT") {
    if (w.is(1, PgLexer::ON)) i = 2;
  }
  if (first == "CREATE") {
    if (w.is(i, PgLexer::OR) && w.is(i + 1, PgLexer::REPLACE)) i += 2;
    while (w.is(i, PgLexer::TEMP) || w.is(i, PgLexer::TEMPORARY) || w.is(i, PgLexer::UNLOGGED) ||
           w.is(i, PgLexer::GLOBAL) || w.is(i, PgLexer::LOCAL) || w.is(i, PgLexer::UNIQUE) ||
           w.is(i, PgLexer::TRUSTED) || w.is(i, PgLexer::PROCEDURAL) || w.is(i, PgLexer::RECURSIVE))
      ++i;
  }
  std::string kind = w.text(i);
  if (twoWordKind(kind, w.text(i + 1))) kind += " " + w.text(i + 1);
  return first + (first == "COMMENT" ? " ON " : " ") + kind;
}

// Functions, procedures, aggregates and triggers (statement_routines.h).
bool isRoutineStatement(const std::string &h) {
  return h == "CREATE FUNCTION" || h == "CREATE PROCEDURE" || h == "CREATE TRIGGER" || h == "CREATE CONSTRAINT TRIGGER" ||
         h == "COMMENT ON FUNCTION" || h == "COMMENT ON PROCEDURE" || h == "COMMENT ON ROUTINE" ||
         h == "COMMENT ON TRIGGER" || h == "ALTER FUNCTION" || h == "ALTER PROCEDURE" || h == "ALTER ROUTINE" ||
         h == "CREATE AGGREGATE" || h == "COMMENT ON AGGREGATE";
}

}  // namespace

StatementKind classifyStatement(const std::vector<antlr4::Token *> &tokens) {
  Words w(tokens);
  StatementKind kind;
  kind.head = headOf(w);
  const std::string &h = kind.head;
  if (h == "CREATE AGGREGATE") {
    // The old syntax, CREATE AGGREGATE name (BASETYPE = type, SFUNC = ...): a word and
    // "=" right after the first parenthesis.
    size_t i = 2;
    while (i < tokens.size() && !w.is(i, PgLexer::LPAREN)) ++i;
    if (w.is(i + 2, PgLexer::EQUAL)) {
      kind.head = "CREATE AGGREGATE in the old syntax (BASETYPE = ...); write CREATE AGGREGATE name (argtype) (...)";
      return kind;
    }
  }
  if (h == "CREATE SCHEMA" || h == "CREATE TABLE" || h == "CREATE INDEX" || h == "CREATE SEQUENCE" ||
      h == "ALTER TABLE" || h == "ALTER SEQUENCE" || h == "ALTER SCHEMA" || h == "ALTER INDEX" || h == "SET" ||
      h == "COMMENT ON TABLE" || h == "COMMENT ON COLUMN" || h == "COMMENT ON INDEX" || h == "COMMENT ON SEQUENCE" ||
      h == "COMMENT ON SCHEMA" || isRoutineStatement(h) || h == "CREATE EXTENSION" || h == "COMMENT ON EXTENSION" ||
      h == "CREATE POLICY" || h == "ALTER POLICY" || h == "CREATE VIEW" || h == "CREATE MATERIALIZED VIEW" ||
      h == "COMMENT ON VIEW" || h == "COMMENT ON MATERIALIZED VIEW") {
    kind.supported = true;
  } else if (h == "CREATE TYPE" || h == "ALTER TYPE" || h == "CREATE DOMAIN" || h == "ALTER DOMAIN" ||
             h == "COMMENT ON TYPE" || h == "COMMENT ON DOMAIN") {
    kind.supported = true;  // user-defined types (type_statements.h)
  } else if (h == "CREATE COLLATION" || h == "ALTER COLLATION" || h == "COMMENT ON COLLATION") {
    kind.supported = true;  // statement_collation.h
  } else if (h == "ALTER VIEW" || h == "ALTER MATERIALIZED VIEW") {
    // Only OWNER TO, which pg_dump writes: the model keeps no owner for a view.
    size_t i = 2;
    while (i < tokens.size() && !w.is(i, PgLexer::OWNER) && !w.is(i, PgLexer::ALTER) && !w.is(i, PgLexer::RENAME) &&
           !w.is(i, PgLexer::SET) && !w.is(i, PgLexer::RESET))
      ++i;
    kind.supported = w.is(i, PgLexer::OWNER);
    if (!kind.supported && i < tokens.size()) kind.head += " ... " + w.text(i);
  } else if (h == "ALTER AGGREGATE") {
    // Only OWNER TO (pg_dump's); RENAME and SET SCHEMA would be a rename, not a state.
    size_t i = 2;
    while (i < tokens.size() && !w.is(i, PgLexer::OWNER) && !w.is(i, PgLexer::RENAME) && !w.is(i, PgLexer::SET)) ++i;
    kind.supported = w.is(i, PgLexer::OWNER);
    if (!kind.supported && i < tokens.size()) kind.head += " ... " + w.text(i);
  } else if (h == "COMMENT ON CONSTRAINT") {
    // COMMENT ON CONSTRAINT c ON DOMAIN d is about a domain, which is not supported yet.
    size_t on = 4;
    while (on < tokens.size() && !w.is(on, PgLexer::ON)) ++on;
    kind.supported = !w.is(on + 1, PgLexer::DOMAIN_P);
    if (!kind.supported) kind.head = "COMMENT ON CONSTRAINT ... ON DOMAIN";
  } else if (h == "ALTER DEFAULT PRIVILEGES") {
    kind.supported = true;  // statement_privileges.h
  } else if (h == "GRANT" || h == "REVOKE") {
    // On objects; GRANT role TO role (membership) has no ON and is not a schema object.
    bool on = false;
    for (size_t i = 1; i < tokens.size() && !on; ++i) on = w.is(i, PgLexer::ON);
    kind.supported = on;
    if (!on) kind.head = h + " (role membership)";
  } else if (h == "INSERT" || h == "UPDATE" || h == "DELETE" || h == "MERGE" || h == "TRUNCATE") {
    // Schema files sometimes seed rows; the schema is the same with or without them.
    kind.data = true;
  } else if (h == "SELECT") {
    // Only pg_dump's SELECT pg_catalog.set_config(...): a schema file runs no queries.
    size_t i = 1;
    if (w.text(i) == "PG_CATALOG" && w.is(i + 1, PgLexer::DOT)) i += 2;
    kind.supported = w.text(i) == "SET_CONFIG" && w.is(i + 1, PgLexer::LPAREN);
  }
  return kind;
}

}  // namespace pgshift
