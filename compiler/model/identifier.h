#pragma once
// Names as PostgreSQL's catalog stores them.

#include <compare>
#include <string>
#include <string_view>

namespace pgshift {

// A PostgreSQL identifier exactly as the catalog stores it: unquoted names already folded
// to lower case, every name cut to 63 bytes. The front end folds once
// (frontend/names.h); everything after it handles exact names, so an Identifier is
// never built from raw SQL text by accident.
class Identifier {
public:
  Identifier() = default;
  static Identifier exact(std::string name) { return Identifier(std::move(name)); }

  const std::string &str() const { return name_; }
  bool empty() const { return name_.empty(); }
  // The name as SQL, quoted exactly when PostgreSQL's quote_ident() would quote it.
  std::string sql() const;

  friend auto operator<=>(const Identifier &, const Identifier &) = default;
  friend bool operator==(const Identifier &, const Identifier &) = default;

private:
  explicit Identifier(std::string name) : name_(std::move(name)) {}
  std::string name_;
};

// PostgreSQL's quote_ident(): quotes unless the name is lower-case letters, digits,
// underscores (not starting with a digit) and not a keyword that needs quoting.
std::string quoteIdent(std::string_view name);
// A string literal: 'it''s'. Backslashes are literal (standard_conforming_strings = on).
std::string quoteLiteral(std::string_view text);

// The longest prefix of `name` of at most `max_bytes` bytes that does not split a UTF-8
// character (PostgreSQL's pg_mbcliplen for UTF-8).
std::string clipToBytes(std::string_view name, size_t max_bytes);

// NAMEDATALEN - 1: the longest name PostgreSQL keeps.
inline constexpr size_t kMaxIdentifierBytes = 63;

// A name inside a schema: a table, index, sequence, type or function name.
struct QualifiedName {
  Identifier schema;
  Identifier name;

  std::string sql() const { return schema.sql() + "." + name.sql(); }
  friend auto operator<=>(const QualifiedName &, const QualifiedName &) = default;
  friend bool operator==(const QualifiedName &, const QualifiedName &) = default;
};

}  // namespace pgshift
