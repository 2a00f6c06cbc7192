#pragma once
// Rows of the extension, row security and policy queries (query_text_rls.h); part of
// catalog_rows.h.

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/identifier.h"

namespace pgshift::introspect {

struct ExtensionRow {
  Identifier name;
  Identifier schema;
  std::string version;
  std::optional<std::string> default_version;  // the control file's, which CREATE EXTENSION gives
  std::optional<std::string> comment;          // pg_description
  std::optional<std::string> control_comment;  // the control file's, which CREATE EXTENSION gives
};

struct RowSecurityRow {
  QualifiedName table;
  bool enabled = false;
  bool forced = false;
};

struct PolicyRow {
  QualifiedName table;
  Identifier name;
  bool permissive = true;
  char command = '*';                   // polcmd
  std::vector<Identifier> roles;        // "public" for PUBLIC
  std::optional<std::string> using_expr;
  std::optional<std::string> check_expr;
};

// The owner of a schema ('n', `name` unset), a table ('r') or a sequence ('S').
struct OwnerRow {
  char kind = 'n';
  Identifier schema;
  std::optional<Identifier> name;
  Identifier owner;
};

// One privilege of an ACL (aclexplode()).
struct PrivilegeRow {
  char kind = 'r';  // 'n' schema, 'r' table, 'S' sequence, 'c' column
  Identifier schema;
  std::optional<Identifier> name;
  std::optional<Identifier> column;
  Identifier grantee;  // empty: the owner; "public": PUBLIC
  Identifier grantor;  // empty: the owner
  std::string privilege;  // "SELECT", ...
  bool grantable = false;
};

// One privilege of a pg_default_acl entry (aclexplode()); an entry that revokes
// everything has one row without a privilege.
struct DefaultAclRow {
  Identifier role;  // empty: current_user
  std::optional<Identifier> schema;
  char kind = 'r';  // defaclobjtype
  Identifier grantee;  // empty: the role; "public": PUBLIC
  std::string privilege;
  bool grantable = false;
};

}  // namespace pgshift::introspect
