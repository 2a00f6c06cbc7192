#pragma once
// The catalog queries, one per catalog area. Each runs once for the whole database
// (never per table), with the session catalog_reader.cpp sets up: search_path =
// pg_catalog, so pg_get_expr() and friends qualify every name outside pg_catalog.

#include <string>

namespace pgshift::introspect::sql {

// The WITH clause every query starts from: user_ns (the user's schemas) and user_tables
// (the plain tables in them), both without extensions' objects.
const std::string &userObjects();

// Objects the model cannot represent yet: one description per row.
extern const std::string unsupported;
extern const std::string schemas;
extern const std::string tables;
extern const std::string columns;
extern const std::string sequences;
extern const std::string constraints;
extern const std::string indexes;
extern const std::string index_columns;
extern const std::string comments;

}  // namespace pgshift::introspect::sql
