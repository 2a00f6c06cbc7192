#pragma once
// User-defined collations (pg_collation rows in the user's schemas). PostgreSQL cannot
// change a collation's definition: a different one is a new collation.

#include <optional>
#include <string>

#include "compiler/model/identifier.h"

namespace pgshift {

// CREATE COLLATION, as pg_collation keeps it: a libc collation has LC_COLLATE and
// LC_CTYPE, an ICU one its locale (PostgreSQL 15 leaves the other fields null).
// CREATE COLLATION ... FROM copies these, so it is stored as what it copied. The
// encoding and the provider's version are not kept: they follow the database.
struct Collation {
  QualifiedName name;
  char provider = 'c';  // c libc, i icu
  std::optional<std::string> lc_collate;
  std::optional<std::string> lc_ctype;
  std::optional<std::string> icu_locale;
  bool deterministic = true;
  std::optional<std::string> comment;
  std::optional<Identifier> owner;

  // The same collation, whatever its comment and owner.
  bool sameDefinition(const Collation &other) const {
    return provider == other.provider && lc_collate == other.lc_collate && lc_ctype == other.lc_ctype &&
           icu_locale == other.icu_locale && deterministic == other.deterministic;
  }
  // "CREATE COLLATION public.numeric (provider = icu, locale = 'en-u-kn-true')".
  std::string createSql() const;
  friend bool operator==(const Collation &, const Collation &) = default;
};

}  // namespace pgshift
