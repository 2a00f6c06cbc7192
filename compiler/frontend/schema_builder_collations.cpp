// CREATE COLLATION, and collation names resolved as PostgreSQL resolves them.
#include <algorithm>

#include <fmt/format.h>

#include "compiler/builtins/builtin_catalog.h"
#include "compiler/frontend/schema_builder.h"

namespace pgshift {
namespace {

const Identifier &pgCatalog() {
  static const Identifier name = Identifier::exact("pg_catalog");
  return name;
}

// The schemas an unqualified collation name is looked up in: pg_catalog first unless
// the path lists it elsewhere (as for every object kind in PostgreSQL).
std::vector<Identifier> lookupPath(const std::vector<Identifier> &search_path) {
  std::vector<Identifier> out = search_path;
  if (std::find(out.begin(), out.end(), pgCatalog()) == out.end()) out.insert(out.begin(), pgCatalog());
  return out;
}

bool endsWith(const std::string &s, const std::string &suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// defGetBoolean()'s words.
std::optional<bool> booleanValue(const std::optional<std::string> &value) {
  if (!value) return true;
  const std::string &v = *value;
  if (v == "true" || v == "on" || v == "1" || v == "t" || v == "yes" || v == "y") return true;
  if (v == "false" || v == "off" || v == "0" || v == "f" || v == "no" || v == "n") return false;
  return std::nullopt;
}

}  // namespace

std::optional<QualifiedName> SchemaBuilder::resolveCollation(const ast::Name &name, const SourceLocation &where) const {
  if (name.empty()) return std::nullopt;
  if (name.size() == 2) {
    QualifiedName q{name[0], name[1]};
    if (q.schema == pgCatalog() ? builtins::isBuiltinCollation(q.name.str()) : collations_.count(q) != 0) return q;
    fail(where, fmt::format("collation \"{}\" for encoding \"UTF8\" does not exist", joinName(name)));
  }
  for (const auto &schema : lookupPath(search_path_)) {
    if (schema == pgCatalog() ? builtins::isBuiltinCollation(name[0].str()) : collations_.count({schema, name[0]}) != 0)
      return QualifiedName{schema, name[0]};
  }
  fail(where, fmt::format("collation \"{}\" for encoding \"UTF8\" does not exist", name[0].str()));
}

Collation &SchemaBuilder::collationOrFail(const ast::Name &name, const SourceLocation &where) {
  std::optional<QualifiedName> q = resolveCollation(name, where);
  if (q->schema == pgCatalog()) fail(where, fmt::format("unsupported: changing the built-in collation {}", q->sql()));
  return collations_.at(*q);
}

Collation SchemaBuilder::copiedCollation(const ast::Name &name, const SourceLocation &where) const {
  QualifiedName source = *resolveCollation(name, where);
  if (source.schema != pgCatalog()) return collations_.at(source);
  // A built-in collation, known by name only: initdb names ICU ones after their locale
  // ("und-x-icu") and libc ones after theirs ("C.utf8"); "C", "POSIX" and "ucs_basic"
  // are the fixed ones.
  const std::string &n = source.name.str();
  Collation out;
  if (n == "default") fail(where, "collation \"default\" cannot be copied");
  if (endsWith(n, "-x-icu")) {
    out.provider = 'i';
    out.icu_locale = n.substr(0, n.size() - 6);
  } else {
    out.lc_collate = out.lc_ctype = n == "ucs_basic" ? "C" : n;
  }
  return out;
}

void SchemaBuilder::createCollation(const ast::CreateCollation &s, const SourceLocation &where) {
  QualifiedName name = creationName(s.name, where);
  if (collations_.count(name)) {
    if (s.if_not_exists) return;
    fail(where, fmt::format("collation \"{}\" for encoding \"UTF8\" already exists", name.name.str()));
  }
  Collation c;
  if (!s.from.empty()) {
    c = copiedCollation(s.from, where);
    c.comment.reset();
    c.owner.reset();
  } else {
    std::optional<std::string> locale, lc_collate, lc_ctype, provider;
    std::optional<bool> deterministic;
    for (const auto &o : s.options) {
      auto set = [&](auto &field, auto value) {
        if (field) fail(o.where, "conflicting or redundant options");
        field = value;
      };
      auto text = [&]() -> std::string {
        if (!o.value) fail(o.where, fmt::format("{} requires a parameter", o.name));
        return *o.value;
      };
      if (o.name == "locale") set(locale, text());
      else if (o.name == "lc_collate") set(lc_collate, text());
      else if (o.name == "lc_ctype") set(lc_ctype, text());
      else if (o.name == "provider") set(provider, text());
      else if (o.name == "deterministic") {
        auto value = booleanValue(o.value);
        if (!value) fail(o.where, fmt::format("{} requires a Boolean value", o.name));
        set(deterministic, *value);
      } else if (o.name == "version") {
        // The provider's version is recorded by the server itself; a stated one only
        // silences its mismatch warnings, which the model does not keep.
        notes_.push_back(fmt::format("{}:{}: the version of collation {} is left to the server", where.file, where.line,
                                     name.sql()));
      } else {
        fail(o.where, fmt::format("collation attribute \"{}\" not recognized", o.name));
      }
    }
    if (locale && (lc_collate || lc_ctype))
      fail(where, "conflicting or redundant options: LOCALE cannot be specified together with LC_COLLATE or LC_CTYPE");
    std::string p = provider.value_or("libc");
    if (p == "icu") c.provider = 'i';
    else if (p == "libc") c.provider = 'c';
    else fail(where, fmt::format("unrecognized collation provider: {}", p));
    if (c.provider == 'c') {
      c.lc_collate = locale ? locale : lc_collate;
      c.lc_ctype = locale ? locale : lc_ctype;
      if (!c.lc_collate) fail(where, "parameter \"lc_collate\" must be specified");
      if (!c.lc_ctype) fail(where, "parameter \"lc_ctype\" must be specified");
    } else {
      if (!locale) fail(where, "parameter \"locale\" must be specified");
      c.icu_locale = locale;
    }
    c.deterministic = deterministic.value_or(true);
    if (!c.deterministic && c.provider != 'i') fail(where, "nondeterministic collations not supported with this provider");
  }
  c.name = name;
  collations_[name] = std::move(c);
}

}  // namespace pgshift
