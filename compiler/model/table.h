#pragma once
// Tables.

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/column.h"
#include "compiler/model/constraint.h"
#include "compiler/model/identifier.h"
#include "compiler/model/partition.h"
#include "compiler/model/privilege.h"
#include "compiler/model/rel_option.h"

namespace pgshift {

struct Table {
  QualifiedName name;
  std::vector<Column> columns;          // in attribute order
  std::vector<Constraint> constraints;  // sorted by name
  bool unlogged = false;
  std::vector<RelOption> options;       // WITH (...)
  std::optional<PartitionKey> partition_key;   // a partitioned table
  std::optional<PartitionBound> partition_of;  // a partition: its parent and bound
  // INHERITS (...): the parents of a table that inherits (not partitions), in order
  // (pg_inherits.inhseqno). Its columns and CHECK constraints include what they give it.
  std::vector<QualifiedName> inherits;
  std::optional<std::string> comment;
  // The owning role when known: always from a live database, from a file only where it
  // says so (OWNER TO, AUTHORIZATION). Compared only when the target states it.
  std::optional<Identifier> owner;
  Acl acl = defaultAcl(AclObject::table);  // relacl / nspacl, NULL as acldefault()
  // ALTER TABLE ... ENABLE / FORCE ROW LEVEL SECURITY (relrowsecurity, relforcerowsecurity).
  bool row_security = false;
  bool force_row_security = false;

  const Column *findColumn(const Identifier &column) const;
  Column *findColumn(const Identifier &column);
  const Constraint *findConstraint(const Identifier &constraint) const;
  // The primary key, if the table has one.
  const Constraint *primaryKey() const;

  friend bool operator==(const Table &, const Table &) = default;
};

}  // namespace pgshift
