#pragma once
// PostgreSQL 15's keywords and their categories, which decide identifier quoting.

#include <string_view>

namespace pgshift {

enum class KeywordCategory {
  none,            // not a keyword
  unreserved,      // usable anywhere as a name; quote_ident leaves it bare
  col_name,        // a column name but not a function or type name
  type_func_name,  // a function or type name but not a column name
  reserved,        // never a bare name
};

// `word` must already be lower case.
KeywordCategory keywordCategory(std::string_view word);

}  // namespace pgshift
