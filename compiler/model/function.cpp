#include "compiler/model/function.h"

namespace pgshift {

std::vector<TypeName> Function::inputTypes() const {
  std::vector<TypeName> out;
  for (const auto &a : args)
    if (a.isInput()) out.push_back(a.type);
  return out;
}

std::string Function::signature() const {
  std::string out = name.sql() + "(";
  bool first = true;
  for (const auto &t : inputTypes()) {
    out += (first ? "" : ", ") + t.sql();
    first = false;
  }
  return out + ")";
}

}  // namespace pgshift
