#include "planner/detached_copies.h"

namespace pgshift::planner {

std::string dropDetachedCopies(const QualifiedName &name, const SchemaModel &from, const SchemaModel &to) {
  std::string keep;
  auto add = [&](const Identifier &n) { keep += (keep.empty() ? "" : ", ") + quoteLiteral(n.str()); };
  for (const SchemaModel *side : {&from, &to}) {
    if (const Table *t = side->findTable(name))
      for (const auto &c : t->constraints) add(c.name);
    for (const auto &i : side->indexes)
      if (i.tableName() == name) add(i.name.name);
  }
  if (keep.empty()) keep = "''";
  const std::string table = quoteLiteral(name.sql());
  const std::string kept = "ARRAY[" + keep + "]::name[]";
  return "DO $pgshift$\nDECLARE\n  r record;\nBEGIN\n"
         "  -- Copies of the former parent's constraints and indexes: not part of this table.\n"
         "  FOR r IN SELECT conname FROM pg_catalog.pg_constraint WHERE conrelid = " + table + "::regclass\n"
         "             AND contype <> 'n' AND conname <> ALL (" + kept + ") LOOP\n"
         "    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', " + table + ", r.conname);\n"
         "  END LOOP;\n"
         "  FOR r IN SELECT c.relname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid\n"
         "             WHERE i.indrelid = " + table + "::regclass AND c.relname <> ALL (" + kept + ") LOOP\n"
         "    EXECUTE format('DROP INDEX %I.%I', " + quoteLiteral(name.schema.str()) + ", r.relname);\n"
         "  END LOOP;\n"
         "END\n$pgshift$";
}

}  // namespace pgshift::planner
