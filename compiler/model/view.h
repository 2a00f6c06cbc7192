#pragma once
// Views and materialized views.

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/identifier.h"
#include "compiler/model/privilege.h"
#include "compiler/model/rel_option.h"
#include "compiler/model/sequence.h"
#include "compiler/model/type_name.h"

namespace pgshift {

// One output column, as pg_attribute of the view has it.
struct ViewColumn {
  Identifier name;
  // Unset when the file side cannot tell (an expression it does not analyze); a plain
  // column reference or an expanded * has its column's type.
  std::optional<TypeName> type;
  std::optional<std::string> comment;
  Acl acl;  // attacl: column privileges (none by default); compared by the diff of privileges

  friend bool operator==(const ViewColumn &, const ViewColumn &) = default;
};

// Two loose forms (ViewQuery::loose) match: equal, where a "*" the file side could not
// expand (written as kLooseStar) stands for any list of column names.
inline constexpr const char *kLooseStar = "\x02*";
bool looseQueriesMatch(const std::string &a, const std::string &b);

// A view's query.
struct ViewQuery {
  // pg_get_viewdef()'s text (search_path = pg_catalog), without the final semicolon;
  // empty when it is not known exactly (a query read from a file is not printed yet).
  std::string text;
  bool exact = false;
  // The loose form both sources can produce (frontend/query_summary.cpp): tokens with
  // qualifiers, casts, parentheses, aliases and layout left out, joined by spaces; empty
  // when it could not be made (catalog text the grammar does not read).
  std::string loose;
  // The query as statements should write it: as the file wrote it (to run under
  // `search_path`), or as the catalog printed it (every name qualified).
  std::string sql;
  std::vector<Identifier> search_path;
  // The column list a file wrote (CREATE VIEW v (a, b) AS ...), for statements to
  // repeat when not every output column's name is known.
  std::vector<Identifier> columns_sql;

  friend bool operator==(const ViewQuery &a, const ViewQuery &b) {
    if (a.exact && b.exact) return a.text == b.text;
    if (a.loose.empty() || b.loose.empty()) return true;  // one side could not be read loosely
    return looseQueriesMatch(a.loose, b.loose);
  }
};

struct View {
  QualifiedName name;
  bool materialized = false;
  ViewQuery query;
  std::vector<ViewColumn> columns;
  // False when the file side could not list the output columns (a * over something it
  // cannot expand): only the query is compared then.
  bool columns_known = true;
  // reloptions: check_option, security_barrier, security_invoker; a materialized view's
  // storage parameters.
  std::vector<RelOption> options;
  // Materialized: populated (WITH DATA). State, not schema (pg_dump --schema-only writes
  // WITH NO DATA for a populated one): used to create, never compared.
  bool with_data = true;
  std::optional<std::string> comment;
  // Ownership and privileges (relacl), as a table's; not part of the definition compared
  // by ==, but by the diff of owners and privileges.
  std::optional<Identifier> owner;
  Acl acl = defaultAcl(AclObject::view);
  // What the query reads: relations (tables, views, materialized views) and their
  // columns. Dependencies for ordering, not compared.
  std::vector<QualifiedName> reads;
  std::vector<QualifiedColumn> reads_columns;

  const ViewColumn *findColumn(const Identifier &name) const {
    for (const auto &c : columns)
      if (c.name == name) return &c;
    return nullptr;
  }
  ViewColumn *findColumn(const Identifier &name) {
    for (auto &c : columns)
      if (c.name == name) return &c;
    return nullptr;
  }
  const char *kind() const { return materialized ? "materialized view" : "view"; }
  const char *keyword() const { return materialized ? "MATERIALIZED VIEW" : "VIEW"; }

  // The same view as far as both sources can tell: the query (exactly or loosely), the
  // output columns (names, and types where both know them), options and comments.
  friend bool operator==(const View &a, const View &b);
};

// Output columns compare equal: same names in order, types equal where both are known.
bool sameViewColumns(const View &a, const View &b);

// Whether the view's query names `name` anywhere (a function it calls, a type it casts
// to), found as a word of its text without regard to case: a guess for ordering and
// re-creating around a function or type, which may say yes needlessly but not no
// wrongly.
bool queryMentions(const View &v, const Identifier &name);

inline bool operator==(const View &a, const View &b) {
  if (a.name != b.name || a.materialized != b.materialized || !(a.query == b.query) || a.options != b.options ||
      a.comment != b.comment)
    return false;
  if (!sameViewColumns(a, b)) return false;
  if (a.columns_known && b.columns_known)
    for (size_t i = 0; i < a.columns.size(); ++i)
      if (a.columns[i].comment != b.columns[i].comment) return false;
  return true;
}

inline bool sameViewColumns(const View &a, const View &b) {
  if (!a.columns_known || !b.columns_known) return true;
  if (a.columns.size() != b.columns.size()) return false;
  for (size_t i = 0; i < a.columns.size(); ++i) {
    if (a.columns[i].name != b.columns[i].name) return false;
    if (a.columns[i].type && b.columns[i].type && *a.columns[i].type != *b.columns[i].type) return false;
  }
  return true;
}

}  // namespace pgshift
