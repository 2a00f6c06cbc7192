#pragma once
// Catalog rows of user-defined types (enums, domains, composite and range types).

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/identifier.h"
#include "compiler/model/type_name.h"

namespace pgshift::introspect {

struct EnumRow {
  QualifiedName name;
  std::vector<std::string> values;  // by enumsortorder
};

struct DomainRow {
  QualifiedName name;
  TypeName base;
  bool not_null = false;
  std::optional<QualifiedName> collation;  // only when not the base type's
  std::optional<std::string> default_value;
};

struct DomainCheckRow {
  QualifiedName domain;
  Identifier name;
  std::string check;  // pg_get_expr(conbin, 0): "(VALUE > 0)"
  bool validated = true;
};

// One attribute of a composite type; a type without attributes has one row without one.
struct CompositeAttributeRow {
  QualifiedName type;
  std::optional<Identifier> name;
  TypeName attribute_type;
  std::optional<QualifiedName> collation;  // only when not the attribute type's
};

struct RangeRow {
  QualifiedName name;
  TypeName subtype;
  std::optional<QualifiedName> subtype_opclass;  // only when not a default class
  std::optional<QualifiedName> collation;        // only when not the subtype's
  std::optional<QualifiedName> canonical;
  std::optional<QualifiedName> subtype_diff;
  QualifiedName multirange;
};

struct TypeRows {
  std::vector<EnumRow> enums;
  std::vector<DomainRow> domains;
  std::vector<DomainCheckRow> domain_checks;
  std::vector<CompositeAttributeRow> composite_attributes;  // by type, then attnum
  std::vector<RangeRow> ranges;
};

}  // namespace pgshift::introspect
