#pragma once
// Syntax tree of GRANT and REVOKE on objects; part of statement.h.

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/identifier.h"
#include "compiler/model/source_location.h"
#include "compiler/frontend/statement_routines.h"

namespace pgshift::ast {

struct GrantPrivilege {
  std::string name;                 // lower case: "select", "temp"; empty for ALL
  std::vector<Identifier> columns;  // (a, b): column privileges
  SourceLocation where;
};

// GRANT privileges ON target TO grantees [WITH GRANT OPTION], or REVOKE [GRANT OPTION
// FOR] privileges ON target FROM grantees.
struct Grant {
  enum class Target : char {
    tables, sequences, schemas, all_tables_in_schema, all_sequences_in_schema,
    routines, all_routines_in_schema,  // FUNCTION, PROCEDURE, ROUTINE (`routine_kind`)
    types, domains                     // TYPE (any user-defined type, domains too), DOMAIN
  };
  bool is_grant = true;
  bool grant_option = false;  // WITH GRANT OPTION / GRANT OPTION FOR
  std::vector<GrantPrivilege> privileges;  // one entry with an empty name: ALL [PRIVILEGES]
  Target target = Target::tables;
  std::vector<std::vector<Identifier>> objects;  // names, possibly qualified; schema names
  std::vector<Identifier> grantees;              // "public" is PUBLIC
  // Routines: 'f' FUNCTION(S), 'p' PROCEDURE(S), 'r' ROUTINE(S); their argument lists,
  // one per object (unset: no parentheses).
  char routine_kind = 'r';
  std::vector<std::optional<std::vector<FunctionParam>>> routine_params;
};

// ALTER DEFAULT PRIVILEGES [FOR ROLE roles] [IN SCHEMA schemas] GRANT / REVOKE ... ON
// TABLES / SEQUENCES / FUNCTIONS / ROUTINES / TYPES / SCHEMAS; `grant` holds the
// privileges, grantees and options (its target and objects unused).
struct AlterDefaultPrivileges {
  std::vector<std::optional<Identifier>> roles;  // FOR ROLE; an unset one: the role running the file
  std::vector<Identifier> schemas;               // IN SCHEMA
  char kind = 'r';                               // defaclobjtype: 'r', 'S', 'f', 'T', 'n'
  Grant grant;
};

}  // namespace pgshift::ast
