#include "compiler/normalize/normalize.h"

#include <algorithm>

#include <fmt/format.h>

#include <algorithm>

#include "compiler/expr/analyze.h"
#include "compiler/expr/const_value.h"
#include "compiler/expr/deparse.h"
#include "compiler/expr/walk.h"
#include "compiler/frontend/diagnostic.h"
#include "compiler/frontend/script_parser.h"
#include "compiler/normalize/schema_catalog.h"

namespace pgshift {
namespace {

using expr::ExpressionUse;

class Normalizer {
public:
  Normalizer(LoadedSchema &schema, const builtins::Catalog &catalog) : schema_(schema), catalog_(catalog) {}

  void run() {
    for (auto &table : schema_.model.tables) normalizeTable(table);
    // Bounds after keys: a bound's values take the types of its parent's key.
    for (auto &table : schema_.model.tables)
      if (table.partition_of) normalizeBound(table);
    for (auto &index : schema_.model.indexes) normalizeIndex(index);
    for (auto &domain : schema_.model.domains) normalizeDomain(domain);
    for (auto &range : schema_.model.ranges) normalizeRange(range);
    for (auto &function : schema_.model.functions) normalizeFunction(function);
    for (auto &trigger : schema_.model.triggers) normalizeTrigger(trigger);
    for (auto &policy : schema_.model.policies) normalizePolicy(policy);
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
    scope.row_qualifiers = row_qualifiers_;
    scope.find_relation = [this, path](const std::vector<Identifier> &name) { return findRelation(name, path); };
    scope.collation_exists = [this](const QualifiedName &c) { return schema_.model.findCollation(c) != nullptr; };
    scope.function_may_exist = [this, path](const std::string &schema, const std::string &) {
      for (const auto &e : schema_.model.extensions) {
        if (!schema.empty() && e.schema.str() == schema) return true;
        if (schema.empty() && std::find(path.begin(), path.end(), e.schema) != path.end()) return true;
      }
      return false;
    };
    try {
      expr::Analysis a = expr::analyze(*e.syntax, catalog_, scope, use, target);
      e.text = expr::deparse(a.node);
      // ...or, when the analysis is exact, in a form PostgreSQL reads back unchanged.
      if (from_catalog && a.exact) e.sql = expr::deparseForDdl(a.node);
      e.loose = expr::looseText(a.node);
      e.exact = a.exact;
      e.relations = a.relations;
      e.columns = expr::referencedColumns(a.node);
      e.functions.clear();
      expr::forEachNode(a.node, [&](const expr::Node &n) {
        auto *call = n.get<expr::FuncCall>();
        if (call && call->function && call->function->schema.str() != "pg_catalog" &&
            std::find(e.functions.begin(), e.functions.end(), *call->function) == e.functions.end())
          e.functions.push_back(*call->function);
      });
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
    if (table.partition_key && !table.partition_key->keys.empty()) normalizePartitionKey(table);
    for (auto &c : table.constraints) {
      std::string object = name + " constraint " + c.name.sql();
      if (c.check) normalize(*c.check, object, ExpressionUse::check, &table.columns, std::nullopt);
      if (c.exclusion_predicate) normalize(*c.exclusion_predicate, object, ExpressionUse::index_predicate, &table.columns, std::nullopt);
      for (auto &e : c.exclusion) normalizeKey(e.key, table, c.exclusion_method, object);
    }
  }

  // Parameter defaults, as pg_get_function_arg_default() prints them: coerced to the
  // parameter's type like a column default.
  void normalizeFunction(Function &function) {
    for (auto &arg : function.args) {
      if (!arg.default_value) continue;
      std::string object = function.signature() + " parameter " + (arg.name.empty() ? std::string("DEFAULT") : arg.name.sql());
      normalize(*arg.default_value, object, ExpressionUse::column_default, nullptr, arg.type);
    }
  }

  // A trigger's WHEN reads the table's columns as old.x and new.x.
  void normalizeTrigger(Trigger &trigger) {
    if (!trigger.when) return;
    const Table *table = schema_.model.findTable(trigger.table);
    std::string object = "trigger " + trigger.name.sql() + " on " + trigger.table.sql();
    if (!table) {
      errors_.push_back(Diagnostic{{}, object + ": its table does not exist", ""});
      return;
    }
    row_qualifiers_ = true;
    normalize(*trigger.when, object + " WHEN", ExpressionUse::check, &table->columns, std::nullopt);
    row_qualifiers_ = false;
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

  // A domain's default is coerced to its base type (DefineDomain); its checks read the
  // value as VALUE, of the base type.
  void normalizeDomain(Domain &domain) {
    const std::string name = "domain " + domain.name.sql();
    if (domain.default_value) {
      normalize(*domain.default_value, name + " DEFAULT", ExpressionUse::column_default, nullptr, domain.base);
      auto *c = last_node_.get<expr::Const>();
      if (c && c->literal == expr::Const::Literal::null && domain.default_value->exact) domain.default_value.reset();
    }
    std::vector<Column> value{Column{expr::kDomainValueName, domain.base, false, {}, {}, {}, domain.collation, {}}};
    for (auto &check : domain.checks) {
      if (check.check.syntax) check.check.syntax = std::make_shared<expr::Node>(withDomainValue(*check.check.syntax));
      else check.check.syntax = parsedWithDomainValue(check.check);
      if (!check.check.syntax) continue;
      normalize(check.check, name + " constraint " + check.name.sql(), ExpressionUse::check, &value, std::nullopt);
    }
  }

  // VALUE parses as a column reference "value"; it means the domain's value.
  static expr::Node withDomainValue(expr::Node node) {
    std::function<void(expr::Node &)> rename = [&](expr::Node &n) {
      if (n.is<expr::ColumnRef>()) {
        auto &ref = n.as<expr::ColumnRef>();
        if (ref.fields.size() == 1 && ref.fields[0].str() == "value") ref.fields[0] = expr::kDomainValueName;
      }
      expr::forEachChild(n, rename);
    };
    rename(node);
    return node;
  }
  std::shared_ptr<const expr::Node> parsedWithDomainValue(Expression &e) {
    std::string error;
    auto parsed = parseExpression(e.text, error);
    if (!parsed) {
      errors_.push_back(Diagnostic{e.where, error, ""});
      return nullptr;
    }
    return std::make_shared<expr::Node>(withDomainValue(std::move(*parsed)));
  }

  // The subtype's default btree operator class is no option of the range's own.
  void normalizeRange(RangeType &range) {
    if (!range.subtype_opclass || range.subtype_opclass->schema.str() != "pg_catalog") return;
    builtins::Oid subtype = expr::typeOid(catalog_, range.subtype);
    const builtins::OpclassInfo *fallback = subtype ? catalog_.defaultOpclass("btree", subtype) : nullptr;
    if (fallback && fallback->name == range.subtype_opclass->name.str()) range.subtype_opclass.reset();
  }

  // pg_get_partkeydef()'s text: the keys as pg_get_indexdef() prints them, with the
  // operator class of the strategy's access method (hash for HASH, else btree).
  void normalizePartitionKey(Table &table) {
    PartitionKey &key = *table.partition_key;
    const std::string object = "partition key of " + table.name.sql();
    const std::string method = key.strategy == PartitionKey::Strategy::hash ? "hash" : "btree";
    std::string keys;
    key.types.clear();
    for (auto &k : key.keys) {
      normalizeKey(k, table, method, object);
      if (k.expression && !k.expression->exact) key.exact = false;
      keys += (keys.empty() ? "" : ", ") + k.sql();
      builtins::Oid type = builtins::kInvalidOid;
      int32_t typmod = -1;
      if (k.column) {
        if (const Column *c = table.findColumn(*k.column)) {
          type = expr::typeOid(catalog_, c->type);
          typmod = c->type.typmod;
        }
      } else if (k.expression) {
        Expression copy = *k.expression;
        type = normalize(copy, object, ExpressionUse::index_key, &table.columns, std::nullopt);
      }
      key.types.push_back(type ? std::optional<TypeName>(expr::typeNameOf(catalog_, type, typmod)) : std::nullopt);
    }
    const char *strategy = key.strategy == PartitionKey::Strategy::range  ? "RANGE"
                           : key.strategy == PartitionKey::Strategy::list ? "LIST"
                                                                          : "HASH";
    key.definition = std::string(strategy) + " (" + keys + ")";
  }

  // pg_get_expr(relpartbound)'s text: each value coerced to its key's type and printed
  // without a type label, MINVALUE / MAXVALUE as such.
  void normalizeBound(Table &table) {
    PartitionBound &bound = *table.partition_of;
    if (!bound.definition.empty() && bound.values.empty() && bound.upper.empty()) return;  // read from a database
    using Kind = PartitionBound::Kind;
    const std::string object = "partition bound of " + table.name.sql();
    if (bound.kind == Kind::default_partition) {
      bound.definition = "DEFAULT";
      return;
    }
    if (bound.kind == Kind::hash) {
      bound.definition = fmt::format("FOR VALUES WITH (modulus {}, remainder {})", bound.modulus, bound.remainder);
      return;
    }
    const Table *parent = schema_.model.findTable(bound.parent);
    if (!parent || !parent->partition_key) return;  // the builder reported it
    const std::vector<std::optional<TypeName>> &types = parent->partition_key->types;
    auto value = [&](Expression &e, size_t position, bool range) -> std::string {
      if (range && e.syntax) {
        if (auto *ref = e.syntax->get<expr::ColumnRef>(); ref && ref->fields.size() == 1) {
          if (ref->fields[0].str() == "minvalue") return "MINVALUE";
          if (ref->fields[0].str() == "maxvalue") return "MAXVALUE";
        }
      }
      std::optional<TypeName> type = position < types.size() ? types[position] : std::nullopt;
      if (!type) {
        bound.exact = false;
        return e.text;
      }
      normalize(e, object, ExpressionUse::column_default, nullptr, type);
      if (auto text = expr::deparseBareConstant(last_node_)) return *text;
      // PostgreSQL folds the coercion of a literal (1 for a bigint key) into a constant.
      if (auto *cast = last_node_.get<expr::Cast>(); cast && cast->arg->is<expr::Const>()) {
        const expr::Const &literal = cast->arg->as<expr::Const>();
        expr::ConstValue v = expr::normalizeConstant(literal.value, expr::typeOid(catalog_, *type), type->typmod);
        if (literal.literal != expr::Const::Literal::null && v.status == expr::ConstValue::Status::ok) {
          expr::Const folded;
          folded.value = v.text;
          folded.type = *type;
          return *expr::deparseBareConstant(expr::Node(folded));
        }
      }
      errors_.push_back(Diagnostic{e.where, object + ": unsupported: a partition bound value that is not a literal", ""});
      return e.text;
    };
    auto list = [&](std::vector<Expression> &values, bool range) {
      std::string out;
      for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + value(values[i], range ? i : 0, range);
      return out;
    };
    if (bound.kind == Kind::list) {
      bound.definition = "FOR VALUES IN (" + list(bound.values, false) + ")";
    } else {
      std::string from = list(bound.values, true), to = list(bound.upper, true);
      bound.definition = "FOR VALUES FROM (" + from + ") TO (" + to + ")";
    }
  }

  // USING and WITH CHECK read the table's columns, as pg_get_expr(polqual, polrelid)
  // prints them; both are boolean conditions.
  void normalizePolicy(Policy &policy) {
    const Table *table = schema_.model.findTable(policy.table);
    std::string object = "policy " + policy.name.sql() + " on " + policy.table.sql();
    if (!table) {
      errors_.push_back(Diagnostic{{}, object + ": its table does not exist", ""});
      return;
    }
    if (policy.using_expr) normalize(*policy.using_expr, object + " USING", ExpressionUse::check, &table->columns, std::nullopt);
    if (policy.check_expr)
      normalize(*policy.check_expr, object + " WITH CHECK", ExpressionUse::check, &table->columns, std::nullopt);
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
    // An extension's type (unknown offline) with its default operator class, named as
    // the extensions of contrib name them (citext_ops for citext): the default.
    if (key.opclass && key.opclass->schema.str() != "pg_catalog" && !type && key.column && key.opclass_options.empty()) {
      const Column *column = table.findColumn(*key.column);
      if (column && !column->type.is_array && column->type.name.schema == key.opclass->schema &&
          key.opclass->name.str() == column->type.name.name.str() + "_ops")
        key.opclass.reset();
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
  bool row_qualifiers_ = false;
};

}  // namespace

void normalizeModel(LoadedSchema &schema, const builtins::Catalog &catalog) {
  const SchemaModel &m = schema.model;
  if (m.enums.empty() && m.domains.empty() && m.composites.empty() && m.ranges.empty() && m.functions.empty()) {
    Normalizer(schema, catalog).run();
    return;
  }
  // The model's own types and functions join the built-ins (schema_catalog.h).
  const builtins::Catalog with_types = buildSchemaCatalog(m);
  Normalizer(schema, with_types).run();
}

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
