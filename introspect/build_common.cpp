// Pieces every builder shares.
#include "introspect/builders.h"

namespace pgshift::introspect {

RelOption splitRelOption(const std::string &text) {
  auto eq = text.find('=');
  if (eq == std::string::npos) return RelOption{text, "true"};  // never stored so, but harmless
  return RelOption{text.substr(0, eq), text.substr(eq + 1)};
}

std::vector<RelOption> splitRelOptions(const std::vector<std::string> &texts) {
  std::vector<RelOption> out;
  out.reserve(texts.size());
  for (const auto &text : texts) out.push_back(splitRelOption(text));
  return out;
}

Expression catalogExpression(std::string text) {
  Expression e;
  e.text = std::move(text);
  e.where.file = "database";
  return e;
}

}  // namespace pgshift::introspect
