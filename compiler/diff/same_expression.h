#pragma once
// The one rule for comparing two expressions of the same object across sources.

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/expression.h"

namespace pgshift::diff {

// Equal, or equal as far as an approximate offline analysis can tell; the latter is
// added to `notes` (`what` names the expression), never turned into a difference.
bool sameExpression(const std::optional<Expression> &a, const std::optional<Expression> &b, const std::string &what,
                    std::vector<std::string> &notes);

}  // namespace pgshift::diff
