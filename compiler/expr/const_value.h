#pragma once
// What a type's input function and then its output function make of a literal: the text
// PostgreSQL stores and prints for a constant, e.g. int4 '007' -> "7", bool 'yes' -> "t",
// numeric '1e3' -> "1000", jsonb '{"b":1,"a":2}' -> '{"a": 2, "b": 1}'.

#include <optional>
#include <string>

#include "compiler/builtins/builtin_catalog.h"

namespace pgshift::expr {

struct ConstValue {
  enum class Status {
    ok,       // `text` is exactly what PostgreSQL prints
    inexact,  // a value PostgreSQL accepts, but whose printed form we cannot be sure of
    invalid,  // PostgreSQL would reject the input; `text` holds its message
  };
  Status status = Status::ok;
  std::string text;
};

// `input` read by the input function of `type` (with `typmod`, which only interval's
// input uses) and printed by its output function, under DateStyle ISO, IntervalStyle
// postgres, TimeZone UTC, extra_float_digits 1 and lc_monetary C: the settings
// introspection uses.
ConstValue normalizeConstant(const std::string &input, builtins::Oid type, int32_t typmod);

// The canonical text of a numeric value written as a literal (12.50, 1e3, .5).
std::optional<std::string> normalizeNumeric(const std::string &input);

}  // namespace pgshift::expr
