#include "compiler/diff/same_expression.h"

namespace pgshift::diff {

bool sameExpression(const std::optional<Expression> &a, const std::optional<Expression> &b, const std::string &what,
                    std::vector<std::string> &notes) {
  if (!a || !b) return !a && !b;
  switch (compareExpressions(*a, *b)) {
    case ExpressionMatch::same: return true;
    case ExpressionMatch::approximately_same:
      notes.push_back(what + ": taken as unchanged (" + a->text + " vs " + b->text + " match once casts are ignored)");
      return true;
    case ExpressionMatch::different: return false;
  }
  return false;
}

}  // namespace pgshift::diff
