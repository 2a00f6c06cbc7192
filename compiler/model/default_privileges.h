#pragma once
// ALTER DEFAULT PRIVILEGES, as pg_default_acl stores it: per role, schema (or none: every
// schema) and kind of object, the ACL objects of that kind the role creates start with.

#include <compare>
#include <optional>
#include <vector>

#include "compiler/model/identifier.h"
#include "compiler/model/privilege.h"

namespace pgshift {

// defaclobjtype: TABLES (views and materialized views too), SEQUENCES, FUNCTIONS (and
// procedures), TYPES (and domains), SCHEMAS.
enum class DefaultAclKind : char { tables = 'r', sequences = 'S', functions = 'f', types = 'T', schemas = 'n' };

struct DefaultAcl {
  // The role whose new objects it applies to; empty: the role running the schema (a file
  // without FOR ROLE, or a database's current_user), the one that creates what a plan
  // creates.
  Identifier role;
  std::optional<Identifier> schema;  // IN SCHEMA; unset: every schema
  DefaultAclKind kind = DefaultAclKind::tables;
  // Relative to the role (the owner of the new objects). Every schema's: the whole ACL,
  // absent when it is acldefault(); one schema's: what it adds, absent when nothing.
  Acl acl;

  friend auto operator<=>(const DefaultAcl &, const DefaultAcl &) = default;
  friend bool operator==(const DefaultAcl &, const DefaultAcl &) = default;
};

// The object kind whose privileges an entry grants ("TABLES" grants a table's).
AclObject aclObjectOf(DefaultAclKind kind);
// "TABLES", "SEQUENCES", "FUNCTIONS", "TYPES", "SCHEMAS".
const char *defaultAclKindSql(DefaultAclKind kind);
// The ACL an entry that is not stored stands for: acldefault() for every schema's, none
// for one schema's.
Acl implicitDefaultAcl(DefaultAclKind kind, bool in_schema);
// What an object of `kind` in `schema` (a schema: unset) that `role` (empty: the role
// running the schema) creates starts with, under `entries` (get_user_default_acl()):
// every schema's entry (or acldefault()) merged with its schema's; relative to the role.
Acl creationAcl(const std::vector<DefaultAcl> &entries, const Identifier &role, DefaultAclKind kind,
                const std::optional<Identifier> &schema);

}  // namespace pgshift
