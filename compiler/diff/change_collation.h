#pragma once
// Changes to collations; part of change.h. PostgreSQL cannot alter a collation's
// definition: a changed one is a DropCollation and a CreateCollation, with the columns
// and indexes using it moved off it before and back after (collation_diff.h).

#include "compiler/model/collation.h"

namespace pgshift::diff {

struct CreateCollation { Collation collation; };
struct DropCollation { Collation collation; };

}  // namespace pgshift::diff
