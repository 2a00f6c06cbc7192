#pragma once
// Rows of the function and trigger queries (routine_queries.cpp).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compiler/model/aggregate.h"
#include "compiler/model/identifier.h"
#include "compiler/model/privilege.h"

namespace pgshift::introspect {

// A type as the model names it: the element type's name and whether it is its array.
struct TypeRef {
  QualifiedName name;
  bool is_array = false;
};

struct FunctionArgRow {
  char mode = 'i';
  std::string name;
  TypeRef type;
  std::optional<std::string> default_text;  // pg_get_function_arg_default()
};

// One pg_proc row of kind f, p or a, with its comment (and an aggregate's pg_aggregate row).
struct FunctionRow {
  QualifiedName name;
  char kind = 'f';
  TypeRef return_type;
  bool returns_set = false;
  std::string language;
  char volatility = 'v';
  bool strict = false;
  bool security_definer = false;
  bool leakproof = false;
  char parallel = 'u';
  float cost = 100;
  float rows = 0;
  std::vector<std::string> config;
  std::string body;
  std::optional<std::string> comment;
  std::vector<FunctionArgRow> args;
  Identifier owner;
  Acl acl;  // proacl, NULL read as acldefault(); relative to the owner
  std::optional<Aggregate> aggregate;
};

// One pg_trigger row (not internal), with its comment.
struct TriggerRow {
  QualifiedName table;
  Identifier name;
  int16_t type = 0;
  std::vector<Identifier> columns;
  QualifiedName function;
  std::vector<std::string> args;
  std::optional<std::string> when;  // the text inside WHEN (...) of pg_get_triggerdef()
  bool constraint = false;
  bool deferrable = false;
  bool initially_deferred = false;
  std::optional<Identifier> old_table;
  std::optional<Identifier> new_table;
  std::optional<std::string> comment;
};

}  // namespace pgshift::introspect
