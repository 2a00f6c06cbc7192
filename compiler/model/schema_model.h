#pragma once
// The whole model of one side of a comparison.

#include <string>
#include <vector>

#include "compiler/model/index.h"
#include "compiler/model/schema.h"
#include "compiler/model/sequence.h"
#include "compiler/model/table.h"
#include "compiler/model/view.h"

namespace pgshift {

// Every object of one database schema, read from files or from a live database. Plain
// values in flat per-kind collections, sorted by name so that iteration order (and so the
// plan) never depends on the order of reading; objects refer to each other by name.
struct SchemaModel {
  std::vector<Schema> schemas;
  std::vector<Table> tables;
  std::vector<Sequence> sequences;
  std::vector<Index> indexes;
  std::vector<View> views;  // views and materialized views

  // Sorts every collection by name (and constraints within tables); call once after
  // building. The lookups below need it.
  void sortByName();

  const Schema *findSchema(const Identifier &name) const;
  const Table *findTable(const QualifiedName &name) const;
  const Sequence *findSequence(const QualifiedName &name) const;
  const Index *findIndex(const QualifiedName &name) const;
  const View *findView(const QualifiedName &name) const;

  friend bool operator==(const SchemaModel &, const SchemaModel &) = default;
};

// A model and what reading it found worth saying: approximations, ignored statements.
struct LoadedSchema {
  SchemaModel model;
  std::vector<std::string> notes;
};

}  // namespace pgshift
