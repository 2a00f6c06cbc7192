// CREATE TABLE and ALTER TABLE, in the order PostgreSQL executes their parts: serial
// sequences first, then the table, CHECK constraints, the indexes of primary key /
// unique / exclusion constraints (primary key first, duplicates merged), and foreign
// keys last. Unnamed constraints are named at those points, so the order matters.
#include <algorithm>

#include <fmt/format.h>

#include "compiler/expr/walk.h"
#include "compiler/frontend/naming.h"
#include "compiler/frontend/schema_builder.h"
#include "compiler/frontend/sequence_options.h"

namespace pgshift {

using ast::ConstraintDef;

namespace {

bool isSerial(const expr::TypeSyntax &t, std::string &internal) {
  if (t.names.size() != 1 || t.is_array || !t.modifiers.empty() || t.typmod) return false;
  const std::string &n = t.names[0].str();
  if (n == "smallserial" || n == "serial2") internal = "int2";
  else if (n == "serial" || n == "serial4") internal = "int4";
  else if (n == "bigserial" || n == "serial8") internal = "int8";
  else return false;
  return true;
}

}  // namespace

Expression SchemaBuilder::rawExpression(const expr::Node &node, std::string text, const SourceLocation &where) const {
  Expression e;
  e.text = text;
  e.sql = std::move(text);
  e.syntax = std::make_shared<expr::Node>(node);
  e.where = where;
  e.search_path = search_path_;
  return e;
}

namespace {

// nextval('schema.sequence'::regclass), the default PostgreSQL gives a serial column.
Expression nextvalDefault(const QualifiedName &sequence, const SourceLocation &where) {
  Expression e;
  expr::Const name;
  name.value = sequence.sql();
  expr::Cast cast;
  cast.arg = expr::Node(name);
  cast.syntax = expr::TypeSyntax{{Identifier::exact("pg_catalog"), Identifier::exact("regclass")}};
  expr::FuncCall call;
  call.name = {Identifier::exact("nextval")};
  call.args.push_back(cast);
  e.text = e.sql = "nextval(" + quoteLiteral(sequence.sql()) + "::regclass)";
  e.syntax = std::make_shared<expr::Node>(call);
  e.where = where;
  return e;
}

bool sameColumnSet(std::vector<Identifier> a, std::vector<Identifier> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

std::vector<std::string> names(const std::vector<Identifier> &ids) {
  std::vector<std::string> out;
  for (const auto &id : ids) out.push_back(id.str());
  return out;
}

}  // namespace

// ---------------------------------------------------------------- CREATE TABLE

void SchemaBuilder::createTable(const ast::CreateTable &s, const SourceLocation &where) {
  QualifiedName name = creationName(s.name, where);
  if (relationExists(name)) {
    if (s.if_not_exists) return;
    fail(where, fmt::format("relation \"{}\" already exists", name.name.str()));
  }
  Table table;
  table.name = name;
  table.unlogged = s.unlogged;
  table.options = s.options;
  if (s.partition_of) makePartition(table, *s.partition_of, where);
  if (s.partition_by && !s.inherits.empty()) fail(where, "cannot create partitioned table as inheritance child");
  std::vector<Identifier> conflicting_defaults = inheritParents(table, s.inherits, where);
  std::vector<ConstraintDef> pending;  // in the order PostgreSQL collects them
  for (auto [is_column, i] : s.element_order) {
    if (is_column) addColumn(table, s.columns[i], pending);
    else pending.push_back(s.constraints[i]);
  }
  for (const auto &c : conflicting_defaults)
    if (!table.findColumn(c)->default_value)
      fail(where, fmt::format("column \"{}\" inherits conflicting default values", c.str()));
  mergeInheritedChecks(table, pending, where);
  if (table.columns.empty() && s.columns.empty()) {
    // A table without columns is legal in PostgreSQL.
  }
  if (s.partition_by) partitionBy(table, *s.partition_by);
  relation_names_.insert(name);
  Table &stored = tables_[name] = std::move(table);
  for (auto &def : pending) def.not_valid = false;  // CREATE TABLE validates everything at once
  addConstraints(stored, std::move(pending), true);
}

void SchemaBuilder::addColumn(Table &table, const ast::ColumnDef &def, std::vector<ConstraintDef> &pending) {
  // A column inherited by a table being created merges with its definition here.
  const Column *inherited = table.findColumn(def.name);
  if (inherited && inherited->is_local)
    fail(def.where, fmt::format("column \"{}\" specified more than once", def.name.str()));
  Column column;
  column.name = def.name;
  std::string serial_type;
  bool serial = isSerial(def.type, serial_type);
  column.type = serial ? TypeName::builtin(serial_type) : resolveType(def.type, def.where);
  column.collation = resolveCollation(def.collation, def.where);
  // "default" is the type's own collation: no collation of the column's own.
  if (column.collation && column.collation->schema.str() == "pg_catalog" && column.collation->name.str() == "default")
    column.collation.reset();

  if (serial) {
    // The sequence is created before the table, named table_column_seq.
    const Identifier &schema = table.name.schema;
    QualifiedName seq{schema, Identifier::exact(naming::chooseName(
                                  table.name.name.str(), column.name.str(), "seq",
                                  [&](const std::string &n) { return relationExists({schema, Identifier::exact(n)}); }))};
    std::string error;
    auto options = applySequenceOptions(std::nullopt, {}, column.type, error);
    sequences_[seq] = Sequence{seq, *options, QualifiedColumn{table.name, column.name}, false, std::nullopt};
    relation_names_.insert(seq);
    column.default_value = nextvalDefault(seq, def.where);
    column.not_null = true;
  }

  bool saw_null = false, saw_not_null = false;
  const ConstraintDef *identity = nullptr;
  for (const auto &c : def.constraints) {
    switch (c.kind) {
      case ConstraintDef::Kind::not_null:
      case ConstraintDef::Kind::null: {
        bool not_null = c.kind == ConstraintDef::Kind::not_null;
        if ((not_null && saw_null) || (!not_null && saw_not_null))
          fail(c.where, fmt::format("conflicting NULL/NOT NULL declarations for column \"{}\" of table \"{}\"",
                                    column.name.str(), table.name.name.str()));
        (not_null ? saw_not_null : saw_null) = true;
        if (not_null) column.not_null = true;
        break;
      }
      case ConstraintDef::Kind::default_value:
        if (column.default_value)
          fail(c.where, fmt::format("multiple default values specified for column \"{}\" of table \"{}\"",
                                    column.name.str(), table.name.name.str()));
        column.default_value = rawExpression(*c.expression, c.expression_text, c.expression_where);
        break;
      case ConstraintDef::Kind::identity:
        if (identity)
          fail(c.where, fmt::format("multiple identity specifications for column \"{}\" of table \"{}\"",
                                    column.name.str(), table.name.name.str()));
        identity = &c;
        break;
      case ConstraintDef::Kind::generated:
        if (column.generated)
          fail(c.where, fmt::format("multiple generation clauses specified for column \"{}\" of table \"{}\"",
                                    column.name.str(), table.name.name.str()));
        column.generated = rawExpression(*c.expression, c.expression_text, c.expression_where);
        break;
      default: {
        ConstraintDef constraint = c;
        if (c.kind != ConstraintDef::Kind::check) constraint.columns = {column.name};
        pending.push_back(std::move(constraint));
      }
    }
  }
  if (identity && column.default_value)
    fail(identity->where, fmt::format("both default and identity specified for column \"{}\" of table \"{}\"",
                                      column.name.str(), table.name.name.str()));
  if (column.generated && column.default_value)
    fail(def.where, fmt::format("both default and generation expression specified for column \"{}\" of table \"{}\"",
                                column.name.str(), table.name.name.str()));
  if (identity && column.generated)
    fail(def.where, fmt::format("both identity and generation expression specified for column \"{}\" of table \"{}\"",
                                column.name.str(), table.name.name.str()));
  if (identity) {
    if (saw_null)
      fail(identity->where, fmt::format("conflicting NULL/NOT NULL declarations for column \"{}\" of table \"{}\"",
                                        column.name.str(), table.name.name.str()));
    addIdentity(table, column, identity->identity, identity->identity_options, identity->where);
  }
  if (inherited) mergeInheritedColumn(*table.findColumn(def.name), std::move(column), def.where);
  else table.columns.push_back(std::move(column));
}

void SchemaBuilder::addIdentity(Table &table, Column &column, Identity::Kind kind,
                                const std::vector<ast::SequenceOption> &options, const SourceLocation &where) {
  if (!column.type.isBuiltin("int2") && !column.type.isBuiltin("int4") && !column.type.isBuiltin("int8"))
    fail(where, "identity column type must be smallint, integer, or bigint");
  if (column.type.is_array) fail(where, "identity column type must be smallint, integer, or bigint");
  const Identifier &schema = table.name.schema;
  Identity identity;
  identity.kind = kind;
  std::optional<ast::Name> sequence_name;
  for (const auto &o : options) {
    if (o.kind == ast::SequenceOption::Kind::sequence_name) sequence_name = o.name;
    if (o.kind == ast::SequenceOption::Kind::owned_by) fail(o.where, "invalid sequence option OWNED BY");
    if (o.kind == ast::SequenceOption::Kind::as) fail(o.where, "identity column sequences take the column's type");
  }
  if (sequence_name) {
    QualifiedName name = creationName(*sequence_name, where);
    if (name.schema != schema) fail(where, "sequence must be in same schema as table it is linked to");
    if (relationExists(name)) fail(where, fmt::format("relation \"{}\" already exists", name.name.str()));
    identity.sequence_name = name.name;
  } else {
    identity.sequence_name = Identifier::exact(naming::chooseName(
        table.name.name.str(), column.name.str(), "seq",
        [&](const std::string &n) { return relationExists({schema, Identifier::exact(n)}); }));
  }
  std::string error;
  auto sequence_options = applySequenceOptions(std::nullopt, options, column.type, error);
  if (!sequence_options) fail(where, error);
  identity.options = *sequence_options;
  relation_names_.insert({schema, identity.sequence_name});
  column.identity = identity;
  column.not_null = true;
}

// ---------------------------------------------------------------- constraints

void SchemaBuilder::addConstraints(Table &table, std::vector<ConstraintDef> constraints, bool creating) {
  std::vector<std::string> check_names;
  for (const auto &def : constraints)
    if (def.kind == ConstraintDef::Kind::check) addCheck(table, def, check_names);
  std::vector<ConstraintDef> index_defs;
  for (const auto &def : constraints)
    if (def.kind == ConstraintDef::Kind::primary_key || def.kind == ConstraintDef::Kind::unique ||
        def.kind == ConstraintDef::Kind::exclusion)
      index_defs.push_back(def);
  for (auto &c : indexConstraints(table, index_defs)) {
    relation_names_.insert({table.name.schema, c.name});
    constraint_names_.insert({table.name.schema, c.name});
    if (c.kind == ConstraintKind::primary_key)
      for (const auto &col : c.columns) table.findColumn(col)->not_null = true;
    table.constraints.push_back(std::move(c));
  }
  for (const auto &def : constraints)
    if (def.kind == ConstraintDef::Kind::foreign_key) addForeignKey(table, def);
  (void)creating;
}

void SchemaBuilder::addCheck(Table &table, const ConstraintDef &def, std::vector<std::string> &names_in_command) {
  Constraint c;
  c.kind = ConstraintKind::check;
  c.check = rawExpression(*def.expression, def.expression_text, def.expression_where);
  c.no_inherit = def.no_inherit;
  c.validated = !def.not_valid;
  std::vector<Identifier> columns = expr::referencedColumns(*def.expression);
  for (const auto &col : columns)
    if (!table.findColumn(col)) fail(def.expression_where, fmt::format("column \"{}\" does not exist", col.str()));
  const Identifier &schema = table.name.schema;
  if (def.name) {
    if (std::find(names_in_command.begin(), names_in_command.end(), def.name->str()) != names_in_command.end())
      fail(def.where, fmt::format("check constraint \"{}\" already exists", def.name->str()));
    if (table.findConstraint(*def.name))
      fail(def.where, fmt::format("constraint \"{}\" for relation \"{}\" already exists", def.name->str(),
                                  table.name.name.str()));
    c.name = *def.name;
  } else {
    // table_column_check when the expression reads exactly one column, else table_check.
    std::string column = columns.size() == 1 ? columns[0].str() : "";
    c.name = Identifier::exact(naming::chooseName(table.name.name.str(), column, "check", [&](const std::string &n) {
      return constraintExists(schema, n) ||
             std::find(names_in_command.begin(), names_in_command.end(), n) != names_in_command.end();
    }));
  }
  names_in_command.push_back(c.name.str());
  constraint_names_.insert({schema, c.name});
  table.constraints.push_back(std::move(c));
}

std::vector<Constraint> SchemaBuilder::indexConstraints(Table &table, const std::vector<ConstraintDef> &defs) {
  struct Candidate {
    Constraint constraint;
    bool named = false;
    std::vector<std::optional<std::string>> name_parts;  // for ChooseIndexColumnNames
    std::string method;
    SourceLocation where;
  };
  std::vector<Candidate> candidates;
  const Constraint *existing_pk = table.primaryKey();
  int primary_keys = 0;
  for (const auto &def : defs) {
    Candidate cand;
    cand.where = def.where;
    Constraint &c = cand.constraint;
    c.kind = def.kind == ConstraintDef::Kind::primary_key ? ConstraintKind::primary_key
             : def.kind == ConstraintDef::Kind::unique     ? ConstraintKind::unique
                                                           : ConstraintKind::exclusion;
    if (c.kind == ConstraintKind::primary_key && (existing_pk || ++primary_keys > 1))
      fail(def.where, fmt::format("multiple primary keys for table \"{}\" are not allowed", table.name.name.str()));
    if (def.using_index) {
      // ADD CONSTRAINT ... USING INDEX: the index becomes the constraint's, and takes its name.
      auto it = indexes_.find({table.name.schema, *def.using_index});
      if (it == indexes_.end() || it->second.table != table.name.name)
        fail(def.where, fmt::format("index \"{}\" does not exist", def.using_index->str()));
      const Index &index = it->second;
      if (!index.unique) fail(def.where, fmt::format("\"{}\" is not a unique index", index.name.name.str()));
      if (index.predicate) fail(def.where, fmt::format("index \"{}\" contains expressions or a predicate", index.name.name.str()));
      for (const auto &key : index.keys) {
        if (!key.column) fail(def.where, fmt::format("index \"{}\" contains expressions", index.name.name.str()));
        c.columns.push_back(*key.column);
      }
      c.include = index.include;
      c.index_options = index.options;
      c.nulls_not_distinct = index.nulls_not_distinct;
      c.name = def.name ? *def.name : index.name.name;
      cand.named = true;
      relation_names_.erase(index.name);
      indexes_.erase(it);
    } else {
      c.columns = def.columns;
      c.include = def.include;
      c.index_options = def.index_options;
      c.nulls_not_distinct = def.nulls_not_distinct;
      if (def.name) c.name = *def.name, cand.named = true;
    }
    for (const auto &col : c.columns) {
      if (!table.findColumn(col))
        fail(def.where, fmt::format("column \"{}\" named in key does not exist", col.str()));
      cand.name_parts.push_back(col.str());
    }
    if (c.kind == ConstraintKind::exclusion) {
      c.exclusion_method = def.exclusion_method;
      for (const auto &el : def.exclusion) {
        ExclusionElement ee{indexKey(table, el.element), ""};
        std::string op;
        for (size_t i = 0; i + 1 < el.op.size(); ++i) op += el.op[i].sql() + ".";
        ee.op = el.op.size() > 1 ? "OPERATOR(" + op + el.op.back().str() + ")" : el.op.back().str();
        c.exclusion.push_back(std::move(ee));
        cand.name_parts.push_back(el.element.column ? std::optional<std::string>(el.element.column->str())
                                                    : naming::expressionName(*el.element.expression));
      }
      if (def.exclusion_predicate)
        c.exclusion_predicate = rawExpression(*def.exclusion_predicate, def.exclusion_predicate_text, def.where);
    }
    for (const auto &col : c.include) {
      if (!table.findColumn(col)) fail(def.where, fmt::format("column \"{}\" named in key does not exist", col.str()));
      cand.name_parts.push_back(col.str());
    }
    c.deferrable = def.deferrable;
    c.initially_deferred = def.initially_deferred;
    cand.method = c.kind == ConstraintKind::exclusion ? def.exclusion_method : "btree";
    candidates.push_back(std::move(cand));
  }

  // The primary key first, then the rest in order; an index identical to an earlier one
  // is merged into it (UNIQUE PRIMARY KEY, UNIQUE (a) twice), passing on its name.
  std::stable_partition(candidates.begin(), candidates.end(),
                        [](const Candidate &c) { return c.constraint.kind == ConstraintKind::primary_key; });
  std::vector<Candidate> final_list;
  for (auto &cand : candidates) {
    bool merged = false;
    for (auto &prior : final_list) {
      const Constraint &a = prior.constraint, &b = cand.constraint;
      if (a.columns == b.columns && a.include == b.include && a.exclusion == b.exclusion &&
          prior.method == cand.method && a.nulls_not_distinct == b.nulls_not_distinct &&
          a.deferrable == b.deferrable && a.initially_deferred == b.initially_deferred &&
          a.exclusion_predicate.has_value() == b.exclusion_predicate.has_value() && a.index_options == b.index_options) {
        if (!prior.named && cand.named) prior.constraint.name = cand.constraint.name, prior.named = true;
        merged = true;
        break;
      }
    }
    if (!merged) final_list.push_back(std::move(cand));
  }

  std::vector<Constraint> out;
  const Identifier &schema = table.name.schema;
  for (auto &cand : final_list) {
    Constraint &c = cand.constraint;
    if (cand.named) {
      if (relationExists({schema, c.name}))
        fail(cand.where, fmt::format("relation \"{}\" already exists", c.name.str()));
    } else {
      const char *label = c.kind == ConstraintKind::primary_key ? "pkey" : c.kind == ConstraintKind::exclusion ? "excl" : "key";
      std::string addition = c.kind == ConstraintKind::primary_key
                                 ? ""
                                 : naming::nameAddition(naming::indexColumnNames(cand.name_parts));
      c.name = Identifier::exact(naming::chooseName(table.name.name.str(), addition, label, [&](const std::string &n) {
        Identifier id = Identifier::exact(n);
        bool taken_here = std::any_of(out.begin(), out.end(), [&](const Constraint &o) { return o.name == id; });
        return taken_here || relationExists({schema, id}) || constraintExists(schema, n);
      }));
    }
    // Names chosen in this command are taken for the next one.
    relation_names_.insert({schema, c.name});
    out.push_back(std::move(c));
  }
  for (const auto &c : out) relation_names_.erase({schema, c.name});  // the caller registers them
  return out;
}

void SchemaBuilder::addForeignKey(Table &table, const ConstraintDef &def) {
  const ast::References &r = *def.references;
  Table *referenced = findTable(r.table);
  if (!referenced) fail(def.where, fmt::format("relation \"{}\" does not exist", joinName(r.table)));
  std::vector<Identifier> ref_columns = r.columns;
  if (ref_columns.empty()) {
    const Constraint *pk = referenced->primaryKey();
    if (!pk) fail(def.where, fmt::format("there is no primary key for referenced table \"{}\"", referenced->name.name.str()));
    ref_columns = pk->columns;
  }
  if (ref_columns.size() != def.columns.size())
    fail(def.where, "number of referencing and referenced columns for foreign key disagree");
  for (const auto &col : def.columns)
    if (!table.findColumn(col))
      fail(def.where, fmt::format("column \"{}\" referenced in foreign key constraint does not exist", col.str()));
  for (const auto &col : ref_columns)
    if (!referenced->findColumn(col))
      fail(def.where, fmt::format("column \"{}\" referenced in foreign key constraint does not exist", col.str()));
  // The referenced columns need a unique constraint or a plain unique index.
  bool unique = false;
  for (const auto &c : referenced->constraints)
    unique |= (c.kind == ConstraintKind::primary_key || c.kind == ConstraintKind::unique) && !c.deferrable &&
              sameColumnSet(c.columns, ref_columns);
  for (const auto &[name, index] : indexes_) {
    if (index.tableName() != referenced->name || !index.unique || index.predicate) continue;
    std::vector<Identifier> cols;
    bool plain = true;
    for (const auto &k : index.keys) {
      if (!k.column) plain = false;
      else cols.push_back(*k.column);
    }
    unique |= plain && sameColumnSet(cols, ref_columns);
  }
  if (!unique)
    fail(def.where, fmt::format("there is no unique constraint matching given keys for referenced table \"{}\"",
                                referenced->name.name.str()));
  for (const auto &col : r.on_delete_columns)
    if (std::find(def.columns.begin(), def.columns.end(), col) == def.columns.end())
      fail(def.where, fmt::format("column \"{}\" referenced in ON DELETE SET action must be part of foreign key", col.str()));

  Constraint c;
  c.kind = ConstraintKind::foreign_key;
  c.columns = def.columns;
  c.references = ForeignKey{referenced->name, ref_columns, r.match, r.on_update, r.on_delete, r.on_delete_columns};
  c.deferrable = def.deferrable;
  c.initially_deferred = def.initially_deferred;
  c.validated = !def.not_valid;
  const Identifier &schema = table.name.schema;
  if (def.name) {
    if (table.findConstraint(*def.name))
      fail(def.where, fmt::format("constraint \"{}\" for relation \"{}\" already exists", def.name->str(),
                                  table.name.name.str()));
    c.name = *def.name;
  } else {
    c.name = Identifier::exact(naming::chooseName(table.name.name.str(), naming::nameAddition(names(def.columns)), "fkey",
                                                  [&](const std::string &n) { return constraintExists(schema, n); }));
  }
  constraint_names_.insert({schema, c.name});
  table.constraints.push_back(std::move(c));
}

// ---------------------------------------------------------------- ALTER TABLE

void SchemaBuilder::alterTable(const ast::AlterTable &s, const SourceLocation &where) {
  Table *found = findTable(s.table);
  // Only OWNER TO, which pg_dump also writes for sequences and views.
  bool only_owner = std::all_of(s.actions.begin(), s.actions.end(),
                                [](const auto &a) { return std::holds_alternative<ast::SetOwner>(a.first); });
  if (!found && only_owner) {
    if (Sequence *sequence = findSequence(s.table)) {
      for (const auto &[action, at] : s.actions) {
        sequence->owner = std::get<ast::SetOwner>(action).role;
        if (sequence->owner) mergeIntoOwner(sequence->acl, *sequence->owner);
      }
      return;
    }
    if (View *view = findView(s.table)) {  // ALTER TABLE takes views too
      for (const auto &[action, at] : s.actions) setOwner(*view, std::get<ast::SetOwner>(action));
      return;
    }
  }
  if (!found) {
    if (s.if_exists) return;
    fail(where, fmt::format("relation \"{}\" does not exist", joinName(s.table)));
  }
  Table &table = *found;
  const std::vector<Column> columns_before = table.columns;
  const std::vector<Constraint> constraints_before = table.constraints;
  auto columnOrFail = [&](const Identifier &name, const SourceLocation &at) -> Column & {
    Column *c = table.findColumn(name);
    if (!c) fail(at, fmt::format("column \"{}\" of relation \"{}\" does not exist", name.str(), table.name.name.str()));
    return *c;
  };
  for (const auto &[action, at] : s.actions) {
    std::visit(
        [&, at = at](const auto &a) {
          using T = std::decay_t<decltype(a)>;
          if constexpr (std::is_same_v<T, ast::AddColumn>) {
            if (table.findColumn(a.column.name)) {
              if (a.if_not_exists) return;
              fail(at, fmt::format("column \"{}\" of relation \"{}\" already exists", a.column.name.str(), table.name.name.str()));
            }
            std::vector<ConstraintDef> pending;
            addColumn(table, a.column, pending);
            addConstraints(table, std::move(pending), false);
          } else if constexpr (std::is_same_v<T, ast::AddConstraint>) {
            addConstraints(table, {a.constraint}, false);
          } else if constexpr (std::is_same_v<T, ast::SetDefault>) {
            Column &c = columnOrFail(a.column, at);
            if (c.identity)
              fail(at, fmt::format("column \"{}\" of relation \"{}\" is an identity column", c.name.str(), table.name.name.str()));
            if (c.generated)
              fail(at, fmt::format("column \"{}\" of relation \"{}\" is a generated column", c.name.str(), table.name.name.str()));
            c.default_value = rawExpression(a.expression, a.expression_text, at);
          } else if constexpr (std::is_same_v<T, ast::DropDefault>) {
            columnOrFail(a.column, at).default_value.reset();
          } else if constexpr (std::is_same_v<T, ast::SetNotNull>) {
            columnOrFail(a.column, at).not_null = true;
          } else if constexpr (std::is_same_v<T, ast::DropNotNull>) {
            Column &c = columnOrFail(a.column, at);
            if (const Constraint *pk = table.primaryKey();
                pk && std::find(pk->columns.begin(), pk->columns.end(), c.name) != pk->columns.end())
              fail(at, fmt::format("column \"{}\" is in a primary key", c.name.str()));
            if (c.identity)
              fail(at, fmt::format("column \"{}\" of relation \"{}\" is an identity column", c.name.str(), table.name.name.str()));
            c.not_null = false;
          } else if constexpr (std::is_same_v<T, ast::AlterColumnType>) {
            Column &c = columnOrFail(a.column, at);
            if (c.inherit_count > 0) fail(at, fmt::format("cannot alter inherited column \"{}\"", c.name.str()));
            TypeName type = resolveType(a.type, at);
            if (c.identity) {
              std::string error;
              auto options = applySequenceOptions(c.identity->options, {}, type, error);
              if (!options) fail(at, error);
              c.identity->options = *options;
            }
            c.type = type;
            c.collation = resolveCollation(a.collation, at);
            if (c.collation && c.collation->schema.str() == "pg_catalog" && c.collation->name.str() == "default")
              c.collation.reset();
          } else if constexpr (std::is_same_v<T, ast::AddIdentity>) {
            Column &c = columnOrFail(a.column, at);
            if (c.identity)
              fail(at, fmt::format("column \"{}\" of relation \"{}\" is already an identity column", c.name.str(), table.name.name.str()));
            if (!c.not_null)
              fail(at, fmt::format("column \"{}\" of relation \"{}\" must be declared NOT NULL before identity can be added",
                                   c.name.str(), table.name.name.str()));
            if (c.default_value)
              fail(at, fmt::format("column \"{}\" of relation \"{}\" already has a default value", c.name.str(), table.name.name.str()));
            addIdentity(table, c, a.kind, a.options, at);
          } else if constexpr (std::is_same_v<T, ast::DropIdentity>) {
            Column &c = columnOrFail(a.column, at);
            if (!c.identity) {
              if (a.if_exists) return;
              fail(at, fmt::format("column \"{}\" of relation \"{}\" is not an identity column", c.name.str(), table.name.name.str()));
            }
            relation_names_.erase({table.name.schema, c.identity->sequence_name});
            c.identity.reset();
          } else if constexpr (std::is_same_v<T, ast::DropColumn>) {
            if (!table.findColumn(a.column)) {
              if (a.if_exists) return;
              fail(at, fmt::format("column \"{}\" of relation \"{}\" does not exist", a.column.str(), table.name.name.str()));
            }
            if (table.findColumn(a.column)->inherit_count > 0)
              fail(at, fmt::format("cannot drop inherited column \"{}\"", a.column.str()));
            dropColumn(table, a.column, at);
          } else if constexpr (std::is_same_v<T, ast::DropConstraint>) {
            if (const Constraint *c = table.findConstraint(a.name); c && c->inherit_count > 0)
              fail(at, fmt::format("cannot drop inherited constraint \"{}\" of relation \"{}\"", a.name.str(),
                                   table.name.name.str()));
            dropConstraint(table, a.name, a.if_exists, at);
          } else if constexpr (std::is_same_v<T, ast::SetOwner>) {
            setOwner(table, a);
          } else if constexpr (std::is_same_v<T, ast::SetRowSecurity>) {
            setRowSecurity(table, a);
          } else if constexpr (std::is_same_v<T, ast::ValidateConstraint>) {
            for (auto &c : table.constraints) {
              if (c.name == a.name) {
                c.validated = true;
                return;
              }
            }
            fail(at, fmt::format("constraint \"{}\" of relation \"{}\" does not exist", a.name.str(), table.name.name.str()));
          } else if constexpr (std::is_same_v<T, ast::AttachPartition>) {
            attachPartition(table, a, at);
          } else if constexpr (std::is_same_v<T, ast::DetachPartition>) {
            detachPartition(table, a, at);
          } else if constexpr (std::is_same_v<T, ast::Inherit>) {
            addInherit(table, a.parent, at);
          } else if constexpr (std::is_same_v<T, ast::NoInherit>) {
            removeInherit(table, a.parent, at);
          }
        },
        action);
  }
  if (table.partition_key && !s.only) syncPartitions(table, columns_before);
  syncChildren(table, columns_before, constraints_before, s.only, where);
}

void SchemaBuilder::dropConstraint(Table &table, const Identifier &name, bool if_exists, const SourceLocation &where) {
  auto it = std::find_if(table.constraints.begin(), table.constraints.end(), [&](const Constraint &c) { return c.name == name; });
  if (it == table.constraints.end()) {
    if (if_exists) return;
    fail(where, fmt::format("constraint \"{}\" of relation \"{}\" does not exist", name.str(), table.name.name.str()));
  }
  if (it->kind == ConstraintKind::primary_key || it->kind == ConstraintKind::unique) {
    // A foreign key elsewhere may rest on this key.
    for (const auto &[other_name, other] : tables_) {
      for (const auto &fk : other.constraints) {
        if (fk.kind == ConstraintKind::foreign_key && fk.references->table == table.name &&
            sameColumnSet(fk.references->columns, it->columns))
          fail(where, fmt::format("cannot drop constraint {} on table {} because constraint {} on table {} depends on it",
                                  name.str(), table.name.name.str(), fk.name.str(), other.name.name.str()));
      }
    }
  }
  if (it->kind == ConstraintKind::primary_key || it->kind == ConstraintKind::unique || it->kind == ConstraintKind::exclusion)
    relation_names_.erase({table.name.schema, it->name});
  constraint_names_.erase(constraint_names_.find({table.name.schema, it->name}));
  table.constraints.erase(it);
}

void SchemaBuilder::dropColumn(Table &table, const Identifier &column, const SourceLocation &where) {
  auto uses = [&](const std::vector<Identifier> &cols) { return std::find(cols.begin(), cols.end(), column) != cols.end(); };
  auto exprUses = [&](const std::optional<Expression> &e) {
    return e && e->syntax && uses(expr::referencedColumns(*e->syntax));
  };
  // Constraints and indexes on the column go with it, as in PostgreSQL.
  std::vector<Identifier> doomed;
  for (const auto &c : table.constraints) {
    bool hit = uses(c.columns) || uses(c.include) || exprUses(c.check);
    for (const auto &e : c.exclusion) hit |= (e.key.column && *e.key.column == column) || exprUses(e.key.expression);
    if (hit) doomed.push_back(c.name);
  }
  for (const auto &name : doomed) dropConstraint(table, name, false, where);
  for (auto it = indexes_.begin(); it != indexes_.end();) {
    const Index &index = it->second;
    bool hit = index.tableName() == table.name && (uses(index.include) || exprUses(index.predicate));
    if (index.tableName() == table.name)
      for (const auto &k : index.keys) hit |= (k.column && *k.column == column) || exprUses(k.expression);
    if (hit) {
      relation_names_.erase(it->first);
      it = indexes_.erase(it);
    } else {
      ++it;
    }
  }
  for (auto it = sequences_.begin(); it != sequences_.end();) {
    if (it->second.owned_by && it->second.owned_by->table == table.name && it->second.owned_by->column == column) {
      relation_names_.erase(it->first);
      it = sequences_.erase(it);
    } else {
      ++it;
    }
  }
  auto col = std::find_if(table.columns.begin(), table.columns.end(), [&](const Column &c) { return c.name == column; });
  if (col->identity) relation_names_.erase({table.name.schema, col->identity->sequence_name});
  table.columns.erase(col);
}

}  // namespace pgshift
