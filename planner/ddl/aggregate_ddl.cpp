// CREATE AGGREGATE with every option that differs from PostgreSQL's default written out,
// in pg_dump's order.
#include <fmt/format.h>

#include "planner/ddl/routine_ddl.h"

namespace pgshift::planner::ddl {
namespace {

std::string argument(const FunctionArg &a) {
  std::string out = a.mode == 'v' ? "VARIADIC " : "";
  if (!a.name.empty()) out += a.name.sql() + " ";
  return out + a.type.sql();
}

// ( * ), ( args ), ( [args] ORDER BY args ); VARIADIC x ORDER BY VARIADIC x when the one
// argument is all direct.
std::string arguments(const Function &f, const Aggregate &a) {
  if (f.args.empty()) return "(*)";
  const size_t direct = a.orderedSet() ? static_cast<size_t>(a.direct_args) : f.args.size();
  std::string out = "(";
  for (size_t i = 0; i < f.args.size(); ++i) {
    if (a.orderedSet() && i == direct) out += i == 0 ? "ORDER BY " : " ORDER BY ";
    else if (i > 0) out += ", ";
    out += argument(f.args[i]);
  }
  if (a.orderedSet() && direct == f.args.size()) out += " ORDER BY " + argument(f.args.back());
  return out + ")";
}

const char *modify(char code) { return code == 's' ? "SHAREABLE" : code == 'w' ? "READ_WRITE" : "READ_ONLY"; }

}  // namespace

std::string createAggregate(const Function &f, bool or_replace) {
  const Aggregate &a = *f.aggregate;
  std::vector<std::string> options;
  auto add = [&](const char *name, const std::optional<QualifiedName> &function) {
    if (function) options.push_back(fmt::format("{} = {}", name, function->sql()));
  };
  options.push_back("SFUNC = " + a.transition.sql());
  options.push_back("STYPE = " + a.state_type.sql());
  if (a.state_space) options.push_back(fmt::format("SSPACE = {}", a.state_space));
  if (a.initial_value) options.push_back("INITCOND = " + quoteLiteral(*a.initial_value));
  add("FINALFUNC", a.final_function);
  if (a.final_extra) options.push_back("FINALFUNC_EXTRA");
  const char default_modify = a.orderedSet() ? 'w' : 'r';
  if (a.final_modify != default_modify) options.push_back(std::string("FINALFUNC_MODIFY = ") + modify(a.final_modify));
  add("COMBINEFUNC", a.combine);
  add("SERIALFUNC", a.serial);
  add("DESERIALFUNC", a.deserial);
  add("MSFUNC", a.moving_transition);
  add("MINVFUNC", a.moving_inverse);
  if (a.moving_state_type) options.push_back("MSTYPE = " + a.moving_state_type->sql());
  if (a.moving_state_space) options.push_back(fmt::format("MSSPACE = {}", a.moving_state_space));
  if (a.moving_initial_value) options.push_back("MINITCOND = " + quoteLiteral(*a.moving_initial_value));
  add("MFINALFUNC", a.moving_final);
  if (a.moving_final_extra) options.push_back("MFINALFUNC_EXTRA");
  if (a.moving_final_modify != default_modify)
    options.push_back(std::string("MFINALFUNC_MODIFY = ") + modify(a.moving_final_modify));
  if (a.sort_operator)
    options.push_back("SORTOP = OPERATOR(" + a.sort_operator->schema.sql() + "." + a.sort_operator->name.str() + ")");
  if (a.kind == 'h') options.push_back("HYPOTHETICAL");
  if (f.parallel == 's') options.push_back("PARALLEL = SAFE");
  else if (f.parallel == 'r') options.push_back("PARALLEL = RESTRICTED");
  std::string out = (or_replace ? "CREATE OR REPLACE AGGREGATE " : "CREATE AGGREGATE ") + f.name.sql() + arguments(f, a) + " (";
  for (size_t i = 0; i < options.size(); ++i) out += (i ? ",\n    " : "\n    ") + options[i];
  return out + "\n)";
}

}  // namespace pgshift::planner::ddl
