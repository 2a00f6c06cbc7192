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
// A user-defined type (enum, domain, composite, range, multirange): created before what
// uses it, dropped after; an enum's new values are added before what uses them.
inline std::string userType(const QualifiedName &t) { return "usertype:" + t.sql(); }
// A function or procedure by its identity ("public.f(integer)"), and by name alone, which
// is all an expression's analysis records of the functions it calls.
inline std::string function(const std::string &signature) { return "function:" + signature; }
inline std::string functionName(const QualifiedName &f) { return "function-name:" + f.sql(); }
inline std::string trigger(const QualifiedName &t, const Identifier &name) { return "trigger:" + t.sql() + "." + name.sql(); }
// The range of values a partitioned table's partitions cover: partitions leave it
// (dropped, detached, moved) before others enter it, so that bounds never overlap.
inline std::string partitionBounds(const QualifiedName &t) { return "partitions:" + t.sql(); }
inline std::string extension(const Identifier &e) { return "extension:" + e.sql(); }
// A user-defined collation: created before the columns, indexes and types using it, dropped after.
inline std::string collation(const QualifiedName &c) { return "collation:" + c.sql(); }
inline std::string policy(const QualifiedName &t, const Identifier &p) { return "policy:" + t.sql() + "." + p.sql(); }
// A unique key over these columns (what a foreign key references), in any order.
std::string uniqueKey(const QualifiedName &t, std::vector<Identifier> columns);

}  // namespace pgshift::planner::keys
