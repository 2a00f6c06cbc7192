#pragma once
// How ruleutils prints names of objects that may live in pg_catalog.

#include <string>

#include "compiler/model/identifier.h"

namespace pgshift {

// With search_path = pg_catalog only pg_catalog's objects print unqualified.
inline std::string catalogNameSql(const QualifiedName &name) {
  return name.schema.str() == "pg_catalog" ? name.name.sql() : name.sql();
}

}  // namespace pgshift
