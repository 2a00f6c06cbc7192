#pragma once
// Model objects -> the DDL that creates, drops or alters them. Pure functions, one small
// file per object kind; names are always schema-qualified so the statements mean the
// same whatever the search_path.

#include <optional>
#include <string>

#include "compiler/model/schema_model.h"

namespace pgshift::planner::ddl {

// schema_ddl.cpp
std::string createSchema(const Schema &s);
std::string dropSchema(const Schema &s);

// sequence_ddl.cpp
// "AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE"
std::string sequenceOptions(const SequenceOptions &o, bool with_type);
std::string createSequence(const Sequence &s);
std::string dropSequence(const Sequence &s);
std::string ownedBy(const QualifiedName &sequence, const std::optional<QualifiedColumn> &owner);

// column_ddl.cpp
// "name type [COLLATE c] [DEFAULT e | GENERATED ...] [NOT NULL]" as in CREATE TABLE.
std::string columnDefinition(const QualifiedName &table, const Column &c, bool with_not_null = true);
std::string identityClause(const QualifiedName &table, const Identity &identity);
std::string alterTable(const QualifiedName &table, const std::string &action);
std::string alterColumn(const QualifiedName &table, const Identifier &column, const std::string &action);

// table_ddl.cpp
// CREATE TABLE with the columns and every constraint except foreign keys and the ones
// not yet validated (which need ALTER TABLE ... NOT VALID).
std::string createTable(const Table &t);
std::string dropTable(const QualifiedName &t);
// ALTER TABLE parent ATTACH PARTITION / DETACH PARTITION, for a table that is a partition.
std::string attachPartition(const Table &partition);
std::string detachPartition(const Table &partition);

// policy_ddl.cpp
std::string createPolicy(const Policy &p);
std::string dropPolicy(const Policy &p);
// ALTER POLICY with every clause `to` has (the same ones the old policy has).
std::string alterPolicy(const Policy &to);

// constraint_ddl.cpp
std::string addConstraint(const QualifiedName &table, const Constraint &c, bool not_valid);
std::string dropConstraint(const QualifiedName &table, const Identifier &name);
std::string validateConstraint(const QualifiedName &table, const Identifier &name);

// index_ddl.cpp
std::string createIndex(const Index &i, bool concurrently);
std::string dropIndex(const QualifiedName &i, bool concurrently);
// The unique index behind a primary key or unique constraint, so it can be built
// CONCURRENTLY and then attached with ADD CONSTRAINT ... USING INDEX.
Index constraintIndex(const QualifiedName &table, const Constraint &c);

// comment_ddl.cpp
std::string comment(const std::string &target, const std::optional<std::string> &text);

}  // namespace pgshift::planner::ddl
