#pragma once
// Where something was written.

#include <string>

namespace pgshift {

struct SourceLocation {
  std::string file;  // as the user named it
  int line = 0;      // 1-based
  int column = 0;    // 1-based, in characters
};

}  // namespace pgshift
