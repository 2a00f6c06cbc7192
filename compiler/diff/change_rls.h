#pragma once
// Changes to extensions, row level security and policies; part of change.h.

#include "compiler/model/schema_model.h"

namespace pgshift::diff {

struct CreateExtension { Extension extension; };
struct DropExtension { Extension extension; };
// Its schema, its version (when the target states one) or its comment (when stated).
struct AlterExtension {
  Extension from;
  Extension to;
};

// ENABLE / DISABLE / FORCE / NO FORCE ROW LEVEL SECURITY on a table.
struct SetRowSecurity {
  QualifiedName table;
  bool from_enabled = false, to_enabled = false;
  bool from_forced = false, to_forced = false;
};

struct CreatePolicy { Policy policy; };
struct DropPolicy { Policy policy; };
// Roles, USING or WITH CHECK changed, with the same clauses present on both sides (what
// ALTER POLICY can do both ways); anything else is a drop and a create.
struct AlterPolicy {
  Policy from;
  Policy to;
};

// When an owner or privileges step runs: after the object is created and before it is
// dropped; or, for an object dropped and created again, once before the drop (giving
// back, on the way down, what the object had) and once after the create.
enum class AclTiming : char { around, before_drop, after_create };

// ALTER ... OWNER TO, where the target states an owner the source does not have (and,
// for a dropped object with a known owner, back to the migrating role before the drop,
// so that the down migration gives it back).
struct SetOwner {
  enum class Kind : char { schema, table, sequence, collation, view, materialized_view, function, procedure, type, domain };
  Kind kind = Kind::table;
  QualifiedName object;            // for a schema: {schema, schema}
  std::optional<Identifier> from;  // unset: not stated (the role that ran the old schema)
  std::optional<Identifier> to;    // unset: the role running the migration
  AclTiming timing = AclTiming::around;
  std::string signature;  // a function's or procedure's, "public.f(integer)"
};

// GRANT / REVOKE turning one ACL into another (on a new object, from what CREATE gives;
// on a dropped one, back to that before the drop, so the down migration restores it).
struct SetPrivileges {
  AclObject kind = AclObject::table;
  QualifiedName object;            // the table, sequence; for a schema, {schema, schema}
  Identifier column;               // for column privileges
  std::optional<Identifier> owner;  // the owner's name when known, for grants to the owner
  Acl from;
  Acl to;
  AclTiming timing = AclTiming::around;
  std::string signature;  // a function's or procedure's, "public.f(integer)"
  bool procedure = false;
};

// ALTER DEFAULT PRIVILEGES turning one pg_default_acl entry into another (`from` and
// `to` name the same role, schema and kind; an absent entry has its implicit ACL).
struct SetDefaultPrivileges {
  DefaultAcl from;
  DefaultAcl to;
};

}  // namespace pgshift::diff
