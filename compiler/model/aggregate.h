#pragma once
// The pg_aggregate part of an aggregate function (a Function of kind 'a').

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compiler/model/identifier.h"
#include "compiler/model/type_name.h"

namespace pgshift {

// What CREATE AGGREGATE says beyond the pg_proc row, with the defaults PostgreSQL's
// DefineAggregate() fills in made explicit. Support functions are named as pg_proc names
// them (schema and name): the state and argument types decide which overload it is.
struct Aggregate {
  char kind = 'n';           // aggkind: n normal, o ordered-set, h hypothetical-set
  int16_t direct_args = 0;   // aggnumdirectargs: the arguments before ORDER BY
  QualifiedName transition;  // aggtransfn (SFUNC)
  std::optional<QualifiedName> final_function;  // aggfinalfn
  bool final_extra = false;
  char final_modify = 'r';  // r READ_ONLY, s SHAREABLE, w READ_WRITE; w for ordered-set
  std::optional<QualifiedName> combine;
  std::optional<QualifiedName> serial;
  std::optional<QualifiedName> deserial;
  TypeName state_type;       // aggtranstype
  int32_t state_space = 0;   // aggtransspace
  std::optional<std::string> initial_value;  // agginitval, as text
  // The moving-aggregate mode (MSFUNC ...).
  std::optional<QualifiedName> moving_transition;
  std::optional<QualifiedName> moving_inverse;
  std::optional<QualifiedName> moving_final;
  bool moving_final_extra = false;
  char moving_final_modify = 'r';
  std::optional<TypeName> moving_state_type;
  int32_t moving_state_space = 0;
  std::optional<std::string> moving_initial_value;
  std::optional<QualifiedName> sort_operator;  // aggsortop: pg_catalog.> for a max-like aggregate

  bool orderedSet() const { return kind != 'n'; }
  // The support functions it names (each once per role it plays).
  std::vector<QualifiedName> functions() const;
  friend bool operator==(const Aggregate &, const Aggregate &) = default;
};

}  // namespace pgshift
