#pragma once
// Privileges as PostgreSQL stores them: an ACL, a list of aclitems (grantee, grantor,
// privileges, grant options). Kept relative to the object's owner, so that a schema file
// that does not say who owns an object compares equal with a database that does: the
// owner is the grantee or grantor `aclOwner()`.

#include <compare>
#include <cstdint>
#include <string>
#include <vector>

#include "compiler/model/identifier.h"

namespace pgshift {

// ACL_* bits of PostgreSQL's parsenodes.h, in aclitem order (arwdDxtXUCTc).
namespace privilege {
inline constexpr uint32_t insert = 1 << 0;      // a
inline constexpr uint32_t select = 1 << 1;      // r
inline constexpr uint32_t update = 1 << 2;      // w
inline constexpr uint32_t delete_ = 1 << 3;     // d
inline constexpr uint32_t truncate = 1 << 4;    // D
inline constexpr uint32_t references = 1 << 5;  // x
inline constexpr uint32_t trigger = 1 << 6;     // t
inline constexpr uint32_t execute = 1 << 7;     // X
inline constexpr uint32_t usage = 1 << 8;       // U
inline constexpr uint32_t create = 1 << 9;      // C
inline constexpr uint32_t temporary = 1 << 10;  // T
inline constexpr uint32_t connect = 1 << 11;    // c
}  // namespace privilege

// The kinds of object an ACL belongs to, with the privileges each supports. A view (or
// materialized view) has a table's privileges, its columns a table column's; a domain a type's (USAGE), told apart for
// the statements (ON DOMAIN).
enum class AclObject : char { table, column, sequence, schema, view, view_column, function, type, domain };

// Every privilege `kind` supports (what ALL means), e.g. arwdDxt for a table.
uint32_t allPrivileges(AclObject kind);
// The privilege a keyword names ("select", "temp"); 0 when there is none.
uint32_t privilegeNamed(const std::string &lower_case_name);
// "SELECT, INSERT" for a set of bits, in aclitem order.
std::string privilegesSql(uint32_t bits);

// The owner of the object, as grantee or grantor.
inline Identifier aclOwner() { return Identifier(); }
// PUBLIC as a grantee ("public": no role may be called that).
inline Identifier aclPublic() { return Identifier::exact("public"); }

struct AclItem {
  Identifier grantee;  // aclOwner(), aclPublic() or a role
  Identifier grantor;  // aclOwner() or a role
  uint32_t privileges = 0;
  uint32_t grant_options = 0;  // a subset of `privileges`

  friend auto operator<=>(const AclItem &, const AclItem &) = default;
  friend bool operator==(const AclItem &, const AclItem &) = default;
};

// Sorted by grantee and grantor; no item without privileges.
using Acl = std::vector<AclItem>;

// What a NULL acl means: the owner's default privileges (acldefault()). A column's is
// empty; a function's (or procedure's) gives EXECUTE to PUBLIC too, a type's (or
// domain's) USAGE.
Acl defaultAcl(AclObject kind);

// GRANT (with grant options when `with_grant_option`) and REVOKE (only the grant options
// when `grant_option_only`), as PostgreSQL merges them into an ACL; grantor the owner.
void grant(Acl &acl, const Identifier &grantee, uint32_t bits, bool with_grant_option);
void revoke(Acl &acl, const Identifier &grantee, uint32_t bits, bool grant_option_only);
// ALTER ... OWNER TO `role`: what was granted to the new owner merges into the owner's
// own entry (PostgreSQL's aclnewowner()).
void mergeIntoOwner(Acl &acl, const Identifier &role);

}  // namespace pgshift
