#include "compiler/diff/retyped_columns.h"

#include <algorithm>

namespace pgshift::diff {

std::set<QualifiedColumn> retypedColumns(const std::vector<Change> &changes) {
  std::set<QualifiedColumn> out;
  for (const auto &c : changes) {
    if (auto *a = std::get_if<AlterColumn>(&c); a && (a->has(type_changed) || a->has(collation_changed)))
      out.insert({a->table, a->from.name});
    if (auto *e = std::get_if<AlterEnum>(&c); e && !e->in_place)
      for (const auto &col : e->columns) out.insert({col.table, col.from.name});
  }
  return out;
}

bool readsRetyped(const std::set<QualifiedColumn> &retyped, const QualifiedName &table, const std::vector<Identifier> &columns) {
  return std::any_of(columns.begin(), columns.end(), [&](const Identifier &c) { return retyped.count({table, c}) != 0; });
}

}  // namespace pgshift::diff
