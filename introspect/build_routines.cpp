// Function and trigger rows -> model.
#include "introspect/builders.h"

namespace pgshift::introspect {
namespace {

TypeName typeName(const TypeRef &t) { return TypeName{t.name, -1, t.is_array}; }

}  // namespace

std::vector<Function> buildFunctions(const std::vector<FunctionRow> &rows) {
  std::vector<Function> out;
  for (const auto &row : rows) {
    Function f;
    f.name = row.name;
    f.kind = row.kind;
    for (const auto &a : row.args) {
      FunctionArg arg;
      arg.mode = a.mode;
      arg.name = Identifier::exact(a.name);
      arg.type = typeName(a.type);
      if (a.default_text) arg.default_value = catalogExpression(*a.default_text);
      f.args.push_back(std::move(arg));
    }
    f.return_type = typeName(row.return_type);
    f.returns_set = row.returns_set;
    f.language = row.language;
    f.volatility = row.volatility;
    f.strict = row.strict;
    f.security_definer = row.security_definer;
    f.leakproof = row.leakproof;
    f.parallel = row.parallel;
    f.cost = row.cost;
    f.rows = row.rows;
    f.config = row.config;
    f.body = row.body;
    f.comment = row.comment;
    f.owner = row.owner;
    f.acl = row.acl;
    f.aggregate = row.aggregate;
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Trigger> buildTriggers(const std::vector<TriggerRow> &rows) {
  std::vector<Trigger> out;
  for (const auto &row : rows) {
    Trigger t;
    t.table = row.table;
    t.name = row.name;
    t.type = row.type;
    t.columns = row.columns;
    t.function = row.function;
    t.args = row.args;
    if (row.when) t.when = catalogExpression(*row.when);
    t.constraint = row.constraint;
    t.deferrable = row.deferrable;
    t.initially_deferred = row.initially_deferred;
    t.old_table = row.old_table;
    t.new_table = row.new_table;
    t.comment = row.comment;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace pgshift::introspect
