#pragma once
// CREATE VIEW / CREATE MATERIALIZED VIEW as written, and the summary of a SELECT that
// the model needs: the relations it reads, its output columns, and a loose token stream
// to compare it by (query_summary.cpp builds it from the parse tree).

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/identifier.h"
#include "compiler/model/rel_option.h"
#include "compiler/model/source_location.h"

namespace pgshift::ast {

using QueryName = std::vector<Identifier>;  // possibly qualified: [schema, name] or [name]

// One item of a FROM list, for expanding * and finding a column's relation.
struct FromItem {
  std::optional<QueryName> relation;  // a plain relation; unset: a subquery, function, CTE reference...
  std::optional<Identifier> alias;
  bool has_column_aliases = false;
};

// A SELECT's FROM items; `merging` when a USING or NATURAL join merges columns (a * over
// it is then not a plain concatenation).
struct QueryScope {
  std::vector<FromItem> items;
  bool merging = false;
};

// A * or x.* of a target list.
struct QueryStar {
  std::optional<Identifier> qualifier;
  size_t scope = 0;
  // Where it is written in Query::text, in bytes (unset for the implicit one of TABLE t):
  // statements write the columns it stands for instead, as PostgreSQL stores a view.
  std::optional<size_t> offset;
  size_t length = 0;
  // While parsing: the character indexes of its first and last token in the source.
  size_t source_start = 0, source_stop = 0;
};

// One output column of the query's first SELECT (set operations take their names from it).
struct QueryOutput {
  // The name FigureColname() or an alias gives it; unset when the summary cannot tell.
  std::optional<Identifier> name;
  // A plain column reference ([qualifier.]column), whose type is the column's.
  std::optional<Identifier> qualifier;
  std::optional<Identifier> column;
  std::optional<size_t> star;  // a star: index into Query::stars
  size_t scope = 0;
};

struct QueryRelation {
  QueryName name;
  SourceLocation where;
};

struct Query {
  std::string text;                    // the query as written
  // The loose form: tokens with qualifiers, casts, parentheses, target aliases and AS
  // left out and keywords lower-cased; "\x01N" stands for star N.
  std::vector<std::string> loose;
  std::vector<QueryStar> stars;
  std::vector<QueryScope> scopes;
  std::vector<QueryOutput> outputs;
  std::vector<QueryRelation> relations;  // every relation named in a FROM (CTE names too)
  // Every name a column reference ends in (t.a and a give a; a bare t may be a whole row;
  // t.* outside a target list gives t) and every column of a JOIN ... USING: what the
  // query reads of its relations' columns, by name.
  std::vector<Identifier> column_names;
  std::vector<Identifier> ctes;          // names WITH defines
  bool recursive_cte = false;
  bool set_operation = false;  // UNION, INTERSECT or EXCEPT at the top
};

struct CreateView {
  QueryName name;
  bool materialized = false;
  bool or_replace = false;
  bool recursive = false;
  bool if_not_exists = false;
  std::vector<Identifier> columns;  // the column list, if written
  std::vector<RelOption> options;   // WITH (...), check_option included
  bool with_data = true;            // materialized: WITH [NO] DATA
  Query query;
  SourceLocation query_where;
};

}  // namespace pgshift::ast
