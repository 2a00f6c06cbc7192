// CREATE TYPE / ALTER TYPE / CREATE DOMAIN / ALTER DOMAIN, executed as PostgreSQL would
// (typecmds.c): names, generated constraint names and the errors it raises.
#include <algorithm>

#include <fmt/format.h>

#include "compiler/builtins/builtin_catalog.h"
#include "compiler/expr/type_resolution.h"
#include "compiler/frontend/naming.h"
#include "compiler/frontend/schema_builder.h"

namespace pgshift {

using namespace ast;

namespace {
bool isDefaultCollation(const std::optional<QualifiedName> &c) {
  return c && c->schema.str() == "pg_catalog" && c->name.str() == "default";
}
}  // namespace

// ---------------------------------------------------------------- names

bool SchemaBuilder::typeNameTaken(const QualifiedName &name) const {
  if (enums_.count(name) || domains_.count(name) || composites_.count(name) || ranges_.count(name)) return true;
  for (const auto &[range_name, range] : ranges_)
    if (range.multirange == name) return true;
  // Tables and sequences have row types of their own name.
  return tables_.count(name) || sequences_.count(name);
}

bool SchemaBuilder::userTypeExists(const QualifiedName &name) const {
  if (enums_.count(name) || domains_.count(name) || composites_.count(name) || ranges_.count(name)) return true;
  for (const auto &[range_name, range] : ranges_)
    if (range.multirange == name) return true;
  return false;
}

std::optional<QualifiedName> SchemaBuilder::findUserType(const ast::Name &name) const {
  if (name.size() == 2) {
    QualifiedName q{name[0], name[1]};
    return userTypeExists(q) ? std::optional(q) : std::nullopt;
  }
  for (const auto &schema : search_path_)
    if (userTypeExists({schema, name[0]})) return QualifiedName{schema, name[0]};
  return std::nullopt;
}

QualifiedName SchemaBuilder::newTypeName(const ast::Name &name, const SourceLocation &where) const {
  QualifiedName q = creationName(name, where);
  if (typeNameTaken(q)) fail(where, fmt::format("type \"{}\" already exists", q.name.str()));
  return q;
}

// A function named in a range type's options: qualified, or a built-in one, or in the
// first schema of the search path.
QualifiedName SchemaBuilder::functionName(const expr::TypeSyntax &syntax, const SourceLocation &where) const {
  if (syntax.names.size() == 2) return {syntax.names[0], syntax.names[1]};
  if (syntax.names.size() != 1) fail(where, "improper qualified name (too many dotted names)");
  if (!builtins::builtinFunctionsNamed(syntax.names[0].str()).empty())
    return {Identifier::exact("pg_catalog"), syntax.names[0]};
  return {creationSchema({syntax.names[0]}, where), syntax.names[0]};
}

// ---------------------------------------------------------------- enums

void SchemaBuilder::createEnum(const CreateEnum &s, const SourceLocation &where) {
  EnumType type;
  type.name = newTypeName(s.name, where);
  for (const auto &value : s.values) {
    if (value.size() > kMaxIdentifierBytes)
      fail(where, fmt::format("invalid enum label \"{}\": labels must be 63 bytes or less", value));
    if (std::find(type.values.begin(), type.values.end(), value) != type.values.end())
      fail(where, fmt::format("enum label \"{}\" used more than once", value));
    type.values.push_back(value);
  }
  enums_[type.name] = std::move(type);
}

void SchemaBuilder::alterEnum(const AlterEnum &s, const SourceLocation &where) {
  auto name = findUserType(s.name);
  if (!name) fail(where, fmt::format("type \"{}\" does not exist", joinName(s.name)));
  auto it = enums_.find(*name);
  if (it == enums_.end()) fail(where, fmt::format("{} is not an enum", name->name.str()));
  auto &values = it->second.values;
  auto find = [&](const std::string &v) { return std::find(values.begin(), values.end(), v); };
  if (s.kind == AlterEnum::Kind::rename_value) {
    auto old = find(s.value);
    if (old == values.end()) fail(where, fmt::format("\"{}\" is not an existing enum label", s.value));
    if (*s.neighbor == s.value) return;
    if (find(*s.neighbor) != values.end()) fail(where, fmt::format("enum label \"{}\" already exists", *s.neighbor));
    *old = *s.neighbor;
    return;
  }
  if (s.value.size() > kMaxIdentifierBytes)
    fail(where, fmt::format("invalid enum label \"{}\": labels must be 63 bytes or less", s.value));
  if (find(s.value) != values.end()) {
    if (s.if_not_exists) return;
    fail(where, fmt::format("enum label \"{}\" already exists", s.value));
  }
  auto at = values.end();
  if (s.neighbor) {
    at = find(*s.neighbor);
    if (at == values.end()) fail(where, fmt::format("\"{}\" is not an existing enum label", *s.neighbor));
    if (!s.before) ++at;
  }
  values.insert(at, s.value);
}

// ---------------------------------------------------------------- composite types

CompositeAttribute SchemaBuilder::compositeAttribute(const TypeAttribute &a) const {
  CompositeAttribute out;
  out.name = a.name;
  out.type = resolveType(a.type, a.where);
  out.collation = resolveCollation(a.collation, a.where);
  if (isDefaultCollation(out.collation)) out.collation.reset();
  return out;
}

void SchemaBuilder::createComposite(const CreateComposite &s, const SourceLocation &where) {
  CompositeType type;
  type.name = newTypeName(s.name, where);
  for (const auto &a : s.attributes) {
    if (type.findAttribute(a.name)) fail(a.where, fmt::format("column \"{}\" specified more than once", a.name.str()));
    type.attributes.push_back(compositeAttribute(a));
  }
  composites_[type.name] = std::move(type);
}

void SchemaBuilder::alterComposite(const AlterComposite &s, const SourceLocation &where) {
  auto name = findUserType(s.name);
  if (!name) fail(where, fmt::format("type \"{}\" does not exist", joinName(s.name)));
  auto it = composites_.find(*name);
  if (it == composites_.end()) fail(where, fmt::format("{} is not a composite type", name->name.str()));
  CompositeType &type = it->second;
  for (const auto &action : s.actions) {
    const Identifier &attribute = action.attribute.name;
    auto existing = std::find_if(type.attributes.begin(), type.attributes.end(),
                                 [&](const CompositeAttribute &a) { return a.name == attribute; });
    switch (action.kind) {
      case AlterComposite::Kind::add_attribute:
        if (existing != type.attributes.end())
          fail(action.attribute.where, fmt::format("column \"{}\" of relation \"{}\" already exists", attribute.str(), type.name.name.str()));
        type.attributes.push_back(compositeAttribute(action.attribute));
        break;
      case AlterComposite::Kind::drop_attribute:
        if (existing == type.attributes.end()) {
          if (action.if_exists) break;
          fail(action.attribute.where, fmt::format("column \"{}\" of relation \"{}\" does not exist", attribute.str(), type.name.name.str()));
        }
        type.attributes.erase(existing);
        break;
      case AlterComposite::Kind::alter_attribute_type:
        if (existing == type.attributes.end())
          fail(action.attribute.where, fmt::format("column \"{}\" of relation \"{}\" does not exist", attribute.str(), type.name.name.str()));
        *existing = compositeAttribute(action.attribute);
        break;
    }
  }
}

// ---------------------------------------------------------------- range types

void SchemaBuilder::createRange(const CreateRange &s, const SourceLocation &where) {
  RangeType type;
  type.name = newTypeName(s.name, where);
  std::optional<TypeName> subtype;
  std::optional<Name> collation;
  std::optional<Name> multirange;
  SourceLocation collation_where;
  for (const auto &o : s.options) {
    auto names = [&]() -> const std::vector<Identifier> & {
      if (!o.type) fail(o.where, fmt::format("invalid value for range option \"{}\"", o.name));
      return o.type->names;
    };
    if (o.name == "subtype") {
      if (subtype) fail(o.where, "conflicting or redundant options");
      if (!o.type) fail(o.where, "invalid value for range option \"subtype\"");
      subtype = resolveType(*o.type, o.where);
    } else if (o.name == "subtype_opclass") {
      const auto &n = names();
      type.subtype_opclass = n.size() == 2 ? QualifiedName{n[0], n[1]} : QualifiedName{Identifier::exact("pg_catalog"), n.back()};
    } else if (o.name == "collation") {
      collation = names();
      collation_where = o.where;
    } else if (o.name == "canonical") {
      type.canonical = functionName(*o.type, o.where);
    } else if (o.name == "subtype_diff") {
      if (!o.type) fail(o.where, "invalid value for range option \"subtype_diff\"");
      type.subtype_diff = functionName(*o.type, o.where);
    } else if (o.name == "multirange_type_name") {
      multirange = names();
    } else {
      fail(o.where, fmt::format("type attribute \"{}\" not recognized", o.name));
    }
  }
  if (!subtype) fail(where, "type attribute \"subtype\" is required");
  if (subtype->is_array || subtype->name != type.name) type.subtype = *subtype;
  else fail(where, "range subtype cannot be the range type itself");
  if (collation) {
    type.collation = resolveCollation(*collation, collation_where);
    if (isDefaultCollation(type.collation)) type.collation.reset();
  }
  type.multirange = multirange ? creationName(*multirange, where)
                               : QualifiedName{type.name.schema, Identifier::exact(defaultMultirangeName(type.name.name.str()))};
  if (typeNameTaken(type.multirange)) fail(where, fmt::format("type \"{}\" already exists", type.multirange.name.str()));
  ranges_[type.name] = std::move(type);
}

// ---------------------------------------------------------------- domains

void SchemaBuilder::addDomainCheck(Domain &domain, const DomainConstraint &def) {
  DomainCheck check;
  check.check = rawExpression(*def.expression, def.expression_text, def.where);
  check.validated = !def.not_valid;
  if (def.name) {
    if (domain.findCheck(*def.name))
      fail(def.where, fmt::format("constraint \"{}\" for domain \"{}\" already exists", def.name->str(), domain.name.name.str()));
    check.name = *def.name;
  } else {
    // ChooseConstraintName(domain, NULL, "check", ...): unique among the schema's constraints.
    check.name = Identifier::exact(naming::chooseName(domain.name.name.str(), "", "check", [&](const std::string &n) {
      return constraintExists(domain.name.schema, n);
    }));
  }
  constraint_names_.insert({domain.name.schema, check.name});
  domain.checks.push_back(std::move(check));
}

void SchemaBuilder::createDomain(const CreateDomain &s, const SourceLocation &where) {
  Domain domain;
  domain.name = newTypeName(s.name, where);
  domain.base = resolveType(s.type, where);
  bool saw_null = false, saw_not_null = false, saw_default = false;
  for (const auto &c : s.constraints) {
    switch (c.kind) {
      case DomainConstraint::Kind::not_null:
      case DomainConstraint::Kind::null:
        if ((c.kind == DomainConstraint::Kind::null && saw_not_null) || (c.kind == DomainConstraint::Kind::not_null && saw_null))
          fail(c.where, "conflicting NULL/NOT NULL constraints");
        (c.kind == DomainConstraint::Kind::null ? saw_null : saw_not_null) = true;
        domain.not_null = c.kind == DomainConstraint::Kind::not_null;
        break;
      case DomainConstraint::Kind::default_value:
        if (saw_default) fail(c.where, "multiple default expressions");
        saw_default = true;
        domain.default_value = rawExpression(*c.expression, c.expression_text, c.where);
        break;
      case DomainConstraint::Kind::collate:
        domain.collation = resolveCollation(c.collation, c.where);
        if (isDefaultCollation(domain.collation)) domain.collation.reset();
        break;
      case DomainConstraint::Kind::check:
        if (c.not_valid) fail(c.where, "check constraints for domains cannot be marked NOT VALID");
        break;
    }
  }
  // Checks are added after the domain exists, in the order written.
  for (const auto &c : s.constraints)
    if (c.kind == DomainConstraint::Kind::check) addDomainCheck(domain, c);
  domains_[domain.name] = std::move(domain);
}

void SchemaBuilder::alterDomain(const AlterDomain &s, const SourceLocation &where) {
  auto name = findUserType(s.name);
  if (!name) fail(where, fmt::format("type \"{}\" does not exist", joinName(s.name)));
  auto it = domains_.find(*name);
  if (it == domains_.end()) fail(where, fmt::format("{} is not a domain", name->name.str()));
  Domain &domain = it->second;
  using K = AlterDomain::Kind;
  switch (s.kind) {
    case K::set_default:
      domain.default_value = rawExpression(*s.constraint.expression, s.constraint.expression_text, s.constraint.where);
      return;
    case K::drop_default: domain.default_value.reset(); return;
    case K::set_not_null: domain.not_null = true; return;
    case K::drop_not_null: domain.not_null = false; return;
    case K::add_constraint: addDomainCheck(domain, s.constraint); return;
    case K::drop_constraint: {
      auto c = std::find_if(domain.checks.begin(), domain.checks.end(), [&](const DomainCheck &d) { return d.name == *s.target; });
      if (c == domain.checks.end()) {
        if (s.if_exists) return;
        fail(where, fmt::format("constraint \"{}\" of domain \"{}\" does not exist", s.target->str(), domain.name.name.str()));
      }
      constraint_names_.erase(constraint_names_.find({domain.name.schema, c->name}));
      domain.checks.erase(c);
      return;
    }
    case K::validate_constraint: {
      for (auto &c : domain.checks)
        if (c.name == *s.target) {
          c.validated = true;
          return;
        }
      fail(where, fmt::format("constraint \"{}\" of domain \"{}\" does not exist", s.target->str(), domain.name.name.str()));
    }
  }
}

// ---------------------------------------------------------------- comments

void SchemaBuilder::commentOnType(const ast::Comment &s, std::optional<std::string> text, const SourceLocation &where) {
  auto name = findUserType(s.name);
  if (!name) fail(where, fmt::format("type \"{}\" does not exist", joinName(s.name)));
  if (auto d = domains_.find(*name); d != domains_.end()) {
    d->second.comment = text;
    return;
  }
  if (s.target == ast::Comment::Target::domain) fail(where, fmt::format("{} is not a domain", name->name.str()));
  if (auto e = enums_.find(*name); e != enums_.end()) e->second.comment = text;
  else if (auto c = composites_.find(*name); c != composites_.end()) c->second.comment = text;
  else if (auto r = ranges_.find(*name); r != ranges_.end()) r->second.comment = text;
  else fail(where, fmt::format("unsupported: COMMENT ON the multirange type {}", name->sql()));
}

}  // namespace pgshift
