#pragma once
// Declarative partitioning: a partitioned table's key, a partition's place in its parent.

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/expression.h"
#include "compiler/model/identifier.h"
#include "compiler/model/index_key.h"
#include "compiler/model/type_name.h"

namespace pgshift {

// PARTITION BY: how a partitioned table routes rows to its partitions.
struct PartitionKey {
  enum class Strategy : char { range = 'r', list = 'l', hash = 'h' };
  Strategy strategy = Strategy::range;
  // The keys as a schema file wrote them, for the normalizer; empty for a database source.
  std::vector<IndexKey> keys;
  // pg_get_partkeydef()'s text, e.g. "RANGE (created_at)": what is compared.
  std::string definition;
  bool exact = true;  // false: `definition` could not be proven to be PostgreSQL's
  // The type of each key, once normalized (unset when unknown): what bounds coerce to.
  std::vector<std::optional<TypeName>> types;

  friend bool operator==(const PartitionKey &a, const PartitionKey &b) { return a.definition == b.definition; }
};

// PARTITION OF parent FOR VALUES ... / DEFAULT.
struct PartitionBound {
  QualifiedName parent;
  enum class Kind : char { list, range, hash, default_partition };
  Kind kind = Kind::default_partition;
  // The values as a schema file wrote them (MINVALUE and MAXVALUE as column references),
  // for the normalizer; empty for a database source.
  std::vector<Expression> values;  // IN (...), or FROM (...)
  std::vector<Expression> upper;   // TO (...)
  int64_t modulus = 0, remainder = 0;
  // pg_get_expr(relpartbound)'s text, e.g. "FOR VALUES FROM ('2024-01-01') TO
  // ('2024-02-01')", "DEFAULT": what is compared.
  std::string definition;
  bool exact = true;

  friend bool operator==(const PartitionBound &a, const PartitionBound &b) {
    return a.parent == b.parent && a.definition == b.definition;
  }
};

}  // namespace pgshift
