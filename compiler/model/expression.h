#pragma once
// Expressions as the model keeps them: the text PostgreSQL's catalog prints.

#include <memory>
#include <string>
#include <vector>

#include "compiler/model/identifier.h"
#include "compiler/model/source_location.h"

namespace pgshift {

namespace expr {
struct Node;
}

// An expression (a default, a check, an index key or predicate) in the canonical form
// pg_get_expr() / pg_get_constraintdef() / pg_get_indexdef() print with
// search_path = pg_catalog. Both sources produce it through the same analyzer and
// printer (compiler/expr), so equal text means equal expressions.
struct Expression {
  std::string text;
  // The expression as statements should write it: as the schema file wrote it, or as
  // the catalog printed it for a database source. Not `text`, because PostgreSQL does
  // not always read its own printed form back into the same expression: a varchar
  // "IN ('a', 'b')" prints as "= ANY ((ARRAY['a'::character varying, ...])::text[])",
  // which reads back with the casts on the elements.
  std::string sql;
  // False when the offline analyzer could not prove `text` is what PostgreSQL prints
  // (an unknown function, an operator it cannot resolve): the diff then compares
  // `loose` instead, and the plan summary says so, rather than invent a difference.
  bool exact = true;
  // `text` without casts, parentheses or case differences in keywords.
  std::string loose;
  // Relations the expression names through regclass literals, e.g. the sequence in
  // nextval('public.t_id_seq'::regclass): they must exist before the expression does.
  std::vector<QualifiedName> relations;
  // User functions the expression calls (not pg_catalog's), by name: they must exist
  // before it, and it must go before they are dropped.
  std::vector<QualifiedName> functions;
  // Columns of the owning table the expression reads, in first-use order.
  std::vector<Identifier> columns;
  // ruleutils' looks_like_function(): a plain function call, COALESCE and the like,
  // which an index key prints without wrapping parentheses.
  bool function_like = false;
  // Calls a VOLATILE function (nextval, random()): a new column's default of this kind is
  // computed for every existing row.
  bool is_volatile = false;

  // Before normalization: the parsed expression and where it was written. The front end
  // and introspection fill these; the normalizer (expr/normalize.h) turns them into
  // `text` and the fields above. Not part of the comparison.
  std::shared_ptr<const expr::Node> syntax;
  SourceLocation where;
  // The search_path in effect where it was written, for names inside literals such as
  // nextval('t_id_seq'); empty when every name is qualified (catalog text).
  std::vector<Identifier> search_path;

  // The same expression: the same canonical text (how it was read does not matter).
  friend bool operator==(const Expression &a, const Expression &b) { return a.text == b.text; }
};

// How two expressions compare across sources.
enum class ExpressionMatch { same, approximately_same, different };

inline ExpressionMatch compareExpressions(const Expression &a, const Expression &b) {
  if (a.text == b.text) return ExpressionMatch::same;
  if ((!a.exact || !b.exact) && a.loose == b.loose) return ExpressionMatch::approximately_same;
  return ExpressionMatch::different;
}

}  // namespace pgshift
