// can_coerce_type(), find_coercion_pathway(), coerce_type()'s choice of conversion and
// IsBinaryCoercible(), from PostgreSQL 15's parse_coerce.c.

#include "compiler/builtins/catalog.h"
#include "compiler/builtins/polymorphism.h"

namespace pgshift::builtins {
namespace {

CoercionContext contextOf(char castcontext) {
  switch (castcontext) {
    case 'i': return CoercionContext::implicit_cast;
    case 'a': return CoercionContext::assignment_cast;
    default: return CoercionContext::explicit_cast;
  }
}

// Polymorphic targets that accept the argument as it is (coerce_type returns it unchanged,
// so the argument keeps exposing its own type).
bool keepsArgument(Oid target) {
  return target == kAnyOid || target == kAnyElementOid || target == kAnyNonArrayOid ||
         target == kAnyCompatibleOid || target == kAnyCompatibleNonArrayOid;
}

// Polymorphic targets whose argument must be a real array/enum/range/multirange value;
// a domain over one is relabeled to its base type.
bool needsConcreteContainer(Oid target) {
  return target == kAnyArrayOid || target == kAnyEnumOid || target == kAnyRangeOid ||
         target == kAnyMultirangeOid || target == kAnyCompatibleArrayOid || target == kAnyCompatibleRangeOid ||
         target == kAnyCompatibleMultirangeOid;
}

}  // namespace

bool Catalog::isBinaryCoercible(Oid source, Oid target) const {
  if (source == target) return true;
  if (target == kAnyOid || target == kAnyElementOid || target == kAnyCompatibleOid) return true;
  if (source != kInvalidOid) source = baseType(source);
  if (source == target) return true;  // a domain is binary-coercible to its base type
  if ((target == kAnyArrayOid || target == kAnyCompatibleArrayOid) && isArray(source)) return true;
  if ((target == kAnyNonArrayOid || target == kAnyCompatibleNonArrayOid) && !isArray(source)) return true;
  if (target == kAnyEnumOid && isEnum(source)) return true;
  if ((target == kAnyRangeOid || target == kAnyCompatibleRangeOid) && isRange(source)) return true;
  if ((target == kAnyMultirangeOid || target == kAnyCompatibleMultirangeOid) && isMultirange(source)) return true;
  if (target == kRecordOid && isComposite(source)) return true;
  if (target == kRecordArrayOid && isComposite(elementOf(source))) return true;
  const CastInfo *c = cast(source, target);
  return c && c->method == 'b' && c->context == 'i';
}

CoercionPath Catalog::findCoercionPathway(Oid source, Oid target, CoercionContext context) const {
  CoercionPath path;
  // Domains convert like their base types.
  if (source != kInvalidOid) source = baseType(source);
  if (target != kInvalidOid) target = baseType(target);
  if (source == target) {
    path.kind = CoercionKind::relabel;
    return path;
  }
  if (const CastInfo *c = cast(source, target)) {
    if (context >= contextOf(c->context)) {
      if (c->method == 'f') {
        path.kind = CoercionKind::function;
        path.function = c->function;
        path.function_name = c->function_name;
        path.function_nargs = c->function_nargs;
      } else if (c->method == 'i') {
        path.kind = CoercionKind::via_io;
      } else {
        path.kind = CoercionKind::relabel;
      }
    }
    return path;
  }
  // No pg_cast entry: two array types convert element by element. oidvector and
  // int2vector are excluded: they would capture conversions meant for real arrays.
  if (target != kOidVectorOid && target != kInt2VectorOid) {
    Oid target_element = elementOf(target);
    Oid source_element = elementOf(source);
    if (target_element != kInvalidOid && source_element != kInvalidOid &&
        findCoercionPathway(source_element, target_element, context).possible()) {
      path.kind = CoercionKind::array_coerce;
      path.source_element = source_element;
      path.target_element = target_element;
      return path;
    }
  }
  // Automatic I/O conversion: to a string type by assignment, from one explicitly (the
  // remains of the pre-8.3 implicit casts to text).
  if (context >= CoercionContext::assignment_cast && category(target) == category::kString)
    path.kind = CoercionKind::via_io;
  else if (context >= CoercionContext::explicit_cast && category(source) == category::kString)
    path.kind = CoercionKind::via_io;
  return path;
}

CoercionPath Catalog::coercionPathway(Oid source, Oid target, CoercionContext context) const {
  CoercionPath path;
  if (source == target || keepsArgument(target)) {
    path.kind = CoercionKind::no_op;
    return path;
  }
  if (needsConcreteContainer(target) && source != kUnknownOid) {
    // Exposed as its base type: a RelabelType to the base type if the argument is a domain.
    path.kind = baseType(source) != source ? CoercionKind::relabel : CoercionKind::no_op;
    return path;
  }
  bool target_is_domain = baseType(target) != target;
  if (source == kUnknownOid) {
    path.kind = CoercionKind::literal;
    path.to_domain = target_is_domain;
    return path;
  }
  path = findCoercionPathway(source, target, context);
  if (path.possible()) {
    path.to_domain = target_is_domain;
    return path;
  }
  // Composite values to and from record (coerce_record_to_complex and friends).
  if ((source == kRecordOid && isComposite(target)) || (target == kRecordOid && isComposite(source)) ||
      (target == kRecordArrayOid && isComposite(elementOf(source)))) {
    path.kind = CoercionKind::row;
    path.to_domain = target_is_domain;
  }
  return path;
}

CoercionPath Catalog::typmodCoercion(Oid type_oid) const {
  CoercionPath path;
  Oid element = elementOf(type_oid);
  Oid self = element != kInvalidOid ? element : type_oid;
  const CastInfo *c = cast(self, self);
  if (!c || c->function == kInvalidOid) return path;
  path.kind = element != kInvalidOid ? CoercionKind::array_coerce : CoercionKind::function;
  path.function = c->function;
  path.function_name = c->function_name;
  path.function_nargs = c->function_nargs;
  if (element != kInvalidOid) path.source_element = path.target_element = element;
  return path;
}

bool Catalog::canCoerce(Oid source, Oid target, CoercionContext context) const {
  return canCoerce(std::span<const Oid>(&source, 1), std::span<const Oid>(&target, 1), context);
}

bool Catalog::canCoerce(std::span<const Oid> sources, std::span<const Oid> targets, CoercionContext context) const {
  bool have_generics = false;
  for (size_t i = 0; i < sources.size(); ++i) {
    Oid source = sources[i], target = targets[i];
    if (source == target || target == kAnyOid) continue;
    if (isPolymorphic(target)) {
      have_generics = true;  // checked together below
      continue;
    }
    if (source == kUnknownOid) continue;  // an untyped literal can become anything
    if (findCoercionPathway(source, target, context).possible()) continue;
    if (source == kRecordOid && isComposite(target)) continue;
    if (target == kRecordOid && isComposite(source)) continue;
    if (target == kRecordArrayOid && isComposite(elementOf(source))) continue;
    return false;
  }
  return !have_generics || checkGenericTypeConsistency(sources, targets);
}

}  // namespace pgshift::builtins
