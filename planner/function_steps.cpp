// CREATE / DROP / CREATE OR REPLACE FUNCTION and PROCEDURE.
#include <cctype>
#include <set>

#include "planner/ddl/ddl.h"
#include "planner/ddl/routine_ddl.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {
namespace {

std::string describe(const Function &f) {
  if (f.isAggregate()) return "aggregate " + f.aggregateSignature();
  return (f.isProcedure() ? "procedure " : "function ") + f.signature();
}

std::vector<std::string> functionProvides(const Function &f) { return {keys::function(f.signature()), keys::functionName(f.name)}; }

// The lower-cased words of a body, for guessing what an SQL body names.
std::set<std::string> words(const std::string &body) {
  std::set<std::string> out;
  std::string word;
  bool quoted = false;
  for (char ch : body + " ") {
    unsigned char c = static_cast<unsigned char>(ch);
    if (quoted) {
      if (ch == '"') {
        quoted = false;
        out.insert(word);
        word.clear();
      } else {
        word += ch;
      }
    } else if (ch == '"') {
      quoted = true;
    } else if (std::isalnum(c) || ch == '_' || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
    } else if (!word.empty()) {
      out.insert(word);
      word.clear();
    }
  }
  return out;
}

// What must exist before the function is created. PostgreSQL checks an SQL body when
// the function is created (check_function_bodies), so an SQL function comes after the
// tables, views, columns and functions its body names (found by name: the body is not
// analyzed); a PL/pgSQL body is only parsed then.
std::vector<std::string> functionNeeds(const Function &f, const SchemaModel &model) {
  std::vector<std::string> out{keys::schema(f.name.schema)};
  // Argument and result types: a user type, or a table's row type.
  std::vector<TypeName> types{f.return_type};
  for (const auto &a : f.args) types.push_back(a.type);
  if (f.aggregate) {
    // An aggregate: its state types and the user functions it is made of.
    types.push_back(f.aggregate->state_type);
    if (f.aggregate->moving_state_type) types.push_back(*f.aggregate->moving_state_type);
    for (const auto &g : f.aggregate->functions())
      if (g.schema.str() != "pg_catalog") out.push_back(keys::functionName(g));
  }
  for (const auto &t : types) {
    if (t.name.schema.str() == "pg_catalog") continue;
    out.push_back(keys::userType(t.name));
    out.push_back(keys::relation(t.name));
  }
  for (const auto &a : f.args) {
    if (!a.default_value) continue;
    for (const auto &g : a.default_value->functions) out.push_back(keys::functionName(g));
    for (const auto &r : a.default_value->relations) out.push_back(keys::relation(r));
  }
  if (f.language != "sql") return out;
  std::set<std::string> named = words(f.body);
  for (const auto &t : model.tables) {
    if (!named.count(t.name.name.str())) continue;
    out.push_back(keys::table(t.name));
    for (const auto &c : t.columns)
      if (named.count(c.name.str())) out.push_back(keys::column(t.name, c.name));
  }
  for (const auto &v : model.views) {
    if (!named.count(v.name.name.str())) continue;
    out.push_back(keys::relation(v.name));
    for (const auto &c : v.columns)
      if (named.count(c.name.str())) out.push_back(keys::column(v.name, c.name));
  }
  for (const auto &g : model.functions)
    if (g.name != f.name && named.count(g.name.name.str())) out.push_back(keys::functionName(g.name));
  return out;
}

std::vector<std::string> recreate(const Function &f) {
  std::vector<std::string> out{ddl::createFunction(f, false)};
  if (f.comment) out.push_back(ddl::comment(ddl::functionTarget(f), f.comment));
  return out;
}

Step createStep(const Function &f, const PlanContext &context) {
  Step s;
  s.summary = "create " + describe(f);
  s.object = describe(f);
  s.effect = Step::Effect::added;
  s.statements = recreate(f);
  s.reverse = {ddl::dropFunction(f)};
  s.creates = functionProvides(f);
  s.needs_after = functionNeeds(f, context.to);
  s.priority = priority::create_function;
  return s;
}

Step dropStep(const Function &f, const PlanContext &context) {
  Step s;
  s.summary = "drop " + describe(f);
  s.object = describe(f);
  s.effect = Step::Effect::dropped;
  s.phase = Phase::contract;
  s.statements = {ddl::dropFunction(f)};
  s.reverse = recreate(f);
  s.removes = functionProvides(f);
  // Before what it uses goes, so that the down file creates it after them.
  s.needs_before = functionNeeds(f, context.from);
  s.priority = priority::drop_function;
  return s;
}

}  // namespace

void addFunctionSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out) {
  if (auto *c = std::get_if<diff::CreateFunction>(&change)) {
    out.push_back(createStep(c->function, context));
  } else if (auto *d = std::get_if<diff::DropFunction>(&change)) {
    Step s = dropStep(d->function, context);
    s.hazards = {"drops " + describe(d->function) + ": whatever still calls it fails"};
    out.push_back(std::move(s));
  } else if (auto *r = std::get_if<diff::ReplaceFunction>(&change)) {
    const Function &from = r->from, &to = r->to;
    Function from_definition = from, to_definition = to;
    from_definition.comment.reset();
    to_definition.comment.reset();
    if (r->in_place && from_definition == to_definition) {  // only the comment
      Step s;
      s.summary = "comment on " + describe(to);
      s.object = describe(to);
      s.statements = {ddl::comment(ddl::functionTarget(to), to.comment)};
      s.reverse = {ddl::comment(ddl::functionTarget(from), from.comment)};
      s.needs_after = {keys::function(to.signature())};
      s.priority = priority::comment;
      out.push_back(std::move(s));
      return;
    }
    if (r->in_place) {
      Step s;
      s.summary = "replace " + describe(to);
      s.object = describe(to);
      s.statements = {ddl::createFunction(to, true)};
      s.reverse = {ddl::createFunction(from, true)};
      if (from.comment != to.comment) {
        s.statements.push_back(ddl::comment(ddl::functionTarget(to), to.comment));
        s.reverse.push_back(ddl::comment(ddl::functionTarget(from), from.comment));
      }
      s.needs_after = functionNeeds(to, context.to);
      s.needs_after.push_back(keys::function(to.signature()));
      s.priority = priority::create_function;
      out.push_back(std::move(s));
      return;
    }
    // PostgreSQL cannot replace it in place: drop it (after what uses it lets go) and
    // create it again (before that comes back).
    Step drop = dropStep(from, context);
    drop.summary = "drop " + describe(from) + " to re-create it";
    drop.effect = Step::Effect::changed;
    drop.hazards = {describe(from) + (from.isAggregate() ? " is dropped and created again (its result type or kind changes, "
                                                           "or a function it is made of is re-created): calls fail in between"
                                                         : " is dropped and created again (its result type, output parameters, "
                                                           "parameter names or defaults change): calls fail in between")};
    out.push_back(std::move(drop));
    Step create = createStep(to, context);
    create.summary = "re-create " + describe(to);
    create.effect = Step::Effect::changed;
    create.phase = Phase::contract;
    out.push_back(std::move(create));
  }
}

}  // namespace pgshift::planner
