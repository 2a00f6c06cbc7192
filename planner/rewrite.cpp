#include "planner/rewrite.h"

#include "compiler/expr/analyze.h"

namespace pgshift::planner {
namespace {

// The typmod-aware types whose length-coercion support function can skip the work
// (varchar_support, numeric_support, varbit_support, timestamp_support,
// interval_support): is a value that fits `from` guaranteed to fit `to`?
bool typmodNotTighter(const std::string &name, int32_t from, int32_t to) {
  if (to < 0) return true;   // no limit
  if (from < 0) return false;  // unlimited into limited: every row is checked
  if (name == "varchar" || name == "varbit") return to >= from;
  if (name == "numeric") {
    int32_t f = from - 4, t = to - 4;
    int fp = (f >> 16) & 0xFFFF, fs = f & 0x7FF, tp = (t >> 16) & 0xFFFF, ts = t & 0x7FF;
    return ts == fs && tp >= fp;  // same scale, no smaller precision
  }
  if (name == "time" || name == "timetz" || name == "timestamp" || name == "timestamptz") return to >= from;
  if (name == "interval") return to == from;
  return false;  // bpchar and bit pad or check every value
}

}  // namespace

TypeChange classifyTypeChange(const TypeName &from, const TypeName &to, const builtins::Catalog &catalog) {
  if (from.is_array != to.is_array) return TypeChange::rewrite;
  builtins::Oid f = expr::typeOid(catalog, from.element()), t = expr::typeOid(catalog, to.element());
  if (!f || !t) return TypeChange::rewrite;
  if (f == t) {
    if (from.typmod == to.typmod) return TypeChange::widening;
    return typmodNotTighter(to.name.name.str(), from.typmod, to.typmod) ? TypeChange::widening : TypeChange::checked;
  }
  if (!catalog.isBinaryCoercible(f, t)) return TypeChange::rewrite;
  // A relabelling (varchar -> text, cidr -> inet), then the new type's own limit.
  if (to.typmod < 0) return TypeChange::widening;
  return TypeChange::checked;
}

}  // namespace pgshift::planner
