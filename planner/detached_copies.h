#pragma once
// What DETACH PARTITION leaves behind.

#include <string>

#include "compiler/model/schema_model.h"

namespace pgshift::planner {

// A detached partition keeps, as its own, the copies of its parent's constraints and
// indexes that it had as a partition (named by PostgreSQL, so not known offline). The
// model holds only what is the table's own, on either side of the plan (other steps
// may add the new side's before or after the DETACH), so this statement, run right
// after the DETACH, drops every other constraint and index of the table. Attaching
// again makes the copies afresh.
std::string dropDetachedCopies(const QualifiedName &table, const SchemaModel &from, const SchemaModel &to);

}  // namespace pgshift::planner
