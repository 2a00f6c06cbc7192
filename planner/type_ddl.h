#pragma once
// User-defined types -> the DDL that creates, drops or alters them.

#include <string>
#include <vector>

#include "compiler/diff/type_changes.h"

namespace pgshift::planner::ddl {

std::string createEnum(const EnumType &t);
// ALTER TYPE ... ADD VALUE 'v' [placement], placement being "BEFORE 'x'", "AFTER 'x'" or "".
std::string addEnumValue(const QualifiedName &type, const std::string &value, const std::string &placement);
std::string dropType(const QualifiedName &type);
// The statements that put a type back with its comment (and a domain's unvalidated
// checks), for reverses.
std::vector<std::string> createDomain(const Domain &d);
std::vector<std::string> createComposite(const CompositeType &t);
std::vector<std::string> createRange(const RangeType &t);
std::vector<std::string> recreateEnum(const EnumType &t);
std::string domainCheck(const DomainCheck &c);
// The swap of an enum for one with `to`'s values: create it under a temporary name,
// convert `columns` (whose defaults become their `to` side's), drop the old type and
// rename. `reverse` swaps the columns' sides.
// `created`: the ACL CREATE TYPE gives while the plan runs (the default privileges).
std::vector<std::string> swapEnum(const EnumType &to, const diff::AlterEnum &change, bool reverse, const Acl &created);

}  // namespace pgshift::planner::ddl
