#pragma once
// What operator, function and common-type resolution report (parse_oper.c,
// parse_func.c, select_common_type): the chosen object, the types each argument must be
// coerced to, and the result type, or why PostgreSQL would reject the call.

#include <string>
#include <vector>

#include "compiler/builtins/builtin_catalog.h"

namespace pgshift::builtins {

enum class ResolutionStatus {
  ok,
  not_found,   // no candidate accepts the argument types ("does not exist")
  ambiguous,   // several candidates and no rule prefers one ("is not unique")
  invalid,     // a candidate was chosen, but its polymorphic types do not fit the arguments
};

// select_common_type() for CASE, COALESCE, GREATEST, ARRAY[...], IN lists, VALUES, UNION.
struct CommonTypeResult {
  Oid type = kInvalidOid;  // 0 on failure
  std::string error;       // why there is no common type
  bool ok() const { return type != kInvalidOid; }
};

struct OperatorResolution {
  ResolutionStatus status = ResolutionStatus::not_found;
  const OperatorInfo *op = nullptr;
  // The types the operands are coerced to: the operator's declared types with polymorphic
  // ones resolved (left is 0 for a prefix operator). For `x op ANY (array)`, right is the
  // array type the array operand is coerced to.
  Oid left = kInvalidOid;
  Oid right = kInvalidOid;
  Oid result = kInvalidOid;  // oprresult, polymorphic resolved
  std::string error;
  bool ok() const { return status == ResolutionStatus::ok; }
};

// Extra facts about a call's arguments that function lookup depends on.
struct CallOptions {
  // Named notation: the names of the last arg_names.size() arguments (f(a, b => 1)).
  std::vector<std::string> arg_names;
  // The call marks its last argument VARIADIC (f(VARIADIC arr)): no variadic expansion.
  bool variadic = false;
};

enum class FunctionCallKind {
  normal,
  aggregate,
  window,
  procedure,
  coercion,  // typename(arg) that PostgreSQL treats as a cast, e.g. text(varchar_col), int4('1')
};

struct FunctionResolution {
  ResolutionStatus status = ResolutionStatus::not_found;
  FunctionCallKind kind = FunctionCallKind::normal;
  const FunctionInfo *function = nullptr;  // nullptr for kind == coercion
  // Per actual argument, in call order: the type it is coerced to (polymorphic resolved;
  // variadic arguments get the element type).
  std::vector<Oid> declared;
  // Named notation: the function parameter (0-based) each actual argument binds to.
  // Empty for positional calls.
  std::vector<int> arg_numbers;
  // Trailing parameters the call leaves to their defaults, and their declared types.
  int n_defaults = 0;
  std::vector<Oid> default_types;
  // The last n_variadic actual arguments are collected into an ARRAY of variadic_array
  // (0 for a VARIADIC "any" function, whose arguments stay separate).
  int n_variadic = 0;
  Oid variadic_array = kInvalidOid;
  Oid result = kInvalidOid;  // prorettype, polymorphic resolved; the target type for a coercion
  bool retset = false;
  std::string error;
  bool ok() const { return status == ResolutionStatus::ok; }
};

}  // namespace pgshift::builtins
