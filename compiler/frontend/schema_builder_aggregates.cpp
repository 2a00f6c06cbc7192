// CREATE AGGREGATE: the options DefineAggregate() takes, the defaults it and
// AggregateCreate() fill in, and the checks they make that do not need the support
// functions' bodies.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "compiler/builtins/catalog.h"
#include "compiler/builtins/polymorphism.h"
#include "compiler/expr/analyze.h"
#include "compiler/frontend/schema_builder.h"

namespace pgshift {

namespace {

using Option = ast::CreateAggregate::Option;

// The written words of an option's value ("safe", "read_only"), lower case.
std::string word(const Option &o) {
  if (!o.type || o.type->names.size() != 1 || o.type->is_array || !o.type->modifiers.empty()) return "";
  return o.type->names[0].str();
}

}  // namespace

// A support function as pg_proc names it. Unqualified, a built-in one of that name wins
// (pg_catalog comes first on search_path), else the model's functions along search_path;
// `inputs` picks among overloads when it can. The argument types are PostgreSQL's to
// check when the aggregate is created. A name found nowhere is taken as a built-in one
// the catalog snapshot leaves out (those taking or returning internal, like
// float8_accum's kin), which PostgreSQL checks when the aggregate is created.
QualifiedName SchemaBuilder::supportFunction(const expr::TypeSyntax &syntax, const std::vector<TypeName> &inputs,
                                             const SourceLocation &where) {
  if (syntax.is_array || !syntax.modifiers.empty() || syntax.names.empty() || syntax.names.size() > 2)
    fail(where, "a function name is expected");
  const Identifier &name = syntax.names.back();
  const bool qualified = syntax.names.size() == 2;
  if ((!qualified || syntax.names[0].str() == "pg_catalog") && !builtins::builtinFunctionsNamed(name.str()).empty())
    return {Identifier::exact("pg_catalog"), name};
  std::vector<Identifier> schemas = qualified ? std::vector<Identifier>{syntax.names[0]} : search_path_;
  for (const auto &schema : schemas) {
    const Function *match = nullptr;
    for (const auto &f : functions_) {
      if (f.name.schema != schema || f.name.name != name || f.isProcedure() || f.isAggregate()) continue;
      if (!match || f.inputTypes() == inputs) match = &f;
    }
    if (match) return match->name;
  }
  if (!qualified || syntax.names[0].str() == "pg_catalog") return {Identifier::exact("pg_catalog"), name};
  std::string types;
  for (const auto &t : inputs) types += (types.empty() ? "" : ", ") + t.sql();
  fail(where, fmt::format("function {}({}) does not exist", joinName(syntax.names), types));
}

void SchemaBuilder::createAggregate(const ast::CreateAggregate &s, const SourceLocation &where) {
  Function f;
  f.name = creationName(s.name, where);
  f.kind = 'a';
  Aggregate a;
  a.kind = s.args.ordered_set ? 'o' : 'n';
  a.direct_args = s.args.direct_args;
  for (const auto &p : s.args.params) {
    if (p.mode == 'o' || p.mode == 'b' || p.mode == 't') fail(p.where, "aggregates cannot have output arguments");
    if (p.type.setof) fail(p.where, "functions cannot accept set arguments");
    FunctionArg arg;
    arg.mode = p.mode;
    if (p.name) arg.name = *p.name;
    arg.type = routineType(p.type, p.where);
    if (arg.mode == 'v' && !arg.type.is_array && !arg.type.isBuiltin("any") && !arg.type.isBuiltin("anyarray") &&
        !arg.type.isBuiltin("anycompatiblearray"))
      fail(p.where, "VARIADIC parameter must be an array");
    f.args.push_back(std::move(arg));
  }
  const std::vector<TypeName> inputs = f.inputTypes();
  // The aggregated arguments, which the transition function takes after the state.
  const std::vector<TypeName> aggregated(inputs.begin() + (a.orderedSet() && a.direct_args < static_cast<int16_t>(inputs.size())
                                                               ? a.direct_args : 0),
                                         inputs.end());

  // The options, each at most once (later ones would win in PostgreSQL; be strict).
  std::map<std::string, const Option *> given;
  for (const auto &o : s.options) {
    std::string name = o.name == "sfunc1" ? "sfunc" : o.name == "stype1" ? "stype" : o.name == "initcond1" ? "initcond" : o.name;
    static const std::set<std::string> known = {
        "sfunc", "stype", "sspace", "finalfunc", "finalfunc_extra", "finalfunc_modify", "combinefunc", "serialfunc",
        "deserialfunc", "initcond", "msfunc", "minvfunc", "mstype", "msspace", "mfinalfunc", "mfinalfunc_extra",
        "mfinalfunc_modify", "minitcond", "sortop", "hypothetical", "parallel"};
    if (name == "basetype") fail(o.where, "basetype is redundant with aggregate input type specification");
    if (!known.count(name)) fail(o.where, fmt::format("aggregate attribute \"{}\" not recognized", o.name));
    if (given.count(name)) fail(o.where, "conflicting or redundant options");
    given[name] = &o;
  }
  auto option = [&](const char *name) -> const Option * {
    auto it = given.find(name);
    return it == given.end() ? nullptr : it->second;
  };
  auto type = [&](const char *name) -> std::optional<TypeName> {
    const Option *o = option(name);
    if (!o) return std::nullopt;
    if (!o->type) fail(o->where, fmt::format("{} requires a type name", name));
    return routineType(*o->type, o->where);
  };
  auto number = [&](const char *name) -> int32_t {
    const Option *o = option(name);
    if (!o) return 0;
    if (!o->text || o->text->find_first_not_of("+-0123456789") != std::string::npos)
      fail(o->where, fmt::format("{} requires an integer value", name));
    return static_cast<int32_t>(std::strtol(o->text->c_str(), nullptr, 10));
  };
  auto text = [&](const char *name) -> std::optional<std::string> {
    const Option *o = option(name);
    if (!o) return std::nullopt;
    if (o->text) return o->text;
    if (o->type) return word(*o);  // a bare word, as defGetString() would take it
    fail(o->where, fmt::format("{} requires a parameter", name));
  };
  auto flag = [&](const char *name) {
    const Option *o = option(name);
    if (o && (o->type || o->text || o->op)) fail(o->where, fmt::format("{} takes no value", name));
    return o != nullptr;
  };
  auto function = [&](const char *name, const std::vector<TypeName> &args) -> std::optional<QualifiedName> {
    const Option *o = option(name);
    if (!o) return std::nullopt;
    if (!o->type) fail(o->where, fmt::format("{} requires a function name", name));
    return supportFunction(*o->type, args, o->where);
  };
  auto with = [](TypeName first, std::vector<TypeName> rest) {
    rest.insert(rest.begin(), std::move(first));
    return rest;
  };

  if (!option("sfunc")) fail(where, "aggregate sfunc must be specified");
  auto stype = type("stype");
  if (!stype) fail(where, "aggregate stype must be specified");
  a.state_type = *stype;
  a.state_space = number("sspace");
  a.transition = *function("sfunc", with(a.state_type, aggregated));
  a.final_function = function("finalfunc", {a.state_type});
  a.final_extra = flag("finalfunc_extra");
  a.combine = function("combinefunc", {a.state_type, a.state_type});
  a.serial = function("serialfunc", {a.state_type});
  a.deserial = function("deserialfunc", {TypeName::builtin("bytea"), a.state_type});
  a.initial_value = text("initcond");
  if (flag("hypothetical")) {
    if (!a.orderedSet()) fail(option("hypothetical")->where, "only ordered-set aggregates can be hypothetical");
    a.kind = 'h';
  }
  auto modify = [&](const char *name) {
    const Option *o = option(name);
    if (!o) return a.orderedSet() ? 'w' : 'r';  // ordered-set final functions may write the state
    std::string v = word(*o);
    if (v == "read_only") return 'r';
    if (v == "shareable") return 's';
    if (v == "read_write") return 'w';
    fail(o->where, fmt::format("parameter \"{}\" must be READ_ONLY, SHAREABLE, or READ_WRITE", name));
  };
  a.final_modify = modify("finalfunc_modify");
  a.moving_final_modify = modify("mfinalfunc_modify");
  a.moving_state_type = type("mstype");
  if (a.moving_state_type) {
    if (!option("msfunc")) fail(where, "aggregate msfunc must be specified when mstype is specified");
    if (!option("minvfunc")) fail(where, "aggregate minvfunc must be specified when mstype is specified");
    a.moving_transition = function("msfunc", with(*a.moving_state_type, aggregated));
    a.moving_inverse = function("minvfunc", with(*a.moving_state_type, aggregated));
    a.moving_final = function("mfinalfunc", {*a.moving_state_type});
    a.moving_final_extra = flag("mfinalfunc_extra");
    a.moving_state_space = number("msspace");
    a.moving_initial_value = text("minitcond");
  } else {
    for (const char *name : {"msfunc", "minvfunc", "mfinalfunc", "mfinalfunc_extra", "msspace", "minitcond"})
      if (option(name)) fail(option(name)->where, fmt::format("aggregate {} must not be specified without mstype", name));
  }
  if (a.serial.has_value() != a.deserial.has_value())
    fail(where, "must specify both or neither of serialization and deserialization functions");
  if (a.serial && !a.state_type.isBuiltin("internal"))
    fail(where, "serialization functions may be specified only when the aggregate transition data type is internal");
  if (const Option *o = option("sortop")) {
    if (!o->op) fail(o->where, "sortop requires an operator name");
    a.sort_operator = o->op->size() == 2 ? QualifiedName{(*o->op)[0], (*o->op)[1]}
                                         : QualifiedName{Identifier::exact("pg_catalog"), o->op->back()};
  }
  if (auto p = text("parallel")) {
    if (*p == "safe") f.parallel = 's';
    else if (*p == "restricted") f.parallel = 'r';
    else if (*p == "unsafe") f.parallel = 'u';
    else fail(option("parallel")->where, "parameter \"parallel\" must be SAFE, RESTRICTED, or UNSAFE");
  }

  // The result: the final function's (its polymorphic result resolved from the
  // arguments it is called with, as lookup_agg_function() does), else the state type.
  f.return_type = a.state_type;
  if (a.final_function) {
    std::vector<TypeName> actual{a.state_type};
    if (a.final_extra) actual.insert(actual.end(), inputs.begin(), inputs.end());
    else if (a.orderedSet()) actual.insert(actual.end(), inputs.begin(), inputs.begin() + std::min<size_t>(a.direct_args, inputs.size()));
    const SourceLocation &at = option("finalfunc")->where;
    f.return_type = finalResult(*a.final_function, actual, at);
  }

  // pg_proc's constants for an aggregate (AggregateCreate()).
  f.language = "internal";
  f.body = "aggregate_dummy";
  f.volatility = 'i';
  f.cost = 1;
  f.rows = 0;
  f.aggregate = std::move(a);

  auto same = std::find_if(functions_.begin(), functions_.end(),
                           [&](const Function &g) { return g.name == f.name && g.inputTypes() == f.inputTypes(); });
  if (same != functions_.end()) {
    if (!s.or_replace)
      fail(where, fmt::format("function \"{}\" already exists with same argument types", f.name.name.str()));
    if (!same->isAggregate())
      fail(where, fmt::format("cannot change routine kind: \"{}\" is {}", f.name.name.str(),
                              same->isProcedure() ? "a procedure" : "a function"));
    if (same->aggregate->kind != f.aggregate->kind)
      fail(where, fmt::format("cannot change routine kind: \"{}\" is {}", f.name.name.str(),
                              same->aggregate->kind == 'n' ? "an ordinary aggregate function" : same->aggregate->kind == 'o' ? "an ordered-set aggregate" : "a hypothetical-set aggregate"));
    if (same->aggregate->direct_args != f.aggregate->direct_args)
      fail(where, "cannot change number of direct arguments of an aggregate function");
    if (same->return_type != f.return_type) fail(where, "cannot change return type of existing function");
    return replaceRoutine(*same, std::move(f));
  }
  addRoutine(std::move(f), where);
}

// The result type of the final function `name` called with `actual`, polymorphic
// results resolved. Built-in final functions the catalog snapshot leaves out (those taking
// internal) are refused: their result type is unknown here.
TypeName SchemaBuilder::finalResult(const QualifiedName &name, const std::vector<TypeName> &actual,
                                    const SourceLocation &where) const {
  const auto &catalog = builtins::Catalog::builtin();
  std::vector<TypeName> declared;
  std::optional<TypeName> result;
  if (name.schema.str() == "pg_catalog") {
    for (const auto *c : catalog.functionsNamed(name.name.str(), "pg_catalog")) {
      if (c->nargs != actual.size() || c->retset) continue;
      std::vector<TypeName> args;
      for (auto oid : c->args()) args.push_back(expr::typeNameOf(catalog, oid, -1));
      if (!result || args == actual) {
        declared = std::move(args);
        result = expr::typeNameOf(catalog, c->result, -1);
      }
    }
    if (!result)
      fail(where, fmt::format("unsupported: final function {} with {} argument(s): pgshift's catalog does not know it "
                              "(built-in functions taking internal are left out)", name.sql(), actual.size()));
  } else {
    for (const auto &g : functions_) {
      if (g.name != name || g.isProcedure() || g.isAggregate() || g.inputTypes().size() != actual.size()) continue;
      if (!result || g.inputTypes() == actual) {
        if (g.returns_set) fail(where, fmt::format("function {} returns a set", g.signature()));
        declared = g.inputTypes();
        result = g.return_type;
      }
    }
    if (!result) fail(where, fmt::format("function {}({} arguments) does not exist", name.sql(), actual.size()));
  }
  // enforce_generic_type_consistency() over the arguments, for a polymorphic result.
  builtins::Oid result_oid = expr::typeOid(catalog, *result);
  if (result_oid == builtins::kInvalidOid || !builtins::isPolymorphic(result_oid)) return *result;
  std::vector<builtins::Oid> actual_oids, declared_oids;
  for (const auto &t : actual) actual_oids.push_back(expr::typeOid(catalog, t));
  for (const auto &t : declared) declared_oids.push_back(expr::typeOid(catalog, t));
  if (std::count(actual_oids.begin(), actual_oids.end(), builtins::kInvalidOid) ||
      std::count(declared_oids.begin(), declared_oids.end(), builtins::kInvalidOid))
    return *result;  // a user type among them: left as declared
  std::string error;
  builtins::Oid resolved = catalog.enforceGenericTypeConsistency(actual_oids, declared_oids, result_oid, error);
  if (resolved == builtins::kInvalidOid) fail(where, error);
  return expr::typeNameOf(catalog, resolved, -1);
}

}  // namespace pgshift
