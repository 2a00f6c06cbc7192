#pragma once
// Changes to user-defined types (part of change.h's closed set).

#include <vector>

#include "compiler/model/schema_model.h"

namespace pgshift::diff {

// A column of a table on both sides whose type is (an array of) a type being swapped,
// as it is before and after.
struct TypeColumn {
  QualifiedName table;
  Column from;
  Column to;
};

struct CreateEnum { EnumType type; };
struct DropEnum { EnumType type; };
// The values changed. `in_place` when the old values keep their order among the new
// ones: ALTER TYPE ... ADD VALUE each; otherwise (values removed or reordered) a new type
// is swapped in. Going back from an in-place addition is a swap too. `columns` are the
// columns the swap converts (both ways), whose defaults the swap also sets.
struct AlterEnum {
  EnumType from;
  EnumType to;
  bool in_place = false;
  std::vector<TypeColumn> columns;
  // Checks and indexes, the same on both sides, whose expressions name the type (a
  // constant 'x'::mood): the conversion cannot rebuild them over the new type, so the
  // swap drops them first and puts them back after.
  std::vector<std::pair<QualifiedName, Constraint>> checks;
  std::vector<Index> indexes;
};

struct CreateDomain { Domain domain; };
struct DropDomain { Domain domain; };
// Default, NOT NULL and checks (the base type and collation are the same).
struct AlterDomain {
  Domain from;
  Domain to;
};

struct CreateComposite { CompositeType type; };
struct DropComposite { CompositeType type; };
// Attributes added, dropped or given another type, the rest keeping their order.
struct AlterComposite {
  CompositeType from;
  CompositeType to;
};

struct CreateRange { RangeType type; };
struct DropRange { RangeType type; };

}  // namespace pgshift::diff
