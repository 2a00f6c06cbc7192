#pragma once
// Sequences, standalone or behind serial and identity columns.

#include <cstdint>
#include <optional>
#include <string>

#include "compiler/model/identifier.h"
#include "compiler/model/privilege.h"
#include "compiler/model/type_name.h"

namespace pgshift {

// A sequence's parameters with every default made explicit, as pg_sequence stores them,
// so that "START 1" and no START compare equal.
struct SequenceOptions {
  TypeName type = TypeName::builtin("int8");
  int64_t start = 1;
  int64_t increment = 1;
  int64_t min_value = 1;
  int64_t max_value = INT64_MAX;
  int64_t cache = 1;
  bool cycle = false;

  friend bool operator==(const SequenceOptions &, const SequenceOptions &) = default;
};

// A column of a table: what OWNED BY names.
struct QualifiedColumn {
  QualifiedName table;
  Identifier column;
  std::string sql() const { return table.sql() + "." + column.sql(); }
  friend auto operator<=>(const QualifiedColumn &, const QualifiedColumn &) = default;
  friend bool operator==(const QualifiedColumn &, const QualifiedColumn &) = default;
};

struct Sequence {
  QualifiedName name;
  SequenceOptions options;
  std::optional<QualifiedColumn> owned_by;
  bool unlogged = false;
  std::optional<std::string> comment;
  // The owning role when known: always from a live database, from a file only where it
  // says so (OWNER TO, AUTHORIZATION). Compared only when the target states it.
  std::optional<Identifier> owner;
  Acl acl = defaultAcl(AclObject::sequence);  // relacl / nspacl, NULL as acldefault()

  friend bool operator==(const Sequence &, const Sequence &) = default;
};

}  // namespace pgshift
