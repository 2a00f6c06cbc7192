#pragma once
// The catalog queries for user-defined types: five, for the whole database.

#include <pqxx/pqxx>

#include "introspect/type_rows.h"

namespace pgshift::introspect {

TypeRows queryTypes(pqxx::transaction_base &tx);

}  // namespace pgshift::introspect
