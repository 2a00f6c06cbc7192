#include "planner/type_ddl.h"

#include <map>

#include "compiler/model/name_sql.h"
#include "planner/ddl/acl_ddl.h"
#include "planner/ddl/ddl.h"

namespace pgshift::planner::ddl {
namespace {

std::string commentOn(const char *kind, const QualifiedName &name, const std::optional<std::string> &text) {
  return comment(std::string(kind) + " " + name.sql(), text);
}

std::string valueList(const std::vector<std::string> &values) {
  std::string out;
  for (const auto &v : values) out += (out.empty() ? "" : ", ") + quoteLiteral(v);
  return out;
}

}  // namespace

std::string createEnum(const EnumType &t) { return "CREATE TYPE " + t.name.sql() + " AS ENUM (" + valueList(t.values) + ")"; }

std::vector<std::string> recreateEnum(const EnumType &t) {
  std::vector<std::string> out{createEnum(t)};
  if (t.comment) out.push_back(commentOn("TYPE", t.name, t.comment));
  return out;
}

std::string addEnumValue(const QualifiedName &type, const std::string &value, const std::string &placement) {
  return "ALTER TYPE " + type.sql() + " ADD VALUE " + quoteLiteral(value) + (placement.empty() ? "" : " " + placement);
}

std::string dropType(const QualifiedName &type) { return "DROP TYPE " + type.sql(); }

std::string domainCheck(const DomainCheck &c) { return "CONSTRAINT " + c.name.sql() + " CHECK (" + c.check.sql + ")"; }

std::vector<std::string> createDomain(const Domain &d) {
  std::string sql = "CREATE DOMAIN " + d.name.sql() + " AS " + d.base.sql();
  if (d.collation) sql += " COLLATE " + catalogNameSql(*d.collation);
  if (d.default_value) sql += " DEFAULT " + d.default_value->sql;
  if (d.not_null) sql += " NOT NULL";
  for (const auto &c : d.checks)
    if (c.validated) sql += " " + domainCheck(c);
  std::vector<std::string> out{sql};
  for (const auto &c : d.checks)
    if (!c.validated) out.push_back("ALTER DOMAIN " + d.name.sql() + " ADD " + domainCheck(c) + " NOT VALID");
  if (d.comment) out.push_back(commentOn("DOMAIN", d.name, d.comment));
  return out;
}

std::vector<std::string> createComposite(const CompositeType &t) {
  std::string attributes;
  for (const auto &a : t.attributes) {
    attributes += (attributes.empty() ? "" : ", ") + a.name.sql() + " " + a.type.sql();
    if (a.collation) attributes += " COLLATE " + catalogNameSql(*a.collation);
  }
  std::vector<std::string> out{"CREATE TYPE " + t.name.sql() + " AS (" + attributes + ")"};
  if (t.comment) out.push_back(commentOn("TYPE", t.name, t.comment));
  return out;
}

std::vector<std::string> createRange(const RangeType &t) {
  std::string sql = "CREATE TYPE " + t.name.sql() + " AS RANGE (SUBTYPE = " + t.subtype.sql();
  if (t.subtype_opclass) sql += ", SUBTYPE_OPCLASS = " + t.subtype_opclass->sql();
  if (t.collation) sql += ", COLLATION = " + t.collation->sql();
  if (t.canonical) sql += ", CANONICAL = " + t.canonical->sql();
  if (t.subtype_diff) sql += ", SUBTYPE_DIFF = " + t.subtype_diff->sql();
  sql += ", MULTIRANGE_TYPE_NAME = " + t.multirange.sql() + ")";
  std::vector<std::string> out{sql};
  if (t.comment) out.push_back(commentOn("TYPE", t.name, t.comment));
  return out;
}

std::vector<std::string> swapEnum(const EnumType &to, const diff::AlterEnum &change, bool reverse, const Acl &created) {
  const auto &columns = change.columns;
  const QualifiedName temporary{to.name.schema, Identifier::exact(clipToBytes(to.name.name.str(), kMaxIdentifierBytes - 13) + "__pgshift_new")};
  std::vector<std::string> out;
  for (const auto &i : change.indexes) out.push_back(dropIndex(i.name, false));
  for (const auto &[table, c] : change.checks) out.push_back(dropConstraint(table, c.name));
  out.push_back("CREATE TYPE " + temporary.sql() + " AS ENUM (" + valueList(to.values) + ")");
  // One ALTER TABLE per table: its columns are converted in one rewrite.
  std::map<QualifiedName, std::vector<const diff::TypeColumn *>> by_table;
  for (const auto &c : columns) by_table[c.table].push_back(&c);
  for (const auto &[table, list] : by_table) {
    std::string actions;
    for (const auto *c : list) {
      const Column &before = reverse ? c->to : c->from;
      if (before.default_value) out.push_back(alterColumn(table, before.name, "DROP DEFAULT"));
      std::string type = temporary.sql() + (before.type.is_array ? "[]" : "");
      std::string via = before.type.is_array ? "::text[]::" : "::text::";
      actions += std::string(actions.empty() ? "" : ", ") + "ALTER COLUMN " + before.name.sql() + " TYPE " + type + " USING " +
                 before.name.sql() + via + type;
    }
    out.push_back(alterTable(table, actions));
  }
  out.push_back(dropType(to.name));
  out.push_back("ALTER TYPE " + temporary.sql() + " RENAME TO " + to.name.name.sql());
  if (to.comment) out.push_back(commentOn("TYPE", to.name, to.comment));
  // The new type belongs to the role running the swap, with `created`: given the
  // owner (stated on this side, else the other's) and privileges of the one it replaces.
  const std::optional<Identifier> &owner = to.owner ? to.owner : (reverse ? change.to : change.from).owner;
  if (owner) out.push_back("ALTER TYPE " + to.name.sql() + " OWNER TO " + owner->sql());
  for (auto &s : aclChange("TYPE " + to.name.sql(), {}, owner, created, to.acl)) out.push_back(std::move(s));
  for (const auto &c : columns) {
    const Column &after = reverse ? c.from : c.to;
    if (after.default_value) out.push_back(alterColumn(c.table, after.name, "SET DEFAULT " + after.default_value->sql));
  }
  for (const auto &[table, c] : change.checks) out.push_back(addConstraint(table, c, !c.validated));
  for (const auto &i : change.indexes) out.push_back(createIndex(i, false));
  return out;
}

}  // namespace pgshift::planner::ddl
