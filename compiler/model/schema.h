#pragma once
// Schemas (namespaces).

#include <optional>
#include <string>

#include "compiler/model/identifier.h"

namespace pgshift {

struct Schema {
  Identifier name;
  std::optional<std::string> comment;

  friend bool operator==(const Schema &, const Schema &) = default;
};

}  // namespace pgshift
