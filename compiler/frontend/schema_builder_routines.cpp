// CREATE FUNCTION / PROCEDURE, CREATE TRIGGER and their comments, with the attribute
// defaults and result types PostgreSQL's CreateFunction() and CreateTrigger() give.
#include <fmt/format.h>

#include <algorithm>

#include "compiler/builtins/catalog.h"
#include "compiler/expr/type_resolution.h"
#include "compiler/frontend/schema_builder.h"

namespace pgshift {

namespace {

std::string typeList(const std::vector<TypeName> &types) {
  std::string out;
  for (const auto &t : types) out += (out.empty() ? "" : ", ") + t.sql();
  return out;
}

}  // namespace

// A parameter or result type: any type, pseudo-types included, without its modifiers
// (PostgreSQL keeps none for function types).
TypeName SchemaBuilder::routineType(const expr::TypeSyntax &syntax, const SourceLocation &where) const {
  std::string error;
  // Unqualified user types resolve through search_path, as for columns; a table's or
  // view's row type is a type too.
  auto type = pgshift::resolveType(
      syntax, search_path_,
      [this](const QualifiedName &q) {
        return userTypeExists(q) || extensionMayProvideType(q) || tables_.count(q) != 0 || views_.count(q) != 0;
      },
      error);
  if (!type) fail(where, error);
  type->typmod = -1;
  return *type;
}

Function *SchemaBuilder::findFunction(const ast::Name &name, const std::optional<std::vector<TypeName>> &inputs,
                                      const SourceLocation &where) {
  std::vector<Identifier> schemas;
  if (name.size() == 2) schemas = {name[0]};
  else schemas = search_path_;
  for (const auto &schema : schemas) {
    std::vector<Function *> found;
    for (auto &f : functions_)
      if (f.name.schema == schema && f.name.name == name.back() && (!inputs || f.inputTypes() == *inputs)) found.push_back(&f);
    if (found.size() > 1) fail(where, fmt::format("function name \"{}\" is not unique", joinName(name)));
    if (found.size() == 1) return found[0];
  }
  return nullptr;
}

void SchemaBuilder::createFunction(const ast::CreateFunction &s, const SourceLocation &where) {
  const char *what = s.procedure ? "procedure" : "function";
  Function f;
  f.name = creationName(s.name, where);
  f.kind = s.procedure ? 'p' : 'f';

  // Parameters (interpret_function_parameter_list).
  bool seen_default = false, seen_variadic = false;
  std::vector<TypeName> outputs;
  for (const auto &p : s.params) {
    FunctionArg arg;
    arg.mode = p.mode;
    if (p.name) arg.name = *p.name;
    if (p.type.setof) fail(p.where, "functions cannot accept set arguments");
    arg.type = routineType(p.type, p.where);
    if (seen_variadic && arg.mode != 'o' && arg.mode != 't') fail(p.where, "VARIADIC parameter must be the last input parameter");
    if (arg.mode == 'v') {
      seen_variadic = true;
      bool any = arg.type.isBuiltin("any");
      if (!arg.type.is_array && !any && !arg.type.isBuiltin("anyarray") && !arg.type.isBuiltin("anycompatiblearray"))
        fail(p.where, "VARIADIC parameter must be an array");
    }
    if (p.default_value) {
      if (!arg.isInput()) fail(p.where, "only input parameters can have default values");
      arg.default_value = rawExpression(*p.default_value, p.default_text, p.where);
      seen_default = true;
    } else if (seen_default && arg.isInput()) {
      fail(p.where, "input parameters after one with a default value must also have defaults");
    }
    if (s.procedure && arg.mode == 'o' && seen_variadic) fail(p.where, "VARIADIC parameter must be the last parameter");
    if (arg.isOutput()) outputs.push_back(arg.type);
    if (!arg.name.empty())
      for (const auto &other : f.args)
        if (other.name == arg.name && (other.isInput() == arg.isInput() || (arg.mode != 'o' && arg.mode != 't') ||
                                       (other.mode != 'o' && other.mode != 't')))
          fail(p.where, fmt::format("parameter name \"{}\" used more than once", arg.name.str()));
    f.args.push_back(std::move(arg));
  }

  // The result type: OUT parameters decide it when there are any.
  if (s.procedure) {
    if (s.returns) fail(s.returns_where, "procedures cannot have a RETURNS clause");  // the grammar allows it
    f.return_type = TypeName::builtin(outputs.empty() ? "void" : "record");
  } else {
    bool table = std::any_of(f.args.begin(), f.args.end(), [](const FunctionArg &a) { return a.mode == 't'; });
    std::optional<TypeName> required;
    if (outputs.size() == 1) required = outputs[0];
    else if (outputs.size() > 1) required = TypeName::builtin("record");
    if (s.returns) {
      TypeName written = routineType(*s.returns, s.returns_where);
      if (required && written != *required)
        fail(s.returns_where, fmt::format("function result type must be {} because of OUT parameters", required->sql()));
      f.return_type = written;
      f.returns_set = s.returns->setof;
    } else if (required) {
      f.return_type = *required;
      f.returns_set = table;
    } else {
      fail(where, "function result type must be specified");
    }
  }

  // Attributes.
  if (!s.body) fail(where, "no function body specified");
  if (!s.language) fail(where, "no language specified");
  f.body = *s.body;
  f.language = *s.language;
  if (s.procedure && (s.volatility || s.strict || s.leakproof || s.parallel || s.cost || s.rows))
    fail(where, "invalid attribute in procedure definition");
  f.volatility = s.volatility.value_or('v');
  f.strict = s.strict.value_or(false);
  f.security_definer = s.security_definer.value_or(false);
  f.leakproof = s.leakproof.value_or(false);
  f.parallel = s.parallel.value_or('u');
  f.cost = static_cast<float>(s.cost.value_or(f.language == "c" || f.language == "internal" ? 1 : 100));
  if (s.rows && !f.returns_set) fail(where, "ROWS is not applicable when function does not return a set");
  f.rows = f.returns_set ? static_cast<float>(s.rows.value_or(1000)) : 0;
  for (const auto &[name, value] : s.config) {
    if (name.empty()) {
      f.config.clear();  // RESET ALL
      continue;
    }
    auto it = std::find_if(f.config.begin(), f.config.end(),
                           [&, &n = name](const std::string &e) { return e.rfind(n + "=", 0) == 0; });
    if (!value) {
      if (it != f.config.end()) f.config.erase(it);
    } else if (it != f.config.end()) {
      *it = name + "=" + *value;
    } else {
      f.config.push_back(name + "=" + *value);
    }
  }

  // An existing function of the same identity.
  auto same = std::find_if(functions_.begin(), functions_.end(),
                           [&](const Function &g) { return g.name == f.name && g.inputTypes() == f.inputTypes(); });
  if (same != functions_.end()) {
    if (!s.or_replace)
      fail(where, fmt::format("{} \"{}\" already exists with same argument types", what, f.name.name.str()));
    if (same->kind != f.kind)
      fail(where, fmt::format("cannot change routine kind: \"{}\" is a {}", f.name.name.str(), same->isProcedure() ? "procedure" : "function"));
    if (same->return_type != f.return_type || same->returns_set != f.returns_set)
      fail(where, "cannot change return type of existing function");
    return replaceRoutine(*same, std::move(f));
  }
  addRoutine(std::move(f), where);
}

// CREATE OR REPLACE of an existing routine (function, procedure or aggregate): the new
// definition, with the comment, owner and privileges the old one had.
void SchemaBuilder::replaceRoutine(Function &existing, Function f) {
  f.comment = existing.comment;
  f.owner = existing.owner;
  f.acl = existing.acl;
  existing = std::move(f);
}

void SchemaBuilder::addRoutine(Function f, const SourceLocation &where) {
  if (!schemas_.count(f.name.schema)) fail(where, fmt::format("schema \"{}\" does not exist", f.name.schema.str()));
  functions_.push_back(std::move(f));
}

void SchemaBuilder::createTrigger(const ast::CreateTrigger &s, const SourceLocation &where) {
  // On a table, or on a view (INSTEAD OF row triggers, statement triggers).
  const View *view = findView(s.table);
  if (view && view->materialized)
    fail(where, fmt::format("\"{}\" is a materialized view: materialized views cannot have triggers", view->name.name.str()));
  const Table *table = view ? nullptr : &tableOrFail(s.table, where);
  const QualifiedName &relation = view ? view->name : table->name;
  Trigger t;
  t.table = relation;
  t.name = s.name;
  t.type = s.type;
  t.constraint = s.constraint;
  t.deferrable = s.deferrable;
  t.initially_deferred = s.initially_deferred;
  t.old_table = s.old_table;
  t.new_table = s.new_table;
  t.args = s.args;
  const bool row = (t.type & trigger_type::row) != 0;
  if (view) checkViewTrigger(s, *view, where);
  else if (t.type & trigger_type::instead)
    fail(where, fmt::format("\"{}\" is a table: tables cannot have INSTEAD OF triggers", relation.name.str()));
  if (row && (t.type & trigger_type::truncate)) fail(where, "TRUNCATE FOR EACH ROW triggers are not supported");
  if (s.constraint && (!row || (t.type & trigger_type::before)))
    fail(where, "constraint triggers must be AFTER ... FOR EACH ROW");
  if ((s.old_table || s.new_table) && (t.type & trigger_type::before))
    fail(where, "transition tables cannot be specified for BEFORE triggers");
  for (const auto &c : s.columns) {
    if (view ? !view->findColumn(c) : !table->findColumn(c))
      fail(where, fmt::format("column \"{}\" of relation \"{}\" does not exist", c.str(), relation.name.str()));
    if (std::count(s.columns.begin(), s.columns.end(), c) > 1)
      fail(where, fmt::format("column \"{}\" specified more than once", c.str()));
  }
  t.columns = s.columns;
  if ((s.old_table || s.new_table) && __builtin_popcount(t.type & (trigger_type::insert | trigger_type::update |
                                                                      trigger_type::delete_ | trigger_type::truncate)) > 1)
    fail(where, "transition tables cannot be specified for triggers with more than one event");
  if ((s.old_table || s.new_table) && !s.columns.empty())
    fail(where, "transition tables cannot be specified for triggers with column lists");
  if (s.when) t.when = rawExpression(*s.when, s.when_text, s.when_where);  // normalized against the table later

  // The function: no arguments, returning trigger.
  if (Function *f = findFunction(s.function, std::vector<TypeName>{}, where)) {
    if (!f->return_type.isBuiltin("trigger") || f->returns_set)
      fail(where, fmt::format("function {} must return type trigger", f->signature()));
    t.function = f->name;
  } else {
    bool builtin = false;
    if (s.function.size() == 1 || s.function[0].str() == "pg_catalog")
      for (const auto *b : builtins::Catalog::builtin().functionsNamed(s.function.back().str(), "pg_catalog"))
        if (b->nargs == 0 && b->result == 2279) builtin = true;  // TRIGGEROID
    if (!builtin) fail(where, fmt::format("function {}() does not exist", joinName(s.function)));
    t.function = {Identifier::exact("pg_catalog"), s.function.back()};
  }

  auto same = std::find_if(triggers_.begin(), triggers_.end(),
                           [&](const Trigger &o) { return o.table == t.table && o.name == t.name; });
  if (same != triggers_.end()) {
    if (!s.or_replace || same->constraint || t.constraint)
      fail(where, fmt::format("trigger \"{}\" for relation \"{}\" already exists", t.name.str(), relation.name.str()));
    t.comment = same->comment;
    *same = std::move(t);
    return;
  }
  triggers_.push_back(std::move(t));
}

// What PostgreSQL allows on a view (CreateTrigger in trigger.c): INSTEAD OF row triggers,
// and BEFORE/AFTER statement triggers.
void SchemaBuilder::checkViewTrigger(const ast::CreateTrigger &s, const View &view, const SourceLocation &where) {
  const std::string is_view = fmt::format("\"{}\" is a view: ", view.name.name.str());
  const bool row = (s.type & trigger_type::row) != 0, instead = (s.type & trigger_type::instead) != 0;
  if (row && !instead) fail(where, is_view + "views cannot have row-level BEFORE or AFTER triggers");
  if (s.type & trigger_type::truncate) fail(where, is_view + "views cannot have TRUNCATE triggers");
  if (s.old_table || s.new_table) fail(where, is_view + "triggers on views cannot have transition tables");
  if (instead && !row) fail(where, "INSTEAD OF triggers must be FOR EACH ROW");
  if (instead && s.when) fail(where, "INSTEAD OF triggers cannot have WHEN conditions");
  if (instead && !s.columns.empty()) fail(where, "INSTEAD OF triggers cannot have column lists");
  if (s.when) fail(where, is_view + "a WHEN condition on a trigger on a view is not supported");
}

Function &SchemaBuilder::routineOrFail(const ast::Name &name, const std::optional<std::vector<ast::FunctionParam>> &params,
                                       char kind, const SourceLocation &where) {
  const char *what = kind == 'p' ? "procedure" : kind == 'f' ? "function" : kind == 'a' ? "aggregate" : "routine";
  std::optional<std::vector<TypeName>> inputs;
  if (params) {
    inputs.emplace();
    for (const auto &p : *params)
      if (p.mode != 'o' && p.mode != 't') inputs->push_back(routineType(p.type, p.where));
  }
  Function *f = findFunction(name, inputs, where);
  if (!f) fail(where, fmt::format("{} {}({}) does not exist", what, joinName(name), inputs ? typeList(*inputs) : ""));
  if (kind == 'p' && !f->isProcedure()) fail(where, fmt::format("{} is not a procedure", f->signature()));
  if (kind == 'f' && f->isProcedure()) fail(where, fmt::format("{} is a procedure", f->signature()));
  if (kind == 'a' && !f->isAggregate()) fail(where, fmt::format("function {} is not an aggregate", f->signature()));
  return *f;
}

void SchemaBuilder::commentOnRoutine(const ast::CommentOnRoutine &s, const SourceLocation &where) {
  std::optional<std::string> text = s.text && !s.text->empty() ? s.text : std::nullopt;
  if (s.trigger) {
    const View *view = findView(s.name);
    const QualifiedName relation = view ? view->name : tableOrFail(s.name, where).name;
    for (auto &t : triggers_) {
      if (t.table == relation && t.name == s.trigger_name) {
        t.comment = text;
        return;
      }
    }
    fail(where, fmt::format("trigger \"{}\" for table \"{}\" does not exist", s.trigger_name.str(), relation.name.str()));
  }
  std::optional<std::vector<TypeName>> inputs;
  if (s.params) {
    inputs.emplace();
    for (const auto &p : *s.params)
      if (p.mode != 'o' && p.mode != 't') inputs->push_back(routineType(p.type, p.where));
  }
  Function *f = findFunction(s.name, inputs, where);
  if (!f) fail(where, fmt::format("{} {}({}) does not exist", s.procedure ? "procedure" : s.aggregate ? "aggregate" : "function",
                                  joinName(s.name), inputs ? typeList(*inputs) : ""));
  if (s.procedure && !f->isProcedure()) fail(where, fmt::format("{} is not a procedure", f->signature()));
  if (s.aggregate && !f->isAggregate()) fail(where, fmt::format("function {} is not an aggregate", f->signature()));
  f->comment = text;
}

}  // namespace pgshift
