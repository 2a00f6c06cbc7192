#pragma once
// Schemas (namespaces).

#include <optional>
#include <string>

#include "compiler/model/identifier.h"
#include "compiler/model/privilege.h"

namespace pgshift {

struct Schema {
  Identifier name;
  std::optional<std::string> comment;
  // The owning role when known: always from a live database, from a file only where it
  // says so (OWNER TO, AUTHORIZATION). Compared only when the target states it.
  std::optional<Identifier> owner;
  Acl acl = defaultAcl(AclObject::schema);  // relacl / nspacl, NULL as acldefault()

  friend bool operator==(const Schema &, const Schema &) = default;
};

}  // namespace pgshift
