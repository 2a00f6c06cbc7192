// check_generic_type_consistency() and enforce_generic_type_consistency(), from
// PostgreSQL 15's parse_coerce.c: how polymorphic parameters take their actual types.

#include "compiler/builtins/polymorphism.h"

#include <fmt/format.h>

#include <vector>

#include "compiler/builtins/catalog.h"
#include "compiler/builtins/common_type.h"

namespace pgshift::builtins {

bool Catalog::checkGenericTypeConsistency(std::span<const Oid> actual, std::span<const Oid> declared) const {
  Oid elem = kInvalidOid, array = kInvalidOid, range = kInvalidOid, multirange = kInvalidOid;
  Oid compat_range = kInvalidOid, compat_range_elem = kInvalidOid;
  Oid compat_multirange = kInvalidOid, compat_multirange_range = kInvalidOid;
  bool have_nonarray = false, have_enum = false, have_compat_nonarray = false;
  std::vector<Oid> compat_types;  // non-unknown inputs of the anycompatible family

  // Every argument of one family-1 kind must have the same actual type (domains over
  // containers flattened); unknown literals fit anything.
  auto same = [](Oid &seen, Oid type) {
    if (seen != kInvalidOid && seen != type) return false;
    seen = type;
    return true;
  };
  for (size_t j = 0; j < declared.size(); ++j) {
    Oid decl = declared[j], type = actual[j];
    if (decl == kAnyElementOid || decl == kAnyNonArrayOid || decl == kAnyEnumOid) {
      have_nonarray |= decl == kAnyNonArrayOid;
      have_enum |= decl == kAnyEnumOid;
      if (type != kUnknownOid && !same(elem, type)) return false;
    } else if (decl == kAnyArrayOid) {
      if (type != kUnknownOid && !same(array, baseType(type))) return false;
    } else if (decl == kAnyRangeOid) {
      if (type != kUnknownOid && !same(range, baseType(type))) return false;
    } else if (decl == kAnyMultirangeOid) {
      if (type != kUnknownOid && !same(multirange, baseType(type))) return false;
    } else if (decl == kAnyCompatibleOid || decl == kAnyCompatibleNonArrayOid) {
      have_compat_nonarray |= decl == kAnyCompatibleNonArrayOid;
      if (type != kUnknownOid) compat_types.push_back(type);
    } else if (decl == kAnyCompatibleArrayOid) {
      if (type == kUnknownOid) continue;
      Oid element = elementOf(baseType(type));
      if (element == kInvalidOid) return false;
      compat_types.push_back(element);
    } else if (decl == kAnyCompatibleRangeOid) {
      if (type == kUnknownOid) continue;
      type = baseType(type);
      if (compat_range != kInvalidOid) {
        if (compat_range != type) return false;
      } else {
        compat_range = type;
        compat_range_elem = rangeSubtype(type);
        if (compat_range_elem == kInvalidOid) return false;
        compat_types.push_back(compat_range_elem);
      }
    } else if (decl == kAnyCompatibleMultirangeOid) {
      if (type == kUnknownOid) continue;
      type = baseType(type);
      if (compat_multirange != kInvalidOid) {
        if (compat_multirange != type) return false;
      } else {
        compat_multirange = type;
        compat_multirange_range = rangeOfMultirange(type);
        if (compat_multirange_range == kInvalidOid) return false;
      }
    }
  }

  // An anyarray actual argument (a pg_statistic column) matches for now.
  if (array != kInvalidOid && array != kAnyArrayOid) {
    Oid array_elem = elementOf(array);
    if (array_elem == kInvalidOid || !same(elem, array_elem)) return false;
  }
  if (multirange != kInvalidOid) {
    Oid multirange_range = rangeOfMultirange(multirange);
    if (multirange_range == kInvalidOid) return false;
    if (range == kInvalidOid) {
      range = multirange_range;
      if (rangeSubtype(range) == kInvalidOid) return false;
    } else if (multirange_range != range) {
      return false;
    }
  }
  if (range != kInvalidOid) {
    Oid subtype = rangeSubtype(range);
    if (subtype == kInvalidOid || !same(elem, subtype)) return false;
  }
  if (have_nonarray && isArrayOrArrayDomain(elem)) return false;
  if (have_enum && !isEnum(elem)) return false;

  if (compat_multirange != kInvalidOid) {
    if (compat_range != kInvalidOid) {
      if (compat_multirange_range != compat_range) return false;
    } else {
      compat_range = compat_multirange_range;
      compat_range_elem = rangeSubtype(compat_range);
      if (compat_range_elem == kInvalidOid) return false;
      compat_types.push_back(compat_range_elem);
    }
  }
  if (!compat_types.empty()) {
    Oid common = chooseCommonType(*this, compat_types);
    if (common == kInvalidOid || !allCoerceTo(*this, compat_types, common)) return false;
    if (have_compat_nonarray && isArrayOrArrayDomain(common)) return false;
    if (compat_range_elem != kInvalidOid && compat_range_elem != common) return false;
  }
  return true;
}

Oid Catalog::enforceGenericTypeConsistency(std::span<const Oid> actual, std::span<Oid> declared, Oid result,
                                           std::string &error) const {
  auto fail = [&](std::string message) {
    error = std::move(message);
    return kInvalidOid;
  };
  Oid elem = kInvalidOid, array = kInvalidOid, range = kInvalidOid, multirange = kInvalidOid;
  Oid compat = kInvalidOid, compat_array = kInvalidOid;
  Oid compat_range = kInvalidOid, compat_range_elem = kInvalidOid;
  Oid compat_multirange = kInvalidOid, compat_multirange_range = kInvalidOid;
  bool have_nonarray = result == kAnyNonArrayOid, have_enum = result == kAnyEnumOid;
  bool have_multirange = result == kAnyMultirangeOid;
  bool have_compat_nonarray = result == kAnyCompatibleNonArrayOid;
  bool have_compat_array = result == kAnyCompatibleArrayOid;
  bool have_compat_range = result == kAnyCompatibleRangeOid;
  bool have_compat_multirange = result == kAnyCompatibleMultirangeOid;
  bool have_compat = false, have_unknowns = false;
  int n_poly = 0;  // family-1 arguments
  std::vector<Oid> compat_types;

  auto alike = [&](Oid &seen, Oid type, const char *what) {
    if (seen != kInvalidOid && seen != type) {
      error = fmt::format("arguments declared \"{}\" are not all alike ({} versus {})", what, formatType(seen),
                          formatType(type));
      return false;
    }
    seen = type;
    return true;
  };
  for (size_t j = 0; j < declared.size(); ++j) {
    Oid decl = declared[j], type = actual[j];
    if (isPolymorphicFamily1(decl)) {
      ++n_poly;
      if (type == kUnknownOid) {
        have_unknowns = true;
        continue;
      }
    }
    if (decl == kAnyElementOid || decl == kAnyNonArrayOid || decl == kAnyEnumOid) {
      have_nonarray |= decl == kAnyNonArrayOid;
      have_enum |= decl == kAnyEnumOid;
      if (!alike(elem, type, "anyelement")) return kInvalidOid;
    } else if (decl == kAnyArrayOid) {
      if (!alike(array, baseType(type), "anyarray")) return kInvalidOid;
    } else if (decl == kAnyRangeOid) {
      if (!alike(range, baseType(type), "anyrange")) return kInvalidOid;
    } else if (decl == kAnyMultirangeOid) {
      have_multirange = true;
      if (!alike(multirange, baseType(type), "anymultirange")) return kInvalidOid;
    } else if (decl == kAnyCompatibleOid || decl == kAnyCompatibleNonArrayOid) {
      have_compat = true;
      have_compat_nonarray |= decl == kAnyCompatibleNonArrayOid;
      if (type != kUnknownOid) compat_types.push_back(type);
    } else if (decl == kAnyCompatibleArrayOid) {
      have_compat = have_compat_array = true;
      if (type == kUnknownOid) continue;
      Oid element = elementOf(baseType(type));
      if (element == kInvalidOid)
        return fail(fmt::format("argument declared anycompatiblearray is not an array but type {}", formatType(type)));
      compat_types.push_back(element);
    } else if (decl == kAnyCompatibleRangeOid) {
      have_compat = have_compat_range = true;
      if (type == kUnknownOid) continue;
      type = baseType(type);
      if (compat_range == kInvalidOid) {
        compat_range = type;
        compat_range_elem = rangeSubtype(type);
        if (compat_range_elem == kInvalidOid)
          return fail(fmt::format("argument declared anycompatiblerange is not a range type but type {}",
                                  formatType(type)));
        compat_types.push_back(compat_range_elem);
      } else if (!alike(compat_range, type, "anycompatiblerange")) {
        return kInvalidOid;
      }
    } else if (decl == kAnyCompatibleMultirangeOid) {
      have_compat = have_compat_multirange = true;
      if (type == kUnknownOid) continue;
      type = baseType(type);
      if (compat_multirange == kInvalidOid) {
        compat_multirange = type;
        compat_multirange_range = rangeOfMultirange(type);
        if (compat_multirange_range == kInvalidOid)
          return fail(fmt::format("argument declared anycompatiblemultirange is not a multirange type but type {}",
                                  formatType(type)));
      } else if (!alike(compat_multirange, type, "anycompatiblemultirange")) {
        return kInvalidOid;
      }
    }
  }
  // No polymorphic arguments: the result type is left as declared (e.g. array_in()).
  if (n_poly == 0 && !have_compat) return result;

  if (n_poly > 0) {
    if (array != kInvalidOid) {
      Oid array_elem;
      if (array == kAnyArrayOid) {
        // An anyarray input (pg_statistic) only works alone, with nothing to infer.
        if (n_poly != 1 || (result != kAnyArrayOid && isPolymorphicFamily1(result)))
          return fail("cannot determine element type of \"anyarray\" argument");
        array_elem = kAnyElementOid;
      } else {
        array_elem = elementOf(array);
        if (array_elem == kInvalidOid)
          return fail(fmt::format("argument declared anyarray is not an array but type {}", formatType(array)));
      }
      if (elem == kInvalidOid) {
        elem = array_elem;
      } else if (array_elem != elem) {
        return fail(fmt::format("argument declared anyarray is not consistent with argument declared anyelement "
                                "({} versus {})", formatType(array), formatType(elem)));
      }
    }
    if (multirange != kInvalidOid) {
      Oid multirange_range = rangeOfMultirange(multirange);
      if (multirange_range == kInvalidOid)
        return fail(fmt::format("argument declared anymultirange is not a multirange type but type {}",
                                formatType(multirange)));
      if (range == kInvalidOid) range = multirange_range;
      else if (multirange_range != range)
        return fail("argument declared anymultirange is not consistent with argument declared anyrange");
    } else if (have_multirange && range != kInvalidOid) {
      multirange = multirangeOfRange(range);
    }
    if (range != kInvalidOid) {
      Oid subtype = rangeSubtype(range);
      if (subtype == kInvalidOid)
        return fail(fmt::format("argument declared anyrange is not a range type but type {}", formatType(range)));
      if (elem == kInvalidOid) elem = subtype;
      else if (subtype != elem)
        return fail("argument declared anyrange is not consistent with argument declared anyelement");
    }
    if (elem == kInvalidOid) return fail("could not determine polymorphic type because input has type unknown");
    if (have_nonarray && elem != kAnyElementOid && isArrayOrArrayDomain(elem))
      return fail(fmt::format("type matched to anynonarray is an array type: {}", formatType(elem)));
    if (have_enum && elem != kAnyElementOid && !isEnum(elem))
      return fail(fmt::format("type matched to anyenum is not an enum type: {}", formatType(elem)));
  }

  if (have_compat) {
    if (compat_multirange != kInvalidOid) {
      if (compat_range != kInvalidOid) {
        if (compat_multirange_range != compat_range)
          return fail("argument declared anycompatiblemultirange is not consistent with argument declared "
                      "anycompatiblerange");
      } else {
        compat_range = compat_multirange_range;
        compat_range_elem = rangeSubtype(compat_range);
        if (compat_range_elem == kInvalidOid)
          return fail("argument declared anycompatiblemultirange is not a multirange type");
        have_compat_range = true;
        compat_types.push_back(compat_range_elem);
      }
    } else if (have_compat_multirange && compat_range != kInvalidOid) {
      compat_multirange = multirangeOfRange(compat_range);
    }
    if (!compat_types.empty()) {
      std::string common_error;
      compat = chooseCommonType(*this, compat_types, &common_error);
      if (compat == kInvalidOid) return fail("argument " + common_error);
      if (!allCoerceTo(*this, compat_types, compat))
        return fail("arguments of anycompatible family cannot be cast to a common type");
      if (have_compat_array) {
        compat_array = arrayOf(compat);
        if (compat_array == kInvalidOid)
          return fail(fmt::format("could not find array type for data type {}", formatType(compat)));
      }
      if (have_compat_range) {
        if (compat_range == kInvalidOid)
          return fail("could not determine polymorphic type anycompatiblerange because input has type unknown");
        if (compat_range_elem != compat)
          return fail(fmt::format("anycompatiblerange type {} does not match anycompatible type {}",
                                  formatType(compat_range), formatType(compat)));
      }
      if (have_compat_multirange) {
        if (compat_multirange == kInvalidOid)
          return fail("could not determine polymorphic type anycompatiblemultirange because input has type unknown");
        if (compat_range_elem != compat)
          return fail(fmt::format("anycompatiblemultirange type {} does not match anycompatible type {}",
                                  formatType(compat_multirange), formatType(compat)));
      }
      if (have_compat_nonarray && isArrayOrArrayDomain(compat))
        return fail(fmt::format("type matched to anycompatiblenonarray is an array type: {}", formatType(compat)));
    } else {
      // Only unknown literals: text, as select_common_type() would choose (but no textrange).
      compat = kTextOid;
      compat_array = kTextArrayOid;
      if (have_compat_range)
        return fail("could not determine polymorphic type anycompatiblerange because input has type unknown");
      if (have_compat_multirange)
        return fail("could not determine polymorphic type anycompatiblemultirange because input has type unknown");
    }
    for (Oid &decl : declared) {
      if (decl == kAnyCompatibleOid || decl == kAnyCompatibleNonArrayOid) decl = compat;
      else if (decl == kAnyCompatibleArrayOid) decl = compat_array;
      else if (decl == kAnyCompatibleRangeOid) decl = compat_range;
      else if (decl == kAnyCompatibleMultirangeOid) decl = compat_multirange;
    }
  }

  // Unknown literals given to family-1 parameters take the resolved types.
  if (have_unknowns) {
    for (size_t j = 0; j < declared.size(); ++j) {
      if (actual[j] != kUnknownOid) continue;
      Oid &decl = declared[j];
      if (decl == kAnyElementOid || decl == kAnyNonArrayOid || decl == kAnyEnumOid) {
        decl = elem;
      } else if (decl == kAnyArrayOid) {
        if (array == kInvalidOid) array = arrayOf(elem);
        if (array == kInvalidOid)
          return fail(fmt::format("could not find array type for data type {}", formatType(elem)));
        decl = array;
      } else if (decl == kAnyRangeOid) {
        if (range == kInvalidOid)
          return fail("could not determine polymorphic type anyrange because input has type unknown");
        decl = range;
      } else if (decl == kAnyMultirangeOid) {
        if (multirange == kInvalidOid)
          return fail("could not determine polymorphic type anymultirange because input has type unknown");
        decl = multirange;
      }
    }
  }

  if (result == kAnyElementOid || result == kAnyNonArrayOid || result == kAnyEnumOid) return elem;
  if (result == kAnyArrayOid) {
    if (array == kInvalidOid) array = arrayOf(elem);
    if (array == kInvalidOid) return fail(fmt::format("could not find array type for data type {}", formatType(elem)));
    return array;
  }
  if (result == kAnyRangeOid) return range != kInvalidOid ? range : fail("could not determine anyrange type");
  if (result == kAnyMultirangeOid)
    return multirange != kInvalidOid ? multirange : fail("could not determine anymultirange type");
  if (result == kAnyCompatibleOid || result == kAnyCompatibleNonArrayOid)
    return compat != kInvalidOid ? compat : fail("could not identify anycompatible type");
  if (result == kAnyCompatibleArrayOid)
    return compat_array != kInvalidOid ? compat_array : fail("could not identify anycompatiblearray type");
  if (result == kAnyCompatibleRangeOid)
    return compat_range != kInvalidOid ? compat_range : fail("could not identify anycompatiblerange type");
  if (result == kAnyCompatibleMultirangeOid)
    return compat_multirange != kInvalidOid ? compat_multirange : fail("could not identify anycompatiblemultirange type");
  return result;
}

}  // namespace pgshift::builtins
