#include "introspect/collation_queries.h"

#include "introspect/field_values.h"
#include "introspect/query_text.h"

namespace pgshift::introspect {

std::vector<Collation> queryCollations(pqxx::transaction_base &tx) {
  const std::string sql = sql::userObjects() + R"(
SELECT n.nspname, c.collname, c.collprovider, c.collcollate, c.collctype, c.colliculocale, c.collisdeterministic,
       pg_get_userbyid(c.collowner), obj_description(c.oid, 'pg_collation')
FROM pg_collation c JOIN user_ns n ON n.oid = c.collnamespace
WHERE NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_collation'::regclass AND ext.objid = c.oid))";
  std::vector<Collation> out;
  for (const auto &r : tx.exec(sql)) {
    Collation c;
    c.name = {ident(r[0]), ident(r[1])};
    c.provider = letter(r[2]);
    c.lc_collate = optText(r[3]);
    c.lc_ctype = optText(r[4]);
    c.icu_locale = optText(r[5]);
    c.deterministic = flag(r[6]);
    c.owner = optIdent(r[7]);
    c.comment = optText(r[8]);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace pgshift::introspect
