#include "compiler/frontend/naming.h"

#include <fmt/format.h>

#include "compiler/model/identifier.h"

namespace pgshift::naming {

std::string makeObjectName(std::string_view name1, std::string_view name2, std::string_view label) {
  size_t overhead = 0;
  if (!name2.empty()) ++overhead;              // the "_" before name2
  if (!label.empty()) overhead += label.size() + 1;
  size_t available = kMaxIdentifierBytes - overhead;
  size_t n1 = name1.size(), n2 = name2.size();
  // Shorten the longer name first, one byte at a time (as PostgreSQL's loop does).
  while (n1 + n2 > available) {
    if (n1 > n2) --n1;
    else --n2;
  }
  std::string out = clipToBytes(name1, n1);
  if (!name2.empty()) out += "_" + clipToBytes(name2, n2);
  if (!label.empty()) out += "_" + std::string(label);
  return out;
}

std::string chooseName(std::string_view name1, std::string_view name2, std::string_view label,
                       const std::function<bool(const std::string &)> &taken) {
  std::string modlabel(label);
  for (int pass = 1;; ++pass) {
    std::string name = makeObjectName(name1, name2, modlabel);
    if (!taken(name)) return name;
    modlabel = fmt::format("{}{}", label, pass);
  }
}

std::string nameAddition(const std::vector<std::string> &names) {
  std::string out;
  for (const auto &name : names) {
    if (!out.empty()) out += '_';
    out += name.substr(0, kMaxIdentifierBytes);
    if (out.size() >= kMaxIdentifierBytes + 1) break;
  }
  return out;
}

std::vector<std::string> indexColumnNames(const std::vector<std::optional<std::string>> &suggested) {
  std::vector<std::string> result;
  for (const auto &s : suggested) {
    const std::string original = s ? *s : "expr";
    std::string current = original;
    for (int i = 1;; ++i) {
      bool conflict = false;
      for (const auto &r : result) conflict |= r == current;
      if (!conflict) break;
      std::string number = std::to_string(i);
      current = clipToBytes(original, kMaxIdentifierBytes - number.size()) + number;
    }
    result.push_back(current);
  }
  return result;
}

namespace {

// FigureColnameInternal(): a name and its strength (2 = strong, 1 = weak, 0 = none).
int figure(const expr::Node &node, std::optional<std::string> &name) {
  using namespace expr;
  if (auto *c = node.get<ColumnRef>()) {
    name = c->fields.back().str();
    return 2;
  }
  if (auto *ind = node.get<Indirection>()) {
    for (auto it = ind->steps.rbegin(); it != ind->steps.rend(); ++it) {
      if (it->field) {
        name = it->field->str();
        return 2;
      }
    }
    return figure(*ind->arg, name);
  }
  if (auto *f = node.get<FuncCall>()) {
    name = f->name.back().str();
    return 2;
  }
  if (auto *op = node.get<OpExpr>()) {
    if (op->kind == OpExpr::Kind::nullif) {
      name = "nullif";
      return 2;
    }
    return 0;
  }
  if (auto *cast = node.get<Cast>()) {
    int strength = figure(*cast->arg, name);
    if (strength <= 1 && cast->syntax && !cast->syntax->names.empty()) {
      name = cast->syntax->names.back().str();
      return 1;
    }
    return strength;
  }
  if (auto *col = node.get<Collate>()) return figure(*col->arg, name);
  if (node.is<CaseExpr>()) {
    name = "case";
    return 1;
  }
  if (node.is<ArrayExpr>()) {
    name = "array";  // ARRAY[] acts like a function
    return 2;
  }
  if (node.is<RowExpr>()) {
    name = "row";  // ROW() acts like a function
    return 2;
  }
  if (auto *c = node.get<CoalesceExpr>()) {
    name = c->kind == CoalesceExpr::Kind::coalesce ? "coalesce" : c->kind == CoalesceExpr::Kind::greatest ? "greatest" : "least";
    return 2;
  }
  if (auto *v = node.get<SqlValue>()) {
    static const char *names[] = {"current_date", "current_time", "current_timestamp", "localtime", "localtimestamp",
                                  "current_role", "current_user", "user", "session_user", "current_catalog",
                                  "current_schema"};
    name = names[static_cast<int>(v->kind)];
    return 2;
  }
  return 0;
}

}  // namespace

std::optional<std::string> expressionName(const expr::Node &node) {
  std::optional<std::string> name;
  figure(node, name);
  return name;
}

}  // namespace pgshift::naming
