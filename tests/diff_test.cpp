// The diff stage: two models from DDL text -> the list of changes, each rendered as a
// short line naming its kind and objects, compared with the expected list.
#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/diff.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"

using namespace pgshift;

namespace {

SchemaModel model(const std::string &sql) {
  LoadedSchema s = readSchema({SourceText{"a.sql", sql}});
  normalizeModel(s, builtins::Catalog::builtin());
  return s.model;
}

std::string joinNames(const std::vector<std::string> &names, const char *sep = ", ") {
  std::string out;
  for (const auto &n : names) out += (out.empty() ? "" : sep) + n;
  return out;
}

std::string text(const std::optional<std::string> &s) { return s ? "'" + *s + "'" : "none"; }

const char *commentKind(diff::SetComment::Kind k) {
  using K = diff::SetComment::Kind;
  switch (k) {
    case K::schema: return "schema";
    case K::table: return "table";
    case K::column: return "column";
    case K::constraint: return "constraint";
    case K::index: return "index";
    case K::sequence: return "sequence";
    case K::type: return "type";
    case K::domain: return "domain";
    case K::view: return "view";
    case K::materialized_view: return "materialized view";
    case K::collation: return "collation";
  }
  return "?";
}

// User-defined type changes (type_changes.h) as short lines.
template <typename T>
std::string describeTypeChange(const T &c) {
  if constexpr (std::is_same_v<T, diff::CreateEnum>) return "CreateEnum " + c.type.name.sql();
  else if constexpr (std::is_same_v<T, diff::DropEnum>) return "DropEnum " + c.type.name.sql();
  else if constexpr (std::is_same_v<T, diff::AlterEnum>) return std::string(c.in_place ? "AddEnumValues " : "SwapEnum ") + c.to.name.sql();
  else if constexpr (std::is_same_v<T, diff::CreateDomain>) return "CreateDomain " + c.domain.name.sql();
  else if constexpr (std::is_same_v<T, diff::DropDomain>) return "DropDomain " + c.domain.name.sql();
  else if constexpr (std::is_same_v<T, diff::AlterDomain>) return "AlterDomain " + c.to.name.sql();
  else if constexpr (std::is_same_v<T, diff::CreateComposite>) return "CreateComposite " + c.type.name.sql();
  else if constexpr (std::is_same_v<T, diff::DropComposite>) return "DropComposite " + c.type.name.sql();
  else if constexpr (std::is_same_v<T, diff::AlterComposite>) return "AlterComposite " + c.to.name.sql();
  else if constexpr (std::is_same_v<T, diff::CreateRange>) return "CreateRange " + c.type.name.sql();
  else if constexpr (std::is_same_v<T, diff::DropRange>) return "DropRange " + c.type.name.sql();
  else return "(another kind's change: see its own tests)";
}

// One change as a short line: its kind, the objects it names, and (for alters) what differs.
std::string describe(const diff::Change &change) {
  return std::visit(
      [](const auto &c) -> std::string {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, diff::CreateSchema>) {
          return "CreateSchema " + c.schema.name.sql();
        } else if constexpr (std::is_same_v<T, diff::DropSchema>) {
          return "DropSchema " + c.schema.name.sql();
        } else if constexpr (std::is_same_v<T, diff::CreateTable>) {
          std::vector<std::string> cons;
          for (const auto &k : c.table.constraints) cons.push_back(k.name.sql());
          return "CreateTable " + c.table.name.sql() + (cons.empty() ? "" : " (constraints: " + joinNames(cons) + ")");
        } else if constexpr (std::is_same_v<T, diff::DropTable>) {
          std::vector<std::string> idx, seq, parts;
          for (const auto &i : c.indexes) idx.push_back(i.name.sql());
          for (const auto &q : c.owned_sequences) seq.push_back(q.name.sql());
          if (!idx.empty()) parts.push_back("indexes: " + joinNames(idx));
          if (!seq.empty()) parts.push_back("sequences: " + joinNames(seq));
          return "DropTable " + c.table.name.sql() + (parts.empty() ? "" : " (" + joinNames(parts, "; ") + ")");
        } else if constexpr (std::is_same_v<T, diff::AddColumn>) {
          return "AddColumn " + c.table.sql() + "." + c.column.name.sql();
        } else if constexpr (std::is_same_v<T, diff::DropColumn>) {
          std::vector<std::string> seq;
          for (const auto &q : c.owned_sequences) seq.push_back(q.name.sql());
          return "DropColumn " + c.table.sql() + "." + c.column.name.sql() +
                 (seq.empty() ? "" : " (sequences: " + joinNames(seq) + ")");
        } else if constexpr (std::is_same_v<T, diff::AlterColumn>) {
          std::vector<std::string> what;
          if (c.has(diff::type_changed)) what.push_back("type");
          if (c.has(diff::nullability_changed)) what.push_back("nullability");
          if (c.has(diff::default_changed)) what.push_back("default");
          if (c.has(diff::identity_changed)) what.push_back("identity");
          if (c.has(diff::generation_changed)) what.push_back("generation");
          if (c.has(diff::collation_changed)) what.push_back("collation");
          return "AlterColumn " + c.table.sql() + "." + c.to.name.sql() + " " + joinNames(what, "|");
        } else if constexpr (std::is_same_v<T, diff::AddConstraint>) {
          return "AddConstraint " + c.table.sql() + "." + c.constraint.name.sql();
        } else if constexpr (std::is_same_v<T, diff::DropConstraint>) {
          return "DropConstraint " + c.table.sql() + "." + c.constraint.name.sql();
        } else if constexpr (std::is_same_v<T, diff::ValidateConstraint>) {
          return "ValidateConstraint " + c.table.sql() + "." + c.constraint.name.sql();
        } else if constexpr (std::is_same_v<T, diff::CreateIndex>) {
          return "CreateIndex " + c.index.name.sql();
        } else if constexpr (std::is_same_v<T, diff::DropIndex>) {
          return "DropIndex " + c.index.name.sql();
        } else if constexpr (std::is_same_v<T, diff::CreateSequence>) {
          return "CreateSequence " + c.sequence.name.sql();
        } else if constexpr (std::is_same_v<T, diff::DropSequence>) {
          return "DropSequence " + c.sequence.name.sql();
        } else if constexpr (std::is_same_v<T, diff::AlterSequence>) {
          std::vector<std::string> what;
          if (c.from.options != c.to.options) what.push_back("options");
          if (c.from.owned_by != c.to.owned_by) what.push_back("owner");
          if (c.from.unlogged != c.to.unlogged) what.push_back("unlogged");
          return "AlterSequence " + c.to.name.sql() + " " + joinNames(what, "|");
        } else if constexpr (std::is_same_v<T, diff::AlterTableProperties>) {
          std::vector<std::string> what;
          if (c.from.options != c.to.options) what.push_back("options");
          if (c.from.unlogged != c.to.unlogged) what.push_back("unlogged");
          return "AlterTableProperties " + c.to.name.sql() + " " + joinNames(what, "|");
        } else if constexpr (std::is_same_v<T, diff::SetComment>) {
          std::string object = c.kind == diff::SetComment::Kind::schema ? c.object.name.sql() : c.object.sql();
          if (!c.sub_object.empty()) object += "." + c.sub_object.sql();
          return std::string("SetComment ") + commentKind(c.kind) + " " + object + " " + text(c.from) + " -> " + text(c.to);
        } else if constexpr (std::is_same_v<T, diff::CreateView>) {
          return "CreateView " + c.view.name.sql();
        } else if constexpr (std::is_same_v<T, diff::DropView>) {
          return "DropView " + c.view.name.sql();
        } else if constexpr (std::is_same_v<T, diff::ReplaceView>) {
          return "ReplaceView " + c.to.name.sql();
        } else {
          return describeTypeChange(c);
        }
      },
      change);
}

std::vector<std::string> describeDiff(const diff::Diff &d) {
  std::vector<std::string> out;
  for (const auto &c : d.changes) out.push_back(describe(c));
  return out;
}

struct DiffCase {
  const char *name;
  const char *from;
  const char *to;
  std::vector<std::string> expected;
};

void runCases(const std::vector<DiffCase> &cases) {
  for (const auto &c : cases) {
    INFO("case: ", std::string(c.name));
    INFO("from: ", std::string(c.from));
    INFO("to:   ", std::string(c.to));
    std::vector<std::string> actual;
    try {
      actual = describeDiff(diff::diffModels(model(c.from), model(c.to)));
    } catch (const DiagnosticError &e) {
      std::string all;
      for (const auto &d : e.diagnostics()) all += d.format() + "\n";
      FAIL_CHECK("threw: ", all);
      continue;
    } catch (const std::exception &e) {
      FAIL_CHECK("threw: ", std::string(e.what()));
      continue;
    }
    CHECK(joinNames(actual, "\n") == joinNames(c.expected, "\n"));
  }
}

}  // namespace

TEST_CASE("the same schema written differently gives no change") {
  runCases({
      {"identical text",
       "CREATE SCHEMA s; CREATE TABLE s.t (id int PRIMARY KEY, a text NOT NULL DEFAULT 'x', CHECK (length(a) > 0));"
       " CREATE INDEX t_a_idx ON s.t (a); CREATE SEQUENCE s.q; COMMENT ON TABLE s.t IS 'c';",
       "CREATE SCHEMA s; CREATE TABLE s.t (id int PRIMARY KEY, a text NOT NULL DEFAULT 'x', CHECK (length(a) > 0));"
       " CREATE INDEX t_a_idx ON s.t (a); CREATE SEQUENCE s.q; COMMENT ON TABLE s.t IS 'c';",
       {}},
      {"type aliases",
       "CREATE TABLE t (a int, b int8, c character varying(5), d bool, e timestamp with time zone, f decimal(5,2),"
       " g float8, h int2, i char(3));",
       "CREATE TABLE t (a integer, b bigint, c varchar(5), d boolean, e timestamptz, f numeric(5,2),"
       " g double precision, h smallint, i character(3));",
       {}},
      {"unnamed constraints and indexes vs the names PostgreSQL gives them",
       "CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE, b int CHECK (b > 0), c int REFERENCES t (id));"
       " CREATE INDEX ON t (b);",
       "CREATE TABLE t (id int NOT NULL, a int, b int, c int, CONSTRAINT t_pkey PRIMARY KEY (id),"
       " CONSTRAINT t_a_key UNIQUE (a), CONSTRAINT t_b_check CHECK (b > 0),"
       " CONSTRAINT t_c_fkey FOREIGN KEY (c) REFERENCES t (id)); CREATE INDEX t_b_idx ON t (b);",
       {}},
      {"unnamed expression and repeated indexes vs their generated names",
       "CREATE TABLE t (a text, b int); CREATE INDEX ON t (lower(a)); CREATE INDEX ON t (b); CREATE INDEX ON t (b);"
       " CREATE INDEX ON t (a, b);",
       "CREATE TABLE t (a text, b int); CREATE INDEX t_lower_idx ON t (lower(a)); CREATE INDEX t_b_idx ON t (b);"
       " CREATE INDEX t_b_idx1 ON t (b); CREATE INDEX t_a_b_idx ON t (a, b);",
       {}},
      {"generated names truncated to 63 bytes as PostgreSQL does",
       "CREATE TABLE orders_with_an_unreasonably_long_name_for_testing_truncation"
       " (customer_reference_identifier_for_the_long_name_test int UNIQUE);"
       " CREATE INDEX ON orders_with_an_unreasonably_long_name_for_testing_truncation"
       " (customer_reference_identifier_for_the_long_name_test);",
       "CREATE TABLE orders_with_an_unreasonably_long_name_for_testing_truncation"
       " (customer_reference_identifier_for_the_long_name_test int, CONSTRAINT"
       " orders_with_an_unreasonably_l_customer_reference_identifier_key"
       " UNIQUE (customer_reference_identifier_for_the_long_name_test));"
       " CREATE INDEX orders_with_an_unreasonably_l_customer_reference_identifier_idx"
       " ON orders_with_an_unreasonably_long_name_for_testing_truncation"
       " (customer_reference_identifier_for_the_long_name_test);",
       {}},
      {"defaults with and without the cast PostgreSQL adds",
       "CREATE TABLE t (a text DEFAULT 'x', b varchar(5) DEFAULT 'y', c date DEFAULT '2020-01-01');",
       "CREATE TABLE t (a text DEFAULT 'x'::text, b varchar(5) DEFAULT 'y'::character varying,"
       " c date DEFAULT '2020-01-01'::date);",
       {}},
      {"unnamed serial sequence vs an explicit one owned by the column",
       "CREATE TABLE t (id serial);",
       "CREATE SEQUENCE t_id_seq AS integer; CREATE TABLE t (id integer NOT NULL DEFAULT nextval('t_id_seq'));"
       " ALTER SEQUENCE t_id_seq OWNED BY t.id;",
       {}},
      {"statement order (names do not depend on it)",
       "CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);"
       " CREATE INDEX b_a_idx ON b (a_id); CREATE SEQUENCE s1; CREATE SEQUENCE s2;",
       "CREATE SEQUENCE s2; CREATE TABLE b (id int PRIMARY KEY, a_id int); CREATE INDEX b_a_idx ON b (a_id);"
       " CREATE SEQUENCE s1; CREATE TABLE a (id int PRIMARY KEY);"
       " ALTER TABLE b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES a (id);",
       {}},
      {"columns added by ALTER TABLE vs written in CREATE TABLE",
       "CREATE TABLE t (a int, b text NOT NULL DEFAULT '');",
       "CREATE TABLE t (a int); ALTER TABLE t ADD COLUMN b text; ALTER TABLE t ALTER COLUMN b SET DEFAULT '';"
       " ALTER TABLE t ALTER COLUMN b SET NOT NULL;",
       {}},
      {"redundant parentheses in a check",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0));",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK ((a > 0)));",
       {}},
      {"check on numeric compared after implicit casts",
       "CREATE TABLE t (price numeric, CHECK (price > 0));",
       "CREATE TABLE t (price numeric, CHECK (price > 0::numeric));",
       {}},
      {"SQL comments, case and whitespace",
       "CREATE TABLE t (a int, b text);",
       "-- the table\nCREATE   TABLE T (  A INT,\n  B TEXT -- second\n);",
       {}},
      {"search_path vs qualified names",
       "CREATE SCHEMA s; CREATE TABLE s.t (a int);",
       "CREATE SCHEMA s; SET search_path = s; CREATE TABLE t (a int);",
       {}},
  });
}

// Regression test (once a bug): block comments are ignored like whitespace.
TEST_CASE("block comments are ignored like whitespace") {
  runCases({
      {"inside a column list", "CREATE TABLE t (a int, b text);", "CREATE TABLE t ( /* first */ a int, b /* c */ text);",
       {}},
      {"before a statement", "CREATE TABLE t (a int);", "/* the table */ CREATE TABLE t (a int);", {}},
      {"nested", "CREATE TABLE t (a int);", "CREATE TABLE t (a /* x /* y */ z */ int);", {}},
  });
}

// Regression test (once a bug): COLLATE "default" is the type's own collation, not a change.
TEST_CASE("COLLATE \"default\" is the type's own collation, not a change") {
  runCases({
      {"default", "CREATE TABLE t (a text);", "CREATE TABLE t (a text COLLATE \"default\");", {}},
      {"qualified default", "CREATE TABLE t (a varchar(5));",
       "CREATE TABLE t (a varchar(5) COLLATE pg_catalog.\"default\");", {}},
  });
}

TEST_CASE("schemas are created and dropped") {
  runCases({
      {"create schema", "", "CREATE SCHEMA s;", {"CreateSchema s"}},
      {"drop schema", "CREATE SCHEMA s;", "", {"DropSchema s"}},
      {"create schema with a table", "", "CREATE SCHEMA s; CREATE TABLE s.t (a int);",
       {"CreateSchema s", "CreateTable s.t"}},
      {"drop schema with a table", "CREATE SCHEMA s; CREATE TABLE s.t (a int);", "",
       {"DropSchema s", "DropTable s.t"}},
  });
}

TEST_CASE("tables are created with foreign keys split out, and dropped with their indexes and sequences") {
  runCases({
      {"create table with a foreign key",
       "CREATE TABLE p (id int PRIMARY KEY);",
       "CREATE TABLE p (id int PRIMARY KEY);"
       " CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p, CHECK (id > 0), UNIQUE (p_id));",
       {"CreateTable public.c (constraints: c_id_check, c_p_id_key, c_pkey)", "AddConstraint public.c.c_p_id_fkey"}},
      {"create table referencing itself",
       "",
       "CREATE TABLE t (id int PRIMARY KEY, parent int REFERENCES t);",
       {"CreateTable public.t (constraints: t_pkey)", "AddConstraint public.t.t_parent_fkey"}},
      {"create table with its index",
       "",
       "CREATE TABLE t (a int); CREATE INDEX t_a_idx ON t (a);",
       {"CreateTable public.t", "CreateIndex public.t_a_idx"}},
      {"drop table with its index and serial sequence",
       "CREATE TABLE t (id serial PRIMARY KEY, a int); CREATE INDEX t_a_idx ON t (a);",
       "",
       {"DropTable public.t (indexes: public.t_a_idx; sequences: public.t_id_seq)"}},
      {"drop table keeps a sequence the target still has (its owner changes)",
       "CREATE TABLE t (a int); CREATE SEQUENCE q OWNED BY t.a;",
       "CREATE SEQUENCE q;",
       {"AlterSequence public.q owner", "DropTable public.t"}},
      {"rename is drop and create",
       "CREATE TABLE a (x int);",
       "CREATE TABLE b (x int);",
       {"CreateTable public.b", "DropTable public.a"}},
  });
}

TEST_CASE("columns are added, dropped and altered aspect by aspect") {
  runCases({
      {"add column", "CREATE TABLE t (a int);", "CREATE TABLE t (a int, b text);", {"AddColumn public.t.b"}},
      {"add column with comment", "CREATE TABLE t (a int);",
       "CREATE TABLE t (a int, b text); COMMENT ON COLUMN t.b IS 'bee';",
       {"AddColumn public.t.b", "SetComment column public.t.b none -> 'bee'"}},
      {"drop column", "CREATE TABLE t (a int, b text);", "CREATE TABLE t (a int);", {"DropColumn public.t.b"}},
      {"drop serial column takes its sequence", "CREATE TABLE t (a int, b serial);", "CREATE TABLE t (a int);",
       {"DropColumn public.t.b (sequences: public.t_b_seq)"}},
      {"type", "CREATE TABLE t (a int);", "CREATE TABLE t (a bigint);", {"AlterColumn public.t.a type"}},
      {"type modifier", "CREATE TABLE t (a varchar(10));", "CREATE TABLE t (a varchar(20));",
       {"AlterColumn public.t.a type"}},
      {"array of the type", "CREATE TABLE t (a int);", "CREATE TABLE t (a int[]);", {"AlterColumn public.t.a type"}},
      {"set not null", "CREATE TABLE t (a int);", "CREATE TABLE t (a int NOT NULL);",
       {"AlterColumn public.t.a nullability"}},
      {"drop not null", "CREATE TABLE t (a int NOT NULL);", "CREATE TABLE t (a int);",
       {"AlterColumn public.t.a nullability"}},
      {"add default", "CREATE TABLE t (a int);", "CREATE TABLE t (a int DEFAULT 1);", {"AlterColumn public.t.a default"}},
      {"change default", "CREATE TABLE t (a int DEFAULT 1);", "CREATE TABLE t (a int DEFAULT 2);",
       {"AlterColumn public.t.a default"}},
      {"drop default", "CREATE TABLE t (a int DEFAULT 1);", "CREATE TABLE t (a int);", {"AlterColumn public.t.a default"}},
      {"DEFAULT NULL is no default", "CREATE TABLE t (a int);", "CREATE TABLE t (a int DEFAULT NULL);", {}},
      {"type and nullability together", "CREATE TABLE t (a int);", "CREATE TABLE t (a bigint NOT NULL);",
       {"AlterColumn public.t.a type|nullability"}},
      {"add identity to a not null column", "CREATE TABLE t (a int NOT NULL);",
       "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY);", {"AlterColumn public.t.a identity"}},
      {"add identity to a nullable column", "CREATE TABLE t (a int);",
       "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY);", {"AlterColumn public.t.a nullability|identity"}},
      {"drop identity keeping not null", "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY);",
       "CREATE TABLE t (a int NOT NULL);", {"AlterColumn public.t.a identity"}},
      {"identity kind", "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY);",
       "CREATE TABLE t (a int GENERATED BY DEFAULT AS IDENTITY);", {"AlterColumn public.t.a identity"}},
      {"identity options", "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY);",
       "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5));",
       {"AlterColumn public.t.a identity"}},
      {"identity with its default options written out",
       "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY);",
       "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY (START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647));",
       {}},
      {"generation expression changes: drop and add", "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);",
       "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 3) STORED);",
       {"DropColumn public.t.b", "AddColumn public.t.b"}},
      {"plain column becomes generated: drop and add", "CREATE TABLE t (a int, b int);",
       "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);",
       {"DropColumn public.t.b", "AddColumn public.t.b"}},
      {"generated column becomes plain: drop expression",
       "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);", "CREATE TABLE t (a int, b int);",
       {"AlterColumn public.t.b generation"}},
      {"collation", "CREATE TABLE t (a text);", "CREATE TABLE t (a text COLLATE \"C\");",
       {"AlterColumn public.t.a collation"}},
      {"column order is not a change", "CREATE TABLE t (a int, b int);", "CREATE TABLE t (b int, a int);", {}},
  });
}

TEST_CASE("constraints are added, dropped, re-created and validated") {
  runCases({
      {"add check", "CREATE TABLE t (a int);", "CREATE TABLE t (a int CHECK (a > 0));",
       {"AddConstraint public.t.t_a_check"}},
      {"drop check", "CREATE TABLE t (a int CHECK (a > 0));", "CREATE TABLE t (a int);",
       {"DropConstraint public.t.t_a_check"}},
      {"change check: drop and add", "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0));",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 1));", {"DropConstraint public.t.c", "AddConstraint public.t.c"}},
      {"change kind under the same name: drop and add", "CREATE TABLE t (a int, CONSTRAINT c UNIQUE (a));",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 1));", {"DropConstraint public.t.c", "AddConstraint public.t.c"}},
      {"add primary key", "CREATE TABLE t (a int NOT NULL);", "CREATE TABLE t (a int PRIMARY KEY);",
       {"AddConstraint public.t.t_pkey"}},
      {"add foreign key", "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int);",
       "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int REFERENCES p);", {"AddConstraint public.t.t_a_fkey"}},
      {"foreign key action changes: drop and add",
       "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int REFERENCES p);",
       "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int REFERENCES p ON DELETE CASCADE);",
       {"DropConstraint public.t.t_a_fkey", "AddConstraint public.t.t_a_fkey"}},
      {"unique columns change: drop and add", "CREATE TABLE t (a int, b int, CONSTRAINT u UNIQUE (a));",
       "CREATE TABLE t (a int, b int, CONSTRAINT u UNIQUE (a, b));",
       {"DropConstraint public.t.u", "AddConstraint public.t.u"}},
      {"NOT VALID -> valid: validate",
       "CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0));", {"ValidateConstraint public.t.c"}},
      {"NOT VALID -> VALIDATE CONSTRAINT statement is the same as valid",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0));",
       "CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;"
       " ALTER TABLE t VALIDATE CONSTRAINT c;",
       {}},
      {"valid -> NOT VALID: drop and add",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0));",
       "CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;",
       {"DropConstraint public.t.c", "AddConstraint public.t.c"}},
      {"foreign key NOT VALID -> valid",
       "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int);"
       " ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES p NOT VALID;",
       "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int, CONSTRAINT f FOREIGN KEY (a) REFERENCES p);",
       {"ValidateConstraint public.t.f"}},
      {"a kept table's foreign key to a dropped table is dropped",
       "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int REFERENCES p);",
       "CREATE TABLE t (a int);",
       {"DropConstraint public.t.t_a_fkey", "DropTable public.p"}},
  });
}

TEST_CASE("indexes are added, dropped, re-created, and go with their table") {
  runCases({
      {"add index", "CREATE TABLE t (a int);", "CREATE TABLE t (a int); CREATE INDEX i ON t (a);",
       {"CreateIndex public.i"}},
      {"drop index", "CREATE TABLE t (a int); CREATE INDEX i ON t (a);", "CREATE TABLE t (a int);",
       {"DropIndex public.i"}},
      {"index columns change: drop and create", "CREATE TABLE t (a int, b int); CREATE INDEX i ON t (a);",
       "CREATE TABLE t (a int, b int); CREATE INDEX i ON t (a, b);", {"DropIndex public.i", "CreateIndex public.i"}},
      {"index becomes unique: drop and create", "CREATE TABLE t (a int); CREATE INDEX i ON t (a);",
       "CREATE TABLE t (a int); CREATE UNIQUE INDEX i ON t (a);", {"DropIndex public.i", "CreateIndex public.i"}},
      {"index predicate changes: drop and create", "CREATE TABLE t (a int); CREATE INDEX i ON t (a) WHERE a > 0;",
       "CREATE TABLE t (a int); CREATE INDEX i ON t (a) WHERE a > 1;", {"DropIndex public.i", "CreateIndex public.i"}},
      {"default operator class and ASC written out are the same index",
       "CREATE TABLE t (a int); CREATE INDEX i ON t (a);",
       "CREATE TABLE t (a int); CREATE INDEX i ON t USING btree (a int4_ops ASC NULLS LAST);", {}},
      {"unique constraint becomes a unique index of the same name",
       "CREATE TABLE t (a int, CONSTRAINT u UNIQUE (a));", "CREATE TABLE t (a int); CREATE UNIQUE INDEX u ON t (a);",
       {"DropConstraint public.t.u", "CreateIndex public.u"}},
      {"index of a dropped table goes with it",
       "CREATE TABLE t (a int); CREATE INDEX i ON t (a); CREATE TABLE k (a int);", "CREATE TABLE k (a int);",
       {"DropTable public.t (indexes: public.i)"}},
      {"index name moves to another table when its table is dropped",
       "CREATE TABLE t (a int); CREATE INDEX i ON t (a); CREATE TABLE k (a int);",
       "CREATE TABLE k (a int); CREATE INDEX i ON k (a);",
       {"DropTable public.t (indexes: public.i)", "CreateIndex public.i"}},
  });
}

TEST_CASE("sequences are created, dropped and altered") {
  runCases({
      {"create sequence", "", "CREATE SEQUENCE s;", {"CreateSequence public.s"}},
      {"drop sequence", "CREATE SEQUENCE s;", "", {"DropSequence public.s"}},
      {"options", "CREATE SEQUENCE s;", "CREATE SEQUENCE s INCREMENT BY 2 CACHE 10;", {"AlterSequence public.s options"}},
      {"type", "CREATE SEQUENCE s;", "CREATE SEQUENCE s AS integer;", {"AlterSequence public.s options"}},
      {"default options written out", "CREATE SEQUENCE s;",
       "CREATE SEQUENCE s AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 NO MAXVALUE CACHE 1 NO CYCLE;", {}},
      {"owned by changes", "CREATE TABLE t (a int, b int); CREATE SEQUENCE s OWNED BY t.a;",
       "CREATE TABLE t (a int, b int); CREATE SEQUENCE s OWNED BY t.b;", {"AlterSequence public.s owner"}},
      {"owned by is set", "CREATE TABLE t (a int); CREATE SEQUENCE s;",
       "CREATE TABLE t (a int); CREATE SEQUENCE s OWNED BY t.a;", {"AlterSequence public.s owner"}},
      {"a kept sequence loses its dropped owner column",
       "CREATE TABLE t (a int, b int); CREATE SEQUENCE s OWNED BY t.b;",
       "CREATE TABLE t (a int); CREATE SEQUENCE s;",
       {"AlterSequence public.s owner", "DropColumn public.t.b"}},
      {"a sequence owned by a kept column is dropped on its own",
       "CREATE TABLE t (a int); CREATE SEQUENCE s OWNED BY t.a;", "CREATE TABLE t (a int);",
       {"DropSequence public.s"}},
      {"serial column added: sequence created and owned",
       "CREATE TABLE t (a int);", "CREATE TABLE t (a int, b serial);",
       {"CreateSequence public.t_b_seq", "AddColumn public.t.b"}},
      {"serial column becomes a plain integer: sequence dropped, default removed",
       "CREATE TABLE t (id serial);", "CREATE TABLE t (id int NOT NULL);",
       {"DropSequence public.t_id_seq", "AlterColumn public.t.id default"}},
      {"serial column's sequence is not dropped separately", "CREATE TABLE t (a int, b serial);",
       "CREATE TABLE t (a int);", {"DropColumn public.t.b (sequences: public.t_b_seq)"}},
      {"unlogged", "CREATE SEQUENCE s;", "CREATE UNLOGGED SEQUENCE s;", {"AlterSequence public.s unlogged"}},
  });
}

TEST_CASE("table storage parameters and UNLOGGED are table property changes") {
  runCases({
      {"set a storage parameter", "CREATE TABLE t (a int);", "CREATE TABLE t (a int) WITH (fillfactor = 70);",
       {"AlterTableProperties public.t options"}},
      {"change a storage parameter", "CREATE TABLE t (a int) WITH (fillfactor = 70);",
       "CREATE TABLE t (a int) WITH (fillfactor = 80);", {"AlterTableProperties public.t options"}},
      {"reset a storage parameter", "CREATE TABLE t (a int) WITH (fillfactor = 70);", "CREATE TABLE t (a int);",
       {"AlterTableProperties public.t options"}},
      {"unlogged", "CREATE TABLE t (a int);", "CREATE UNLOGGED TABLE t (a int);",
       {"AlterTableProperties public.t unlogged"}},
      {"logged again", "CREATE UNLOGGED TABLE t (a int);", "CREATE TABLE t (a int);",
       {"AlterTableProperties public.t unlogged"}},
      {"both", "CREATE TABLE t (a int);", "CREATE UNLOGGED TABLE t (a int) WITH (fillfactor = 70);",
       {"AlterTableProperties public.t options|unlogged"}},
  });
}

TEST_CASE("comments on each kind of object are set, changed and removed") {
  const char *base =
      "CREATE SCHEMA s; CREATE TABLE s.t (a int, CONSTRAINT c CHECK (a > 0)); CREATE INDEX i ON s.t (a);"
      " CREATE SEQUENCE s.q;";
  auto with = [&](const std::string &more) { return std::string(base) + " " + more; };
  // The strings must outlive the cases.
  std::vector<std::string> keep = {
      with("COMMENT ON SCHEMA s IS 'x';"),           with("COMMENT ON SCHEMA s IS 'y';"),
      with("COMMENT ON TABLE s.t IS 'x';"),          with("COMMENT ON COLUMN s.t.a IS 'x';"),
      with("COMMENT ON CONSTRAINT c ON s.t IS 'x';"), with("COMMENT ON INDEX s.i IS 'x';"),
      with("COMMENT ON SEQUENCE s.q IS 'x';"),
  };
  runCases({
      {"schema: set", base, keep[0].c_str(), {"SetComment schema s none -> 'x'"}},
      {"schema: change", keep[0].c_str(), keep[1].c_str(), {"SetComment schema s 'x' -> 'y'"}},
      {"schema: remove", keep[0].c_str(), base, {"SetComment schema s 'x' -> none"}},
      {"table", base, keep[2].c_str(), {"SetComment table s.t none -> 'x'"}},
      {"table: remove", keep[2].c_str(), base, {"SetComment table s.t 'x' -> none"}},
      {"column", base, keep[3].c_str(), {"SetComment column s.t.a none -> 'x'"}},
      {"constraint", base, keep[4].c_str(), {"SetComment constraint s.t.c none -> 'x'"}},
      {"index", base, keep[5].c_str(), {"SetComment index s.i none -> 'x'"}},
      {"sequence", base, keep[6].c_str(), {"SetComment sequence s.q none -> 'x'"}},
      {"sequence: remove", keep[6].c_str(), base, {"SetComment sequence s.q 'x' -> none"}},
      {"empty comment is no comment", base, with("COMMENT ON TABLE s.t IS '';").c_str(), {}},
      {"new table carries its comments",
       "", "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0)); COMMENT ON TABLE t IS 'tt';"
           " COMMENT ON COLUMN t.a IS 'aa'; COMMENT ON CONSTRAINT c ON t IS 'cc';",
       {"CreateTable public.t (constraints: c)", "SetComment table public.t none -> 'tt'",
        "SetComment column public.t.a none -> 'aa'", "SetComment constraint public.t.c none -> 'cc'"}},
      {"re-created constraint carries its comment",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0)); COMMENT ON CONSTRAINT c ON t IS 'cc';",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 1)); COMMENT ON CONSTRAINT c ON t IS 'cc';",
       {"DropConstraint public.t.c", "AddConstraint public.t.c", "SetComment constraint public.t.c none -> 'cc'"}},
      {"re-created index carries its comment",
       "CREATE TABLE t (a int, b int); CREATE INDEX i ON t (a); COMMENT ON INDEX i IS 'ii';",
       "CREATE TABLE t (a int, b int); CREATE INDEX i ON t (b); COMMENT ON INDEX i IS 'ii';",
       {"DropIndex public.i", "CreateIndex public.i", "SetComment index public.i none -> 'ii'"}},
  });
}

TEST_CASE("changes come in a fixed order whatever order the schema was written in") {
  const char *from =
      "CREATE SCHEMA old; CREATE SEQUENCE s_old; CREATE TABLE a (x int); CREATE TABLE z (x int, y int);"
      " CREATE INDEX z_y ON z (y);";
  const char *to_one =
      "CREATE SCHEMA new; CREATE SEQUENCE s_new; CREATE TABLE b (x int); CREATE TABLE z (x int, w int);"
      " CREATE INDEX z_w ON z (w); CREATE TABLE c (x int);";
  const char *to_two =
      "CREATE TABLE c (x int); CREATE TABLE z (x int, w int); CREATE SEQUENCE s_new; CREATE TABLE b (x int);"
      " CREATE INDEX z_w ON z (w); CREATE SCHEMA new;";
  // Schemas, then sequences, then tables (each by name), then indexes.
  std::vector<std::string> expected = {
      "CreateSchema new",        "DropSchema old",     "CreateSequence public.s_new", "DropSequence public.s_old",
      "CreateTable public.b",    "CreateTable public.c", "AddColumn public.z.w",      "DropColumn public.z.y",
      "DropTable public.a",      "CreateIndex public.z_w", "DropIndex public.z_y",
  };
  runCases({{"written one way", from, to_one, expected}, {"written another way", from, to_two, expected}});
  // And the same inputs twice give the same output.
  CHECK(describeDiff(diff::diffModels(model(from), model(to_one))) ==
        describeDiff(diff::diffModels(model(from), model(to_one))));
}

TEST_CASE("a model compared with itself has no changes and no notes") {
  const char *sql =
      "CREATE SCHEMA s; CREATE TABLE s.t (id bigserial PRIMARY KEY, a text NOT NULL DEFAULT 'x' CHECK (a <> ''),"
      " b numeric(10,2) DEFAULT 0, c timestamptz DEFAULT now(), d int GENERATED ALWAYS AS IDENTITY,"
      " e int GENERATED ALWAYS AS (d * 2) STORED, UNIQUE (a, b));"
      " CREATE INDEX ON s.t (lower(a)) WHERE b > 0; CREATE SEQUENCE s.q START 5;";
  diff::Diff d = diff::diffModels(model(sql), model(sql));
  CHECK(describeDiff(d).empty());
  CHECK(d.empty());
  CHECK(d.notes.empty());
}
