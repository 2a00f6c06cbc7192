// Views and materialized views.
#include <algorithm>
#include <map>

#include "introspect/builders.h"

namespace pgshift::introspect {

std::vector<View> buildViews(const std::vector<ViewRow> &views, const std::vector<ViewColumnRow> &columns,
                             const std::vector<ViewDependencyRow> &dependencies) {
  std::map<Oid, View> by_oid;
  for (const auto &row : views) {
    View v;
    v.name = row.name;
    v.materialized = row.materialized;
    std::string text = row.definition;
    while (!text.empty() && (text.back() == ';' || text.back() == '\n' || text.back() == ' ')) text.pop_back();
    v.query.text = text;
    v.query.sql = text;
    v.query.exact = true;
    v.options = splitRelOptions(row.options);
    v.with_data = !row.materialized || row.populated;
    by_oid[row.oid] = std::move(v);
  }
  for (const auto &row : columns)
    if (auto it = by_oid.find(row.view); it != by_oid.end()) it->second.columns.push_back({row.name, row.type, std::nullopt});
  for (const auto &row : dependencies) {
    auto it = by_oid.find(row.view);
    if (it == by_oid.end()) continue;
    View &v = it->second;
    if (std::find(v.reads.begin(), v.reads.end(), row.relation) == v.reads.end()) v.reads.push_back(row.relation);
    if (row.column) v.reads_columns.push_back({row.relation, *row.column});
  }
  std::vector<View> out;
  for (auto &[oid, v] : by_oid) out.push_back(std::move(v));
  return out;
}

}  // namespace pgshift::introspect
