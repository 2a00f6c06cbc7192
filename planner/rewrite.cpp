#include "planner/rewrite.h"

#include <fmt/format.h>

#include "compiler/expr/analyze.h"

namespace pgshift::planner {
namespace {

constexpr int32_t kVarHdrSz = 4;

struct NumericLimit {
  int precision, scale;
};
NumericLimit numericLimit(int32_t typmod) {
  int32_t v = typmod - kVarHdrSz;
  return {(v >> 16) & 0xFFFF, ((v & 0x7FF) ^ 1024) - 1024};
}

// Can every value of `from`'s limit be kept under `to`'s (same type, typmod only)?
bool limitNotTighter(const std::string &name, int32_t from, int32_t to) {
  if (from == to || to < 0) return name != "bpchar" && name != "bit" ? true : from == to;
  if (from < 0) return false;
  if (name == "varchar" || name == "varbit") return to >= from;
  if (name == "numeric") {
    NumericLimit f = numericLimit(from), t = numericLimit(to);
    return t.scale == f.scale && t.precision >= f.precision;
  }
  if (name == "time" || name == "timetz" || name == "timestamp" || name == "timestamptz") return to >= from;
  return false;  // bpchar and bit re-pad every value; interval fields change meaning
}

// Conversions between different built-in types that never fail or alter a value.
bool alwaysConverts(const std::string &from, const std::string &to) {
  static const std::pair<const char *, const char *> safe[] = {
      {"int2", "int4"}, {"int2", "int8"}, {"int4", "int8"}, {"int2", "numeric"}, {"int4", "numeric"},
      {"int8", "numeric"}, {"float4", "float8"}, {"int2", "float8"}, {"int4", "float8"}, {"date", "timestamp"},
      {"date", "timestamptz"}, {"varchar", "text"}, {"bpchar", "text"}, {"cidr", "inet"}, {"json", "jsonb"},
      {"timestamp", "timestamptz"}, {"timestamptz", "timestamp"}};
  for (const auto &[f, t] : safe)
    if (from == f && to == t) return true;
  return to == "text";
}

}  // namespace

TypeChange classifyTypeChange(const TypeName &from, const TypeName &to, const builtins::Catalog &catalog) {
  if (from.is_array != to.is_array) return TypeChange::rewrite;
  builtins::Oid f = expr::typeOid(catalog, from.element()), t = expr::typeOid(catalog, to.element());
  if (!f || !t) return TypeChange::rewrite;
  if (f == t) return limitNotTighter(to.name.name.str(), from.typmod, to.typmod) ? TypeChange::widening : TypeChange::rewrite;
  // A relabelling (varchar -> text, cidr -> inet) into a type without a limit.
  if (catalog.isBinaryCoercible(f, t) && to.typmod < 0) return TypeChange::widening;
  return TypeChange::rewrite;
}

std::string conversionHazard(const std::string &column, const TypeName &from, const TypeName &to,
                             const builtins::Catalog &catalog) {
  if (classifyTypeChange(from, to, catalog) == TypeChange::widening) return "";
  const std::string &f = from.name.name.str(), &t = to.name.name.str();
  if (from.is_array == to.is_array && from.name == to.name) {
    if ((t == "varchar" || t == "bpchar" || t == "varbit" || t == "bit") && to.typmod >= 0 &&
        (from.typmod < 0 || to.typmod < from.typmod)) {
      int n = t == "varbit" || t == "bit" ? to.typmod : to.typmod - kVarHdrSz;
      return fmt::format("fails on a value of {} longer than {}", column, n);
    }
    if (t == "numeric" && to.typmod >= 0) {
      NumericLimit n = numericLimit(to.typmod);
      NumericLimit o = from.typmod >= 0 ? numericLimit(from.typmod) : NumericLimit{1000, 1000};
      std::string out;
      if (n.scale < o.scale) out = fmt::format("rounds {} to {} decimal places", column, n.scale);
      if (n.precision - n.scale < o.precision - o.scale)
        out += fmt::format("{}fails on a value of {} with more than {} digits before the point", out.empty() ? "" : "; ",
                           column, n.precision - n.scale);
      return out;
    }
    if ((t == "time" || t == "timetz" || t == "timestamp" || t == "timestamptz") && to.typmod >= 0)
      return fmt::format("rounds {} to {} fractional digits of a second", column, to.typmod);
    return "";
  }
  if (!from.is_array && !to.is_array && alwaysConverts(f, t) && to.typmod < 0) return "";
  return fmt::format("fails on a value of {} that does not convert to {}", column, to.sql());
}

}  // namespace pgshift::planner
