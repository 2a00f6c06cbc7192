#include "planner/ddl/routine_ddl.h"

#include <fmt/format.h>

namespace pgshift::planner::ddl {
namespace {

// A dollar quote whose tag the body does not contain.
std::string dollarQuoted(const std::string &body) {
  std::string tag = "$function$";
  for (int n = 1; body.find(tag) != std::string::npos; ++n) tag = fmt::format("$function{}$", n);
  // A body ending in '$' would run into the closing tag's first character.
  return tag + body + tag;
}

std::string argument(const FunctionArg &a) {
  std::string out;
  switch (a.mode) {
    case 'o': out = "OUT "; break;
    case 'b': out = "INOUT "; break;
    case 'v': out = "VARIADIC "; break;
    default: break;
  }
  if (!a.name.empty()) out += a.name.sql() + " ";
  out += a.type.sql();
  if (a.default_value) out += " DEFAULT " + a.default_value->sql;
  return out;
}

// SplitIdentifierString(): a stored list value ("public, \"$user\"") into its names.
std::vector<std::string> splitNames(const std::string &text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == ',')) ++i;
    if (i >= text.size()) break;
    std::string name;
    if (text[i] == '"') {
      for (++i; i < text.size(); ++i) {
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            name += '"';
            ++i;
            continue;
          }
          ++i;
          break;
        }
        name += text[i];
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != ' ') name += text[i++];
    }
    out.push_back(name);
  }
  return out;
}

// "SET name TO value" for one proconfig entry, as pg_dump writes it: list values one
// literal per element (PostgreSQL quotes them again as it stores them).
std::string setClause(const std::string &entry) {
  size_t eq = entry.find('=');
  std::string name = entry.substr(0, eq), value = entry.substr(eq + 1);
  if (name == "search_path" || name == "temp_tablespaces" || name.find("preload_libraries") != std::string::npos) {
    std::string list;
    for (const auto &n : splitNames(value)) list += (list.empty() ? "" : ", ") + quoteLiteral(n);
    return "SET " + name + " TO " + (list.empty() ? "''" : list);
  }
  return "SET " + name + " TO " + quoteLiteral(value);
}

}  // namespace

std::string createFunction(const Function &f, bool or_replace) {
  if (f.isAggregate()) return createAggregate(f, or_replace);
  std::string out = or_replace ? "CREATE OR REPLACE " : "CREATE ";
  out += f.isProcedure() ? "PROCEDURE " : "FUNCTION ";
  out += f.name.sql() + "(";
  std::string table;
  bool first = true;
  for (const auto &a : f.args) {
    if (a.mode == 't') {
      table += (table.empty() ? "" : ", ") + a.name.sql() + " " + a.type.sql();
      continue;
    }
    out += (first ? "" : ", ") + argument(a);
    first = false;
  }
  out += ")";
  if (!f.isProcedure()) {
    if (!table.empty()) out += "\n RETURNS TABLE(" + table + ")";
    else out += std::string("\n RETURNS ") + (f.returns_set ? "SETOF " : "") + f.return_type.sql();
  }
  out += "\n LANGUAGE " + quoteIdent(f.language);
  if (!f.isProcedure()) {
    if (f.volatility == 'i') out += " IMMUTABLE";
    else if (f.volatility == 's') out += " STABLE";
    if (f.strict) out += " STRICT";
    if (f.leakproof) out += " LEAKPROOF";
    if (f.parallel == 's') out += " PARALLEL SAFE";
    else if (f.parallel == 'r') out += " PARALLEL RESTRICTED";
    out += fmt::format(" COST {}", f.cost);
    if (f.returns_set) out += fmt::format(" ROWS {}", f.rows);
  }
  if (f.security_definer) out += " SECURITY DEFINER";
  for (const auto &c : f.config) out += "\n " + setClause(c);
  out += "\nAS " + dollarQuoted(f.body);
  return out;
}

std::string dropFunction(const Function &f) { return "DROP " + functionTarget(f); }

std::string functionTarget(const Function &f) {
  if (f.isAggregate()) return "AGGREGATE " + f.aggregateSignature();
  return (f.isProcedure() ? "PROCEDURE " : "FUNCTION ") + f.signature();
}

std::string createTrigger(const Trigger &t) {
  std::string out = t.constraint ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ";
  out += t.name.sql();
  if (t.type & trigger_type::before) out += " BEFORE";
  else if (t.type & trigger_type::instead) out += " INSTEAD OF";
  else out += " AFTER";
  std::string events;
  auto event = [&](int16_t bit, const std::string &name) {
    if (t.type & bit) events += (events.empty() ? " " : " OR ") + name;
  };
  event(trigger_type::insert, "INSERT");
  event(trigger_type::delete_, "DELETE");
  if (t.type & trigger_type::update) {
    std::string update = "UPDATE";
    for (size_t i = 0; i < t.columns.size(); ++i) update += (i ? ", " : " OF ") + t.columns[i].sql();
    event(trigger_type::update, update);
  }
  event(trigger_type::truncate, "TRUNCATE");
  out += events + " ON " + t.table.sql();
  if (t.constraint) {
    if (t.deferrable) out += " DEFERRABLE";
    if (t.initially_deferred) out += " INITIALLY DEFERRED";
  }
  if (t.old_table || t.new_table) {
    out += " REFERENCING";
    if (t.old_table) out += " OLD TABLE AS " + t.old_table->sql();
    if (t.new_table) out += " NEW TABLE AS " + t.new_table->sql();
  }
  out += (t.type & trigger_type::row) ? " FOR EACH ROW" : " FOR EACH STATEMENT";
  if (t.when) out += " WHEN (" + t.when->sql + ")";
  out += " EXECUTE FUNCTION " + t.function.sql() + "(";
  for (size_t i = 0; i < t.args.size(); ++i) out += (i ? ", " : "") + quoteLiteral(t.args[i]);
  return out + ")";
}

std::string dropTrigger(const Trigger &t) { return "DROP " + triggerTarget(t); }

std::string triggerTarget(const Trigger &t) { return "TRIGGER " + t.name.sql() + " ON " + t.table.sql(); }

}  // namespace pgshift::planner::ddl
