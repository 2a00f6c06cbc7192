#include "compiler/expr/walk.h"

#include <algorithm>

namespace pgshift::expr {
namespace {

template <typename N, typename F>
void children(N &node, F &&visit) {
  std::visit(
      [&](auto &n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, Cast>) {
          visit(*n.arg);
        } else if constexpr (std::is_same_v<T, FuncCall>) {
          for (auto &a : n.args) visit(a);
          for (auto &o : n.order_by) visit(o);
          if (n.filter) visit(**n.filter);
        } else if constexpr (std::is_same_v<T, OpExpr>) {
          if (n.left) visit(**n.left);
          visit(*n.right);
        } else if constexpr (std::is_same_v<T, ArrayOp>) {
          visit(*n.left);
          visit(*n.right);
        } else if constexpr (std::is_same_v<T, InList>) {
          visit(*n.left);
          for (auto &a : n.list) visit(a);
        } else if constexpr (std::is_same_v<T, Between>) {
          visit(*n.arg);
          visit(*n.low);
          visit(*n.high);
        } else if constexpr (std::is_same_v<T, BoolExpr> || std::is_same_v<T, RowExpr> ||
                             std::is_same_v<T, CoalesceExpr>) {
          for (auto &a : n.args) visit(a);
        } else if constexpr (std::is_same_v<T, NullTest> || std::is_same_v<T, BooleanTest> ||
                             std::is_same_v<T, Collate>) {
          visit(*n.arg);
        } else if constexpr (std::is_same_v<T, CaseExpr>) {
          if (n.arg) visit(**n.arg);
          for (auto &w : n.whens) {
            visit(w.condition);
            visit(w.result);
          }
          if (n.default_result) visit(**n.default_result);
        } else if constexpr (std::is_same_v<T, ArrayExpr>) {
          for (auto &e : n.elements) visit(e);
        } else if constexpr (std::is_same_v<T, Indirection>) {
          visit(*n.arg);
          for (auto &s : n.steps) {
            if (s.lower) visit(**s.lower);
            if (s.upper) visit(**s.upper);
          }
        }
        // Const, ColumnRef, SqlValue, Param: leaves.
      },
      node.v);
}

}  // namespace

void forEachChild(const Node &node, const std::function<void(const Node &)> &visit) { children(node, visit); }
void forEachChild(Node &node, const std::function<void(Node &)> &visit) { children(node, visit); }

void forEachNode(const Node &node, const std::function<void(const Node &)> &visit) {
  visit(node);
  forEachChild(node, [&](const Node &child) { forEachNode(child, visit); });
}

std::vector<Identifier> referencedColumns(const Node &node) {
  std::vector<Identifier> out;
  forEachNode(node, [&](const Node &n) {
    if (auto *ref = n.get<ColumnRef>()) {
      const Identifier &column = ref->fields.back();
      if (std::find(out.begin(), out.end(), column) == out.end()) out.push_back(column);
    }
  });
  return out;
}

}  // namespace pgshift::expr
