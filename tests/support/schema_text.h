#pragma once
// Unit-test shorthand: a schema written as SQL text, read and normalized the way a file
// source is, and the plan between two of them. Header-only, for the offline tests.

#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/diff/diff.h"
#include "compiler/frontend/diagnostic.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "planner/plan.h"

namespace pgshift::testing {

// `sql` as the one file "schema.sql", read and normalized.
inline LoadedSchema read(const std::string &sql) {
  const std::vector<SourceText> scripts{SourceText{"schema.sql", sql}};
  LoadedSchema s = readSchema(scripts);
  normalizeModel(s, builtins::Catalog::builtin(), scripts);
  return s;
}

// The first diagnostic reading `sql` gives, as printed; empty when it reads.
inline std::string errorOf(const std::string &sql) {
  try {
    read(sql);
  } catch (const DiagnosticError &e) {
    if (e.diagnostics().empty()) return "";
    const std::string text = e.diagnostics().front().format();
    return text.substr(0, text.find('\n'));  // without the source line shown under it
  }
  return "";
}

// An ACL as "OWNER=SELECT, INSERT bob=SELECT*SELECT" (grant options after the *).
inline std::string aclText(const Acl &acl) {
  std::string out;
  for (const auto &i : acl)
    out += (out.empty() ? "" : " ") + (i.grantee.empty() ? std::string("OWNER") : i.grantee.str()) + "=" +
           privilegesSql(i.privileges) + (i.grant_options ? "*" + privilegesSql(i.grant_options) : std::string());
  return out;
}

inline Identifier id(const char *s) { return Identifier::exact(s); }
inline QualifiedName qn(const char *schema, const char *name) { return {id(schema), id(name)}; }

inline planner::Plan plan(const std::string &from, const std::string &to) {
  SchemaModel a = read(from).model, b = read(to).model;
  return planner::buildPlan(diff::diffModels(a, b), a, b, builtins::Catalog::builtin());
}

// Every step as "phase: summary" followed by its statements and, after "undo:", its reverse.
inline std::string listing(const planner::Plan &p) {
  std::string out;
  for (const auto &s : p.steps) {
    out += std::string(planner::phaseName(s.phase)) + ": " + s.summary + "\n";
    for (const auto &sql : s.statements) out += "  " + sql + "\n";
    for (const auto &sql : s.reverse) out += "  undo: " + sql + "\n";
  }
  return out;
}

}  // namespace pgshift::testing
