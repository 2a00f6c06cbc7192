// Enums, domains, composite and range types of the user's schemas. Types that belong to
// an extension are left out, as are array types, multiranges (they come with their
// range) and the row types of tables, views and sequences (only typtype 'c' types whose
// relation is a composite type, relkind 'c', are read).
#include "introspect/type_queries.h"

#include "introspect/field_values.h"
#include "introspect/query_text.h"

namespace pgshift::introspect {
namespace {

// Four columns written by typeColumns(): schema, name, typmod, is-array.
TypeName typeName(const pqxx::row &r, int first) {
  return TypeName{{ident(r[first]), ident(r[first + 1])}, r[first + 2].is_null() ? -1 : r[first + 2].as<int32_t>(),
                  flag(r[first + 3])};
}

// The columns and joins that name the type `oid` as a TypeName: an array as its element
// type (format_type()'s true arrays: array subscripting, not a fixed-length vector).
std::string typeColumns(const std::string &p, const std::string &typmod) {
  return "coalesce(" + p + "en.nspname, " + p + "n.nspname), coalesce(" + p + "e.typname, " + p + ".typname), " + typmod +
         ", " + p + "e.oid IS NOT NULL";
}
std::string typeJoins(const std::string &p, const std::string &oid, const std::string &join = "JOIN") {
  return join + " pg_type " + p + " ON " + p + ".oid = " + oid + "\n" + join + " pg_namespace " + p + "n ON " + p +
         "n.oid = " + p + ".typnamespace\n" + "LEFT JOIN pg_type " + p + "e ON " + p + "e.oid = " + p + ".typelem AND " + p +
         ".typsubscript = 'array_subscript_handler'::regproc AND " + p + ".typstorage <> 'p'\n" + "LEFT JOIN pg_namespace " +
         p + "en ON " + p + "en.oid = " + p + "e.typnamespace\n";
}
const std::string kNotExtensionType = " AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid)";

std::string enumsQuery() {
  return sql::userObjects() + R"(
SELECT n.nspname, t.typname, ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace
WHERE t.typtype = 'e')" + kNotExtensionType;
}

std::string domainsQuery() {
  return sql::userObjects() + "SELECT n.nspname, t.typname, " + typeColumns("b", "t.typtypmod") + R"(,
       t.typnotnull, cn.nspname, co.collname, pg_get_expr(t.typdefaultbin, 0)
FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace
)" + typeJoins("b", "t.typbasetype") + R"(
LEFT JOIN pg_collation co ON co.oid = t.typcollation AND t.typcollation <> b.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE t.typtype = 'd')" + kNotExtensionType;
}

std::string domainChecksQuery() {
  return sql::userObjects() + R"(
SELECT n.nspname, t.typname, c.conname, pg_get_expr(c.conbin, 0), c.convalidated
FROM pg_constraint c JOIN pg_type t ON t.oid = c.contypid JOIN user_ns n ON n.oid = t.typnamespace
WHERE c.contype = 'c' AND t.typtype = 'd')" + kNotExtensionType;
}

std::string compositesQuery() {
  return sql::userObjects() + "SELECT n.nspname, t.typname, a.attname, " + typeColumns("x", "a.atttypmod") + R"(,
       cn.nspname, co.collname
FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace
JOIN pg_class r ON r.oid = t.typrelid AND r.relkind = 'c'
LEFT JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
)" + typeJoins("x", "a.atttypid", "LEFT JOIN") + R"(
LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> x.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE t.typtype = 'c')" + kNotExtensionType + R"(
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = r.oid)
ORDER BY n.nspname, t.typname, a.attnum)";
}

std::string rangesQuery() {
  return sql::userObjects() + "SELECT n.nspname, t.typname, " + typeColumns("s", "NULL::int4") + R"(,
       opn.nspname, opc.opcname, cn.nspname, co.collname, cpn.nspname, cp.proname, dpn.nspname, dp.proname,
       mn.nspname, m.typname
FROM pg_range rg JOIN pg_type t ON t.oid = rg.rngtypid JOIN user_ns n ON n.oid = t.typnamespace
)" + typeJoins("s", "rg.rngsubtype") + R"(
LEFT JOIN pg_opclass opc ON opc.oid = rg.rngsubopc AND NOT opc.opcdefault
LEFT JOIN pg_namespace opn ON opn.oid = opc.opcnamespace
LEFT JOIN pg_collation co ON co.oid = rg.rngcollation AND rg.rngcollation <> s.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_proc cp ON cp.oid = rg.rngcanonical LEFT JOIN pg_namespace cpn ON cpn.oid = cp.pronamespace
LEFT JOIN pg_proc dp ON dp.oid = rg.rngsubdiff LEFT JOIN pg_namespace dpn ON dpn.oid = dp.pronamespace
JOIN pg_type m ON m.oid = rg.rngmultitypid JOIN pg_namespace mn ON mn.oid = m.typnamespace
WHERE true)" + kNotExtensionType;
}

template <typename Decode>
auto query(pqxx::transaction_base &tx, const std::string &sql, Decode decode) {
  std::vector<decltype(decode(std::declval<const pqxx::row &>()))> out;
  const pqxx::result result = tx.exec(sql);
  for (const auto &row : result) out.push_back(decode(row));
  return out;
}

}  // namespace

TypeRows queryTypes(pqxx::transaction_base &tx) {
  TypeRows rows;
  rows.enums = query(tx, enumsQuery(), [](const pqxx::row &r) {
    return EnumRow{{ident(r[0]), ident(r[1])}, textArray(r[2])};
  });
  rows.domains = query(tx, domainsQuery(), [](const pqxx::row &r) {
    return DomainRow{{ident(r[0]), ident(r[1])}, typeName(r, 2), flag(r[6]), optQualified(r[7], r[8]), optText(r[9])};
  });
  rows.domain_checks = query(tx, domainChecksQuery(), [](const pqxx::row &r) {
    return DomainCheckRow{{ident(r[0]), ident(r[1])}, ident(r[2]), text(r[3]), flag(r[4])};
  });
  rows.composite_attributes = query(tx, compositesQuery(), [](const pqxx::row &r) {
    CompositeAttributeRow row;
    row.type = {ident(r[0]), ident(r[1])};
    if (!r[2].is_null()) {
      row.name = ident(r[2]);
      row.attribute_type = typeName(r, 3);
      row.collation = optQualified(r[7], r[8]);
    }
    return row;
  });
  rows.ranges = query(tx, rangesQuery(), [](const pqxx::row &r) {
    RangeRow row;
    row.name = {ident(r[0]), ident(r[1])};
    row.subtype = typeName(r, 2);
    row.subtype_opclass = optQualified(r[6], r[7]);
    row.collation = optQualified(r[8], r[9]);
    row.canonical = optQualified(r[10], r[11]);
    row.subtype_diff = optQualified(r[12], r[13]);
    row.multirange = {ident(r[14]), ident(r[15])};
    return row;
  });
  return rows;
}

}  // namespace pgshift::introspect
