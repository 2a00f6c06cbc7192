#include "compiler/diff/routine_diff.h"
#include "compiler/diff/retyped_columns.h"

#include <algorithm>
#include <set>

namespace pgshift::diff {
namespace {

// The function and trigger definitions without their comments (and a function without
// its owner and privileges, which diff_owner.cpp and diff_privileges.cpp compare).
Function definition(Function f) {
  f.comment.reset();
  f.owner.reset();
  f.acl.clear();
  return f;
}

// The same function, commented the same (owner and privileges aside).
bool sameFunction(const Function &a, const Function &b) { return definition(a) == definition(b) && a.comment == b.comment; }

bool calls(const std::optional<Expression> &e, const std::set<QualifiedName> &functions) {
  if (!e) return false;
  return std::any_of(e->functions.begin(), e->functions.end(), [&](const QualifiedName &f) { return functions.count(f) != 0; });
}

bool constraintCalls(const Constraint &c, const std::set<QualifiedName> &functions) {
  if (calls(c.check, functions) || calls(c.exclusion_predicate, functions)) return true;
  return std::any_of(c.exclusion.begin(), c.exclusion.end(), [&](const auto &e) { return calls(e.key.expression, functions); });
}

bool indexCalls(const Index &i, const std::set<QualifiedName> &functions) {
  if (calls(i.predicate, functions)) return true;
  return std::any_of(i.keys.begin(), i.keys.end(), [&](const IndexKey &k) { return calls(k.expression, functions); });
}

// Whether an aggregate is made of one of these functions (by name).
bool usesAny(const Function &f, const std::set<QualifiedName> &functions) {
  if (!f.aggregate) return false;
  for (const auto &g : f.aggregate->functions())
    if (functions.count(g)) return true;
  return false;
}

// Aggregates that stay but are made of a function dropped (and maybe created again):
// PostgreSQL keeps the function while they exist, so they go first and come back after.
std::vector<const Function *> aggregatesOnDropped(const SchemaModel &from, const SchemaModel &to,
                                                  const std::set<QualifiedName> &dropped) {
  std::vector<const Function *> out;
  for (const auto &f : to.functions) {
    const Function *old = from.findFunction(f);
    if (old && !dropped.count(f.name) && usesAny(*old, dropped)) out.push_back(&f);
  }
  return out;
}

class RoutineDiffer {
public:
  RoutineDiffer(const SchemaModel &from, const SchemaModel &to, const std::set<QualifiedName> &recreated_views,
                std::vector<Change> &changes)
      : from_(from), to_(to), recreated_views_(recreated_views), changes_(changes) {}

  void run() {
    functions();
    triggers();
    dependents();
  }

private:
  void functions() {
    for (const auto &f : to_.functions) {
      const Function *old = from_.findFunction(f);
      if (!old) {
        changes_.push_back(CreateFunction{f});
      } else if (!sameFunction(*old, f)) {
        bool in_place = definition(*old) == definition(f) || replaceableInPlace(*old, f);
        if (!in_place) recreated_.insert(f.name);
        changes_.push_back(ReplaceFunction{*old, f, in_place});
      }
    }
    for (const auto &f : from_.functions) {
      if (!to_.findFunction(f)) {
        changes_.push_back(DropFunction{f});
        recreated_.insert(f.name);  // what still calls it (by name) must let go first
      }
    }
    for (const Function *f : aggregatesOnDropped(from_, to_, recreated_)) {
      const Function &old = *from_.findFunction(*f);
      std::erase_if(changes_, [&](const Change &c) {
        auto *r = std::get_if<ReplaceFunction>(&c);
        return r && r->to.name == f->name && r->to.inputTypes() == f->inputTypes();
      });
      changes_.push_back(ReplaceFunction{old, *f, false});
      recreated_.insert(f->name);
    }
  }

  // The columns a trigger depends on: UPDATE OF's and its WHEN's.
  static std::vector<Identifier> triggerColumns(const Trigger &t) {
    std::vector<Identifier> out = t.columns;
    if (t.when) out.insert(out.end(), t.when->columns.begin(), t.when->columns.end());
    return out;
  }

  void triggers() {
    const std::set<QualifiedColumn> retyped = retypedColumns(changes_);
    for (const auto &t : to_.triggers) {
      const Trigger *old = from_.findTrigger(t.table, t.name);
      if (!old) {
        changes_.push_back(CreateTrigger{t});
      } else if (recreated_.count(t.function) || recreated_.count(old->function) || recreated_views_.count(t.table) ||
                 readsRetyped(retyped, old->table, triggerColumns(*old))) {
        changes_.push_back(DropTrigger{*old});
        changes_.push_back(CreateTrigger{t});
      } else if (!(*old == t)) {
        changes_.push_back(ReplaceTrigger{*old, t});
      }
    }
    for (const auto &t : from_.triggers)
      if (!to_.findTrigger(t.table, t.name)) changes_.push_back(DropTrigger{t});  // also before its table goes
  }

  template <typename C, typename Match>
  bool already(Match match) const {
    return std::any_of(changes_.begin(), changes_.end(), [&](const Change &c) {
      auto *x = std::get_if<C>(&c);
      return x && match(*x);
    });
  }

  // Defaults, checks and indexes that stay but call a function that is dropped and
  // created. A default is dropped before and set again after (two column changes).
  void dependents() {
    if (recreated_.empty()) return;
    for (const auto &t : to_.tables) {
      const Table *old = from_.findTable(t.name);
      if (!old) continue;
      for (const auto &c : t.columns) {
        const Column *before = old->findColumn(c.name);
        if (!before || !calls(before->default_value, recreated_)) continue;
        if (already<AlterColumn>([&](const AlterColumn &a) { return a.table == t.name && a.to.name == c.name; })) continue;
        Column bare = *before;
        bare.default_value.reset();
        changes_.push_back(AlterColumn{t.name, *before, bare, default_changed});
        changes_.push_back(AlterColumn{t.name, bare, c, default_changed});
      }
      for (const auto &c : t.constraints) {
        const Constraint *before = old->findConstraint(c.name);
        if (!before || !constraintCalls(*before, recreated_)) continue;
        if (already<DropConstraint>([&](const DropConstraint &d) { return d.table == t.name && d.constraint.name == c.name; }))
          continue;
        changes_.push_back(DropConstraint{t.name, *before});
        changes_.push_back(AddConstraint{t.name, c});
      }
    }
    for (const auto &i : to_.indexes) {
      const Index *before = from_.findIndex(i.name);
      if (!before || !indexCalls(*before, recreated_)) continue;
      if (already<DropIndex>([&](const DropIndex &d) { return d.index.name == i.name; })) continue;
      changes_.push_back(DropIndex{*before});
      changes_.push_back(CreateIndex{i});
    }
  }

  const SchemaModel &from_;
  const SchemaModel &to_;
  const std::set<QualifiedName> &recreated_views_;
  std::vector<Change> &changes_;
  std::set<QualifiedName> recreated_;  // functions dropped (and maybe created again), by name
};

}  // namespace

std::set<QualifiedName> functionsDropped(const SchemaModel &from, const SchemaModel &to) {
  std::set<QualifiedName> out;
  for (const auto &f : to.functions) {
    const Function *old = from.findFunction(f);
    if (old && !sameFunction(*old, f) && !(definition(*old) == definition(f) || replaceableInPlace(*old, f))) out.insert(f.name);
  }
  for (const auto &f : from.functions)
    if (!to.findFunction(f)) out.insert(f.name);
  for (const Function *f : aggregatesOnDropped(from, to, out)) out.insert(f->name);
  return out;
}

bool replaceableInPlace(const Function &from, const Function &to) {
  if (from.kind != to.kind || from.return_type != to.return_type || from.returns_set != to.returns_set) return false;
  // CREATE OR REPLACE AGGREGATE keeps the aggregate's kind and number of direct arguments.
  if (from.aggregate && to.aggregate &&
      (from.aggregate->kind != to.aggregate->kind || from.aggregate->direct_args != to.aggregate->direct_args))
    return false;
  auto outputs = [](const Function &f) {
    std::vector<FunctionArg> out;
    for (const auto &a : f.args)
      if (a.isOutput()) out.push_back(FunctionArg{a.mode, a.name, a.type, std::nullopt});
    return out;
  };
  if (outputs(from) != outputs(to)) return false;
  // Input parameters: the same modes and names (PostgreSQL refuses to rename one, and
  // naming an unnamed one could not be undone by the down migration); defaults neither
  // removed nor added (one cannot be removed, so the way back could not undo an added one).
  std::vector<const FunctionArg *> a, b;
  for (const auto &x : from.args)
    if (x.isInput()) a.push_back(&x);
  for (const auto &x : to.args)
    if (x.isInput()) b.push_back(&x);
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i]->mode != b[i]->mode || a[i]->name != b[i]->name) return false;
    if (a[i]->default_value.has_value() != b[i]->default_value.has_value()) return false;
  }
  return true;
}

void diffRoutines(const SchemaModel &from, const SchemaModel &to, const std::set<QualifiedName> &recreated_views,
                  std::vector<Change> &changes) {
  RoutineDiffer(from, to, recreated_views, changes).run();
}

}  // namespace pgshift::diff
