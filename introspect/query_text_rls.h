#pragma once
// The catalog queries for extensions, row level security and policies (one each, for
// the whole database); query_text.h describes the session they run in.

#include <string>

namespace pgshift::introspect::sql {

std::string extensions();
std::string rowSecurity();
std::string policies();
// Owners of schemas ('n'), tables ('r') and sequences ('S'); every role's name.
std::string owners();
std::string roles();
// One row per privilege of schemas ('n'), tables ('r'), sequences ('S') and columns
// ('c'), NULL ACLs as acldefault(); the owner as grantee or grantor is ''.
std::string privileges();
// pg_default_acl, one row an aclitem privilege; current_user's role as ''.
std::string defaultAcls();

}  // namespace pgshift::introspect::sql
