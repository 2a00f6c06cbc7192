#pragma once
// Visiting the children of an expression node, for analyses that do not care which
// kind of node holds them.

#include <functional>

#include "compiler/expr/node.h"

namespace pgshift::expr {

// Calls `visit` on each direct child of `node`.
void forEachChild(const Node &node, const std::function<void(const Node &)> &visit);
void forEachChild(Node &node, const std::function<void(Node &)> &visit);

// Calls `visit` on `node` and every node below it, parents first.
void forEachNode(const Node &node, const std::function<void(const Node &)> &visit);

// The distinct column names a raw expression references (t.a counts as a), in order.
std::vector<Identifier> referencedColumns(const Node &node);

}  // namespace pgshift::expr
