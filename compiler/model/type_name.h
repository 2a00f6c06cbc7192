#pragma once
// Types as PostgreSQL identifies them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/model/identifier.h"

namespace pgshift {

// A type reference as the catalog records it: the type's own name in its schema
// (built-in types by their internal name in pg_catalog: int4, varchar, timestamptz),
// the type modifier in PostgreSQL's encoding (-1: none), and whether it is an array of
// that type (PostgreSQL does not record array dimensions). Two columns have the same
// type exactly when their TypeNames are equal, which is when format_type() agrees.
struct TypeName {
  QualifiedName name;
  int32_t typmod = -1;
  bool is_array = false;

  static TypeName builtin(std::string internal_name, int32_t typmod = -1, bool is_array = false) {
    return TypeName{{Identifier::exact("pg_catalog"), Identifier::exact(std::move(internal_name))}, typmod, is_array};
  }
  bool isBuiltin(std::string_view internal_name) const {
    return name.schema.str() == "pg_catalog" && name.name.str() == internal_name;
  }
  TypeName element() const { return TypeName{name, typmod, false}; }
  TypeName arrayOf() const { return TypeName{name, typmod, true}; }

  // format_type()'s spelling with search_path = pg_catalog: "character varying(10)[]",
  // "timestamp(3) with time zone", "public.mood".
  std::string sql() const;

  friend auto operator<=>(const TypeName &, const TypeName &) = default;
  friend bool operator==(const TypeName &, const TypeName &) = default;
};

// The typmod PostgreSQL's typmodin function computes for the modifiers written after a
// built-in type name, e.g. varchar(10) -> 14, numeric(10,2) -> 655366. Returns nullopt
// and sets `error` when PostgreSQL would reject the modifiers.
std::optional<int32_t> encodeTypmod(std::string_view internal_name, const std::vector<int64_t> &modifiers,
                                    std::string &error);

// Interval field restrictions (INTERVAL_MASK bits of PostgreSQL's datetime.h).
namespace interval_fields {
inline constexpr int month = 1 << 1;
inline constexpr int year = 1 << 2;
inline constexpr int day = 1 << 3;
inline constexpr int hour = 1 << 10;
inline constexpr int minute = 1 << 11;
inline constexpr int second = 1 << 12;
inline constexpr int full_range = 0x7FFF;
inline constexpr int full_precision = 0xFFFF;
}  // namespace interval_fields

inline int32_t intervalTypmod(int fields, int precision) {
  return static_cast<int32_t>((fields << 16) | (precision & 0xFFFF));
}

}  // namespace pgshift
