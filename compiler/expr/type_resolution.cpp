#include "compiler/expr/type_resolution.h"

#include <fmt/format.h>

#include "compiler/builtins/builtin_catalog.h"

namespace pgshift {
namespace {

std::string displayName(const expr::TypeSyntax &syntax) {
  std::string out;
  for (const auto &n : syntax.names) out += (out.empty() ? "" : ".") + n.str();
  return out;
}

// A built-in type by its pg_catalog name; array types ("_int4") become element + [].
std::optional<TypeName> builtinType(const std::string &name) {
  const builtins::TypeInfo *info = builtins::builtinTypeByName(name);
  if (!info) return std::nullopt;
  if (info->elem != builtins::kInvalidOid && name.size() > 1 && name[0] == '_') {
    const builtins::TypeInfo *element = builtins::builtinType(info->elem);
    return TypeName::builtin(std::string(element->name), -1, true);
  }
  return TypeName::builtin(name);
}

}  // namespace

std::optional<TypeName> resolveType(const expr::TypeSyntax &syntax, const std::vector<Identifier> &search_path,
                                    const std::function<bool(const QualifiedName &)> &user_type_exists,
                                    std::string &error) {
  std::optional<TypeName> type;
  const std::string &name = syntax.names.back().str();
  if (syntax.names.size() == 2) {
    QualifiedName qualified{syntax.names[0], syntax.names[1]};
    if (qualified.schema.str() == "pg_catalog") {
      type = builtinType(name);
    } else {
      // A type of a schema the model does not (yet) know, e.g. an extension's: trust
      // the qualified name as written.
      type = TypeName{qualified};
    }
  } else {
    type = builtinType(name);
    if (!type) {
      for (const auto &schema : search_path) {
        QualifiedName candidate{schema, syntax.names[0]};
        if (user_type_exists(candidate)) {
          type = TypeName{candidate};
          break;
        }
      }
    }
  }
  if (!type) {
    error = fmt::format("type \"{}\" does not exist", displayName(syntax));
    return std::nullopt;
  }
  if (syntax.typmod) {
    type->typmod = *syntax.typmod;
  } else if (!syntax.modifiers.empty()) {
    if (type->name.schema.str() != "pg_catalog") {
      error = fmt::format("type modifiers are not supported for type \"{}\"", displayName(syntax));
      return std::nullopt;
    }
    auto typmod = encodeTypmod(type->name.name.str(), syntax.modifiers, error);
    if (!typmod) return std::nullopt;
    type->typmod = *typmod;
  }
  if (syntax.is_array) type->is_array = true;
  return type;
}

}  // namespace pgshift
