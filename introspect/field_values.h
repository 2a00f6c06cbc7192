#pragma once
// Decoding the fields of catalog rows (libpqxx 6.4: as<T>(), is_null(), as_array()),
// shared by every query file.

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <pqxx/pqxx>

#include "compiler/model/identifier.h"

namespace pgshift::introspect {

inline std::string text(const pqxx::field &f) { return f.is_null() ? std::string() : f.as<std::string>(); }
inline Identifier ident(const pqxx::field &f) { return Identifier::exact(text(f)); }
inline std::optional<std::string> optText(const pqxx::field &f) {
  return f.is_null() ? std::nullopt : std::optional<std::string>(f.as<std::string>());
}
inline std::optional<Identifier> optIdent(const pqxx::field &f) {
  return f.is_null() ? std::nullopt : std::optional<Identifier>(ident(f));
}
// A schema and a name, both NULL when there is no object.
inline std::optional<QualifiedName> optQualified(const pqxx::field &schema, const pqxx::field &name) {
  if (schema.is_null() || name.is_null()) return std::nullopt;
  return QualifiedName{ident(schema), ident(name)};
}
// A "char" column: '\0' for the empty value (attgenerated, attidentity).
inline char letter(const pqxx::field &f) {
  std::string s = text(f);
  return s.empty() ? '\0' : s[0];
}
inline bool flag(const pqxx::field &f) { return !f.is_null() && f.as<bool>(); }

// A one-dimensional array, NULL elements kept as nullopt; a NULL array gives nothing.
inline std::vector<std::optional<std::string>> nullableArray(const pqxx::field &f) {
  std::vector<std::optional<std::string>> out;
  if (f.is_null()) return out;
  pqxx::array_parser parser = f.as_array();
  for (auto [what, value] = parser.get_next(); what != pqxx::array_parser::done; std::tie(what, value) = parser.get_next()) {
    if (what == pqxx::array_parser::string_value) out.emplace_back(std::move(value));
    else if (what == pqxx::array_parser::null_value) out.emplace_back(std::nullopt);
  }
  return out;
}
// A one-dimensional text-like array without its NULL elements.
inline std::vector<std::string> textArray(const pqxx::field &f) {
  std::vector<std::string> out;
  for (auto &v : nullableArray(f))
    if (v) out.push_back(std::move(*v));
  return out;
}

}  // namespace pgshift::introspect
