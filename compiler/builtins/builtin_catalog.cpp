#include "compiler/builtins/builtin_catalog.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "compiler/builtins/builtin_data.h"
#include "compiler/builtins/catalog.h"

namespace pgshift::builtins {
namespace {

// The rows are sorted at generation time (by oid, casts by source and target), so
// lookups by key are binary searches; only name lookups need an index, built once.
template <typename Row, typename Key, typename Proj>
const Row *findSorted(const Row *rows, size_t count, const Key &key, Proj proj) {
  const Row *end = rows + count;
  const Row *it = std::lower_bound(rows, end, key, [&](const Row &row, const Key &k) { return proj(row) < k; });
  return it != end && proj(*it) == key ? it : nullptr;
}

template <typename Row>
using NameIndex = std::unordered_map<std::string_view, std::vector<const Row *>>;

template <typename Row>
NameIndex<Row> indexByName(const Row *rows, size_t count) {
  NameIndex<Row> index;
  for (size_t i = 0; i < count; ++i) index[rows[i].name].push_back(&rows[i]);
  return index;
}

const NameIndex<TypeInfo> &typesByName() {
  static const NameIndex<TypeInfo> index = indexByName(data::kTypes, data::kTypeCount);
  return index;
}
const NameIndex<OperatorInfo> &operatorsByName() {
  static const NameIndex<OperatorInfo> index = indexByName(data::kOperators, data::kOperatorCount);
  return index;
}
const NameIndex<FunctionInfo> &functionsByName() {
  static const NameIndex<FunctionInfo> index = indexByName(data::kFunctions, data::kFunctionCount);
  return index;
}
const NameIndex<CollationInfo> &collationsByName() {
  static const NameIndex<CollationInfo> index = indexByName(data::kCollations, data::kCollationCount);
  return index;
}

template <typename Row>
std::span<const Row *const> named(const NameIndex<Row> &index, std::string_view name) {
  auto it = index.find(name);
  if (it == index.end()) return {};
  return it->second;
}

}  // namespace

std::vector<std::string_view> FunctionInfo::argNames() const {
  std::vector<std::string_view> names;
  if (argnames.empty()) return names;
  size_t start = 0;
  while (true) {
    size_t comma = argnames.find(',', start);
    names.push_back(argnames.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return names;
}

std::string_view snapshotVersion() { return data::kServerVersion; }

const TypeInfo *builtinType(Oid oid) {
  return findSorted(data::kTypes, data::kTypeCount, oid, [](const TypeInfo &t) { return t.oid; });
}

const TypeInfo *builtinTypeByName(std::string_view typname) {
  auto rows = named(typesByName(), typname);
  return rows.empty() ? nullptr : rows.front();
}

Oid builtinArrayOf(Oid element) {
  const TypeInfo *t = builtinType(element);
  return t ? t->array : kInvalidOid;
}

Oid builtinElementOf(Oid array) {
  const TypeInfo *t = builtinType(array);
  return t ? t->elem : kInvalidOid;
}

const RangeInfo *builtinRange(Oid range) {
  return findSorted(data::kRanges, data::kRangeCount, range, [](const RangeInfo &r) { return r.range; });
}

const RangeInfo *builtinRangeOfMultirange(Oid multirange) {
  for (size_t i = 0; i < data::kRangeCount; ++i)
    if (data::kRanges[i].multirange == multirange) return &data::kRanges[i];
  return nullptr;
}

const CastInfo *builtinCast(Oid source, Oid target) {
  return findSorted(data::kCasts, data::kCastCount, std::pair{source, target},
                    [](const CastInfo &c) { return std::pair{c.source, c.target}; });
}

std::span<const CastInfo> builtinCasts() { return {data::kCasts, data::kCastCount}; }

const OperatorInfo *builtinOperator(Oid oid) {
  return findSorted(data::kOperators, data::kOperatorCount, oid, [](const OperatorInfo &o) { return o.oid; });
}

std::span<const OperatorInfo *const> builtinOperatorsNamed(std::string_view name) {
  return named(operatorsByName(), name);
}

const FunctionInfo *builtinFunction(Oid oid) {
  return findSorted(data::kFunctions, data::kFunctionCount, oid, [](const FunctionInfo &f) { return f.oid; });
}

std::span<const FunctionInfo *const> builtinFunctionsNamed(std::string_view name) {
  return named(functionsByName(), name);
}

const OpclassInfo *builtinOpclass(std::string_view access_method, std::string_view name) {
  for (const OpclassInfo &c : builtinOpclasses())
    if (c.access_method == access_method && c.name == name) return &c;
  return nullptr;
}

std::span<const OpclassInfo> builtinOpclasses() { return {data::kOpclasses, data::kOpclassCount}; }

const OpclassInfo *builtinDefaultOpclass(std::string_view access_method, Oid input_type) {
  return Catalog::builtin().defaultOpclass(access_method, input_type);
}

const CollationInfo *builtinCollation(std::string_view name) {
  auto rows = named(collationsByName(), name);
  return rows.empty() ? nullptr : rows.front();
}

bool isBuiltinCollation(std::string_view name) { return builtinCollation(name) != nullptr; }

const AccessMethodInfo *builtinAccessMethod(std::string_view name) {
  for (size_t i = 0; i < data::kAccessMethodCount; ++i)
    if (data::kAccessMethods[i].name == name) return &data::kAccessMethods[i];
  return nullptr;
}

}  // namespace pgshift::builtins
