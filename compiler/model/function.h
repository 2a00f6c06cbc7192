#pragma once
// Functions and procedures, as pg_proc keeps them.

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/aggregate.h"
#include "compiler/model/expression.h"
#include "compiler/model/identifier.h"
#include "compiler/model/privilege.h"
#include "compiler/model/type_name.h"

namespace pgshift {

// One parameter: proargmodes, proargnames and proallargtypes at one position, with its
// default as pg_get_function_arg_default() prints it.
struct FunctionArg {
  // i IN, o OUT, b INOUT, v VARIADIC, t a column of RETURNS TABLE.
  char mode = 'i';
  Identifier name;  // empty: unnamed
  TypeName type;    // never with a typmod: PostgreSQL drops it
  std::optional<Expression> default_value;

  bool isInput() const { return mode == 'i' || mode == 'b' || mode == 'v'; }
  bool isOutput() const { return mode == 'o' || mode == 'b' || mode == 't'; }
  friend bool operator==(const FunctionArg &, const FunctionArg &) = default;
};

// A function, procedure or aggregate. Its identity is its schema, name and input argument types
// (overloads are distinct objects). Every attribute holds what pg_proc holds, with the
// defaults CREATE FUNCTION fills in made explicit (COST 100, or 1 for C and internal;
// ROWS 1000 for a set-returning function, else 0). An aggregate's pg_proc attributes are
// the constants AggregateCreate() gives (language internal, body aggregate_dummy, immutable,
// cost 1) but PARALLEL; the rest of its definition is `aggregate`.
struct Function {
  QualifiedName name;
  char kind = 'f';  // prokind: f function, p procedure, a aggregate
  std::vector<FunctionArg> args;  // all of them, in order
  TypeName return_type;           // prorettype: void for a procedure without OUT parameters
  bool returns_set = false;
  std::string language;           // lower case: sql, plpgsql, ...
  char volatility = 'v';          // i, s, v
  bool strict = false;
  bool security_definer = false;
  bool leakproof = false;
  char parallel = 'u';            // s safe, r restricted, u unsafe
  float cost = 100;
  float rows = 0;
  std::vector<std::string> config;  // proconfig: "name=value", in the order SET wrote them
  std::string body;                 // prosrc, byte for byte
  std::optional<Aggregate> aggregate;  // set exactly when kind is 'a'
  std::optional<std::string> comment;
  // Ownership and privileges (proacl): not part of the definition (routine_diff.cpp leaves
  // them to the diff of owners and privileges).
  std::optional<Identifier> owner;
  Acl acl = defaultAcl(AclObject::function);

  std::vector<TypeName> inputTypes() const;
  // "public.f(integer, text)": how DROP FUNCTION and COMMENT ON name it.
  std::string signature() const;
  // "public.agg(integer)", "public.cnt(*)", "public.pct(double precision ORDER BY double
  // precision)": how DROP / COMMENT ON / ALTER AGGREGATE name an aggregate (pg_dump's form).
  std::string aggregateSignature() const;
  bool isProcedure() const { return kind == 'p'; }
  bool isAggregate() const { return kind == 'a'; }
  // Ordering key: name, then input types.
  friend bool operator<(const Function &a, const Function &b) {
    if (a.name != b.name) return a.name < b.name;
    return a.inputTypes() < b.inputTypes();
  }
  friend bool operator==(const Function &, const Function &) = default;
};

}  // namespace pgshift
