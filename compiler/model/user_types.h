#pragma once
// User-defined types: enums, domains, composite types and range types. Each kind has its
// own flat collection in SchemaModel; they refer to other types by TypeName.

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/expression.h"
#include "compiler/model/identifier.h"
#include "compiler/model/privilege.h"
#include "compiler/model/type_name.h"

namespace pgshift {

// CREATE TYPE ... AS ENUM: the labels in their sort order (pg_enum.enumsortorder).
struct EnumType {
  QualifiedName name;
  std::vector<std::string> values;
  std::optional<std::string> comment;
  // Ownership and privileges (typowner, typacl), relative to the owner.
  std::optional<Identifier> owner;
  Acl acl = defaultAcl(AclObject::type);

  friend bool operator==(const EnumType &, const EnumType &) = default;
};

// A domain's CHECK constraint; the expression refers to the value as VALUE.
struct DomainCheck {
  Identifier name;
  Expression check;
  bool validated = true;  // false: added NOT VALID and not validated since

  friend bool operator==(const DomainCheck &, const DomainCheck &) = default;
};

// CREATE DOMAIN. NOT NULL is a property of the type (typnotnull), not a named constraint.
struct Domain {
  QualifiedName name;
  TypeName base;
  std::optional<QualifiedName> collation;  // only when it differs from the base type's own
  std::optional<Expression> default_value;
  bool not_null = false;
  std::vector<DomainCheck> checks;  // sorted by name
  std::optional<std::string> comment;
  // Ownership and privileges (typowner, typacl), relative to the owner.
  std::optional<Identifier> owner;
  Acl acl = defaultAcl(AclObject::domain);

  const DomainCheck *findCheck(const Identifier &check) const {
    for (const auto &c : checks)
      if (c.name == check) return &c;
    return nullptr;
  }
  friend bool operator==(const Domain &, const Domain &) = default;
};

struct CompositeAttribute {
  Identifier name;
  TypeName type;
  std::optional<QualifiedName> collation;  // only when it differs from the type's own

  friend bool operator==(const CompositeAttribute &, const CompositeAttribute &) = default;
};

// CREATE TYPE ... AS (attributes): attributes in order.
struct CompositeType {
  QualifiedName name;
  std::vector<CompositeAttribute> attributes;
  std::optional<std::string> comment;
  // Ownership and privileges (typowner, typacl), relative to the owner.
  std::optional<Identifier> owner;
  Acl acl = defaultAcl(AclObject::type);

  const CompositeAttribute *findAttribute(const Identifier &attribute) const {
    for (const auto &a : attributes)
      if (a.name == attribute) return &a;
    return nullptr;
  }
  friend bool operator==(const CompositeType &, const CompositeType &) = default;
};

// CREATE TYPE ... AS RANGE, with every option PostgreSQL would otherwise choose itself
// left out (the default operator class, the subtype's collation) or made explicit (the
// multirange type's name).
struct RangeType {
  QualifiedName name;
  TypeName subtype;
  std::optional<QualifiedName> subtype_opclass;  // only when not the subtype's default btree class
  std::optional<QualifiedName> collation;        // only when not the subtype's own
  std::optional<QualifiedName> canonical;        // functions
  std::optional<QualifiedName> subtype_diff;
  QualifiedName multirange;
  std::optional<std::string> comment;
  // Ownership and privileges (typowner, typacl), relative to the owner.
  std::optional<Identifier> owner;
  Acl acl = defaultAcl(AclObject::type);

  friend bool operator==(const RangeType &, const RangeType &) = default;
};

// makeMultirangeTypeName(): "range" in the name becomes "multirange", else
// "_multirange" is appended; cut to 63 bytes.
std::string defaultMultirangeName(const std::string &range_name);

}  // namespace pgshift
