#pragma once
// The catalog query for collations of the user's schemas.

#include <vector>

#include <pqxx/pqxx>

#include "compiler/model/collation.h"

namespace pgshift::introspect {

// The user's collations (not an extension's), with their owners and comments. The rows
// map one to one onto the model, so they are built here.
std::vector<Collation> queryCollations(pqxx::transaction_base &tx);

}  // namespace pgshift::introspect
