#include "compiler/diff/view_diff.h"

#include <algorithm>

#include "compiler/diff/retyped_columns.h"
#include "compiler/diff/routine_diff.h"

namespace pgshift::diff {
namespace {

// How two definitions of the same view compare, with what the notes must say.
enum class QueryMatch { same, approximately_same, unknown, different };

QueryMatch compareQueries(const ViewQuery &a, const ViewQuery &b) {
  if (a.exact && b.exact) return a.text == b.text ? QueryMatch::same : QueryMatch::different;
  if (a.loose.empty() || b.loose.empty()) return QueryMatch::unknown;
  return looseQueriesMatch(a.loose, b.loose) ? QueryMatch::approximately_same : QueryMatch::different;
}

// CREATE OR REPLACE VIEW can take `to` in place of `from`: a plain view on both sides,
// the old columns first with the same names and (provably) the same types.
bool replaceable(const View &from, const View &to) {
  if (from.materialized || to.materialized || !from.columns_known || !to.columns_known) return false;
  if (to.columns.size() < from.columns.size()) return false;
  for (size_t i = 0; i < from.columns.size(); ++i) {
    const auto &a = from.columns[i], &b = to.columns[i];
    if (a.name != b.name || !a.type || !b.type || *a.type != *b.type) return false;
  }
  return true;
}

}  // namespace

std::set<QualifiedName> diffViews(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  // Columns that go away or change type under the views reading them (also the columns
  // an enum swap converts to its new type, and the swapped enum itself), and functions
  // dropped or re-created under the views calling them.
  std::set<QualifiedColumn> broken_columns = retypedColumns(out.changes);
  std::set<QualifiedName> broken_relations, swapped_types;
  for (const auto &c : out.changes) {
    if (auto *d = std::get_if<DropColumn>(&c)) broken_columns.insert({d->table, d->column.name});
    if (auto *d = std::get_if<DropTable>(&c)) broken_relations.insert(d->table.name);
    if (auto *e = std::get_if<AlterEnum>(&c); e && !e->in_place) swapped_types.insert(e->from.name);
  }
  const std::set<QualifiedName> broken_functions = functionsDropped(from, to);

  std::set<QualifiedName> recreate, replace, drop, create;
  auto note = [&](const View &v, const std::string &what) { out.notes.push_back(std::string(v.kind()) + " " + v.name.sql() + ": " + what); };

  for (const auto &v : to.views) {
    const View *old = from.findView(v.name);
    if (!old) {
      create.insert(v.name);
      continue;
    }
    bool changed = old->materialized != v.materialized || old->options != v.options ||
                   !sameViewColumns(*old, v);
    switch (compareQueries(old->query, v.query)) {
      case QueryMatch::same: break;
      case QueryMatch::different: changed = true; break;
      case QueryMatch::approximately_same:
        if (!changed)
          note(v, std::string("definition taken as unchanged: the queries match once qualifiers, casts, parentheses and aliases are "
                              "ignored") +
                      (old->query.loose.find(kLooseStar) != std::string::npos || v.query.loose.find(kLooseStar) != std::string::npos
                           ? " and a * pgshift could not expand is taken for the columns it lists"
                           : ""));
        break;
      case QueryMatch::unknown:
        if (!changed) note(v, "definition taken as unchanged: pgshift could not read the database's query to compare it");
        break;
    }
    if (!changed) continue;
    if (replaceable(*old, v)) replace.insert(v.name);
    else recreate.insert(v.name);
  }
  for (const auto &v : from.views)
    if (!to.findView(v.name)) drop.insert(v.name);

  // Views over what goes away or changes type, and views over those, go away for a while.
  bool grew = true;
  while (grew) {
    grew = false;
    for (const auto &v : from.views) {
      if (drop.count(v.name) || recreate.count(v.name)) continue;
      bool broken = std::any_of(v.reads_columns.begin(), v.reads_columns.end(),
                                [&](const QualifiedColumn &c) { return broken_columns.count(c) != 0; }) ||
                    std::any_of(v.reads.begin(), v.reads.end(), [&](const QualifiedName &r) {
                      return broken_relations.count(r) || drop.count(r) || recreate.count(r);
                    }) ||
                    std::any_of(broken_functions.begin(), broken_functions.end(),
                                [&](const QualifiedName &f) { return queryMentions(v, f.name); }) ||
                    std::any_of(swapped_types.begin(), swapped_types.end(),
                                [&](const QualifiedName &t) { return queryMentions(v, t.name); });
      // A view that gains columns is put back whole rather than by CREATE OR REPLACE: the
      // down migration could not take the columns away again that way ("cannot drop
      // columns from view").
      bool gains_columns = false;
      if (replace.count(v.name)) {
        const View *next = to.findView(v.name);
        gains_columns = next->columns.size() != v.columns.size();
      }
      if (!broken && !gains_columns) continue;
      replace.erase(v.name);
      if (to.findView(v.name)) recreate.insert(v.name);
      else drop.insert(v.name);
      grew = true;
    }
  }

  // Drops first (with their indexes), then creates, then replacements; the planner orders them.
  auto indexesOf = [&](const QualifiedName &name) {
    std::vector<Index> out_indexes;
    for (const auto &i : from.indexes)
      if (i.tableName() == name) out_indexes.push_back(i);
    return out_indexes;
  };
  for (const auto &v : from.views)
    if (drop.count(v.name) || recreate.count(v.name)) out.changes.push_back(DropView{v, v.materialized ? indexesOf(v.name) : std::vector<Index>{}});
  for (const auto &v : to.views) {
    if (!create.count(v.name) && !recreate.count(v.name)) continue;
    out.changes.push_back(CreateView{v});
  }
  for (const auto &v : to.views) {
    const View *old = from.findView(v.name);
    if (replace.count(v.name)) out.changes.push_back(ReplaceView{*old, v});
    // Comments: a new (or re-created) view carries its own; otherwise what changed.
    bool fresh = create.count(v.name) || recreate.count(v.name);
    auto kind = v.materialized ? SetComment::Kind::materialized_view : SetComment::Kind::view;
    std::optional<std::string> old_comment = fresh ? std::nullopt : old->comment;
    if (old_comment != v.comment) out.changes.push_back(SetComment{kind, v.name, {}, old_comment, v.comment});
    for (const auto &c : v.columns) {
      const ViewColumn *oc = fresh ? nullptr : old->findColumn(c.name);
      std::optional<std::string> before = oc ? oc->comment : std::nullopt;
      if (before != c.comment) out.changes.push_back(SetComment{SetComment::Kind::column, v.name, c.name, before, c.comment});
    }
  }
  return recreate;
}

}  // namespace pgshift::diff
