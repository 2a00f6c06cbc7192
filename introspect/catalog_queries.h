#pragma once
// Runs the catalog queries (query_text.h) and decodes their rows. The only code here
// that talks to the database; everything after it is pure (builders.h).

#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "introspect/catalog_rows.h"

namespace pgshift::introspect {

// Descriptions of the objects the model cannot represent ("view public.v").
std::vector<std::string> queryUnsupported(pqxx::transaction_base &tx);
// Everything else, one query per kind of row.
CatalogRows queryCatalog(pqxx::transaction_base &tx);
// Functions, procedures and triggers (routine_queries.cpp): two queries.
void queryRoutines(pqxx::transaction_base &tx, CatalogRows &rows);

}  // namespace pgshift::introspect
