#include "compiler/diff/diff.h"
#include "compiler/diff/collation_diff.h"
#include "compiler/diff/same_expression.h"
#include "compiler/diff/type_diff.h"
#include "compiler/diff/routine_diff.h"
#include "compiler/diff/diff_rls.h"
#include "compiler/diff/view_diff.h"
#include "compiler/diff/inherit_diff.h"

#include <algorithm>
#include <map>
#include <set>

namespace pgshift::diff {
namespace {

class Differ {
public:
  Differ(const SchemaModel &from, const SchemaModel &to) : from_(from), to_(to) {}

  Diff run() {
    schemas();
    sequences();
    tables();
    diffTypes(from_, to_, out_);  // before the views: an enum swap converts the columns they read
    recreated_views_ = diffViews(from_, to_, out_);
    indexes();
    diffRoutines(from_, to_, recreated_views_, out_.changes);
    return std::move(out_);
  }

private:
  void add(Change c) { out_.changes.push_back(std::move(c)); }

  bool sameExpression(const std::optional<Expression> &a, const std::optional<Expression> &b, const std::string &what) {
    return diff::sameExpression(a, b, what, out_.notes);
  }

  void comment(SetComment::Kind kind, QualifiedName object, Identifier sub, const std::optional<std::string> &from,
               const std::optional<std::string> &to) {
    if (from != to) add(SetComment{kind, std::move(object), std::move(sub), from, to});
  }

  void schemas() {
    for (const auto &s : to_.schemas) {
      const Schema *old = from_.findSchema(s.name);
      if (!old) {
        add(CreateSchema{s});
        comment(SetComment::Kind::schema, {s.name, s.name}, {}, std::nullopt, s.comment);
      } else {
        comment(SetComment::Kind::schema, {s.name, s.name}, {}, old->comment, s.comment);
      }
    }
    for (const auto &s : from_.schemas)
      if (!to_.findSchema(s.name)) add(DropSchema{s});
  }

  // Sequences owned by a column that the target no longer has go with the column or
  // table; the rest are created, dropped and altered on their own.
  bool ownerGoes(const Sequence &s) const {
    if (!s.owned_by) return false;
    const Table *t = to_.findTable(s.owned_by->table);
    return !t || !t->findColumn(s.owned_by->column);
  }

  void sequences() {
    for (const auto &s : to_.sequences) {
      const Sequence *old = from_.findSequence(s.name);
      if (!old) {
        add(CreateSequence{s});
        comment(SetComment::Kind::sequence, s.name, {}, std::nullopt, s.comment);
      } else {
        if (old->options != s.options || old->owned_by != s.owned_by || old->unlogged != s.unlogged) add(AlterSequence{*old, s});
        comment(SetComment::Kind::sequence, s.name, {}, old->comment, s.comment);
      }
    }
    for (const auto &s : from_.sequences) {
      if (to_.findSequence(s.name)) continue;
      // Goes with its column or table unless the owner stays (then it is dropped itself).
      if (ownerGoes(s)) continue;
      add(DropSequence{s});
    }
  }

  std::vector<Sequence> sequencesOwnedBy(const QualifiedName &table, const Identifier *column) const {
    std::vector<Sequence> out;
    for (const auto &s : from_.sequences) {
      if (!s.owned_by || s.owned_by->table != table || (column && s.owned_by->column != *column)) continue;
      if (to_.findSequence(s.name)) continue;  // it stays: an AlterSequence changes its owner first
      out.push_back(s);
    }
    return out;
  }

  // Tables PostgreSQL cannot turn into their new form in place: partitioned by another
  // key, or partitioned on one side only. They are dropped and created again, and so
  // are their partitions, which go with them.
  std::set<QualifiedName> tablesToRecreate() const {
    std::set<QualifiedName> out;
    for (const auto &t : to_.tables) {
      const Table *old = from_.findTable(t.name);
      if (old && old->partition_key != t.partition_key) out.insert(t.name);
    }
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto &t : from_.tables)
        if (t.partition_of && out.count(t.partition_of->parent) && to_.findTable(t.name) && out.insert(t.name).second)
          grew = true;
    }
    return out;
  }

  void tables() {
    recreated_ = tablesToRecreate();
    for (const auto &t : to_.tables) {
      const Table *old = from_.findTable(t.name);
      if (old && recreated_.count(t.name)) old = nullptr;
      if (!old) {
        Table created = withOverridesLocal(t, to_);
        std::vector<Constraint> foreign_keys;
        auto fk = std::stable_partition(created.constraints.begin(), created.constraints.end(),
                                        [](const Constraint &c) { return c.kind != ConstraintKind::foreign_key; });
        foreign_keys.assign(fk, created.constraints.end());
        created.constraints.erase(fk, created.constraints.end());
        add(CreateTable{created});
        for (const auto &c : foreign_keys) add(AddConstraint{t.name, c});
        comment(SetComment::Kind::table, t.name, {}, std::nullopt, t.comment);
        for (const auto &c : t.columns) comment(SetComment::Kind::column, t.name, c.name, std::nullopt, c.comment);
        for (const auto &c : t.constraints) comment(SetComment::Kind::constraint, t.name, c.name, std::nullopt, c.comment);
        continue;
      }
      alterTable(*old, t);
    }
    for (const auto &t : from_.tables) {
      if (to_.findTable(t.name) && !recreated_.count(t.name)) continue;
      // Its foreign keys go first as changes of their own, as they come last when a
      // table is created: two tables referencing each other can then both go.
      Table dropped = withOverridesLocal(t, from_);
      auto fk = std::stable_partition(dropped.constraints.begin(), dropped.constraints.end(),
                                      [](const Constraint &c) { return c.kind != ConstraintKind::foreign_key; });
      for (auto it = fk; it != dropped.constraints.end(); ++it) add(DropConstraint{t.name, *it});
      dropped.constraints.erase(fk, dropped.constraints.end());
      DropTable drop{dropped, {}, sequencesOwnedBy(t.name, nullptr)};
      for (const auto &i : from_.indexes)
        if (i.tableName() == t.name) drop.indexes.push_back(i);
      add(drop);
    }
  }

  // A partition's columns follow its parent's: what the parent's own change does to them
  // needs no change of the partition's. Returns the parent's column on both sides when
  // the table stays a partition of the same parent.
  // The same for a table that inherits: the first parent on both sides that has the
  // column on either side.
  std::pair<const Column *, const Column *> parentColumns(const Table &from, const Table &to, const Identifier &column) const {
    for (auto [old_parent, new_parent] : keptParents(from_, to_, from, to))
      if (old_parent->findColumn(column) || new_parent->findColumn(column))
        return {old_parent->findColumn(column), new_parent->findColumn(column)};
    if (!from.partition_of || !to.partition_of || from.partition_of->parent != to.partition_of->parent) return {};
    const Table *old_parent = from_.findTable(from.partition_of->parent);
    const Table *new_parent = to_.findTable(to.partition_of->parent);
    if (!old_parent || !new_parent || recreated_.count(new_parent->name)) return {};
    return {old_parent->findColumn(column), new_parent->findColumn(column)};
  }

  void alterTable(const Table &from, const Table &to) {
    if (from.unlogged != to.unlogged || from.options != to.options || from.partition_of != to.partition_of ||
        from.inherits != to.inherits)
      add(AlterTableProperties{from, to});
    comment(SetComment::Kind::table, to.name, {}, from.comment, to.comment);
    // Columns
    for (const auto &c : to.columns) {
      const Column *old = from.findColumn(c.name);
      std::string what = to.name.sql() + "." + c.name.sql();
      auto [old_parent, new_parent] = parentColumns(from, to, c.name);
      // The parent's new column: a partition's is the parent's; a child's is the
      // parent's copy, changed after where the child's differs.
      Column implied;
      if (!old && new_parent && !old_parent) {
        if (to.partition_of) continue;
        implied = inheritedColumn(*new_parent);
        old = &implied;
        old_parent = new_parent;
      }
      if (!old) {
        add(AddColumn{to.name, c});
        comment(SetComment::Kind::column, to.name, c.name, std::nullopt, c.comment);
        continue;
      }
      uint32_t changes = 0;
      if (old->type != c.type) changes |= type_changed;
      if (old->not_null != c.not_null) changes |= nullability_changed;
      if (!sameExpression(old->default_value, c.default_value, what + " DEFAULT")) changes |= default_changed;
      if (old->identity != c.identity) changes |= identity_changed;
      if (!sameExpression(old->generated, c.generated, what + " GENERATED")) changes |= generation_changed;
      if (old->collation != c.collation) changes |= collation_changed;
      if (old_parent && new_parent) {
        // What the parent changes the same way reaches the partition through the parent.
        auto follows = [&](auto field) { return field(*old) == field(*old_parent) && field(c) == field(*new_parent); };
        if (follows([](const Column &x) { return x.type; })) changes &= ~type_changed;
        if (follows([](const Column &x) { return x.collation; })) changes &= ~collation_changed;
        if (follows([](const Column &x) { return x.not_null; })) changes &= ~nullability_changed;
        if (follows([](const Column &x) { return x.default_value; })) changes &= ~default_changed;
      }
      if ((changes & generation_changed) && c.generated) {
        // PostgreSQL 15 cannot change a generation expression in place, nor make a
        // column generated: the column is put back, its values computed afresh.
        add(DropColumn{to.name, *old, sequencesOwnedBy(to.name, &old->name)});
        add(AddColumn{to.name, c});
      } else if (changes) {
        add(AlterColumn{to.name, *old, c, changes});
      }
      comment(SetComment::Kind::column, to.name, c.name, old->comment, c.comment);
    }
    for (const auto &c : from.columns) {
      if (to.findColumn(c.name)) continue;
      auto [old_parent, new_parent] = parentColumns(from, to, c.name);
      // Goes with the parent's column, unless the parent keeps its children's copies
      // (ONLY) or this one is the child's own as well.
      if (old_parent && !new_parent &&
          (to.partition_of ||
           (!c.is_local && c.inherit_count == 1 && !childKeepsColumn(from_, to_, parentOf(from, to, c.name), c.name))))
        continue;
      add(DropColumn{to.name, c, sequencesOwnedBy(to.name, &c.name), childKeepsColumn(from_, to_, to.name, c.name)});
    }
    // Constraints
    for (const auto &c : to.constraints) {
      const Constraint *old = from.findConstraint(c.name);
      if ((!old || old->kind != c.kind || !(old->check == c.check)) && followsParentCheck(from, to, old, &c)) continue;
      if (!old) {
        add(AddConstraint{to.name, c});
        comment(SetComment::Kind::constraint, to.name, c.name, std::nullopt, c.comment);
        continue;
      }
      bool same = old->kind == c.kind && sameDefinition(*old, c, to.name.sql() + " constraint " + c.name.sql());
      if (!same || (old->validated && !c.validated)) {
        add(DropConstraint{to.name, *old});
        add(AddConstraint{to.name, c});
        comment(SetComment::Kind::constraint, to.name, c.name, std::nullopt, c.comment);
        continue;
      }
      if (!old->validated && c.validated) add(ValidateConstraint{to.name, c});
      comment(SetComment::Kind::constraint, to.name, c.name, old->comment, c.comment);
    }
    for (const auto &c : from.constraints)
      if (!to.findConstraint(c.name) && !followsParentCheck(from, to, &c, nullptr)) add(DropConstraint{to.name, c});
  }

  // The parent (kept on both sides) that gave a child's column.
  QualifiedName parentOf(const Table &from, const Table &to, const Identifier &column) const {
    for (auto [old_parent, new_parent] : keptParents(from_, to_, from, to))
      if (old_parent->findColumn(column)) return old_parent->name;
    return to.name;
  }

  // A child's inherited CHECK constraint that its parent adds, drops or changes the
  // same way: the parent's change reaches it.
  bool followsParentCheck(const Table &from, const Table &to, const Constraint *old, const Constraint *now) const {
    if ((old && (old->is_local || old->inherit_count != 1)) || (now && now->is_local)) return false;
    for (auto [old_parent, new_parent] : keptParents(from_, to_, from, to)) {
      const Constraint *was = old_parent->findConstraint(old ? old->name : now->name);
      const Constraint *is = new_parent->findConstraint(old ? old->name : now->name);
      auto same = [](const Constraint *a, const Constraint *b) {
        if (!a || !b) return a == b;
        return a->kind == b->kind && a->check == b->check && !a->no_inherit;
      };
      if ((was || is) && same(was, old) && same(is, now)) return true;
    }
    return false;
  }

  // The same constraint whatever its validation state and comment.
  bool sameDefinition(const Constraint &a, const Constraint &b, const std::string &what) {
    Constraint x = a, y = b;
    x.validated = y.validated = true;
    x.comment = y.comment = std::nullopt;
    x.is_local = y.is_local = true;  // inheritance marks: no DDL changes them
    x.inherit_count = y.inherit_count = 0;
    if (!sameExpression(x.check, y.check, what)) return false;
    if (!sameExpression(x.exclusion_predicate, y.exclusion_predicate, what)) return false;
    x.check = y.check = std::nullopt;
    x.exclusion_predicate = y.exclusion_predicate = std::nullopt;
    if (x.exclusion.size() != y.exclusion.size()) return false;
    for (size_t i = 0; i < x.exclusion.size(); ++i) {
      if (!sameKey(x.exclusion[i].key, y.exclusion[i].key, what) || x.exclusion[i].op != y.exclusion[i].op) return false;
    }
    x.exclusion = y.exclusion = {};
    return x == y;
  }

  bool sameKey(const IndexKey &a, const IndexKey &b, const std::string &what) {
    IndexKey x = a, y = b;
    if (!sameExpression(x.expression, y.expression, what)) return false;
    x.expression = y.expression = std::nullopt;
    return x == y;
  }

  bool sameIndex(const Index &a, const Index &b) {
    Index x = a, y = b;
    std::string what = "index " + a.name.sql();
    x.comment = y.comment = std::nullopt;
    if (!sameExpression(x.predicate, y.predicate, what)) return false;
    x.predicate = y.predicate = std::nullopt;
    if (x.keys.size() != y.keys.size()) return false;
    for (size_t i = 0; i < x.keys.size(); ++i)
      if (!sameKey(x.keys[i], y.keys[i], what)) return false;
    x.keys = y.keys = {};
    return x == y;
  }

  // The relation an index is on stays: a table in the target that is not re-created
  // (to change its partitioning), or a materialized view on both sides that is not
  // dropped and created again.
  bool relationStays(const QualifiedName &name) const {
    if (to_.findTable(name)) return !recreated_.count(name);
    return to_.findView(name) && from_.findView(name) && !recreated_views_.count(name);
  }

  void indexes() {
    for (const auto &i : to_.indexes) {
      const Index *old = from_.findIndex(i.name);
      // An old index of that name on a table that is dropped goes with its table.
      if (old && !relationStays(old->tableName())) old = nullptr;
      if (!old) {
        add(CreateIndex{i});
        comment(SetComment::Kind::index, i.name, {}, std::nullopt, i.comment);
      } else if (!sameIndex(*old, i)) {
        add(DropIndex{*old});
        add(CreateIndex{i});
        comment(SetComment::Kind::index, i.name, {}, std::nullopt, i.comment);
      } else {
        comment(SetComment::Kind::index, i.name, {}, old->comment, i.comment);
      }
    }
    for (const auto &i : from_.indexes) {
      if (to_.findIndex(i.name)) continue;
      if (!relationStays(i.tableName())) continue;  // goes with its table
      add(DropIndex{i});
    }
  }

  const SchemaModel &from_;
  const SchemaModel &to_;
  std::set<QualifiedName> recreated_;
  Diff out_;
  std::set<QualifiedName> recreated_views_;
};

}  // namespace

Diff diffModels(const SchemaModel &original, const SchemaModel &to) {
  // What uses a collation that is re-created leaves it first (collation_diff.h).
  Diff detours;
  const SchemaModel from = leaveRecreatedCollations(original, to, detours);
  Diff out = Differ(from, to).run();
  out.changes.insert(out.changes.begin(), detours.changes.begin(), detours.changes.end());
  diffCollations(from, to, out);
  diffExtensionsAndPolicies(from, to, out);
  diffOwners(from, to, out);
  diffPrivileges(from, to, out);
  return out;
}

}  // namespace pgshift::diff
