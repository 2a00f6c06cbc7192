#pragma once
// Type names as written -> the types they name, with PostgreSQL's lookup rules.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "compiler/expr/node.h"
#include "compiler/model/type_name.h"

namespace pgshift {

// Resolves `syntax`: an unqualified name is a pg_catalog type if there is one, else the
// first schema of `search_path` where `user_type_exists` finds it; "_int4" is int4[];
// modifiers are encoded into the typmod. Returns nullopt with `error` set otherwise.
std::optional<TypeName> resolveType(const expr::TypeSyntax &syntax, const std::vector<Identifier> &search_path,
                                    const std::function<bool(const QualifiedName &)> &user_type_exists,
                                    std::string &error);

}  // namespace pgshift
