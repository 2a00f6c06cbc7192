#pragma once
// The generated snapshot rows (builtin_data.cpp). Only builtin_catalog.cpp reads them;
// everything else goes through builtin_catalog.h.

#include <cstddef>
#include <iterator>

#include "compiler/builtins/builtin_catalog.h"

namespace pgshift::builtins::data {

extern const char kServerVersion[];
extern const TypeInfo kTypes[];             // by oid
extern const size_t kTypeCount;
extern const RangeInfo kRanges[];           // by range oid
extern const size_t kRangeCount;
extern const CastInfo kCasts[];             // by (source, target)
extern const size_t kCastCount;
extern const OperatorInfo kOperators[];     // by oid
extern const size_t kOperatorCount;
extern const Oid kArgTypes[];
extern const FunctionInfo kFunctions[];     // by oid
extern const size_t kFunctionCount;
extern const OpclassInfo kOpclasses[];      // by oid
extern const size_t kOpclassCount;
extern const CollationInfo kCollations[];   // by oid
extern const size_t kCollationCount;
extern const AccessMethodInfo kAccessMethods[];  // by oid
extern const size_t kAccessMethodCount;

}  // namespace pgshift::builtins::data
