// The command line, run as a user runs it: the built binary with temporary files and
// folders; exit status, stdout, stderr and the files written.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#ifndef PGSHIFT_BINARY
#error "PGSHIFT_BINARY must name the pgshift executable"
#endif

namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::random_device rd;
    path = fs::temp_directory_path() / ("pgshift_cli_test_" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  fs::path write(const std::string &name, const std::string &text) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
};

std::string slurp(const fs::path &p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string shellQuote(const std::string &s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct Run {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs pgshift with `args` (each quoted for the shell), from `cwd`.
Run pgshift(const std::vector<std::string> &args, const TempDir &tmp) {
  fs::path out = tmp.path / ".stdout", err = tmp.path / ".stderr";
  std::string cmd = "cd " + shellQuote(tmp.path.string()) + " && PGCONNECT_TIMEOUT=3 " + shellQuote(PGSHIFT_BINARY);
  for (const auto &a : args) cmd += " " + shellQuote(a);
  cmd += " >" + shellQuote(out.string()) + " 2>" + shellQuote(err.string()) + " </dev/null";
  int raw = std::system(cmd.c_str());
  Run r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  fs::remove(out);
  fs::remove(err);
  return r;
}

bool contains(const std::string &text, const std::string &part) { return text.find(part) != std::string::npos; }

std::set<std::string> listDir(const fs::path &dir) {
  std::set<std::string> out;
  if (!fs::exists(dir)) return out;
  for (const auto &e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
  return out;
}

}  // namespace

TEST_CASE("plan --help exits 0 and describes --from, --to and --out") {
  TempDir tmp;
  Run r = pgshift({"plan", "--help"}, tmp);
  INFO(r.out, r.err);
  CHECK(r.status == 0);
  for (const char *option : {"--from", "--to", "--out"}) {
    INFO(std::string(option));
    CHECK(contains(r.out, option));
  }
  CHECK(contains(r.out, "postgresql://"));
}

TEST_CASE("--help exits 0 and names the plan command") {
  TempDir tmp;
  Run r = pgshift({"--help"}, tmp);
  INFO(r.out, r.err);
  CHECK(r.status == 0);
  CHECK(contains(r.out, "plan"));
  CHECK(pgshift({"--version"}, tmp).status == 0);
}

// Regression test (once a bug): --help describes --from, --to and --out.
TEST_CASE("--help describes --from, --to and --out") {
  TempDir tmp;
  Run r = pgshift({"--help"}, tmp);
  INFO(r.out, r.err);
  for (const char *option : {"--from", "--to", "--out"}) {
    INFO(std::string(option));
    CHECK(contains(r.out, option));
  }
}

TEST_CASE("bad command lines exit 2 with the reason on stderr") {
  TempDir tmp;
  tmp.write("a.sql", "CREATE TABLE t (a int);\n");
  struct Case {
    const char *name;
    std::vector<std::string> args;
    std::string stderr_part;
  };
  const std::vector<Case> cases = {
      {"no arguments", {}, "subcommand"},
      {"unknown command", {"apply"}, ""},  // says "A subcommand is required"
      {"unknown option", {"plan", "--from", "a.sql", "--to", "a.sql", "--out", "o", "--bogus"}, "--bogus"},
      {"unknown top-level option", {"--bogus"}, ""},
      {"missing --out", {"plan", "--from", "a.sql", "--to", "a.sql"}, "--out"},
      {"missing --from", {"plan", "--to", "a.sql", "--out", "o"}, "--from"},
      {"missing --to", {"plan", "--from", "a.sql", "--out", "o"}, "--to"},
      {"option without its value", {"plan", "--from", "a.sql", "--to", "a.sql", "--out"}, "--out"},
  };
  for (const auto &c : cases) {
    INFO("case: ", std::string(c.name));
    Run r = pgshift(c.args, tmp);
    INFO("stdout: ", r.out, "\nstderr: ", r.err);
    CHECK(r.status == 2);
    CHECK_FALSE(r.err.empty());
    CHECK(contains(r.err, c.stderr_part));
    CHECK_FALSE(fs::exists(tmp.path / "o"));
  }
}

TEST_CASE("identical sources: one line saying the schemas match, exit 0, no migration files") {
  TempDir tmp;
  tmp.write("a.sql", "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL);\n");
  tmp.write("b.sql", "create table T (ID integer not null, NAME text not null, constraint t_pkey primary key (id));\n");
  Run r = pgshift({"plan", "--from", "a.sql", "--to", "b.sql", "--out", "out"}, tmp);
  INFO("stdout: ", r.out, "\nstderr: ", r.err);
  CHECK(r.status == 0);
  CHECK(r.out == "The schemas match: nothing to do.\n");
  CHECK(r.err.empty());
  for (const auto &name : listDir(tmp.path / "out")) {
    INFO(name);
    CHECK_FALSE(contains(name, ".up.sql"));
    CHECK_FALSE(contains(name, ".down.sql"));
  }
}

TEST_CASE("identical sources clear the files of an earlier plan") {
  TempDir tmp;
  tmp.write("a.sql", "CREATE TABLE t (a int);\n");
  tmp.write("b.sql", "CREATE TABLE t (a int, b int);\n");
  REQUIRE(pgshift({"plan", "--from", "a.sql", "--to", "b.sql", "--out", "out"}, tmp).status == 0);
  REQUIRE(fs::exists(tmp.path / "out" / "01_expand.up.sql"));
  Run r = pgshift({"plan", "--from", "b.sql", "--to", "b.sql", "--out", "out"}, tmp);
  CHECK(r.status == 0);
  CHECK(listDir(tmp.path / "out").empty());
}

TEST_CASE("a real change writes the phase files and prints the summary") {
  TempDir tmp;
  tmp.write("a.sql", "CREATE TABLE t (id int PRIMARY KEY, old text);\nCREATE INDEX t_old_idx ON t (old);\n");
  tmp.write("b.sql", "CREATE TABLE t (id int PRIMARY KEY, fresh text NOT NULL DEFAULT '');\nCREATE INDEX t_fresh_idx ON t (fresh);\n");
  Run r = pgshift({"plan", "--from", "a.sql", "--to", "b.sql", "--out", "migration"}, tmp);
  INFO("stdout: ", r.out, "\nstderr: ", r.err);
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(contains(r.out, "01_expand: 2 added, 0 changed, 0 dropped"));
  CHECK(contains(r.out, "  add column public.t.fresh\n"));
  CHECK(contains(r.out, "  create index public.t_fresh_idx\n"));
  CHECK(contains(r.out, "03_contract: 0 added, 0 changed, 2 dropped"));
  CHECK(contains(r.out, "  drop column public.t.old\n"));
  CHECK(contains(r.out, "wrote "));
  CHECK(listDir(tmp.path / "migration") ==
        std::set<std::string>{"01_expand.up.sql", "01_expand.down.sql", "03_contract.up.sql", "03_contract.down.sql"});
  for (const auto &name : listDir(tmp.path / "migration")) CHECK(contains(r.out, name));
  std::string up = slurp(tmp.path / "migration" / "01_expand.up.sql");
  CHECK(contains(up, "ALTER TABLE public.t ADD COLUMN fresh text DEFAULT '' NOT NULL;\n"));
  CHECK(contains(up, "CREATE INDEX CONCURRENTLY t_fresh_idx ON public.t USING btree (fresh);\n"));
  CHECK(contains(up, "-- From: a.sql\n"));
  CHECK(contains(up, "-- To:   b.sql\n"));
  std::string contract = slurp(tmp.path / "migration" / "03_contract.up.sql");
  CHECK(contains(contract, "ALTER TABLE public.t DROP COLUMN old;\n"));
  CHECK(contains(contract, "DROP INDEX CONCURRENTLY public.t_old_idx;\n"));
}

TEST_CASE("schema file errors exit 2 and name the file, line and column") {
  TempDir tmp;
  tmp.write("ok.sql", "CREATE TABLE t (a int);\n");
  struct Case {
    const char *name;
    const char *file;
    const char *text;
    std::string first_line;  // of stderr
    std::string source_line;
  };
  const std::vector<Case> cases = {
      {"syntax error", "orders.sql",
       "CREATE TABLE customers (id int PRIMARY KEY);\n\nCREATE TABLE orders (\n    id int,\n    customer_id int REFERENCS customers (id)\n);\n",
       "orders.sql:5:21: syntax error at or near \"REFERENCS\"", "    customer_id int REFERENCS customers (id)"},
      {"unsupported statement", "fn.sql",
       "CREATE TABLE t (a int);\n\nCREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING;\n",
       "fn.sql:3:1: unsupported statement: CREATE RULE", "CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING;"},
  };
  for (const auto &c : cases) {
    INFO("case: ", std::string(c.name));
    tmp.write(c.file, c.text);
    for (bool as_to : {false, true}) {
      Run r = as_to ? pgshift({"plan", "--from", "ok.sql", "--to", c.file, "--out", "out"}, tmp)
                    : pgshift({"plan", "--from", c.file, "--to", "ok.sql", "--out", "out"}, tmp);
      INFO("as --to: ", as_to, "\nstdout: ", r.out, "\nstderr: ", r.err);
      CHECK(r.status == 2);
      CHECK(r.out.empty());
      CHECK_FALSE(fs::exists(tmp.path / "out"));
      std::istringstream err(r.err);
      std::string first, source, caret;
      std::getline(err, first);
      std::getline(err, source);
      std::getline(err, caret);
      CHECK(first == c.first_line);
      // The offending line, then a caret under the column.
      size_t column = std::stoul(first.substr(first.find(':', first.find(':') + 1) + 1));
      size_t shown_at = source.find(c.source_line);
      CHECK(shown_at != std::string::npos);
      CHECK(source.size() == shown_at + c.source_line.size());
      REQUIRE_FALSE(caret.empty());
      CHECK(caret.back() == '^');
      CHECK(caret.find_first_not_of(' ') == caret.size() - 1);
      CHECK(caret.size() - 1 == shown_at + column - 1);
    }
  }
}

TEST_CASE("a missing source exits 2 naming it") {
  TempDir tmp;
  tmp.write("ok.sql", "CREATE TABLE t (a int);\n");
  for (const char *missing : {"no_such_file.sql", "no_such_dir/"}) {
    INFO(std::string(missing));
    Run r = pgshift({"plan", "--from", missing, "--to", "ok.sql", "--out", "out"}, tmp);
    INFO("stdout: ", r.out, "\nstderr: ", r.err);
    CHECK(r.status == 2);
    CHECK(contains(r.err, std::string(missing).substr(0, std::string(missing).find('/'))));
    CHECK_FALSE(fs::exists(tmp.path / "out"));
  }
}

TEST_CASE("a folder source is read file by file in name order, subfolders included") {
  TempDir tmp;
  // In name order these run: schema, table, then the ALTER on it. In any other order
  // PostgreSQL (and pgshift) would refuse them.
  tmp.write("schema/01_schemas.sql", "CREATE SCHEMA app;\n");
  tmp.write("schema/02_tables/customers.sql", "CREATE TABLE app.customers (id int PRIMARY KEY);\n");
  tmp.write("schema/02_tables/orders.sql",
            "CREATE TABLE app.orders (id int PRIMARY KEY, customer_id int REFERENCES app.customers);\n");
  tmp.write("schema/03_later.sql", "ALTER TABLE app.orders ADD COLUMN note text;\nCREATE INDEX ON app.orders (customer_id);\n");
  tmp.write("schema/README.md", "not SQL, not read\n");
  // Each file is a fresh session: a search_path set in one does not leak into the next.
  tmp.write("schema/04_path.sql", "SET search_path = app;\nCREATE TABLE widgets (id int);\n");
  tmp.write("schema/05_after.sql", "CREATE TABLE widgets (id int);\n");
  tmp.write("one.sql",
            "CREATE SCHEMA app;\n"
            "CREATE TABLE app.customers (id int PRIMARY KEY);\n"
            "CREATE TABLE app.orders (id int PRIMARY KEY, customer_id int REFERENCES app.customers, note text);\n"
            "CREATE INDEX orders_customer_id_idx ON app.orders (customer_id);\n"
            "CREATE TABLE app.widgets (id int);\n"
            "CREATE TABLE public.widgets (id int);\n");
  Run r = pgshift({"plan", "--from", "schema", "--to", "one.sql", "--out", "out"}, tmp);
  INFO("stdout: ", r.out, "\nstderr: ", r.err);
  CHECK(r.status == 0);
  CHECK(r.out == "The schemas match: nothing to do.\n");

  SUBCASE("a later file's ALTER of an earlier file's table is a change") {
    tmp.write("schema/99_drop.sql", "ALTER TABLE app.orders DROP COLUMN note;\n");
    Run s = pgshift({"plan", "--from", "one.sql", "--to", "schema", "--out", "out"}, tmp);
    INFO("stdout: ", s.out, "\nstderr: ", s.err);
    CHECK(s.status == 0);
    CHECK(contains(s.out, "drop column app.orders.note"));
  }
  SUBCASE("files out of name order would fail") {
    tmp.write("schema/00_first.sql", "ALTER TABLE app.orders ADD COLUMN extra int;\n");
    Run s = pgshift({"plan", "--from", "schema", "--to", "one.sql", "--out", "out"}, tmp);
    INFO("stdout: ", s.out, "\nstderr: ", s.err);
    CHECK(s.status == 2);
    CHECK(contains(s.err, "00_first.sql:1:"));
  }
}

TEST_CASE("an unreachable database exits 2 with a message naming the database") {
  TempDir tmp;
  tmp.write("ok.sql", "CREATE TABLE t (a int);\n");
  // Port 1 on the loopback interface: refused at once.
  Run r = pgshift({"plan", "--from", "postgresql://nobody:secret@127.0.0.1:1/shopdb?connect_timeout=3", "--to", "ok.sql",
                   "--out", "out"},
                  tmp);
  INFO("stdout: ", r.out, "\nstderr: ", r.err);
  CHECK(r.status == 2);
  CHECK(contains(r.err, "shopdb"));
  CHECK_FALSE(contains(r.err, "secret"));
  CHECK_FALSE(fs::exists(tmp.path / "out"));
}
