#pragma once
// Triggers on tables, as pg_trigger keeps them.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compiler/model/expression.h"
#include "compiler/model/identifier.h"

namespace pgshift {

// tgtype bits (PostgreSQL's trigger.h).
namespace trigger_type {
inline constexpr int16_t row = 1 << 0;
inline constexpr int16_t before = 1 << 1;
inline constexpr int16_t insert = 1 << 2;
inline constexpr int16_t delete_ = 1 << 3;
inline constexpr int16_t update = 1 << 4;
inline constexpr int16_t truncate = 1 << 5;
inline constexpr int16_t instead = 1 << 6;
}  // namespace trigger_type

struct Trigger {
  QualifiedName table;
  Identifier name;
  int16_t type = 0;                  // tgtype
  std::vector<Identifier> columns;   // UPDATE OF, in the order written (tgattr)
  QualifiedName function;            // a function of no arguments returning trigger
  std::vector<std::string> args;     // tgargs
  // The WHEN condition, as pg_get_triggerdef() prints it inside WHEN (...): column
  // references keep their old./new. qualifier.
  std::optional<Expression> when;
  bool constraint = false;           // CREATE CONSTRAINT TRIGGER
  bool deferrable = false;
  bool initially_deferred = false;
  std::optional<Identifier> old_table;  // REFERENCING OLD TABLE AS
  std::optional<Identifier> new_table;  // REFERENCING NEW TABLE AS
  std::optional<std::string> comment;

  friend bool operator==(const Trigger &, const Trigger &) = default;
};

}  // namespace pgshift
