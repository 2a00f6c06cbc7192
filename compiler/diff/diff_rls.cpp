#include "compiler/diff/diff_rls.h"
#include "compiler/diff/retyped_columns.h"
#include "compiler/diff/same_expression.h"

namespace pgshift::diff {

bool versionChanges(const Extension &from, const Extension &to) {
  if (!to.version || from.version == to.version) return false;
  return to.version_stated || from.version_stated;
}

namespace {

// A file that does not state an extension's version or comment leaves it as CREATE
// EXTENSION makes it: only what the target states is compared. A version is also
// compared when the source states one and the target's is known (a database at its
// default version, which a file left unstated would also get).
bool sameExtension(const Extension &from, const Extension &to) {
  if (from.schema != to.schema) return false;
  if (versionChanges(from, to)) return false;
  // A file that does not state the comment leaves it unknown (unset); a database knows it.
  bool from_known = from.comment_stated || from.comment.has_value();
  if (to.comment_stated && (!from_known || from.comment != to.comment)) return false;
  return true;
}

void extensions(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  for (const auto &e : to.extensions) {
    const Extension *old = from.findExtension(e.name);
    if (!old) out.changes.push_back(CreateExtension{e});
    else if (!sameExtension(*old, e)) out.changes.push_back(AlterExtension{*old, e});
  }
  for (const auto &e : from.extensions)
    if (!to.findExtension(e.name)) out.changes.push_back(DropExtension{e});
}

void rowSecurity(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  // Tables created or kept: from their old state (none for a new table) to the new one.
  for (const auto &t : to.tables) {
    const Table *old = from.findTable(t.name);
    bool from_enabled = old && old->row_security, from_forced = old && old->force_row_security;
    if (from_enabled != t.row_security || from_forced != t.force_row_security)
      out.changes.push_back(SetRowSecurity{t.name, from_enabled, t.row_security, from_forced, t.force_row_security});
  }
  // A dropped table is switched off first, so that the down migration switches it back
  // on once it has put the table back.
  for (const auto &t : from.tables) {
    if (to.findTable(t.name) || (!t.row_security && !t.force_row_security)) continue;
    out.changes.push_back(SetRowSecurity{t.name, t.row_security, false, t.force_row_security, false});
  }
}

bool alterable(const Policy &a, const Policy &b) {
  return a.permissive == b.permissive && a.command == b.command && a.using_expr.has_value() == b.using_expr.has_value() &&
         a.check_expr.has_value() == b.check_expr.has_value();
}

// The columns a policy's expressions read.
std::vector<Identifier> policyColumns(const Policy &p) {
  std::vector<Identifier> out;
  for (const auto *e : {&p.using_expr, &p.check_expr})
    if (*e) out.insert(out.end(), (*e)->columns.begin(), (*e)->columns.end());
  return out;
}

void policies(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  const std::set<QualifiedColumn> retyped = retypedColumns(out.changes);
  for (const auto &p : to.policies) {
    const Policy *old = from.findPolicy(p.table, p.name);
    if (!old) {
      out.changes.push_back(CreatePolicy{p});
      continue;
    }
    // Out of the way while a column it reads changes type, and back after.
    if (readsRetyped(retyped, old->table, policyColumns(*old))) {
      out.changes.push_back(DropPolicy{*old});
      out.changes.push_back(CreatePolicy{p});
      continue;
    }
    std::string what = "policy " + p.name.sql() + " on " + p.table.sql();
    bool same_using = sameExpression(old->using_expr, p.using_expr, what + " USING", out.notes);
    bool same_check = sameExpression(old->check_expr, p.check_expr, what + " WITH CHECK", out.notes);
    bool same = same_using && same_check && old->permissive == p.permissive && old->command == p.command &&
                old->roles == p.roles;
    if (same) continue;
    if (alterable(*old, p)) {
      out.changes.push_back(AlterPolicy{*old, p});
    } else {
      out.changes.push_back(DropPolicy{*old});
      out.changes.push_back(CreatePolicy{p});
    }
  }
  // Policies of dropped tables too: their down statements put them back on the table.
  for (const auto &p : from.policies)
    if (!to.findPolicy(p.table, p.name)) out.changes.push_back(DropPolicy{p});
}

}  // namespace

void diffExtensionsAndPolicies(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  extensions(from, to, out);
  rowSecurity(from, to, out);
  policies(from, to, out);
}

}  // namespace pgshift::diff
