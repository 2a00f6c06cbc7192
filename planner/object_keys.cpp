#include "planner/object_keys.h"

#include <algorithm>

namespace pgshift::planner::keys {

std::string uniqueKey(const QualifiedName &t, std::vector<Identifier> columns) {
  std::sort(columns.begin(), columns.end());
  std::string out = "key:" + t.sql() + "(";
  for (size_t i = 0; i < columns.size(); ++i) out += (i ? "," : "") + columns[i].sql();
  return out + ")";
}

}  // namespace pgshift::planner::keys
