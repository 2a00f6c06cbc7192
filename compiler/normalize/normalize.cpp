#include "compiler/normalize/normalize.h"

#include <fmt/format.h>

#include "compiler/expr/analyze.h"
#include "compiler/expr/deparse.h"
#include "compiler/expr/walk.h"
#include "compiler/frontend/diagnostic.h"
#include "compiler/frontend/script_parser.h"

namespace pgshift {
namespace {

using expr::ExpressionUse;

class Normalizer {
public:
  Normalizer(LoadedSchema &schema, const builtins::Catalog &catalog) : schema_(schema), catalog_(catalog) {}

  void run() {
    for (auto &table : schema_.model.tables) normalizeTable(table);
    for (auto &index : schema_.model.indexes) normalizeIndex(index);
    for (auto &view : schema_.model.views) normalizeView(view);
    if (!errors_.empty()) throw DiagnosticError(std::move(errors_));
  }

private:
  // The relation a regclass literal names: qualified, or the first schema on the path
  // that has one of that name.
  std::optional<QualifiedName> findRelation(const std::vector<Identifier> &name, const std::vector<Identifier> &path) const {
    const SchemaModel &m = schema_.model;
    auto exists = [&](const QualifiedName &q) {
      return m.findTable(q) || m.findSequence(q) || m.findIndex(q) || m.findView(q) || identitySequenceExists(q);
    };
    if (name.size() >= 2) return QualifiedName{name[name.size() - 2], name.back()};
    for (const auto &schema : path)
      if (exists({schema, name.back()})) return QualifiedName{schema, name.back()};
    return std::nullopt;
  }

  bool identitySequenceExists(const QualifiedName &q) const {
    for (const auto &t : schema_.model.tables)
      for (const auto &c : t.columns)
        if (c.identity && t.name.schema == q.schema && c.identity->sequence_name == q.name) return true;
    return false;
  }

  // Analyzes one expression in place; returns its type (0 when unknown).
  builtins::Oid normalize(Expression &e, const std::string &object, ExpressionUse use, const std::vector<Column> *columns,
                          const std::optional<TypeName> &target) {
    if (!e.syntax) {
      std::string error;
      auto parsed = parseExpression(e.text, error);
      if (!parsed) {
        errors_.push_back(Diagnostic{e.where, object + ": " + error, ""});
        return builtins::kInvalidOid;
      }
      e.syntax = std::make_shared<expr::Node>(std::move(*parsed));
    }
    const bool from_catalog = e.sql.empty();
    if (from_catalog) e.sql = e.text;  // catalog text: written back as printed...
    expr::AnalysisScope scope;
    scope.columns = columns;
    const std::vector<Identifier> path = e.search_path.empty() ? std::vector<Identifier>{Identifier::exact("public")} : e.search_path;
    scope.search_path = path;
    scope.find_relation = [this, path](const std::vector<Identifier> &name) { return findRelation(name, path); };
    try {
      expr::Analysis a = expr::analyze(*e.syntax, catalog_, scope, use, target);
      e.text = expr::deparse(a.node);
      // ...or, when the analysis is exact, in a form PostgreSQL reads back unchanged.
      if (from_catalog && a.exact) e.sql = expr::deparseForDdl(a.node);
      e.loose = expr::looseText(a.node);
      e.exact = a.exact;
      e.relations = a.relations;
      e.columns = expr::referencedColumns(a.node);
      e.function_like = expr::looksLikeFunction(a.node);
      e.is_volatile = a.is_volatile || !a.exact;
      last_volatility_ = a.volatility;
      // Written under another search_path, names in the text could resolve differently
      // when a migration runs: write the canonical text, where every name is qualified.
      bool default_path = e.search_path.empty() || e.search_path == std::vector<Identifier>{Identifier::exact("public")};
      if (!default_path && (!a.relations.empty() || !a.exact)) e.sql = e.text;
      if (!a.exact) {
        std::string why;
        for (const auto &u : a.uncertain) why += (why.empty() ? "" : "; ") + u;
        schema_.notes.push_back(fmt::format("{}: compared approximately, offline analysis cannot be exact about {}", object, why));
      }
      last_node_ = std::move(a.node);
      return a.type;
    } catch (const expr::AnalysisError &error) {
      errors_.push_back(Diagnostic{e.where, object + ": " + error.what(), ""});
      return builtins::kInvalidOid;
    }
  }

  void normalizeTable(Table &table) {
    const std::string name = table.name.sql();
    for (auto &column : table.columns) {
      std::string object = name + "." + column.name.sql();
      if (column.default_value) {
        normalize(*column.default_value, object + " DEFAULT", ExpressionUse::column_default, nullptr, column.type);
        // A NULL default is no default (PostgreSQL stores none).
        auto *c = last_node_.get<expr::Const>();
        if (c && c->literal == expr::Const::Literal::null && column.default_value->exact) column.default_value.reset();
      }
      if (column.generated) {
        normalize(*column.generated, object + " GENERATED", ExpressionUse::generated, &table.columns, column.type);
        if (last_volatility_ != 'i')
          errors_.push_back(Diagnostic{column.generated->where, object + ": generation expression is not immutable", ""});
        for (const auto &read : column.generated->columns) {
          const Column *other = table.findColumn(read);
          if (other && other->generated)
            errors_.push_back(Diagnostic{column.generated->where,
                                         object + ": cannot use generated column \"" + read.str() + "\" in column generation expression", ""});
        }
      }
    }
    for (auto &c : table.constraints) {
      std::string object = name + " constraint " + c.name.sql();
      if (c.check) normalize(*c.check, object, ExpressionUse::check, &table.columns, std::nullopt);
      if (c.exclusion_predicate) normalize(*c.exclusion_predicate, object, ExpressionUse::index_predicate, &table.columns, std::nullopt);
      for (auto &e : c.exclusion) normalizeKey(e.key, table, c.exclusion_method, object);
    }
  }

  // Catalog text of a view: its loose form, for comparing with a file's query.
  void normalizeView(View &view) {
    if (!view.query.exact || !view.query.loose.empty()) return;
    std::string error;
    auto q = parseQuery(view.query.text, error);
    if (!q || !q->stars.empty()) {
      schema_.notes.push_back(fmt::format("{} {}: its definition could not be read for an approximate comparison ({})",
                                          view.kind(), view.name.sql(), q ? "it holds a *" : error));
      return;
    }
    std::string loose;
    for (const auto &t : q->loose) loose += (loose.empty() ? "" : " ") + t;
    view.query.loose = std::move(loose);
  }

  // A materialized view as the table its indexes are on: its columns, with the types
  // known (a type the file side cannot tell is "unknown", which has no default operator
  // class, so an operator class written on such a key is kept).
  static Table matviewTable(const View &view) {
    Table t;
    t.name = view.name;
    for (const auto &c : view.columns) {
      Column col;
      col.name = c.name;
      col.type = c.type.value_or(TypeName::builtin("unknown"));
      t.columns.push_back(std::move(col));
    }
    return t;
  }

  void normalizeIndex(Index &index) {
    const Table *table = schema_.model.findTable(index.tableName());
    std::optional<Table> matview;
    if (!table)
      if (const View *v = schema_.model.findView(index.tableName()); v && v->materialized) table = &matview.emplace(matviewTable(*v));
    std::string object = "index " + index.name.sql();
    if (!table) {
      errors_.push_back(Diagnostic{{}, object + ": its table " + index.tableName().sql() + " does not exist", ""});
      return;
    }
    for (auto &key : index.keys) normalizeKey(key, *table, index.method, object);
    if (index.predicate) {
      normalize(*index.predicate, object + " WHERE", ExpressionUse::index_predicate, &table->columns, std::nullopt);
      if (last_volatility_ != 'i')
        errors_.push_back(Diagnostic{index.predicate->where, object + ": functions in index predicate must be marked IMMUTABLE", ""});
    }
  }

  // pg_get_indexdef() leaves out the operator class that is the default for the key's
  // type, and a collation that is the key's own.
  void normalizeKey(IndexKey &key, const Table &table, const std::string &method, const std::string &object) {
    builtins::Oid type = builtins::kInvalidOid;
    std::optional<QualifiedName> own_collation;
    if (key.column) {
      const Column *column = table.findColumn(*key.column);
      if (!column) {
        errors_.push_back(Diagnostic{{}, fmt::format("{}: column \"{}\" does not exist", object, key.column->str()), ""});
        return;
      }
      type = expr::typeOid(catalog_, column->type);
      own_collation = column->collation;
    } else if (key.expression) {
      type = normalize(*key.expression, object, ExpressionUse::index_key, &table.columns, std::nullopt);
      if (last_volatility_ != 'i')
        errors_.push_back(Diagnostic{key.expression->where, object + ": functions in index expression must be marked IMMUTABLE", ""});
      // "(column)" and "(column COLLATE c)" are column keys, as PostgreSQL makes them.
      const expr::Node *bare = &last_node_;
      std::optional<QualifiedName> collation;
      if (auto *c = bare->get<expr::Collate>()) {
        collation = c->collation;
        bare = &*c->arg;
      }
      if (auto *ref = bare->get<expr::ColumnRef>()) {
        key.column = ref->fields.back();
        key.expression.reset();
        if (collation) key.collation = collation;
        const Column *column = table.findColumn(*key.column);
        own_collation = column ? column->collation : std::nullopt;
      }
    }
    if (key.collation) {
      bool is_default = key.collation->schema.str() == "pg_catalog" && key.collation->name.str() == "default";
      if ((own_collation && *own_collation == *key.collation) || (!own_collation && is_default)) key.collation.reset();
    }
    if (key.opclass && key.opclass->schema.str() == "pg_catalog") {
      const builtins::OpclassInfo *given = catalog_.opclass(method, key.opclass->name.str());
      if (!given) {
        errors_.push_back(Diagnostic{{}, fmt::format("{}: operator class \"{}\" does not exist for access method \"{}\"", object,
                                                     key.opclass->name.str(), method), ""});
        return;
      }
      const builtins::OpclassInfo *fallback = type ? catalog_.defaultOpclass(method, type) : nullptr;
      if (fallback && fallback->oid == given->oid && key.opclass_options.empty()) key.opclass.reset();
    }
  }

  LoadedSchema &schema_;
  const builtins::Catalog &catalog_;
  std::vector<Diagnostic> errors_;
  expr::Node last_node_;
  char last_volatility_ = 'i';
};

}  // namespace

void normalizeModel(LoadedSchema &schema, const builtins::Catalog &catalog) { Normalizer(schema, catalog).run(); }

void normalizeModel(LoadedSchema &schema, const builtins::Catalog &catalog, const std::vector<SourceText> &scripts) {
  try {
    normalizeModel(schema, catalog);
  } catch (const DiagnosticError &e) {
    std::vector<Diagnostic> diagnostics = e.diagnostics();
    attachSourceLines(diagnostics, [&](const std::string &file) -> std::optional<std::string> {
      for (const auto &s : scripts)
        if (s.name == file) return s.text;
      return std::nullopt;
    });
    throw DiagnosticError(std::move(diagnostics));
  }
}

}  // namespace pgshift
