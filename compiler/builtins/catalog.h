#pragma once
// The catalog an expression is analyzed against: the built-in snapshot plus the types,
// casts, operators and functions of the schema being analyzed (user oids >= 1'000'000),
// and PostgreSQL's type-resolution rules over it, as its parser applies them.

#include <deque>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/builtins/builtin_catalog.h"
#include "compiler/builtins/coercion.h"
#include "compiler/builtins/resolution.h"

namespace pgshift::builtins {

// The first oid for objects the analyzer invents for a schema (never a built-in oid).
inline constexpr Oid kFirstUserOid = 1'000'000;

class Catalog {
public:
  Catalog() = default;
  Catalog(const Catalog &) = delete;  // rows point into the owned storage below
  Catalog &operator=(const Catalog &) = delete;
  Catalog(Catalog &&) = default;
  Catalog &operator=(Catalog &&) = default;

  // The built-ins alone, shared.
  static const Catalog &builtin();

  // ---- adding a schema's objects (names are copied) ----
  const TypeInfo &addType(const TypeInfo &type);
  // Convenience forms, with the categories PostgreSQL gives them; array_oid (0: none)
  // also adds the array type "_name".
  const TypeInfo &addEnum(std::string_view schema, std::string_view name, Oid oid, Oid array_oid = 0);
  const TypeInfo &addDomain(std::string_view schema, std::string_view name, Oid oid, Oid base_type,
                            Oid array_oid = 0);
  const TypeInfo &addComposite(std::string_view schema, std::string_view name, Oid oid, Oid array_oid = 0);
  void addRange(const RangeInfo &range);
  void addCast(const CastInfo &cast);
  const OperatorInfo &addOperator(const OperatorInfo &op);
  const FunctionInfo &addFunction(const FunctionInfo &function);  // args() copied too
  const OpclassInfo &addOpclass(const OpclassInfo &opclass);
  // Unqualified names are looked up in these schemas; pg_catalog comes first unless it is
  // listed (as in PostgreSQL). Default: {"public"}.
  void setSearchPath(std::vector<std::string> schemas);

  // ---- lookups ----
  const TypeInfo *type(Oid oid) const;
  // typname in the given schema, or the first schema of the search path that has it.
  const TypeInfo *typeByName(std::string_view name, std::string_view schema = {}) const;
  Oid arrayOf(Oid element) const;  // get_array_type
  Oid elementOf(Oid array) const;  // get_element_type: true arrays only
  Oid baseType(Oid type) const;    // getBaseType: through all domain levels
  char category(Oid type) const;   // TypeCategory; category::kInvalid for unknown oids
  bool isPreferred(Oid type) const;
  bool isArray(Oid type) const { return elementOf(type) != kInvalidOid; }
  bool isArrayOrArrayDomain(Oid type) const { return isArray(baseType(type)); }
  bool isEnum(Oid type) const;
  bool isRange(Oid type) const;
  bool isMultirange(Oid type) const;
  bool isComposite(Oid type) const;  // ISCOMPLEX: composite, or a domain over one
  Oid rangeSubtype(Oid range) const;
  Oid rangeOfMultirange(Oid multirange) const;
  Oid multirangeOfRange(Oid range) const;
  const CastInfo *cast(Oid source, Oid target) const;
  const OperatorInfo *operatorByOid(Oid oid) const;
  const FunctionInfo *functionByOid(Oid oid) const;
  const OpclassInfo *opclass(std::string_view access_method, std::string_view name) const;
  // GetDefaultOpClass(): the default opclass of the access method for the type (domains
  // through their base type): an exact input-type match, else the only binary-coercible
  // one, preferring one whose input type is the preferred type of the type's category.
  const OpclassInfo *defaultOpclass(std::string_view access_method, Oid type) const;
  bool isCatalogCollation(std::string_view name) const { return isBuiltinCollation(name); }
  // format_type_be(): "integer", "character varying[]", "public.mood" (for messages).
  std::string formatType(Oid type) const;

  // ---- coercion (coercion.cpp) ----
  bool isBinaryCoercible(Oid source, Oid target) const;
  // find_coercion_pathway(): the pg_cast-level answer (domains through base types, array
  // element-wise, automatic I/O casts to/from string types); no polymorphic or unknown rules.
  CoercionPath findCoercionPathway(Oid source, Oid target, CoercionContext context) const;
  // What coerce_type() does to an argument of `source` type for a `target` parameter:
  // also the unknown-literal, polymorphic-target and record/composite rules.
  CoercionPath coercionPathway(Oid source, Oid target, CoercionContext context) const;
  // can_coerce_type(), for one argument and for a whole argument list (the list form also
  // checks the consistency of polymorphic parameters).
  bool canCoerce(Oid source, Oid target, CoercionContext context) const;
  // find_typmod_coercion_function(): how a value of `type` is cut to a typmod (the
  // type's self-cast, e.g. numeric(numeric, int4); element-wise for arrays); none when
  // the type has no typmod coercion.
  CoercionPath typmodCoercion(Oid type) const;
  bool canCoerce(std::span<const Oid> sources, std::span<const Oid> targets, CoercionContext context) const;

  // ---- common type (common_type.cpp) ----
  // select_common_type(), then a check that every input coerces implicitly to the result.
  // `context` names the construct in error messages ("CASE", "COALESCE", "ARRAY", ...).
  CommonTypeResult selectCommonType(std::span<const Oid> types, std::string_view context = "CASE") const;

  // ---- polymorphism (polymorphism.cpp) ----
  bool checkGenericTypeConsistency(std::span<const Oid> actual, std::span<const Oid> declared) const;
  // enforce_generic_type_consistency(): resolves the polymorphic entries of `declared` in
  // place (unknown inputs and the anycompatible family) and returns the actual result
  // type, or 0 with `error` set.
  Oid enforceGenericTypeConsistency(std::span<const Oid> actual, std::span<Oid> declared, Oid result,
                                    std::string &error) const;

  // ---- operators and functions (operator_resolution.cpp, function_resolution.cpp) ----
  // oper() / left_oper() + make_op(): `left` is 0 for a prefix operator.
  OperatorResolution resolveOperator(std::string_view name, Oid left, Oid right, std::string_view schema = {}) const;
  // make_scalar_array_op(): `left op ANY|ALL (array)`.
  OperatorResolution resolveScalarArrayOp(std::string_view name, Oid left, Oid array,
                                          std::string_view schema = {}) const;
  // func_get_detail() + ParseFuncOrColumn's type handling. Unknown-type arguments are
  // taken to be literals (which is what makes typename('...') a cast).
  FunctionResolution resolveFunction(std::string_view name, std::span<const Oid> args,
                                     const CallOptions &options = {}, std::string_view schema = {}) const;

  // Search-path position of a schema (0 = searched first), -1 if not searched.
  int schemaPosition(std::string_view schema) const;
  // Operators / functions of a name visible through the search path (or in `schema`).
  std::vector<const OperatorInfo *> operatorsNamed(std::string_view name, std::string_view schema = {}) const;
  std::vector<const FunctionInfo *> functionsNamed(std::string_view name, std::string_view schema = {}) const;

private:
  std::string_view intern(std::string_view text);
  bool visible(std::string_view object_schema, std::string_view schema) const;

  std::deque<std::string> strings_;
  std::deque<TypeInfo> types_;
  std::unordered_map<Oid, const TypeInfo *> types_by_oid_;
  std::vector<RangeInfo> ranges_;
  std::map<std::pair<Oid, Oid>, CastInfo> casts_;
  std::deque<OperatorInfo> operators_;
  std::deque<FunctionInfo> functions_;
  std::deque<std::vector<Oid>> function_args_;
  std::deque<OpclassInfo> opclasses_;
  std::vector<std::string> search_path_{"public"};
};

}  // namespace pgshift::builtins
