#pragma once
// Table inheritance in the diff: what a parent's own change already does to its
// children (PostgreSQL recurses ADD / DROP / ALTER COLUMN and CHECK constraints into
// them), so that the children's side of it is not changed a second time.

#include <optional>

#include "compiler/model/schema_model.h"

namespace pgshift::diff {

// The parents a table has on both sides, as (from, to) pairs.
std::vector<std::pair<const Table *, const Table *>> keptParents(const SchemaModel &from, const SchemaModel &to,
                                                                  const Table &from_table, const Table &to_table);

// A dropped parent column some staying child keeps: the parent drops it with ONLY, so
// that the children keep their copies (and data) as their own.
bool childKeepsColumn(const SchemaModel &from, const SchemaModel &to, const QualifiedName &parent,
                      const Identifier &column);

// The columns of `table` that CREATE TABLE ... INHERITS must state although they are
// inherited: those whose default, NOT NULL or generation differs from what the parents
// give. They are marked local, so that the statement writes them out (PostgreSQL merges
// them into the inherited ones).
Table withOverridesLocal(const Table &table, const SchemaModel &model);

}  // namespace pgshift::diff
