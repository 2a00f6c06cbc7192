#include "compiler/model/type_name.h"

#include <fmt/format.h>

namespace pgshift {
namespace {

constexpr int32_t kVarHdrSz = 4;

std::string intervalSuffix(int32_t typmod) {
  // intervaltypmodout(): the field restriction, then a precision unless it is the full one.
  int fields = (typmod >> 16) & 0x7FFF;
  int precision = typmod & 0xFFFF;
  using namespace interval_fields;
  std::string text;
  if (fields == year) text = " year";
  else if (fields == month) text = " month";
  else if (fields == day) text = " day";
  else if (fields == hour) text = " hour";
  else if (fields == minute) text = " minute";
  else if (fields == second) text = " second";
  else if (fields == (year | month)) text = " year to month";
  else if (fields == (day | hour)) text = " day to hour";
  else if (fields == (day | hour | minute)) text = " day to minute";
  else if (fields == (day | hour | minute | second)) text = " day to second";
  else if (fields == (hour | minute)) text = " hour to minute";
  else if (fields == (hour | minute | second)) text = " hour to second";
  else if (fields == (minute | second)) text = " minute to second";
  if (precision != full_precision) text += fmt::format("({})", precision);
  return text;
}

// format_type_extended() for one element type, with typmod.
std::string formatElement(const TypeName &t) {
  const std::string &n = t.name.name.str();
  const int32_t m = t.typmod;
  if (t.name.schema.str() == "pg_catalog") {
    auto paren = [](int32_t v) { return fmt::format("({})", v); };
    if (n == "bit") return m >= 0 ? "bit" + paren(m) : "\"bit\"";
    if (n == "bool") return "boolean";
    if (n == "bpchar") return m >= kVarHdrSz ? "character" + paren(m - kVarHdrSz) : "bpchar";
    if (n == "float4") return "real";
    if (n == "float8") return "double precision";
    if (n == "int2") return "smallint";
    if (n == "int4") return "integer";
    if (n == "int8") return "bigint";
    if (n == "numeric") {
      if (m < kVarHdrSz) return "numeric";
      int32_t v = m - kVarHdrSz;
      int precision = (v >> 16) & 0xFFFF;
      int scale = ((v & 0x7FF) ^ 1024) - 1024;  // an 11-bit signed scale (numeric.c)
      return fmt::format("numeric({},{})", precision, scale);
    }
    if (n == "interval") return m >= 0 ? "interval" + intervalSuffix(m) : "interval";
    if (n == "time") return (m >= 0 ? "time" + paren(m) : std::string("time")) + " without time zone";
    if (n == "timetz") return (m >= 0 ? "time" + paren(m) : std::string("time")) + " with time zone";
    if (n == "timestamp") return (m >= 0 ? "timestamp" + paren(m) : std::string("timestamp")) + " without time zone";
    if (n == "timestamptz") return (m >= 0 ? "timestamp" + paren(m) : std::string("timestamp")) + " with time zone";
    if (n == "varbit") return m >= 0 ? "bit varying" + paren(m) : "bit varying";
    if (n == "varchar") return m >= kVarHdrSz ? "character varying" + paren(m - kVarHdrSz) : "character varying";
    // Other built-in types print their own name, and pg_catalog is always visible.
    return t.name.name.sql();
  }
  // With search_path = pg_catalog, every other schema's type is qualified.
  std::string text = t.name.sql();
  if (m >= 0) text += fmt::format("({})", m);
  return text;
}

}  // namespace

std::string TypeName::sql() const { return formatElement(*this) + (is_array ? "[]" : ""); }

std::optional<int32_t> encodeTypmod(std::string_view n, const std::vector<int64_t> &mods, std::string &error) {
  auto fail = [&](std::string message) -> std::optional<int32_t> {
    error = std::move(message);
    return std::nullopt;
  };
  if (mods.empty()) return -1;
  if (n == "varchar" || n == "bpchar") {
    if (mods.size() != 1) return fail("invalid type modifier");
    std::string_view what = n == "varchar" ? "varying" : "character";
    if (mods[0] < 1) return fail(fmt::format("length for type {} must be at least 1", n == "varchar" ? "varchar" : "char"));
    if (mods[0] > 10485760) return fail(fmt::format("length for type {} cannot exceed 10485760", what));
    return static_cast<int32_t>(mods[0] + kVarHdrSz);
  }
  if (n == "bit" || n == "varbit") {
    if (mods.size() != 1) return fail("invalid type modifier");
    if (mods[0] < 1) return fail(fmt::format("length for type {} must be at least 1", n));
    return static_cast<int32_t>(mods[0]);
  }
  if (n == "numeric") {
    if (mods.size() > 2) return fail("invalid NUMERIC type modifier");
    int64_t precision = mods[0];
    int64_t scale = mods.size() == 2 ? mods[1] : 0;
    if (precision < 1 || precision > 1000)
      return fail(fmt::format("NUMERIC precision {} must be between 1 and 1000", precision));
    if (scale < -1000 || scale > 1000)
      return fail(fmt::format("NUMERIC scale {} must be between -1000 and 1000", scale));
    return static_cast<int32_t>(((precision << 16) | (scale & 0x7FF)) + kVarHdrSz);
  }
  if (n == "time" || n == "timetz" || n == "timestamp" || n == "timestamptz") {
    if (mods.size() != 1) return fail("invalid type modifier");
    if (mods[0] < 0) return fail(fmt::format("{} precision must not be negative", n == "time" || n == "timetz" ? "TIME" : "TIMESTAMP"));
    // PostgreSQL reduces a precision above 6 to 6, with a warning.
    return static_cast<int32_t>(std::min<int64_t>(mods[0], 6));
  }
  if (n == "interval") {
    if (mods.size() != 1) return fail("invalid INTERVAL type modifier");
    if (mods[0] < 0) return fail("INTERVAL(%d) precision must not be negative");
    return intervalTypmod(interval_fields::full_range, static_cast<int>(std::min<int64_t>(mods[0], 6)));
  }
  return fail(fmt::format("type modifier is not allowed for type \"{}\"", n));
}

}  // namespace pgshift
