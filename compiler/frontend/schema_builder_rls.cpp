// CREATE EXTENSION, COMMENT ON EXTENSION, row level security and policies, executed as
// PostgreSQL would.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "compiler/frontend/schema_builder.h"

namespace pgshift {

void SchemaBuilder::createExtension(const ast::CreateExtension &s, const SourceLocation &where) {
  // plpgsql is in every database from the start (and left out of the model, as public
  // is of schema changes).
  if (extensions_.count(s.name) || s.name.str() == "plpgsql") {
    if (s.if_not_exists) return;
    fail(where, fmt::format("extension \"{}\" already exists", s.name.str()));
  }
  if (s.cascade)
    fail(where, "unsupported: CREATE EXTENSION ... CASCADE (create the extensions it requires first, each with its own statement)");
  Extension e;
  e.name = s.name;
  if (s.schema) {
    if (!schemas_.count(*s.schema) && s.schema->str() != "pg_catalog") fail(where, fmt::format("schema \"{}\" does not exist", s.schema->str()));
    e.schema = *s.schema;
  } else {
    e.schema = creationSchema({s.name}, where);
  }
  e.version = s.version;
  e.version_stated = s.version.has_value();
  extensions_[e.name] = std::move(e);
}

void SchemaBuilder::commentOnExtension(const Identifier &name, const std::optional<std::string> &text,
                                       const SourceLocation &where) {
  auto it = extensions_.find(name);
  if (it == extensions_.end()) fail(where, fmt::format("extension \"{}\" does not exist", name.str()));
  it->second.comment_stated = true;
  it->second.comment = text;
}

bool SchemaBuilder::extensionSchema(const Identifier &schema) const {
  for (const auto &[name, e] : extensions_)
    if (e.schema == schema) return true;
  return false;
}

namespace {

// The types some contrib extensions of PostgreSQL 15 create (from their scripts), so
// that a name resolves to the schema of the extension that has it; an extension not
// listed may have any.
const std::map<std::string, std::set<std::string>> &knownExtensionTypes() {
  static const std::map<std::string, std::set<std::string>> types{
      {"citext", {"citext"}},
      {"hstore", {"hstore", "ghstore"}},
      {"ltree", {"ltree", "lquery", "ltxtquery", "ltree_gist"}},
      {"cube", {"cube"}},
      {"seg", {"seg"}},
      {"isn", {"ean13", "isbn13", "ismn13", "issn13", "isbn", "ismn", "issn", "upc"}},
      {"earthdistance", {"earth"}},
      {"pg_trgm", {"gtrgm"}},
      {"intarray", {"intbig_gkey", "query_int"}},
      {"lo", {"lo"}},
      {"uuid-ossp", {}},
      {"pgcrypto", {}},
      {"fuzzystrmatch", {}},
      {"unaccent", {}},
  };
  return types;
}

}  // namespace

bool SchemaBuilder::extensionMayProvideType(const QualifiedName &type) const {
  for (const auto &[name, e] : extensions_) {
    if (e.schema != type.schema) continue;
    auto known = knownExtensionTypes().find(name.str());
    if (known == knownExtensionTypes().end() || known->second.count(type.name.str())) return true;
  }
  return false;
}

void SchemaBuilder::setRowSecurity(Table &table, const ast::SetRowSecurity &a) {
  if (a.force) table.force_row_security = a.on;
  else table.row_security = a.on;
}

namespace {

// gram.y folds a role named "public" (quoted or not) into PUBLIC; a list naming PUBLIC
// stands for PUBLIC alone (PostgreSQL warns and ignores the others).
std::vector<Identifier> policyRoles(const std::vector<Identifier> &written) {
  for (const auto &r : written)
    if (r.str() == "public") return {r};
  if (written.empty()) return {Identifier::exact("public")};
  std::vector<Identifier> roles = written;
  std::sort(roles.begin(), roles.end());
  roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
  return roles;
}

}  // namespace

void SchemaBuilder::createPolicy(const ast::CreatePolicy &s, const SourceLocation &where) {
  Table &table = tableOrFail(s.table, where);
  auto key = std::make_pair(table.name, s.name);
  if (policies_.count(key))
    fail(where, fmt::format("policy \"{}\" for table \"{}\" already exists", s.name.str(), table.name.name.str()));
  if (s.check_expr && (s.command == PolicyCommand::select || s.command == PolicyCommand::delete_))
    fail(where, "WITH CHECK cannot be applied to SELECT or DELETE");
  if (s.using_expr && s.command == PolicyCommand::insert) fail(where, "only WITH CHECK expression allowed for INSERT");
  Policy p;
  p.table = table.name;
  p.name = s.name;
  p.permissive = s.permissive;
  p.command = s.command;
  p.roles = policyRoles(s.roles);
  if (s.using_expr) p.using_expr = rawExpression(s.using_expr->node, s.using_expr->text, s.using_expr->where);
  if (s.check_expr) p.check_expr = rawExpression(s.check_expr->node, s.check_expr->text, s.check_expr->where);
  policies_[key] = std::move(p);
}

void SchemaBuilder::alterPolicy(const ast::AlterPolicy &s, const SourceLocation &where) {
  Table &table = tableOrFail(s.table, where);
  auto it = policies_.find(std::make_pair(table.name, s.name));
  if (it == policies_.end())
    fail(where, fmt::format("policy \"{}\" for table \"{}\" does not exist", s.name.str(), table.name.name.str()));
  Policy &p = it->second;
  if (s.check_expr && (p.command == PolicyCommand::select || p.command == PolicyCommand::delete_))
    fail(where, "only USING expression allowed for SELECT, DELETE");
  if (s.using_expr && p.command == PolicyCommand::insert) fail(where, "only WITH CHECK expression allowed for INSERT");
  if (s.roles) p.roles = policyRoles(*s.roles);
  if (s.using_expr) p.using_expr = rawExpression(s.using_expr->node, s.using_expr->text, s.using_expr->where);
  if (s.check_expr) p.check_expr = rawExpression(s.check_expr->node, s.check_expr->text, s.check_expr->where);
}

}  // namespace pgshift
