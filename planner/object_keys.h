#pragma once
// Names for the things steps create, remove and need, as strings the dependency graph
// matches on. Two steps touching the same object produce the same key.

#include <string>
#include <vector>

#include "compiler/model/identifier.h"

namespace pgshift::planner::keys {

inline std::string schema(const Identifier &s) { return "schema:" + s.sql(); }
inline std::string table(const QualifiedName &t) { return "table:" + t.sql(); }
inline std::string column(const QualifiedName &t, const Identifier &c) { return "column:" + t.sql() + "." + c.sql(); }
// A column's type (not its length or precision): an expression reading the column is
// analyzed against it, so checks, indexes and defaults that read a column are dropped
// before its type changes and created after.
inline std::string columnType(const QualifiedName &t, const Identifier &c) { return "type:" + t.sql() + "." + c.sql(); }
// A column's NOT NULL (a primary key added with USING INDEX needs it first).
inline std::string notNull(const QualifiedName &t, const Identifier &c) { return "notnull:" + t.sql() + "." + c.sql(); }
inline std::string constraint(const QualifiedName &t, const Identifier &c) { return "constraint:" + t.sql() + "." + c.sql(); }
inline std::string index(const QualifiedName &i) { return "index:" + i.sql(); }
inline std::string sequence(const QualifiedName &s) { return "sequence:" + s.sql(); }
inline std::string relation(const QualifiedName &r) { return "relation:" + r.sql(); }
inline std::string extension(const Identifier &e) { return "extension:" + e.sql(); }
inline std::string policy(const QualifiedName &t, const Identifier &p) { return "policy:" + t.sql() + "." + p.sql(); }
// A unique key over these columns (what a foreign key references), in any order.
std::string uniqueKey(const QualifiedName &t, std::vector<Identifier> columns);

}  // namespace pgshift::planner::keys
