// The planner: diffs of two DDL texts -> ordered, phased steps with reverses; and the
// one predicate that decides whether a column type change rewrites its table.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/diff.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "planner/plan.h"
#include "tests/support/schema_text.h"
#include "planner/rewrite.h"

using namespace pgshift;
using planner::Phase;
using planner::Step;

namespace {

SchemaModel model(const std::string &sql) { return testing::read(sql).model; }
using testing::plan;

std::string join(const std::vector<std::string> &lines) {
  std::string out;
  for (const auto &l : lines) out += l + "\n";
  return out;
}

// "expand: create table public.t" per step, in order.
std::string listing(const planner::Plan &p) {
  std::string out;
  for (const auto &s : p.steps) out += std::string(planner::phaseName(s.phase)) + ": " + s.summary + "\n";
  return out;
}

long position(const planner::Plan &p, const std::string &summary) {
  for (size_t i = 0; i < p.steps.size(); ++i)
    if (p.steps[i].summary == summary) return static_cast<long>(i);
  return -1;
}

const Step *findStep(const planner::Plan &p, const std::string &summary) {
  long i = position(p, summary);
  return i < 0 ? nullptr : &p.steps[static_cast<size_t>(i)];
}

std::string phaseOf(const planner::Plan &p, const std::string &summary) {
  const Step *s = findStep(p, summary);
  return s ? std::string(planner::phaseName(s->phase)) : "(no such step)";
}

// A plan, or the reason it could not be made (as text, so a case can report it).
struct Planned {
  planner::Plan plan;
  std::string error;
};

Planned tryPlan(const std::string &from, const std::string &to) {
  Planned out;
  try {
    out.plan = plan(from, to);
  } catch (const DiagnosticError &e) {
    for (const auto &d : e.diagnostics()) out.error += d.format() + "\n";
  } catch (const std::exception &e) {
    out.error = e.what();
  }
  return out;
}

struct OrderCase {
  const char *name;
  const char *from;
  const char *to;
  std::vector<std::pair<std::string, std::string>> before_after;  // step summaries
};

void checkOrder(const std::vector<OrderCase> &cases) {
  for (const auto &c : cases) {
    INFO("case: ", std::string(c.name));
    Planned p = tryPlan(c.from, c.to);
    INFO("plan:\n", listing(p.plan));
    CHECK_MESSAGE(p.error.empty(), p.error);
    for (const auto &[before, after] : c.before_after) {
      INFO(before, "  before  ", after);
      long b = position(p.plan, before), a = position(p.plan, after);
      CHECK(b >= 0);
      CHECK(a >= 0);
      CHECK(b < a);
    }
  }
}

}  // namespace

TEST_CASE("steps run after what they need and before what removes what they need") {
  checkOrder({
      {"a new table before its foreign keys",
       "CREATE TABLE p (id int PRIMARY KEY);",
       "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, p_id int REFERENCES p);",
       {{"create table public.c", "add foreign key c_p_id_fkey on public.c"}}},
      {"a foreign key after the new table it references",
       "CREATE TABLE c (id int, p_id int);",
       "CREATE TABLE c (id int, p_id int); CREATE TABLE p (id int PRIMARY KEY);"
       " ALTER TABLE c ADD FOREIGN KEY (p_id) REFERENCES p;",
       {{"create table public.p", "add foreign key c_p_id_fkey on public.c"}}},
      {"a foreign key after the unique constraint it references, added in the same plan",
       "CREATE TABLE p (id int PRIMARY KEY, code text); CREATE TABLE c (code text);",
       "CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE); CREATE TABLE c (code text REFERENCES p (code));",
       {{"build index public.p_code_key for constraint p_code_key on public.p", "add constraint p_code_key on public.p"},
        {"add constraint p_code_key on public.p", "add foreign key c_code_fkey on public.c"}}},
      {"a foreign key after the unique index it references, created in the same plan",
       "CREATE TABLE p (id int PRIMARY KEY, code text); CREATE TABLE c (code text);",
       "CREATE TABLE p (id int PRIMARY KEY, code text); CREATE UNIQUE INDEX p_code_uix ON p (code);"
       " CREATE TABLE c (code text REFERENCES p (code));",
       {{"create index public.p_code_uix", "add foreign key c_code_fkey on public.c"}}},
      {"a foreign key after the primary key it references, on a new table",
       "",
       "CREATE TABLE p (a int, b int, PRIMARY KEY (b, a)); CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p (a, b));",
       {{"create table public.p", "add foreign key c_x_y_fkey on public.c"},
        {"create table public.c", "add foreign key c_x_y_fkey on public.c"}}},
      {"foreign keys dropped before the table they reference",
       "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, p_id int REFERENCES p);",
       "CREATE TABLE c (id int, p_id int);",
       {{"drop foreign key c_p_id_fkey on public.c", "drop table public.p"}}},
      {"a referencing table dropped before the table it references",
       "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, p_id int REFERENCES p);",
       "",
       {{"drop table public.c", "drop table public.p"}}},
      {"a foreign key dropped before the unique constraint it references",
       "CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE); CREATE TABLE c (code text REFERENCES p (code));",
       "CREATE TABLE p (id int PRIMARY KEY, code text); CREATE TABLE c (code text);",
       {{"drop foreign key c_code_fkey on public.c", "drop constraint p_code_key on public.p"}}},
      {"two new tables referencing each other: both tables, then both foreign keys",
       "",
       "CREATE TABLE a (id int PRIMARY KEY, b_id int); CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);"
       " ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;",
       {{"create table public.a", "add foreign key a_b_id_fkey on public.a"},
        {"create table public.a", "add foreign key b_a_id_fkey on public.b"},
        {"create table public.b", "add foreign key a_b_id_fkey on public.a"},
        {"create table public.b", "add foreign key b_a_id_fkey on public.b"}}},
      {"serial: the sequence before the table, OWNED BY after it",
       "",
       "CREATE TABLE t (id serial PRIMARY KEY);",
       {{"create sequence public.t_id_seq", "create table public.t"},
        {"create table public.t", "set owner of sequence public.t_id_seq"}}},
      {"serial column added: sequence, column, owner",
       "CREATE TABLE t (a int);",
       "CREATE TABLE t (a int, id serial);",
       {{"create sequence public.t_id_seq", "add column public.t.id"},
        {"add column public.t.id", "set owner of sequence public.t_id_seq"}}},
      {"a column dropped after the index and constraints using it",
       "CREATE TABLE t (a int, b int CHECK (b > 0) UNIQUE); CREATE INDEX t_b_idx ON t (b); CREATE INDEX t_ab_idx ON t (a) WHERE b > 0;",
       "CREATE TABLE t (a int);",
       {{"drop index public.t_b_idx", "drop column public.t.b"},
        {"drop index public.t_ab_idx", "drop column public.t.b"},
        {"drop constraint t_b_check on public.t", "drop column public.t.b"},
        {"drop constraint t_b_key on public.t", "drop column public.t.b"}}},
      {"a kept sequence is released before its owning column is dropped",
       "CREATE TABLE t (a int, b int); CREATE SEQUENCE q OWNED BY t.b;",
       "CREATE TABLE t (a int); CREATE SEQUENCE q;",
       {{"set owner of sequence public.q", "drop column public.t.b"}}},
      {"a schema created before its tables and sequences",
       "",
       "CREATE SCHEMA s; CREATE TABLE s.t (a int); CREATE SEQUENCE s.q;",
       {{"create schema s", "create table s.t"}, {"create schema s", "create sequence s.q"}}},
      {"a schema dropped after its tables and sequences",
       "CREATE SCHEMA s; CREATE TABLE s.t (a int); CREATE SEQUENCE s.q;",
       "",
       {{"drop table s.t", "drop schema s"}, {"drop sequence s.q", "drop schema s"}}},
      {"a column's default is dropped before the sequence it uses",
       "CREATE TABLE t (id serial);",
       "CREATE TABLE t (id int NOT NULL);",
       {{"set default of public.t.id", "drop sequence public.t_id_seq"}}},
      {"a unique constraint dropped before an index takes its name",
       "CREATE TABLE t (a int, CONSTRAINT u UNIQUE (a));",
       "CREATE TABLE t (a int); CREATE UNIQUE INDEX u ON t (a);",
       {{"drop constraint u on public.t", "create index public.u"}}},
      {"a changed constraint is dropped before it is added again",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0));",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 1));",
       {{"drop constraint c on public.t", "add constraint c on public.t"},
        {"add constraint c on public.t", "validate constraint c on public.t"}}},
      {"a changed index is dropped before it is created again",
       "CREATE TABLE t (a int, b int); CREATE INDEX i ON t (a);",
       "CREATE TABLE t (a int, b int); CREATE INDEX i ON t (b);",
       {{"drop index public.i", "create index public.i"}}},
      {"a new table's comment after the table",
       "",
       "CREATE TABLE t (a int); COMMENT ON TABLE t IS 'x'; COMMENT ON COLUMN t.a IS 'y';",
       {{"create table public.t", "comment on table public.t"}, {"create table public.t", "comment on column public.t.a"}}},
      {"a primary key on an existing nullable column waits for SET NOT NULL",
       "CREATE TABLE t (a int);",
       "CREATE TABLE t (a int PRIMARY KEY);",
       {{"build index public.t_pkey for primary key t_pkey on public.t", "add primary key t_pkey on public.t"},
        {"set not null on public.t.a", "add primary key t_pkey on public.t"}}},
  });
}

// Regression test (once a bug): two dropped tables referencing each other can be planned.
TEST_CASE("two dropped tables referencing each other can be planned") {
  checkOrder({
      {"mutual foreign keys, both tables dropped",
       "CREATE TABLE a (id int PRIMARY KEY, b_id int); CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);"
       " ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;",
       "",
       {}},
  });
  Planned p = tryPlan(
      "CREATE TABLE a (id int PRIMARY KEY, b_id int); CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);"
      " ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;",
      "");
  CHECK(position(p.plan, "drop table public.a") >= 0);
  CHECK(position(p.plan, "drop table public.b") >= 0);
}

TEST_CASE("steps go to the phase their effect needs, and later when what they need runs later") {
  struct PhaseCase {
    const char *name;
    const char *from;
    const char *to;
    std::vector<std::pair<std::string, std::string>> phases;  // summary, phase name
  };
  const std::vector<PhaseCase> cases = {
      {"additions in expand",
       "CREATE TABLE t (a int);",
       "CREATE SCHEMA s; CREATE SEQUENCE q; CREATE TABLE t (a int, b text, c int NOT NULL DEFAULT 0);"
       " CREATE TABLE u (x int); CREATE INDEX ON t (b); COMMENT ON TABLE t IS 'x';",
       {{"create schema s", "expand"},
        {"create sequence public.q", "expand"},
        {"create table public.u", "expand"},
        {"add column public.t.b", "expand"},
        {"add column public.t.c", "expand"},
        {"create index public.t_b_idx", "expand"},
        {"comment on table public.t", "expand"}}},
      {"drops in contract",
       "CREATE SCHEMA s; CREATE SEQUENCE q; CREATE TABLE t (a int, b text CHECK (b <> '')); CREATE TABLE u (x int);"
       " CREATE INDEX ON t (a);",
       "CREATE TABLE t (a int);",
       {{"drop schema s", "contract"},
        {"drop sequence public.q", "contract"},
        {"drop table public.u", "contract"},
        {"drop column public.t.b", "contract"},
        {"drop constraint t_b_check on public.t", "contract"},
        {"drop index public.t_a_idx", "contract"}}},
      {"SET NOT NULL in contract, DROP NOT NULL in expand",
       "CREATE TABLE t (a int, b int NOT NULL);",
       "CREATE TABLE t (a int NOT NULL, b int);",
       {{"set not null on public.t.a", "contract"}, {"drop not null on public.t.b", "expand"}}},
      {"a rewriting type change in contract", "CREATE TABLE t (a int);", "CREATE TABLE t (a bigint);",
       {{"change type of public.t.a to bigint", "contract"}}},
      {"a narrowing type change in contract", "CREATE TABLE t (a varchar(20));", "CREATE TABLE t (a varchar(10));",
       {{"change type of public.t.a to character varying(10)", "contract"}}},
      {"a widening type change in expand", "CREATE TABLE t (a varchar(10));", "CREATE TABLE t (a varchar(20));",
       {{"change type of public.t.a to character varying(20)", "expand"}}},
      {"varchar to text in expand", "CREATE TABLE t (a varchar(10));", "CREATE TABLE t (a text);",
       {{"change type of public.t.a to text", "expand"}}},
      {"a collation change in contract", "CREATE TABLE t (a text);", "CREATE TABLE t (a text COLLATE \"C\");",
       {{"change collation of public.t.a", "contract"}}},
      {"a new default in expand, a removed one in contract", "CREATE TABLE t (a int, b int DEFAULT 1);",
       "CREATE TABLE t (a int DEFAULT 1, b int);",
       {{"set default of public.t.a", "expand"}, {"set default of public.t.b", "contract"}}},
      {"NOT NULL column without default: nullable in expand, SET NOT NULL in contract", "CREATE TABLE t (a int);",
       "CREATE TABLE t (a int, b int NOT NULL);",
       {{"add column public.t.b", "expand"}, {"set not null on public.t.b", "contract"}}},
      {"a re-created constraint follows its drop into contract",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0));",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 1)); COMMENT ON CONSTRAINT c ON t IS 'x';",
       {{"drop constraint c on public.t", "contract"},
        {"add constraint c on public.t", "contract"},
        {"validate constraint c on public.t", "contract"},
        {"comment on constraint public.t.c", "contract"}}},
      {"a re-created index follows its drop into contract",
       "CREATE TABLE t (a int, b int); CREATE INDEX i ON t (a);",
       "CREATE TABLE t (a int, b int); CREATE INDEX i ON t (b);",
       {{"drop index public.i", "contract"}, {"create index public.i", "contract"}}},
      // Built before the rewrite, it would be rebuilt by it from its printed definition.
      {"an index on a column whose type is rewritten is built after the rewrite",
       "CREATE TABLE t (a int);",
       "CREATE TABLE t (a bigint); CREATE INDEX i ON t (a);",
       {{"change type of public.t.a to bigint", "contract"}, {"create index public.i", "contract"}}},
      {"a primary key on a column that becomes NOT NULL in contract is attached in contract",
       "CREATE TABLE t (a int);",
       "CREATE TABLE t (a int PRIMARY KEY);",
       {{"build index public.t_pkey for primary key t_pkey on public.t", "expand"},
        {"set not null on public.t.a", "contract"},
        {"add primary key t_pkey on public.t", "contract"}}},
      {"UNLOGGED in contract (rewrite), storage parameters in expand",
       "CREATE TABLE t (a int);",
       "CREATE UNLOGGED TABLE t (a int) WITH (fillfactor = 70);",
       {{"make table public.t unlogged", "contract"}, {"set storage parameters of table public.t", "expand"}}},
  };
  for (const auto &c : cases) {
    INFO("case: ", std::string(c.name));
    Planned p = tryPlan(c.from, c.to);
    INFO("plan:\n", listing(p.plan));
    CHECK_MESSAGE(p.error.empty(), p.error);
    for (const auto &[summary, phase] : c.phases) {
      INFO("step: ", summary);
      CHECK(phaseOf(p.plan, summary) == phase);
    }
    // Phases never go backwards.
    for (size_t i = 1; i < p.plan.steps.size(); ++i) CHECK(p.plan.steps[i - 1].phase <= p.plan.steps[i].phase);
  }
}

TEST_CASE("indexes on tables in use are built CONCURRENTLY outside a transaction and a new table's plainly") {
  planner::Plan p = plan("CREATE TABLE t (a int);",
                         "CREATE TABLE t (a int); CREATE INDEX t_a_idx ON t (a);"
                         " CREATE TABLE n (b int); CREATE INDEX n_b_idx ON n (b);");
  INFO(listing(p));
  const Step *existing = findStep(p, "create index public.t_a_idx");
  const Step *fresh = findStep(p, "create index public.n_b_idx");
  REQUIRE(existing);
  REQUIRE(fresh);
  CHECK(join(existing->statements) == "CREATE INDEX CONCURRENTLY t_a_idx ON public.t USING btree (a)\n");
  CHECK_FALSE(existing->transactional);
  CHECK(join(existing->reverse) == "DROP INDEX CONCURRENTLY public.t_a_idx\n");
  CHECK_FALSE(existing->reverse_transactional);
  CHECK_FALSE(existing->hazards.empty());
  CHECK(join(fresh->statements) == "CREATE INDEX n_b_idx ON public.n USING btree (b)\n");
  CHECK(fresh->transactional);
  CHECK(join(fresh->reverse) == "DROP INDEX public.n_b_idx\n");
  CHECK(fresh->reverse_transactional);
  CHECK(fresh->hazards.empty());
}

TEST_CASE("checks and foreign keys on tables in use are added NOT VALID and then validated") {
  struct Case {
    const char *name;
    const char *from;
    const char *to;
    std::string add, add_sql, validate, validate_sql;
  };
  const std::vector<Case> cases = {
      {"check", "CREATE TABLE t (a int);", "CREATE TABLE t (a int CHECK (a > 0));",
       "add constraint t_a_check on public.t", "ALTER TABLE public.t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID\n",
       "validate constraint t_a_check on public.t", "ALTER TABLE public.t VALIDATE CONSTRAINT t_a_check\n"},
      {"foreign key", "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int);",
       "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int REFERENCES p);",
       "add foreign key t_a_fkey on public.t",
       "ALTER TABLE public.t ADD CONSTRAINT t_a_fkey FOREIGN KEY (a) REFERENCES public.p(id) NOT VALID\n",
       "validate foreign key t_a_fkey on public.t", "ALTER TABLE public.t VALIDATE CONSTRAINT t_a_fkey\n"},
  };
  for (const auto &c : cases) {
    INFO("case: ", std::string(c.name));
    planner::Plan p = plan(c.from, c.to);
    INFO(listing(p));
    const Step *add = findStep(p, c.add);
    const Step *validate = findStep(p, c.validate);
    REQUIRE(add);
    REQUIRE(validate);
    CHECK(join(add->statements) == c.add_sql);
    CHECK(join(validate->statements) == c.validate_sql);
    CHECK(position(p, c.add) < position(p, c.validate));
    CHECK(validate->phase == Phase::expand);
    CHECK_FALSE(validate->hazards.empty());
  }
  SUBCASE("a constraint wanted NOT VALID is only added") {
    planner::Plan p = plan("CREATE TABLE t (a int);", "CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;");
    INFO(listing(p));
    CHECK(listing(p) == "expand: add constraint c on public.t\n");
    CHECK(join(p.steps.at(0).statements) == "ALTER TABLE public.t ADD CONSTRAINT c CHECK (a > 0) NOT VALID\n");
  }
  SUBCASE("on a new table a check is in CREATE TABLE and a foreign key is added valid") {
    planner::Plan p = plan("CREATE TABLE p (id int PRIMARY KEY);",
                           "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int CHECK (a > 0) REFERENCES p);");
    INFO(listing(p));
    CHECK(listing(p) == "expand: create table public.t\nexpand: add foreign key t_a_fkey on public.t\n");
    CHECK(join(p.steps.at(1).statements) ==
          "ALTER TABLE public.t ADD CONSTRAINT t_a_fkey FOREIGN KEY (a) REFERENCES public.p(id)\n");
  }
}

TEST_CASE("a new primary key or unique constraint on a table in use is built concurrently, then attached") {
  struct Case {
    const char *name;
    const char *from;
    const char *to;
    std::string build, build_sql, attach, attach_sql;
  };
  const std::vector<Case> cases = {
      {"unique", "CREATE TABLE t (a int);", "CREATE TABLE t (a int UNIQUE);",
       "build index public.t_a_key for constraint t_a_key on public.t",
       "CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON public.t USING btree (a)\n", "add constraint t_a_key on public.t",
       "ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a_key\n"},
      {"primary key on a NOT NULL column", "CREATE TABLE t (a int NOT NULL);", "CREATE TABLE t (a int PRIMARY KEY);",
       "build index public.t_pkey for primary key t_pkey on public.t",
       "CREATE UNIQUE INDEX CONCURRENTLY t_pkey ON public.t USING btree (a)\n", "add primary key t_pkey on public.t",
       "ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey\n"},
      {"deferrable unique with INCLUDE", "CREATE TABLE t (a int, b int);",
       "CREATE TABLE t (a int, b int, CONSTRAINT u UNIQUE (a) INCLUDE (b) DEFERRABLE INITIALLY DEFERRED);",
       "build index public.u for constraint u on public.t",
       "CREATE UNIQUE INDEX CONCURRENTLY u ON public.t USING btree (a) INCLUDE (b)\n", "add constraint u on public.t",
       "ALTER TABLE public.t ADD CONSTRAINT u UNIQUE USING INDEX u DEFERRABLE INITIALLY DEFERRED\n"},
  };
  for (const auto &c : cases) {
    INFO("case: ", std::string(c.name));
    planner::Plan p = plan(c.from, c.to);
    INFO(listing(p));
    const Step *build = findStep(p, c.build);
    const Step *attach = findStep(p, c.attach);
    REQUIRE(build);
    REQUIRE(attach);
    CHECK(join(build->statements) == c.build_sql);
    CHECK_FALSE(build->transactional);
    CHECK_FALSE(build->reverse_transactional);
    CHECK(join(attach->statements) == c.attach_sql);
    CHECK(attach->transactional);
    CHECK(position(p, c.build) < position(p, c.attach));
    CHECK(build->phase == Phase::expand);
    CHECK(attach->phase == Phase::expand);
  }
}

TEST_CASE("a NOT NULL column without a default is added nullable and made NOT NULL in contract") {
  planner::Plan p = plan("CREATE TABLE t (a int);", "CREATE TABLE t (a int, b text NOT NULL);");
  CHECK(listing(p) == "expand: add column public.t.b\ncontract: set not null on public.t.b\n");
  REQUIRE(p.steps.size() == 2);
  CHECK(join(p.steps[0].statements) == "ALTER TABLE public.t ADD COLUMN b text\n");
  CHECK(join(p.steps[1].statements) == "ALTER TABLE public.t ALTER COLUMN b SET NOT NULL\n");
  CHECK(join(p.steps[1].reverse) == "ALTER TABLE public.t ALTER COLUMN b DROP NOT NULL\n");
  CHECK_FALSE(p.steps[1].hazards.empty());
  SUBCASE("with a default it is added NOT NULL at once") {
    planner::Plan q = plan("CREATE TABLE t (a int);", "CREATE TABLE t (a int, b text NOT NULL DEFAULT '');");
    CHECK(listing(q) == "expand: add column public.t.b\n");
    CHECK(join(q.steps.at(0).statements) == "ALTER TABLE public.t ADD COLUMN b text DEFAULT '' NOT NULL\n");
  }
}

// Each kind of step: its statements and the reverse that undoes them.
TEST_CASE("each step's reverse is its inverse") {
  struct Case {
    const char *name;
    const char *from;
    const char *to;
    std::string summary;
    std::string statements;
    std::string reverse;
  };
  const std::vector<Case> cases = {
      {"create schema", "", "CREATE SCHEMA s;", "create schema s", "CREATE SCHEMA s\n", "DROP SCHEMA s\n"},
      {"drop schema with its comment", "CREATE SCHEMA s; COMMENT ON SCHEMA s IS 'ss';", "", "drop schema s",
       "DROP SCHEMA s\n", "CREATE SCHEMA s\nCOMMENT ON SCHEMA s IS 'ss'\n"},
      {"create table", "", "CREATE TABLE t (a int NOT NULL, b text DEFAULT 'x', CONSTRAINT c CHECK (a > 0));",
       "create table public.t",
       "CREATE TABLE public.t (\n    a integer NOT NULL,\n    b text DEFAULT 'x',\n    CONSTRAINT c CHECK (a > 0)\n)\n",
       "DROP TABLE public.t\n"},
      // Its foreign keys are dropped (and put back) by steps of their own.
      {"drop table: recreated with its sequences, constraints, indexes and comments",
       "CREATE TABLE p (id int PRIMARY KEY);"
       " CREATE TABLE t (id serial PRIMARY KEY, a int REFERENCES p, b int);"
       " ALTER TABLE t ADD CONSTRAINT b_pos CHECK (b > 0) NOT VALID;"
       " CREATE INDEX t_b_idx ON t (b); COMMENT ON TABLE t IS 'tt'; COMMENT ON COLUMN t.a IS 'aa';"
       " COMMENT ON CONSTRAINT b_pos ON t IS 'cc'; COMMENT ON INDEX t_b_idx IS 'ii';"
       " COMMENT ON SEQUENCE t_id_seq IS 'qq';",
       "CREATE TABLE p (id int PRIMARY KEY);",
       "drop table public.t",
       "DROP TABLE public.t\n",
       "CREATE SEQUENCE public.t_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE\n"
       "CREATE TABLE public.t (\n    id integer DEFAULT nextval('public.t_id_seq'::regclass) NOT NULL,\n    a integer,\n"
       "    b integer,\n    CONSTRAINT t_pkey PRIMARY KEY (id)\n)\n"
       "ALTER TABLE public.t ADD CONSTRAINT b_pos CHECK (b > 0) NOT VALID\n"
       "CREATE INDEX t_b_idx ON public.t USING btree (b)\n"
       "ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id\n"
       "COMMENT ON TABLE public.t IS 'tt'\n"
       "COMMENT ON COLUMN public.t.a IS 'aa'\n"
       "COMMENT ON CONSTRAINT b_pos ON public.t IS 'cc'\n"
       "COMMENT ON INDEX public.t_b_idx IS 'ii'\n"
       "COMMENT ON SEQUENCE public.t_id_seq IS 'qq'\n"},
      {"add column", "CREATE TABLE t (a int);", "CREATE TABLE t (a int, b int DEFAULT 5);", "add column public.t.b",
       "ALTER TABLE public.t ADD COLUMN b integer DEFAULT 5\n", "ALTER TABLE public.t DROP COLUMN b\n"},
      {"drop column with its comment", "CREATE TABLE t (a int, b text NOT NULL DEFAULT 'x'); COMMENT ON COLUMN t.b IS 'bb';",
       "CREATE TABLE t (a int);", "drop column public.t.b", "ALTER TABLE public.t DROP COLUMN b\n",
       "ALTER TABLE public.t ADD COLUMN b text DEFAULT 'x' NOT NULL\nCOMMENT ON COLUMN public.t.b IS 'bb'\n"},
      {"drop serial column with its sequence", "CREATE TABLE t (a int, b serial);", "CREATE TABLE t (a int);",
       "drop column public.t.b", "ALTER TABLE public.t DROP COLUMN b\n",
       "CREATE SEQUENCE public.t_b_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE\n"
       "ALTER TABLE public.t ADD COLUMN b integer DEFAULT nextval('public.t_b_seq'::regclass) NOT NULL\n"
       "ALTER SEQUENCE public.t_b_seq OWNED BY public.t.b\n"},
      {"type change", "CREATE TABLE t (a varchar(10));", "CREATE TABLE t (a varchar(20));",
       "change type of public.t.a to character varying(20)", "ALTER TABLE public.t ALTER COLUMN a TYPE character varying(20)\n",
       "ALTER TABLE public.t ALTER COLUMN a TYPE character varying(10)\n"},
      {"type change with a default set aside", "CREATE TABLE t (a int DEFAULT 0);", "CREATE TABLE t (a bigint DEFAULT 0);",
       "change type of public.t.a to bigint",
       "ALTER TABLE public.t ALTER COLUMN a DROP DEFAULT\nALTER TABLE public.t ALTER COLUMN a TYPE bigint\n"
       "ALTER TABLE public.t ALTER COLUMN a SET DEFAULT 0\n",
       "ALTER TABLE public.t ALTER COLUMN a DROP DEFAULT\nALTER TABLE public.t ALTER COLUMN a TYPE integer\n"
       "ALTER TABLE public.t ALTER COLUMN a SET DEFAULT 0\n"},
      {"type change without an assignment cast uses USING", "CREATE TABLE t (a text);", "CREATE TABLE t (a int);",
       "change type of public.t.a to integer", "ALTER TABLE public.t ALTER COLUMN a TYPE integer USING a::integer\n",
       "ALTER TABLE public.t ALTER COLUMN a TYPE text\n"},
      {"collation change", "CREATE TABLE t (a text);", "CREATE TABLE t (a text COLLATE \"C\");",
       "change collation of public.t.a", "ALTER TABLE public.t ALTER COLUMN a TYPE text COLLATE pg_catalog.\"C\"\n",
       "ALTER TABLE public.t ALTER COLUMN a TYPE text COLLATE \"default\"\n"},
      {"set default", "CREATE TABLE t (a int);", "CREATE TABLE t (a int DEFAULT 1);", "set default of public.t.a",
       "ALTER TABLE public.t ALTER COLUMN a SET DEFAULT 1\n", "ALTER TABLE public.t ALTER COLUMN a DROP DEFAULT\n"},
      {"change default", "CREATE TABLE t (a int DEFAULT 1);", "CREATE TABLE t (a int DEFAULT 2);",
       "set default of public.t.a",
       "ALTER TABLE public.t ALTER COLUMN a DROP DEFAULT\nALTER TABLE public.t ALTER COLUMN a SET DEFAULT 2\n",
       "ALTER TABLE public.t ALTER COLUMN a DROP DEFAULT\nALTER TABLE public.t ALTER COLUMN a SET DEFAULT 1\n"},
      {"set not null", "CREATE TABLE t (a int);", "CREATE TABLE t (a int NOT NULL);", "set not null on public.t.a",
       "ALTER TABLE public.t ALTER COLUMN a SET NOT NULL\n", "ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL\n"},
      {"drop not null", "CREATE TABLE t (a int NOT NULL);", "CREATE TABLE t (a int);", "drop not null on public.t.a",
       "ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL\n", "ALTER TABLE public.t ALTER COLUMN a SET NOT NULL\n"},
      {"add identity", "CREATE TABLE t (a int NOT NULL);", "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY);",
       "alter identity or generation of public.t.a",
       "ALTER TABLE public.t ALTER COLUMN a ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.t_a_seq START WITH 1"
       " INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE)\n",
       "ALTER TABLE public.t ALTER COLUMN a DROP IDENTITY\n"},
      {"identity kind", "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY);",
       "CREATE TABLE t (a int GENERATED BY DEFAULT AS IDENTITY);", "alter identity or generation of public.t.a",
       "ALTER TABLE public.t ALTER COLUMN a SET GENERATED BY DEFAULT\n",
       "ALTER TABLE public.t ALTER COLUMN a SET GENERATED ALWAYS\n"},
      {"generated column becomes plain", "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);",
       "CREATE TABLE t (a int, b int);", "stop generating public.t.b",
       "ALTER TABLE public.t ALTER COLUMN b DROP EXPRESSION\n",
       "ALTER TABLE public.t DROP COLUMN b\nALTER TABLE public.t ADD COLUMN b integer GENERATED ALWAYS AS (a * 2) STORED\n"},
      {"add check (the constraint step)", "CREATE TABLE t (a int);", "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0));",
       "add constraint c on public.t", "ALTER TABLE public.t ADD CONSTRAINT c CHECK (a > 0) NOT VALID\n",
       "ALTER TABLE public.t DROP CONSTRAINT c\n"},
      {"validate: put back NOT VALID",
       "CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;",
       "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0));", "validate constraint c on public.t",
       "ALTER TABLE public.t VALIDATE CONSTRAINT c\n",
       "ALTER TABLE public.t DROP CONSTRAINT c\nALTER TABLE public.t ADD CONSTRAINT c CHECK (a > 0) NOT VALID\n"},
      {"drop constraint with its comment", "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0)); COMMENT ON CONSTRAINT c ON t IS 'cc';",
       "CREATE TABLE t (a int);", "drop constraint c on public.t", "ALTER TABLE public.t DROP CONSTRAINT c\n",
       "ALTER TABLE public.t ADD CONSTRAINT c CHECK (a > 0)\nCOMMENT ON CONSTRAINT c ON public.t IS 'cc'\n"},
      {"drop NOT VALID constraint: put back NOT VALID",
       "CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;", "CREATE TABLE t (a int);",
       "drop constraint c on public.t", "ALTER TABLE public.t DROP CONSTRAINT c\n",
       "ALTER TABLE public.t ADD CONSTRAINT c CHECK (a > 0) NOT VALID\n"},
      {"drop primary key", "CREATE TABLE t (a int PRIMARY KEY);", "CREATE TABLE t (a int NOT NULL);",
       "drop primary key t_pkey on public.t", "ALTER TABLE public.t DROP CONSTRAINT t_pkey\n",
       "ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (a)\n"},
      {"drop index with its comment", "CREATE TABLE t (a int); CREATE INDEX i ON t (a) WHERE a > 0; COMMENT ON INDEX i IS 'ii';",
       "CREATE TABLE t (a int);", "drop index public.i", "DROP INDEX CONCURRENTLY public.i\n",
       "CREATE INDEX CONCURRENTLY i ON public.t USING btree (a) WHERE (a > 0)\nCOMMENT ON INDEX public.i IS 'ii'\n"},
      {"create sequence", "", "CREATE SEQUENCE q INCREMENT BY 2;", "create sequence public.q",
       "CREATE SEQUENCE public.q AS bigint START WITH 1 INCREMENT BY 2 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE\n",
       "DROP SEQUENCE public.q\n"},
      {"drop sequence with its owner and comment",
       "CREATE TABLE t (a int); CREATE SEQUENCE q OWNED BY t.a; COMMENT ON SEQUENCE q IS 'qq';", "CREATE TABLE t (a int);",
       "drop sequence public.q", "DROP SEQUENCE public.q\n",
       "CREATE SEQUENCE public.q AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE\n"
       "ALTER SEQUENCE public.q OWNED BY public.t.a\nCOMMENT ON SEQUENCE public.q IS 'qq'\n"},
      {"alter sequence", "CREATE SEQUENCE q;", "CREATE SEQUENCE q AS integer CACHE 10;", "alter sequence public.q",
       "ALTER SEQUENCE public.q AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 10 NO CYCLE\n",
       "ALTER SEQUENCE public.q AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE\n"},
      {"sequence owner", "CREATE TABLE t (a int, b int); CREATE SEQUENCE q OWNED BY t.a;",
       "CREATE TABLE t (a int, b int); CREATE SEQUENCE q OWNED BY t.b;", "set owner of sequence public.q",
       "ALTER SEQUENCE public.q OWNED BY public.t.b\n", "ALTER SEQUENCE public.q OWNED BY public.t.a\n"},
      {"comment set", "CREATE TABLE t (a int);", "CREATE TABLE t (a int); COMMENT ON COLUMN t.a IS 'it''s';",
       "comment on column public.t.a", "COMMENT ON COLUMN public.t.a IS 'it''s'\n", "COMMENT ON COLUMN public.t.a IS NULL\n"},
      {"comment changed", "CREATE TABLE t (a int); COMMENT ON TABLE t IS 'x';",
       "CREATE TABLE t (a int); COMMENT ON TABLE t IS 'y';", "comment on table public.t", "COMMENT ON TABLE public.t IS 'y'\n",
       "COMMENT ON TABLE public.t IS 'x'\n"},
      {"storage parameters", "CREATE TABLE t (a int) WITH (fillfactor = 70, autovacuum_enabled = false);",
       "CREATE TABLE t (a int) WITH (fillfactor = 80);", "set storage parameters of table public.t",
       "ALTER TABLE public.t RESET (autovacuum_enabled)\nALTER TABLE public.t SET (fillfactor='80')\n",
       "ALTER TABLE public.t SET (fillfactor='70', autovacuum_enabled='false')\n"},
      {"unlogged", "CREATE TABLE t (a int);", "CREATE UNLOGGED TABLE t (a int);", "make table public.t unlogged",
       "ALTER TABLE public.t SET UNLOGGED\n", "ALTER TABLE public.t SET LOGGED\n"},
  };
  for (const auto &c : cases) {
    INFO("case: ", std::string(c.name));
    Planned p = tryPlan(c.from, c.to);
    INFO("plan:\n", listing(p.plan));
    CHECK_MESSAGE(p.error.empty(), p.error);
    const Step *s = findStep(p.plan, c.summary);
    CHECK_MESSAGE(s, "no step ", c.summary);
    if (!s) continue;
    CHECK(join(s->statements) == c.statements);
    if (!c.reverse.empty()) CHECK(join(s->reverse) == c.reverse);
  }
}

TEST_CASE("every step has statements and a non-empty reverse") {
  struct Case {
    const char *name;
    const char *from;
    const char *to;
  };
  const std::vector<Case> cases = {
      {"a bit of everything, there and back",
       "CREATE SCHEMA old; CREATE SEQUENCE q; CREATE TABLE t (id serial PRIMARY KEY, a int, b varchar(10), c text DEFAULT 'x');"
       " CREATE INDEX t_a_idx ON t (a); CREATE TABLE gone (x int PRIMARY KEY); CREATE TABLE r (g int REFERENCES gone);"
       " COMMENT ON TABLE t IS 'tt';",
       "CREATE SCHEMA new; CREATE SEQUENCE q INCREMENT 5; CREATE TABLE t (id serial PRIMARY KEY, a bigint NOT NULL,"
       " b varchar(20) UNIQUE, d int NOT NULL, CHECK (a > 0)) WITH (fillfactor = 90); CREATE INDEX t_b_idx ON t (b);"
       " CREATE TABLE r (g int); CREATE TABLE n (id int PRIMARY KEY, t_id int REFERENCES t); COMMENT ON TABLE t IS 'uu';"},
      {"identity and generation",
       "CREATE TABLE t (a int NOT NULL, b int GENERATED ALWAYS AS IDENTITY, c int GENERATED ALWAYS AS (a + 1) STORED);",
       "CREATE TABLE t (a int GENERATED BY DEFAULT AS IDENTITY, b int NOT NULL, c int);"},
  };
  for (const auto &c : cases) {
    for (bool back : {false, true}) {
      INFO("case: ", std::string(c.name) + (back ? " (back)" : ""));
      Planned p = back ? tryPlan(c.to, c.from) : tryPlan(c.from, c.to);
      INFO("plan:\n", listing(p.plan));
      CHECK_MESSAGE(p.error.empty(), p.error);
      CHECK_FALSE(p.plan.empty());
      for (const auto &s : p.plan.steps) {
        INFO("step: ", s.summary);
        CHECK_FALSE(s.statements.empty());
        CHECK_FALSE(s.reverse.empty());
      }
    }
  }
}

TEST_CASE("equal inputs give identical plans") {
  const char *from =
      "CREATE TABLE a (id int PRIMARY KEY, x int); CREATE TABLE b (id int PRIMARY KEY); CREATE INDEX a_x ON a (x);"
      " CREATE SEQUENCE s1; CREATE SEQUENCE s2;";
  const char *to_one =
      "CREATE TABLE a (id int PRIMARY KEY, x bigint, y int NOT NULL, CHECK (y > 0)); CREATE TABLE b (id int PRIMARY KEY, w text UNIQUE);"
      " CREATE SCHEMA z; CREATE TABLE z.c (id int PRIMARY KEY, a_id int REFERENCES a, b_id int REFERENCES b);"
      " CREATE INDEX a_y ON a (y); CREATE SEQUENCE s2 INCREMENT 3;";
  const char *to_two =
      "CREATE SEQUENCE s2 INCREMENT 3; CREATE TABLE b (id int PRIMARY KEY, w text UNIQUE);"
      " CREATE TABLE a (id int PRIMARY KEY, x bigint, y int NOT NULL, CHECK (y > 0)); CREATE INDEX a_y ON a (y);"
      " CREATE SCHEMA z; CREATE TABLE z.c (id int PRIMARY KEY, a_id int REFERENCES a, b_id int REFERENCES b);";
  auto render = [](const planner::Plan &p) {
    std::string out;
    for (const auto &s : p.steps) {
      out += "## " + s.summary + " [" + std::string(planner::phaseName(s.phase)) + "] " +
             (s.transactional ? "tx" : "no-tx") + "\n" + join(s.statements) + "-- reverse\n" + join(s.reverse);
      for (const auto &h : s.hazards) out += "-- hazard: " + h + "\n";
    }
    for (const auto &n : p.notes) out += "-- note: " + n + "\n";
    return out;
  };
  std::string first = render(plan(from, to_one));
  CHECK_FALSE(first.empty());
  CHECK(render(plan(from, to_one)) == first);
  CHECK(render(plan(from, to_two)) == first);
}

// Regression test (once a bug): adding a column with a volatile default to a table in use notes the rewrite.
TEST_CASE("adding a column with a volatile default to a table in use notes the rewrite") {
  struct Case {
    const char *name;
    const char *to;
  };
  const std::vector<Case> cases = {
      {"serial", "CREATE TABLE t (a int, b serial);"},
      {"random()", "CREATE TABLE t (a int, b float8 DEFAULT random());"},
      {"clock_timestamp()", "CREATE TABLE t (a int, b timestamptz DEFAULT clock_timestamp());"},
  };
  for (const auto &c : cases) {
    INFO("case: ", std::string(c.name));
    planner::Plan p = plan("CREATE TABLE t (a int);", c.to);
    INFO(listing(p));
    const Step *s = findStep(p, "add column public.t.b");
    REQUIRE(s);
    bool rewrite = std::any_of(s->hazards.begin(), s->hazards.end(),
                               [](const std::string &h) { return h.find("rewrite") != std::string::npos; });
    CHECK(rewrite);
  }
}

TEST_CASE("adding a column with a constant or stable default to a table in use notes no hazard") {
  for (const char *to : {"CREATE TABLE t (a int, b timestamptz DEFAULT now());", "CREATE TABLE t (a int, b int DEFAULT 7);",
                         "CREATE TABLE t (a int, b text);"}) {
    INFO(std::string(to));
    planner::Plan p = plan("CREATE TABLE t (a int);", to);
    const Step *s = findStep(p, "add column public.t.b");
    REQUIRE(s);
    CHECK(s->hazards.empty());
    CHECK(s->phase == Phase::expand);
  }
}

// PostgreSQL skips the rewrite of ALTER COLUMN TYPE only when the conversion reduces to
// a relabelling (ATColumnChangeRequiresRewrite): the length-coercion support functions
// (varchar_support, numeric_support, timestamp_support) drop the coercion only when the
// new limit is not tighter. A narrowing change therefore rewrites the table.
TEST_CASE("a narrowing type change notes that it rewrites the table") {
  struct Case {
    const char *from;
    const char *to;
    std::string summary;
  };
  const std::vector<Case> cases = {
      {"varchar(20)", "varchar(10)", "change type of public.t.c to character varying(10)"},
      {"text", "varchar(5)", "change type of public.t.c to character varying(5)"},
      {"numeric(8,3)", "numeric(8,2)", "change type of public.t.c to numeric(8,2)"},
      {"timestamp(3)", "timestamp(0)", "change type of public.t.c to timestamp(0) without time zone"},
  };
  for (const auto &c : cases) {
    INFO(std::string(c.from), " -> ", std::string(c.to));
    planner::Plan p = plan(std::string("CREATE TABLE t (c ") + c.from + ");", std::string("CREATE TABLE t (c ") + c.to + ");");
    INFO(listing(p));
    const Step *s = findStep(p, c.summary);
    REQUIRE(s);
    CHECK(s->phase == Phase::contract);
    bool rewrite = std::any_of(s->hazards.begin(), s->hazards.end(),
                               [](const std::string &h) { return h.find("rewrites") != std::string::npos; });
    CHECK(rewrite);
  }
}

// char(n) (bpchar) has no length-coercion support function: PostgreSQL rewrites the
// table for any change of n (values are re-padded).
TEST_CASE("classifyTypeChange: a char(n) length change rewrites") {
  const auto &catalog = builtins::Catalog::builtin();
  auto typeOf = [](const std::string &type) { return model("CREATE TABLE t (c " + type + ");").tables.at(0).columns.at(0).type; };
  for (auto [from, to] : {std::pair{"char(5)", "char(10)"}, std::pair{"char(10)", "char(5)"}}) {
    INFO(std::string(from), " -> ", std::string(to));
    CHECK(planner::classifyTypeChange(typeOf(from), typeOf(to), catalog) == planner::TypeChange::rewrite);
  }
}

TEST_CASE("classifyTypeChange: widening or rewrite, as PostgreSQL decides") {
  const auto &catalog = builtins::Catalog::builtin();
  // Column types as the front end reads them.
  auto typeOf = [](const std::string &type) {
    SchemaModel m = model("CREATE TABLE t (c " + type + ");");
    REQUIRE(m.tables.size() == 1);
    return m.tables[0].columns.at(0).type;
  };
  struct Case {
    const char *from;
    const char *to;
    planner::TypeChange expected;
  };
  using planner::TypeChange;
  const std::vector<Case> cases = {
      {"varchar(10)", "varchar(20)", TypeChange::widening},
      {"varchar(20)", "varchar(10)", TypeChange::rewrite},
      {"varchar(10)", "varchar(10)", TypeChange::widening},
      {"varchar(10)", "varchar", TypeChange::widening},
      {"varchar", "varchar(10)", TypeChange::rewrite},
      {"varchar", "text", TypeChange::widening},
      {"varchar(10)", "text", TypeChange::widening},
      {"text", "varchar", TypeChange::widening},
      {"text", "varchar(5)", TypeChange::rewrite},
      {"int4", "int8", TypeChange::rewrite},
      {"int8", "int4", TypeChange::rewrite},
      {"text", "int4", TypeChange::rewrite},
      {"numeric(8,2)", "numeric(10,2)", TypeChange::widening},
      {"numeric(8,2)", "numeric(6,2)", TypeChange::rewrite},
      {"numeric(8,2)", "numeric(10,3)", TypeChange::rewrite},
      {"numeric(8,2)", "numeric", TypeChange::widening},
      {"numeric", "numeric(10,2)", TypeChange::rewrite},
      {"timestamp(0)", "timestamp(3)", TypeChange::widening},
      {"timestamp(3)", "timestamp(0)", TypeChange::rewrite},
      {"timestamp(3)", "timestamp", TypeChange::widening},
      {"timestamptz(0)", "timestamptz(6)", TypeChange::widening},
      {"time(1)", "time(2)", TypeChange::widening},
      {"timestamp", "timestamptz", TypeChange::rewrite},
      {"varbit(4)", "varbit(8)", TypeChange::widening},
      {"int4", "int4[]", TypeChange::rewrite},
      {"varchar(10)[]", "varchar(20)[]", TypeChange::widening},
      {"cidr", "inet", TypeChange::widening},
  };
  auto name = [](TypeChange t) {
    switch (t) {
      case TypeChange::widening: return "widening";
      case TypeChange::rewrite: return "rewrite";
    }
    return "?";
  };
  for (const auto &c : cases) {
    INFO(std::string(c.from), " -> ", std::string(c.to));
    TypeName from = typeOf(c.from), to = typeOf(c.to);
    CHECK(std::string(name(planner::classifyTypeChange(from, to, catalog))) == name(c.expected));
  }
}
