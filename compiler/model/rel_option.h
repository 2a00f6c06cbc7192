#pragma once
// Storage parameters: WITH (fillfactor = 70).

#include <string>
#include <vector>

#include "compiler/model/identifier.h"

namespace pgshift {

// One storage parameter as pg_class.reloptions stores it: "name=value" text, the name
// folded, the value as written (a bare name gets "true").
struct RelOption {
  std::string name;
  std::string value;

  // ruleutils' flatten_reloptions(): the value is quoted unless it is a plain name.
  std::string sql() const {
    return name + "=" + (quoteIdent(value) == value ? value : quoteLiteral(value));
  }
  friend auto operator<=>(const RelOption &, const RelOption &) = default;
  friend bool operator==(const RelOption &, const RelOption &) = default;
};

// "WITH (a=1, b='x')", or "" when there are none.
inline std::string relOptionsSql(const std::vector<RelOption> &options) {
  if (options.empty()) return "";
  std::string out = "WITH (";
  for (size_t i = 0; i < options.size(); ++i) out += (i ? ", " : "") + options[i].sql();
  return out + ")";
}

}  // namespace pgshift
