#pragma once
// ACLs -> GRANT and REVOKE: the fewest statements that turn one ACL into the other.

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/privilege.h"

namespace pgshift::planner::ddl {

// `object` as GRANT names it ("TABLE public.t", "TYPE public.mood"); `column` set for
// column privileges. The owner's own entry is granted to `owner`, or CURRENT_USER (the
// role running the migration, who then owns what it creates) when unknown. Revokes
// first, then grants.
std::vector<std::string> aclChange(const std::string &object, const Identifier &column, const std::optional<Identifier> &owner,
                                   const Acl &from, const Acl &to);

}  // namespace pgshift::planner::ddl
