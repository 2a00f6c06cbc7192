#pragma once
// Row level security policies (pg_policy).

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/expression.h"
#include "compiler/model/identifier.h"

namespace pgshift {

// FOR ALL | SELECT | INSERT | UPDATE | DELETE, as polcmd stores it.
enum class PolicyCommand : char { all = '*', select = 'r', insert = 'a', update = 'w', delete_ = 'd' };

// "ALL", "SELECT", ...
const char *policyCommandSql(PolicyCommand command);

struct Policy {
  QualifiedName table;
  Identifier name;
  bool permissive = true;  // AS PERMISSIVE (default) or AS RESTRICTIVE
  PolicyCommand command = PolicyCommand::all;
  // The roles it applies to, sorted; PUBLIC is the name "public" (no role may be called
  // that). pg_policy stores {0} for PUBLIC.
  std::vector<Identifier> roles;
  std::optional<Expression> using_expr;  // polqual
  std::optional<Expression> check_expr;  // polwithcheck

  friend bool operator==(const Policy &, const Policy &) = default;
};

// "TO a, b" role list as SQL: PUBLIC unquoted, other roles quoted as identifiers.
std::string policyRolesSql(const std::vector<Identifier> &roles);

}  // namespace pgshift
