// Refusing, by name, what the model cannot hold yet: reading such a database would make
// a plan that silently drops or ignores those objects.
#include <fmt/format.h>

#include "introspect/builders.h"

namespace pgshift::introspect {

std::optional<std::string> unsupportedObjectsMessage(const std::string &database, const std::vector<std::string> &objects) {
  if (objects.empty()) return std::nullopt;
  constexpr size_t kShown = 20;
  std::string list;
  for (size_t i = 0; i < objects.size() && i < kShown; ++i) list += (i ? ", " : "") + objects[i];
  if (objects.size() > kShown) list += fmt::format(" and {} more", objects.size() - kShown);
  return fmt::format("database \"{}\" has objects pgshift does not support yet: {}", database, list);
}

}  // namespace pgshift::introspect
