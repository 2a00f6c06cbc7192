// select_common_type() and verify_common_type(), from PostgreSQL 15's parse_coerce.c
// (documentation 10.5, "UNION, CASE, and Related Constructs").

#include "compiler/builtins/common_type.h"

#include <fmt/format.h>

#include "compiler/builtins/catalog.h"

namespace pgshift::builtins {

Oid chooseCommonType(const Catalog &catalog, std::span<const Oid> types, std::string *error) {
  if (types.empty()) return kInvalidOid;
  Oid ptype = types[0];
  size_t i = 1;
  // All the same (and not unknown): that type, which is the only way a domain survives.
  if (ptype != kUnknownOid) {
    while (i < types.size() && types[i] == ptype) ++i;
    if (i == types.size()) return ptype;
  }
  ptype = catalog.baseType(ptype);
  char pcategory = catalog.category(ptype);
  bool ppreferred = catalog.isPreferred(ptype);
  for (; i < types.size(); ++i) {
    Oid ntype = catalog.baseType(types[i]);
    if (ntype == kUnknownOid || ntype == ptype) continue;  // no new information
    char ncategory = catalog.category(ntype);
    bool npreferred = catalog.isPreferred(ntype);
    if (ptype == kUnknownOid) {
      // only unknowns so far: take anything
      ptype = ntype, pcategory = ncategory, ppreferred = npreferred;
    } else if (ncategory != pcategory) {
      if (error)
        *error = fmt::format("types {} and {} cannot be matched", catalog.formatType(ptype), catalog.formatType(ntype));
      return kInvalidOid;
    } else if (!ppreferred && catalog.canCoerce(ptype, ntype, CoercionContext::implicit_cast) &&
               !catalog.canCoerce(ntype, ptype, CoercionContext::implicit_cast)) {
      // Move to the new type if it is "wider" (one-way implicit cast), but stay on a
      // preferred type once we have one.
      ptype = ntype, pcategory = ncategory, ppreferred = npreferred;
    }
  }
  // Only unknown literals: text, so they are resolved while still literals.
  return ptype == kUnknownOid ? kTextOid : ptype;
}

bool allCoerceTo(const Catalog &catalog, std::span<const Oid> types, Oid common) {
  for (Oid t : types)
    if (!catalog.canCoerce(t, common, CoercionContext::implicit_cast)) return false;
  return true;
}

CommonTypeResult Catalog::selectCommonType(std::span<const Oid> types, std::string_view context) const {
  CommonTypeResult result;
  std::string error;
  Oid common = chooseCommonType(*this, types, &error);
  if (common == kInvalidOid) {
    result.error = types.empty() ? "no input types" : fmt::format("{} {}", context, error);
    return result;
  }
  // coerce_to_common_type() then converts each input, and fails on the first it cannot.
  for (Oid t : types) {
    if (!canCoerce(t, common, CoercionContext::implicit_cast)) {
      result.error = fmt::format("{} could not convert type {} to {}", context, formatType(t), formatType(common));
      return result;
    }
  }
  result.type = common;
  return result;
}

}  // namespace pgshift::builtins
