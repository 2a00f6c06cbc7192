#pragma once
// User-defined types of two models -> changes (type_changes.h).

#include "compiler/diff/change.h"

namespace pgshift::diff {

// Appends the changes to enums, domains, composite and range types to `out`, after the
// table changes: a swapped enum takes over the default changes of the columns it
// converts. Throws std::runtime_error ("unsupported: ...") for a change pgshift cannot
// make safely (an enum losing values while a domain or another type uses it).
void diffTypes(const SchemaModel &from, const SchemaModel &to, Diff &out);

}  // namespace pgshift::diff
