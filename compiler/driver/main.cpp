// pgshift: a declarative schema-diff compiler for PostgreSQL.
#include <iostream>

#include <CLI/CLI.hpp>

#include "compiler/driver/plan_command.h"
#include "compiler/frontend/diagnostic.h"
#include "introspect/introspection_error.h"

namespace {

constexpr int kBadInput = 2;

}  // namespace

int main(int argc, char **argv) {
  CLI::App app{"pgshift: plans reviewable, phased PostgreSQL migrations from the schema you want"};
  app.set_version_flag("--version", "pgshift 0.1.0");
  app.require_subcommand(1);

  pgshift::PlanOptions plan;
  CLI::App *plan_cmd = app.add_subcommand(
      "plan", "Plan the migration from one schema to another and write it as phased up/down SQL files");
  plan_cmd->add_option("--from", plan.from, "The schema now: a .sql file, a folder of .sql files, or a postgresql:// URL")
      ->required();
  plan_cmd->add_option("--to", plan.to, "The schema wanted: a .sql file, a folder of .sql files, or a postgresql:// URL")
      ->required();
  plan_cmd->add_option("--out", plan.out, "Folder for NN_<phase>.up.sql and NN_<phase>.down.sql")->required();
  app.footer("Run \"pgshift plan --help\" for the options of a plan: --from SOURCE --to SOURCE --out DIR.");
  plan_cmd->footer(
      "Up files run in name order (psql -v ON_ERROR_STOP=1 -f FILE) and turn FROM into TO;\n"
      "down files run in reverse name order and turn it back. Exit status: 0 done, 2 bad input or failure.");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError &e) {
    int code = app.exit(e);
    return code == 0 ? 0 : kBadInput;
  }

  try {
    if (*plan_cmd) return pgshift::runPlan(plan);
  } catch (const pgshift::DiagnosticError &e) {
    for (const auto &d : e.diagnostics()) std::cerr << d.format() << "\n";
    return kBadInput;
  } catch (const pgshift::IntrospectionError &e) {
    std::cerr << "pgshift: " << e.what() << "\n";
    return kBadInput;
  } catch (const std::exception &e) {
    std::cerr << "pgshift: " << e.what() << "\n";
    return kBadInput;
  }
  return 0;
}
