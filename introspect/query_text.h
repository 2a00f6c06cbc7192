#pragma once
// The catalog queries, one per catalog area. Each runs once for the whole database
// (never per table), with the session catalog_reader.cpp sets up: search_path =
// pg_catalog, so pg_get_expr() and friends qualify every name outside pg_catalog.

#include <string>

namespace pgshift::introspect::sql {

// The WITH clause every query starts from: ext (extension members), user_ns (the
// user's schemas), user_tables, user_views and user_relations (what an index is on).
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
extern const std::string views;
extern const std::string view_columns;
extern const std::string view_dependencies;

}  // namespace pgshift::introspect::sql
