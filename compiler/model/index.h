#pragma once
// Indexes that do not back a constraint (those live in the constraint).

#include <optional>
#include <string>
#include <vector>

#include "compiler/model/expression.h"
#include "compiler/model/identifier.h"
#include "compiler/model/index_key.h"
#include "compiler/model/rel_option.h"

namespace pgshift {

struct Index {
  QualifiedName name;  // an index lives in its table's schema
  Identifier table;
  bool unique = false;
  bool nulls_not_distinct = false;
  std::string method = "btree";
  std::vector<IndexKey> keys;
  std::vector<Identifier> include;
  std::vector<RelOption> options;
  std::optional<Identifier> tablespace;
  std::optional<Expression> predicate;  // WHERE
  std::optional<std::string> comment;

  QualifiedName tableName() const { return {name.schema, table}; }
  // pg_get_indexdef()'s text, e.g. "CREATE INDEX t_a_idx ON public.t USING btree (a)".
  std::string definitionSql(bool for_ddl = false) const;

  friend bool operator==(const Index &, const Index &) = default;
};

}  // namespace pgshift
