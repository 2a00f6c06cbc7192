#include "compiler/model/collation.h"

namespace pgshift {

std::string Collation::createSql() const {
  std::string options;
  auto add = [&](const std::string &option) { options += (options.empty() ? "" : ", ") + option; };
  if (provider == 'i') {
    add("provider = icu");
    add("locale = " + quoteLiteral(icu_locale.value_or("")));
  } else {
    add("provider = libc");
    if (lc_collate == lc_ctype) {
      add("locale = " + quoteLiteral(lc_collate.value_or("")));
    } else {
      add("lc_collate = " + quoteLiteral(lc_collate.value_or("")));
      add("lc_ctype = " + quoteLiteral(lc_ctype.value_or("")));
    }
  }
  if (!deterministic) add("deterministic = false");
  return "CREATE COLLATION " + name.sql() + " (" + options + ")";
}

}  // namespace pgshift
