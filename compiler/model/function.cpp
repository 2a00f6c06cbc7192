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

std::string Function::aggregateSignature() const {
  std::vector<const FunctionArg *> inputs;
  for (const auto &a : args)
    if (a.isInput()) inputs.push_back(&a);
  if (inputs.empty()) return name.sql() + "(*)";
  const size_t direct = aggregate && aggregate->orderedSet() ? static_cast<size_t>(aggregate->direct_args) : inputs.size();
  std::string out = name.sql() + "(";
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (aggregate && aggregate->orderedSet() && i == direct) out += i == 0 ? "ORDER BY " : " ORDER BY ";
    else if (i > 0) out += ", ";
    if (inputs[i]->mode == 'v') out += "VARIADIC ";
    out += inputs[i]->type.sql();
  }
  // VARIADIC "any" ORDER BY VARIADIC "any" keeps one argument, all direct.
  if (aggregate && aggregate->orderedSet() && direct == inputs.size())
    out += " ORDER BY " + std::string(inputs.back()->mode == 'v' ? "VARIADIC " : "") + inputs.back()->type.sql();
  return out + ")";
}

}  // namespace pgshift
