#pragma once
// PostgreSQL 15's built-in catalog (pg_catalog), as a snapshot compiled into the
// program: types, casts, operators, functions, operator classes, collations and access
// methods. builtin_data.cpp holds the rows; generate_builtins.sh regenerates it.

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace pgshift::builtins {

using Oid = uint32_t;

// Oids the resolution rules and their callers name (pg_type.dat).
inline constexpr Oid kInvalidOid = 0;
inline constexpr Oid kBoolOid = 16;
inline constexpr Oid kByteaOid = 17;
inline constexpr Oid kCharOid = 18;
inline constexpr Oid kNameOid = 19;
inline constexpr Oid kInt8Oid = 20;
inline constexpr Oid kInt2Oid = 21;
inline constexpr Oid kInt2VectorOid = 22;
inline constexpr Oid kInt4Oid = 23;
inline constexpr Oid kRegprocOid = 24;
inline constexpr Oid kTextOid = 25;
inline constexpr Oid kOidOid = 26;
inline constexpr Oid kOidVectorOid = 30;
inline constexpr Oid kJsonOid = 114;
inline constexpr Oid kXmlOid = 142;
inline constexpr Oid kPointOid = 600;
inline constexpr Oid kCidrOid = 650;
inline constexpr Oid kFloat4Oid = 700;
inline constexpr Oid kFloat8Oid = 701;
inline constexpr Oid kUnknownOid = 705;
inline constexpr Oid kMoneyOid = 790;
inline constexpr Oid kInetOid = 869;
inline constexpr Oid kInt4ArrayOid = 1007;
inline constexpr Oid kTextArrayOid = 1009;
inline constexpr Oid kBpcharOid = 1042;
inline constexpr Oid kVarcharOid = 1043;
inline constexpr Oid kDateOid = 1082;
inline constexpr Oid kTimeOid = 1083;
inline constexpr Oid kTimestampOid = 1114;
inline constexpr Oid kTimestamptzOid = 1184;
inline constexpr Oid kIntervalOid = 1186;
inline constexpr Oid kTimetzOid = 1266;
inline constexpr Oid kBitOid = 1560;
inline constexpr Oid kVarbitOid = 1562;
inline constexpr Oid kNumericOid = 1700;
inline constexpr Oid kRegprocedureOid = 2202;
inline constexpr Oid kRegoperOid = 2203;
inline constexpr Oid kRegoperatorOid = 2204;
inline constexpr Oid kRegclassOid = 2205;
inline constexpr Oid kRegtypeOid = 2206;
inline constexpr Oid kRecordOid = 2249;
inline constexpr Oid kCstringOid = 2275;
inline constexpr Oid kAnyOid = 2276;
inline constexpr Oid kAnyArrayOid = 2277;
inline constexpr Oid kVoidOid = 2278;
inline constexpr Oid kTriggerOid = 2279;
inline constexpr Oid kInternalOid = 2281;
inline constexpr Oid kAnyElementOid = 2283;
inline constexpr Oid kRecordArrayOid = 2287;
inline constexpr Oid kAnyNonArrayOid = 2776;
inline constexpr Oid kUuidOid = 2950;
inline constexpr Oid kAnyEnumOid = 3500;
inline constexpr Oid kRegconfigOid = 3734;
inline constexpr Oid kJsonbOid = 3802;
inline constexpr Oid kAnyRangeOid = 3831;
inline constexpr Oid kRegnamespaceOid = 4089;
inline constexpr Oid kRegroleOid = 4096;
inline constexpr Oid kRegcollationOid = 4191;
inline constexpr Oid kAnyMultirangeOid = 4537;
inline constexpr Oid kAnyCompatibleMultirangeOid = 4538;
inline constexpr Oid kAnyCompatibleOid = 5077;
inline constexpr Oid kAnyCompatibleArrayOid = 5078;
inline constexpr Oid kAnyCompatibleNonArrayOid = 5079;
inline constexpr Oid kAnyCompatibleRangeOid = 5080;

// typcategory values (pg_type.h TYPCATEGORY_*); 0 means "no category" (InvalidOid).
namespace category {
inline constexpr char kArray = 'A';
inline constexpr char kBoolean = 'B';
inline constexpr char kComposite = 'C';
inline constexpr char kDatetime = 'D';
inline constexpr char kEnum = 'E';
inline constexpr char kGeometric = 'G';
inline constexpr char kNetwork = 'I';
inline constexpr char kNumeric = 'N';
inline constexpr char kPseudo = 'P';
inline constexpr char kRange = 'R';
inline constexpr char kString = 'S';
inline constexpr char kTimespan = 'T';
inline constexpr char kUser = 'U';
inline constexpr char kBitstring = 'V';
inline constexpr char kUnknown = 'X';
inline constexpr char kInvalid = '\0';
}  // namespace category

// Rows mirror the catalog columns; `schema` is only set for objects added from a schema
// being analyzed (Catalog::addType and friends), built-ins live in pg_catalog.
struct TypeInfo {
  Oid oid;
  std::string_view name;
  char typtype;       // b base, c composite, d domain, e enum, p pseudo, r range, m multirange
  char category;      // typcategory
  bool preferred;     // typispreferred
  Oid elem;           // element type of a true array (typsubscript = array_subscript_handler), else 0
  Oid array;          // typarray: the array type over this type, or 0
  int16_t len;        // typlen
  bool collatable;    // typcollation <> 0
  Oid basetype;       // typbasetype: the type a domain is over, else 0
  std::string_view schema = "pg_catalog";
};

struct RangeInfo {
  Oid range;
  Oid subtype;
  Oid multirange;
};

struct CastInfo {
  Oid source;
  Oid target;
  Oid function;                // castfunc, 0 when none
  std::string_view function_name;
  uint8_t function_nargs;      // 1, or 2/3 for a function taking a typmod (and isExplicit)
  char context;                // castcontext: e explicit, a assignment, i implicit
  char method;                 // castmethod: f function, i I/O, b binary
};

struct OperatorInfo {
  Oid oid;
  std::string_view name;
  char kind;                   // b infix, l prefix
  Oid left;                    // 0 for a prefix operator
  Oid right;
  Oid result;
  Oid function;                // oprcode
  std::string_view schema = "pg_catalog";
};

struct FunctionInfo {
  Oid oid;
  std::string_view name;
  char kind;                   // prokind: f function, a aggregate, w window, p procedure
  uint8_t nargs;               // pronargs
  const Oid *argtypes;         // proargtypes, nargs entries
  Oid variadic;                // provariadic: element type of the VARIADIC array, any for "any", else 0
  Oid result;                  // prorettype
  bool retset;
  uint8_t ndefaults;           // pronargdefaults: the last ndefaults arguments have defaults
  char volatility;             // provolatile: i, s, v
  std::string_view argnames;   // names of the input arguments, comma-separated ("" if unnamed)
  std::string_view schema = "pg_catalog";

  std::span<const Oid> args() const { return {argtypes, nargs}; }
  // The input argument names, one entry per argument ("" where unnamed).
  std::vector<std::string_view> argNames() const;
};

struct OpclassInfo {
  Oid oid;
  std::string_view access_method;
  std::string_view name;
  Oid input_type;              // opcintype
  bool is_default;             // opcdefault
};

struct CollationInfo {
  Oid oid;
  std::string_view name;
};

struct AccessMethodInfo {
  Oid oid;
  std::string_view name;
  char type;                   // i index, t table
};

// The server version the snapshot was taken from, e.g. "15.20 (Debian 15.20-0+deb12u1)".
std::string_view snapshotVersion();

// Built-in rows, by oid / name. All return nullptr (or an empty list) when absent.
const TypeInfo *builtinType(Oid oid);
const TypeInfo *builtinTypeByName(std::string_view typname);
// The array type over `element` (typarray) and the element of a true array (typelem).
Oid builtinArrayOf(Oid element);
Oid builtinElementOf(Oid array);
const RangeInfo *builtinRange(Oid range);
const RangeInfo *builtinRangeOfMultirange(Oid multirange);
const CastInfo *builtinCast(Oid source, Oid target);
std::span<const CastInfo> builtinCasts();
const OperatorInfo *builtinOperator(Oid oid);
// All operators (any kind) / functions of a name, in oid order.
std::span<const OperatorInfo *const> builtinOperatorsNamed(std::string_view name);
const FunctionInfo *builtinFunction(Oid oid);
std::span<const FunctionInfo *const> builtinFunctionsNamed(std::string_view name);
const OpclassInfo *builtinOpclass(std::string_view access_method, std::string_view name);
std::span<const OpclassInfo> builtinOpclasses();
// GetDefaultOpClass() over the built-in types (see Catalog::defaultOpclass).
const OpclassInfo *builtinDefaultOpclass(std::string_view access_method, Oid input_type);
const CollationInfo *builtinCollation(std::string_view name);
bool isBuiltinCollation(std::string_view name);
const AccessMethodInfo *builtinAccessMethod(std::string_view name);

}  // namespace pgshift::builtins
