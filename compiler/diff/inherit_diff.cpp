#include "compiler/diff/inherit_diff.h"

#include <algorithm>

namespace pgshift::diff {

std::vector<std::pair<const Table *, const Table *>> keptParents(const SchemaModel &from, const SchemaModel &to,
                                                                  const Table &from_table, const Table &to_table) {
  std::vector<std::pair<const Table *, const Table *>> out;
  for (const auto &p : to_table.inherits) {
    if (std::find(from_table.inherits.begin(), from_table.inherits.end(), p) == from_table.inherits.end()) continue;
    const Table *old_parent = from.findTable(p), *new_parent = to.findTable(p);
    if (old_parent && new_parent) out.emplace_back(old_parent, new_parent);
  }
  return out;
}

bool childKeepsColumn(const SchemaModel &from, const SchemaModel &to, const QualifiedName &parent,
                      const Identifier &column) {
  for (const auto &t : to.tables) {
    if (std::find(t.inherits.begin(), t.inherits.end(), parent) == t.inherits.end() || !t.findColumn(column)) continue;
    const Table *old = from.findTable(t.name);
    if (old && old->findColumn(column) &&
        std::find(old->inherits.begin(), old->inherits.end(), parent) != old->inherits.end())
      return true;
  }
  return false;
}

Table withOverridesLocal(const Table &table, const SchemaModel &model) {
  Table out = table;
  for (auto &c : out.columns) {
    if (c.is_local) continue;
    const Column *given = nullptr;
    for (const auto &p : table.inherits)
      if (const Table *parent = model.findTable(p); parent && (given = parent->findColumn(c.name))) break;
    if (!given) {
      c.is_local = true;  // no parent on this side gives it: the table must
      continue;
    }
    if (!(c.default_value == given->default_value) || c.not_null != given->not_null || !(c.generated == given->generated))
      c.is_local = true;
  }
  return out;
}

}  // namespace pgshift::diff
