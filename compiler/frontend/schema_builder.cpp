#include "compiler/frontend/schema_builder.h"

#include <fmt/format.h>

#include "compiler/builtins/builtin_catalog.h"
#include "compiler/frontend/naming.h"
#include "compiler/frontend/sequence_options.h"
#include "compiler/expr/type_resolution.h"

namespace pgshift {

std::string joinName(const ast::Name &name) {
  std::string out;
  for (const auto &n : name) out += (out.empty() ? "" : ".") + n.str();
  return out;
}

namespace {

// SplitIdentifierString(): a GUC list such as '"$user", public' into names; unquoted
// names are folded, quoted ones kept.
std::vector<std::string> splitIdentifierList(const std::string &text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == ',')) ++i;
    if (i >= text.size()) break;
    std::string name;
    if (text[i] == '"') {
      ++i;
      while (i < text.size()) {
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            name += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        name += text[i++];
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != ' ' && text[i] != '\t') {
        char c = text[i++];
        name += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      }
    }
    out.push_back(name);
  }
  return out;
}

bool builtinOpclassNamed(const std::string &name) {
  for (const auto &o : builtins::builtinOpclasses())
    if (o.name == name) return true;
  return false;
}

}  // namespace

SchemaBuilder::SchemaBuilder(std::optional<Identifier> session_role) : session_role_(std::move(session_role)) {
  // Every database starts with the public schema, commented as initdb leaves it.
  schemas_[Identifier::exact("public")] = Schema{Identifier::exact("public"), "standard public schema"};
  // Owned by pg_database_owner, with USAGE for PUBLIC (PostgreSQL 15).
  grant(schemas_[Identifier::exact("public")].acl, aclPublic(), privilege::usage, false);
  search_path_ = {Identifier::exact("public")};
}

void SchemaBuilder::apply(const ast::Statement &statement, std::vector<Diagnostic> &errors) {
  try {
    // Objects created under default privileges start with them; ALTER TABLE may create a
    // serial column's sequence (and renames, which create nothing).
    const bool creates = std::visit(
        [](const auto &s) {
          using T = std::decay_t<decltype(s)>;
          return std::is_same_v<T, ast::CreateSchema> || std::is_same_v<T, ast::CreateTable> ||
                 std::is_same_v<T, ast::CreateSequence> || std::is_same_v<T, ast::CreateEnum> ||
                 std::is_same_v<T, ast::CreateComposite> || std::is_same_v<T, ast::CreateRange> ||
                 std::is_same_v<T, ast::CreateDomain> || std::is_same_v<T, ast::CreateFunction> ||
                 std::is_same_v<T, ast::CreateView> || std::is_same_v<T, ast::AlterTable>;
        },
        statement.v);
    std::optional<Existing> before;
    if (creates && !default_acls_.empty()) before = existing();
    std::visit(
        [&](const auto &s) {
          using T = std::decay_t<decltype(s)>;
          if constexpr (std::is_same_v<T, ast::CreateSchema>) createSchema(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreateTable>) createTable(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreateIndex>) createIndex(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreateSequence>) createSequence(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::AlterSequence>) alterSequence(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::AlterTable>) alterTable(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::Comment>) comment(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::SetVariable>) setVariable(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreateEnum>) createEnum(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::AlterEnum>) alterEnum(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreateComposite>) createComposite(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::AlterComposite>) alterComposite(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreateRange>) createRange(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreateDomain>) createDomain(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::AlterDomain>) alterDomain(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreateFunction>) createFunction(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreateAggregate>) createAggregate(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreateTrigger>) createTrigger(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CommentOnRoutine>) commentOnRoutine(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::AttachIndexPartition>) attachIndexPartition(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreateExtension>) createExtension(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreatePolicy>) createPolicy(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::AlterPolicy>) alterPolicy(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::AlterOwner>) alterOwner(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::Grant>) grantOrRevoke(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::AlterDefaultPrivileges>) alterDefaultPrivileges(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreateView>) createView(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::DataStatement>) dataStatement(s, statement.where);
          else if constexpr (std::is_same_v<T, ast::CreateCollation>) createCollation(s, statement.where);
          // ast::Ignored: ownership and session settings the model does not keep.
        },
        statement.v);
    if (before) applyDefaultPrivileges(*before, std::holds_alternative<ast::AlterTable>(statement.v));
  } catch (const BuildError &e) {
    errors.push_back(Diagnostic{e.where, e.message, ""});
  }
}

LoadedSchema SchemaBuilder::finish() {
  LoadedSchema out;
  for (auto &[name, schema] : schemas_) out.model.schemas.push_back(std::move(schema));
  for (auto &[name, table] : tables_) out.model.tables.push_back(std::move(table));
  for (auto &[name, sequence] : sequences_) out.model.sequences.push_back(std::move(sequence));
  for (auto &[name, index] : indexes_) out.model.indexes.push_back(std::move(index));
  for (auto &[name, type] : enums_) out.model.enums.push_back(std::move(type));
  for (auto &[name, type] : domains_) out.model.domains.push_back(std::move(type));
  for (auto &[name, type] : composites_) out.model.composites.push_back(std::move(type));
  for (auto &[name, type] : ranges_) out.model.ranges.push_back(std::move(type));
  out.model.functions = std::move(functions_);
  out.model.triggers = std::move(triggers_);
  for (auto &[name, extension] : extensions_) out.model.extensions.push_back(std::move(extension));
  for (auto &[key, policy] : policies_) out.model.policies.push_back(std::move(policy));
  for (auto &[name, view] : views_) out.model.views.push_back(std::move(view));
  for (auto &[name, collation] : collations_) out.model.collations.push_back(std::move(collation));
  out.model.default_acls = std::move(default_acls_);
  out.model.sortByName();
  out.notes = std::move(notes_);
  return out;
}

// ---------------------------------------------------------------- names

Identifier SchemaBuilder::creationSchema(const ast::Name &name, const SourceLocation &where) const {
  if (name.size() == 2) {
    if (!schemas_.count(name[0])) fail(where, fmt::format("schema \"{}\" does not exist", name[0].str()));
    return name[0];
  }
  // The first schema of the search path that exists (RangeVarGetCreationNamespace).
  for (const auto &schema : search_path_)
    if (schemas_.count(schema)) return schema;
  fail(where, "no schema has been selected to create in");
}

QualifiedName SchemaBuilder::creationName(const ast::Name &name, const SourceLocation &where) const {
  return {creationSchema(name, where), name.back()};
}

// The object of `objects` a name refers to: qualified, or in the first schema of the
// search path holding a relation of that name (a relation of another kind there hides
// objects further down the path, as in PostgreSQL).
template <typename T>
T *SchemaBuilder::lookup(std::map<QualifiedName, T> &objects, const ast::Name &name) {
  if (name.size() == 2) {
    auto it = objects.find({name[0], name[1]});
    return it == objects.end() ? nullptr : &it->second;
  }
  for (const auto &schema : search_path_) {
    auto it = objects.find({schema, name[0]});
    if (it != objects.end()) return &it->second;
    if (relationExists({schema, name[0]})) return nullptr;
  }
  return nullptr;
}

Table *SchemaBuilder::findTable(const ast::Name &name) { return lookup(tables_, name); }
Sequence *SchemaBuilder::findSequence(const ast::Name &name) { return lookup(sequences_, name); }
Index *SchemaBuilder::findIndex(const ast::Name &name) { return lookup(indexes_, name); }
View *SchemaBuilder::findView(const ast::Name &name) { return lookup(views_, name); }

Table &SchemaBuilder::tableOrFail(const ast::Name &name, const SourceLocation &where) {
  Table *table = findTable(name);
  if (!table) fail(where, fmt::format("relation \"{}\" does not exist", joinName(name)));
  return *table;
}

TypeName SchemaBuilder::resolveType(const expr::TypeSyntax &syntax, const SourceLocation &where) const {
  std::string error;
  // Unqualified user-defined types resolve through search_path; a type an extension of
  // that schema could provide is an opaque type, printed as format_type prints it.
  auto type = pgshift::resolveType(
      syntax, search_path_, [this](const QualifiedName &q) { return userTypeExists(q) || extensionMayProvideType(q); },
      error);
  if (!type) fail(where, error);
  if (syntax.setof) fail(where, "SETOF type not allowed for column definition");
  if (const auto *info = builtins::builtinTypeByName(type->name.name.str());
      info && type->name.schema.str() == "pg_catalog" && info->typtype == 'p') {
    fail(where, fmt::format("column cannot be of pseudo-type {}", type->sql()));
  }
  return *type;
}

// ---------------------------------------------------------------- statements

void SchemaBuilder::createSchema(const ast::CreateSchema &s, const SourceLocation &where) {
  if (schemas_.count(s.name)) {
    if (s.if_not_exists) return;
    fail(where, fmt::format("schema \"{}\" already exists", s.name.str()));
  }
  if (s.name.str().rfind("pg_", 0) == 0)
    fail(where, fmt::format("unacceptable schema name \"{}\": the prefix \"pg_\" is reserved for system schemas", s.name.str()));
  schemas_[s.name] = Schema{s.name, std::nullopt, s.authorization ? s.authorization->role : std::nullopt};
}

void SchemaBuilder::createSequence(const ast::CreateSequence &s, const SourceLocation &where) {
  QualifiedName name = creationName(s.name, where);
  if (relationExists(name)) {
    if (s.if_not_exists) return;
    fail(where, fmt::format("relation \"{}\" already exists", name.name.str()));
  }
  std::optional<TypeName> as_type;
  std::optional<ast::Name> owned_by;
  for (const auto &o : s.options) {
    if (o.kind == ast::SequenceOption::Kind::as) as_type = resolveType(o.type, o.where);
    if (o.kind == ast::SequenceOption::Kind::owned_by) owned_by = o.name;
    if (o.kind == ast::SequenceOption::Kind::sequence_name) fail(o.where, "invalid sequence option SEQUENCE NAME");
  }
  std::string error;
  auto options = applySequenceOptions(std::nullopt, s.options, as_type, error);
  if (!options) fail(where, error);
  Sequence sequence{name, *options, std::nullopt, s.unlogged, std::nullopt};
  sequences_[name] = sequence;
  relation_names_.insert(name);
  if (owned_by) alterSequence(ast::AlterSequence{{name.schema, name.name}, false, {ast::SequenceOption{ast::SequenceOption::Kind::owned_by, 0, false, {}, *owned_by, where}}}, where);
}

void SchemaBuilder::alterSequence(const ast::AlterSequence &s, const SourceLocation &where) {
  Sequence *sequence = findSequence(s.name);
  if (!sequence) {
    if (s.if_exists) return;
    fail(where, fmt::format("relation \"{}\" does not exist", joinName(s.name)));
  }
  std::optional<TypeName> as_type;
  for (const auto &o : s.options) {
    if (o.kind == ast::SequenceOption::Kind::as) as_type = resolveType(o.type, o.where);
    if (o.kind == ast::SequenceOption::Kind::sequence_name) fail(o.where, "invalid sequence option SEQUENCE NAME");
    if (o.kind != ast::SequenceOption::Kind::owned_by) continue;
    // OWNED BY table.column (same schema as the sequence) or OWNED BY NONE.
    if (o.name.size() == 1 && o.name[0].str() == "none") {
      sequence->owned_by.reset();
      continue;
    }
    if (o.name.size() < 2) fail(o.where, "invalid OWNED BY option: specify OWNED BY table.column or OWNED BY NONE");
    ast::Name table_name(o.name.begin(), o.name.end() - 1);
    Table &table = tableOrFail(table_name, o.where);
    if (table.name.schema != sequence->name.schema)
      fail(o.where, "sequence must be in same schema as table it is linked to");
    if (!table.findColumn(o.name.back()))
      fail(o.where, fmt::format("column \"{}\" of relation \"{}\" does not exist", o.name.back().str(), table.name.name.str()));
    sequence->owned_by = QualifiedColumn{table.name, o.name.back()};
  }
  std::string error;
  auto options = applySequenceOptions(sequence->options, s.options, as_type, error);
  if (!options) fail(where, error);
  sequence->options = *options;
}

IndexKey SchemaBuilder::indexKey(const Table &table, const ast::IndexElement &element) {
  IndexKey key;
  if (element.column) {
    if (!table.findColumn(*element.column))
      fail(element.where, fmt::format("column \"{}\" does not exist", element.column->str()));
    key.column = element.column;
  } else {
    key.expression = rawExpression(*element.expression, element.expression_text, element.where);
  }
  key.collation = resolveCollation(element.collation, element.where);
  if (!element.opclass.empty()) {
    key.opclass = element.opclass.size() == 2 ? QualifiedName{element.opclass[0], element.opclass[1]}
                                              : QualifiedName{Identifier::exact("pg_catalog"), element.opclass[0]};
    // Not a built-in one: an extension's (gin_trgm_ops), in the first schema of the
    // search path that holds an extension.
    if (element.opclass.size() == 1 && !builtinOpclassNamed(element.opclass[0].str()))
      for (const auto &schema : search_path_)
        if (extensionSchema(schema)) {
          key.opclass->schema = schema;
          break;
        }
  }
  key.opclass_options = element.opclass_options;
  key.descending = element.descending.value_or(false);
  key.nulls_first = element.nulls_first.value_or(key.descending);
  return key;
}

void SchemaBuilder::createIndex(const ast::CreateIndex &s, const SourceLocation &where) {
  // An index is on a table or a materialized view; the latter's columns stand in for a
  // table's (their types only where the file side knows them).
  Table matview;
  if (!findTable(s.table)) {
    if (View *v = findView(s.table)) {
      if (!v->materialized) fail(where, fmt::format("\"{}\" is not a table or materialized view", v->name.name.str()));
      if (!v->columns_known) fail(where, "unsupported: an index on a materialized view whose columns pgshift cannot list");
      matview.name = v->name;
      for (const auto &c : v->columns) matview.columns.push_back(Column{c.name, c.type.value_or(TypeName::builtin("unknown"))});
    }
  }
  Table &table = matview.name.name.empty() ? tableOrFail(s.table, where) : matview;
  const Identifier &schema = table.name.schema;
  std::string method = s.method.empty() ? "btree" : s.method;
  if (!builtins::builtinAccessMethod(method)) fail(where, fmt::format("access method \"{}\" does not exist", method));
  if (s.unique && method != "btree") fail(where, fmt::format("access method \"{}\" does not support unique indexes", method));

  Index index;
  index.table = table.name.name;
  index.unique = s.unique;
  index.nulls_not_distinct = s.nulls_not_distinct;
  index.method = method;
  for (const auto &el : s.elements) index.keys.push_back(indexKey(table, el));
  for (const auto &col : s.include) {
    if (!table.findColumn(col)) fail(where, fmt::format("column \"{}\" does not exist", col.str()));
    index.include.push_back(col);
  }
  index.options = s.options;
  if (s.predicate) {
    index.predicate = rawExpression(*s.predicate, s.predicate_text, where);
  }

  std::string name;
  if (s.name) {
    name = s.name->str();
    if (relationExists({schema, *s.name})) {
      if (s.if_not_exists) return;
      fail(where, fmt::format("relation \"{}\" already exists", name));
    }
  } else {
    std::vector<std::optional<std::string>> suggested;
    for (const auto &el : s.elements)
      suggested.push_back(el.column ? std::optional<std::string>(el.column->str()) : naming::expressionName(*el.expression));
    for (const auto &col : s.include) suggested.push_back(col.str());
    name = naming::chooseName(table.name.name.str(), naming::nameAddition(naming::indexColumnNames(suggested)), "idx",
                              [&](const std::string &n) { return relationExists({schema, Identifier::exact(n)}); });
  }
  index.name = {schema, Identifier::exact(name)};
  relation_names_.insert(index.name);
  indexes_[index.name] = std::move(index);
}

void SchemaBuilder::comment(const ast::Comment &s, const SourceLocation &where) {
  // COMMENT ... IS '' removes the comment, like IS NULL.
  std::optional<std::string> text = s.text && !s.text->empty() ? s.text : std::nullopt;
  using T = ast::Comment::Target;
  switch (s.target) {
    case T::schema: {
      auto it = schemas_.find(s.name[0]);
      if (it == schemas_.end()) fail(where, fmt::format("schema \"{}\" does not exist", s.name[0].str()));
      it->second.comment = text;
      return;
    }
    case T::table: tableOrFail(s.name, where).comment = text; return;
    case T::sequence: {
      Sequence *seq = findSequence(s.name);
      if (!seq) fail(where, fmt::format("relation \"{}\" does not exist", joinName(s.name)));
      seq->comment = text;
      return;
    }
    case T::index: {
      Index *index = findIndex(s.name);
      if (index) {
        index->comment = text;
        return;
      }
      // The index of a primary key or unique constraint carries the constraint's name.
      fail(where, fmt::format("relation \"{}\" does not exist or is the index of a constraint (comment on the constraint instead)",
                              joinName(s.name)));
    }
    case T::view:
    case T::materialized_view: {
      View *view = findView(s.name);
      if (!view) fail(where, fmt::format("relation \"{}\" does not exist", joinName(s.name)));
      if (view->materialized != (s.target == T::materialized_view))
        fail(where, fmt::format("\"{}\" is not a {}", view->name.name.str(), s.target == T::view ? "view" : "materialized view"));
      view->comment = text;
      return;
    }
    case T::column: {
      ast::Name table_name(s.name.begin(), s.name.end() - 1);
      if (!findTable(table_name)) {
        if (View *view = findView(table_name)) {
          ViewColumn *column = view->findColumn(s.name.back());
          if (!column) {
            if (!view->columns_known) fail(where, "unsupported: COMMENT ON COLUMN of a view whose columns pgshift cannot list");
            fail(where, fmt::format("column \"{}\" of relation \"{}\" does not exist", s.name.back().str(), view->name.name.str()));
          }
          column->comment = text;
          return;
        }
      }
      Table &table = tableOrFail(table_name, where);
      Column *column = table.findColumn(s.name.back());
      if (!column)
        fail(where, fmt::format("column \"{}\" of relation \"{}\" does not exist", s.name.back().str(), table.name.name.str()));
      column->comment = text;
      return;
    }
    case T::constraint: {
      Table &table = tableOrFail(s.name, where);
      for (auto &c : table.constraints) {
        if (c.name == *s.constraint) {
          c.comment = text;
          return;
        }
      }
      fail(where, fmt::format("constraint \"{}\" for table \"{}\" does not exist", s.constraint->str(), table.name.name.str()));
    }
    case T::type:
    case T::domain: commentOnType(s, text, where); return;
    case T::extension: commentOnExtension(s.name[0], text, where); return;
    case T::collation: collationOrFail(s.name, where).comment = text; return;
    default: fail(where, "unsupported statement: COMMENT ON this kind of object");
  }
}

void SchemaBuilder::dataStatement(const ast::DataStatement &s, const SourceLocation &where) {
  notes_.push_back(fmt::format("{}:{}:{}: {} left out: a schema holds no rows, so pgshift neither compares nor writes them",
                               where.file, where.line, where.column, s.head));
}

void SchemaBuilder::setVariable(const ast::SetVariable &s, const SourceLocation &where) {
  if (s.name == "search_path") {
    std::vector<Identifier> path;
    if (s.values.empty()) {
      path = {Identifier::exact("public")};  // SET search_path TO DEFAULT
    } else {
      std::vector<std::string> names;
      for (const auto &value : s.values) {
        if (s.list_string) {
          auto split = splitIdentifierList(value);
          names.insert(names.end(), split.begin(), split.end());
        } else {
          names.push_back(value);
        }
      }
      for (const auto &name : names)
        if (name != "$user" && name != "pg_catalog") path.push_back(Identifier::exact(clipToBytes(name, kMaxIdentifierBytes)));
    }
    search_path_ = std::move(path);
    return;
  }
  if (s.name == "standard_conforming_strings" && !s.values.empty() && s.values[0] != "on" && s.values[0] != "true")
    fail(where, "standard_conforming_strings must be on: backslashes in strings would be read differently");
  // Other settings (client_encoding, check_function_bodies, ...) do not change the schema.
}

}  // namespace pgshift
