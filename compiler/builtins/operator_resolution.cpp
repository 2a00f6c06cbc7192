// Operator resolution: oper(), left_oper(), make_op() and make_scalar_array_op() of
// PostgreSQL 15's parse_oper.c (documentation 10.2, "Operators").

#include <fmt/format.h>

#include <algorithm>

#include "compiler/builtins/candidates.h"
#include "compiler/builtins/catalog.h"
#include "compiler/builtins/polymorphism.h"

namespace pgshift::builtins {
namespace {

std::string signature(const Catalog &catalog, std::string_view name, Oid left, Oid right) {
  return left == kInvalidOid ? fmt::format("{} {}", name, catalog.formatType(right))
                             : fmt::format("{} {} {}", catalog.formatType(left), name, catalog.formatType(right));
}

// The operators of a name and kind a search finds: an operator in a schema earlier in
// the search path masks one with the same argument types later in it.
std::vector<const OperatorInfo *> visibleOperators(const Catalog &catalog, std::string_view name, char kind,
                                                   std::string_view schema) {
  std::vector<const OperatorInfo *> result;
  for (const OperatorInfo *op : catalog.operatorsNamed(name, schema)) {
    if (op->kind != kind) continue;
    auto same_args = std::find_if(result.begin(), result.end(), [&](const OperatorInfo *o) {
      return o->left == op->left && o->right == op->right;
    });
    if (same_args == result.end()) result.push_back(op);
    else if (catalog.schemaPosition(op->schema) < catalog.schemaPosition((*same_args)->schema)) *same_args = op;
  }
  return result;
}

const OperatorInfo *exactOperator(const std::vector<const OperatorInfo *> &ops, Oid left, Oid right) {
  for (const OperatorInfo *op : ops)
    if (op->left == left && op->right == right) return op;
  return nullptr;
}

// oper() / left_oper(): the operator a call with these operand types uses, before any
// polymorphic resolution. Sets status and error when there is none.
const OperatorInfo *selectOperator(const Catalog &catalog, std::string_view name, Oid left, Oid right,
                                   std::string_view schema, OperatorResolution &out) {
  const char kind = left == kInvalidOid ? 'l' : 'b';
  std::vector<const OperatorInfo *> ops = visibleOperators(catalog, name, kind, schema);
  const OperatorInfo *exact = nullptr;
  if (kind == 'l') {
    exact = exactOperator(ops, kInvalidOid, right);
  } else {
    // An unknown literal on one side is first assumed to have the other side's type (or,
    // for a domain, its base type) -- the reason varchar = 'x' is not text = text.
    Oid l = left, r = right;
    bool was_unknown = false;
    if (l == kUnknownOid && r != kInvalidOid) l = r, was_unknown = true;
    else if (r == kUnknownOid && l != kInvalidOid) r = l, was_unknown = true;
    exact = exactOperator(ops, l, r);
    if (!exact && was_unknown) {
      Oid base = catalog.baseType(l);
      if (base != l) exact = exactOperator(ops, base, base);
    }
  }
  if (exact) return exact;

  std::vector<Oid> inputs = kind == 'l' ? std::vector<Oid>{right} : std::vector<Oid>{left, right};
  std::vector<CandidateArgs> candidates;
  for (const OperatorInfo *op : ops)
    candidates.push_back(kind == 'l' ? CandidateArgs{op->right} : CandidateArgs{op->left, op->right});
  std::vector<size_t> matching = matchingCandidates(catalog, inputs, candidates);
  std::optional<size_t> chosen;
  if (matching.size() == 1) chosen = matching.front();
  else if (matching.size() > 1) chosen = selectBestCandidate(catalog, inputs, candidates, matching);
  if (chosen) return ops[*chosen];

  if (matching.size() > 1) {
    out.status = ResolutionStatus::ambiguous;
    out.error = "operator is not unique: " + signature(catalog, name, left, right);
  } else {
    out.status = ResolutionStatus::not_found;
    out.error = "operator does not exist: " + signature(catalog, name, left, right);
  }
  return nullptr;
}

}  // namespace

OperatorResolution Catalog::resolveOperator(std::string_view name, Oid left, Oid right, std::string_view schema) const {
  OperatorResolution out;
  if (right == kInvalidOid) {
    out.error = "postfix operators are not supported";
    return out;
  }
  const OperatorInfo *op = selectOperator(*this, name, left, right, schema, out);
  if (!op) return out;
  out.op = op;
  // make_op(): polymorphic operands and result take the actual types.
  std::vector<Oid> actual, declared;
  if (left != kInvalidOid) actual.push_back(left), declared.push_back(op->left);
  actual.push_back(right), declared.push_back(op->right);
  out.result = enforceGenericTypeConsistency(actual, declared, op->result, out.error);
  if (out.result == kInvalidOid) {
    out.status = ResolutionStatus::invalid;
    return out;
  }
  out.left = left != kInvalidOid ? declared.front() : kInvalidOid;
  out.right = declared.back();
  out.status = ResolutionStatus::ok;
  return out;
}

OperatorResolution Catalog::resolveScalarArrayOp(std::string_view name, Oid left, Oid array,
                                                 std::string_view schema) const {
  OperatorResolution out;
  // The operator's right operand is the array's element type; an unknown literal stays
  // unknown in the hope that the operator resolves anyway.
  Oid right = kUnknownOid;
  if (array != kUnknownOid) {
    right = elementOf(baseType(array));
    if (right == kInvalidOid) {
      out.error = "op ANY/ALL (array) requires array on right side";
      return out;
    }
  }
  const OperatorInfo *op = selectOperator(*this, name, left, right, schema, out);
  if (!op) return out;
  out.op = op;
  std::vector<Oid> actual{left, right}, declared{op->left, op->right};
  out.result = enforceGenericTypeConsistency(actual, declared, op->result, out.error);
  if (out.result == kInvalidOid) {
    out.status = ResolutionStatus::invalid;
    return out;
  }
  if (out.result != kBoolOid) {
    out.status = ResolutionStatus::invalid;
    out.error = "op ANY/ALL (array) requires operator to yield boolean";
    return out;
  }
  // Back to the array type on the right: the array over the operator's right type (a
  // still-polymorphic one keeps the actual array type).
  Oid right_array = isPolymorphic(declared[1]) ? array : arrayOf(declared[1]);
  if (right_array == kInvalidOid) {
    out.status = ResolutionStatus::invalid;
    out.error = fmt::format("could not find array type for data type {}", formatType(declared[1]));
    return out;
  }
  out.left = declared[0];
  out.right = right_array;
  out.status = ResolutionStatus::ok;
  return out;
}

}  // namespace pgshift::builtins
