#include "introspect/catalog_queries.h"

#include "introspect/field_values.h"
#include "introspect/query_text.h"
#include "introspect/type_queries.h"
#include "introspect/collation_queries.h"
#include "introspect/query_text_rls.h"

namespace pgshift::introspect {
namespace {

std::vector<Identifier> identArray(const pqxx::field &f) {
  std::vector<Identifier> out;
  for (auto &s : textArray(f)) out.push_back(Identifier::exact(std::move(s)));
  return out;
}

SequenceParams sequenceParams(const pqxx::row &r, int first) {
  SequenceParams p;
  p.type = text(r[first]);
  p.start = r[first + 1].as<int64_t>();
  p.increment = r[first + 2].as<int64_t>();
  p.min_value = r[first + 3].as<int64_t>();
  p.max_value = r[first + 4].as<int64_t>();
  p.cache = r[first + 5].as<int64_t>();
  p.cycle = flag(r[first + 6]);
  return p;
}

// ---- one decoder per query; column numbers follow query_text.cpp ----

TableRow tableRow(const pqxx::row &r) {
  TableRow t{r[0].as<Oid>(), {ident(r[1]), ident(r[2])}, flag(r[3]), textArray(r[4])};
  t.partition_key = optText(r[5]);
  if (!r[6].is_null()) t.parent = QualifiedName{ident(r[6]), ident(r[7])};
  t.bound = optText(r[8]);
  auto schemas = identArray(r[9]), names = identArray(r[10]);
  for (size_t i = 0; i < schemas.size() && i < names.size(); ++i) t.inherits.push_back({schemas[i], names[i]});
  return t;
}

ColumnRow columnRow(const pqxx::row &r) {
  ColumnRow c;
  c.table = r[0].as<Oid>();
  c.name = ident(r[1]);
  c.type = TypeName{{ident(r[2]), ident(r[3])}, r[4].as<int32_t>(), flag(r[5])};
  c.not_null = flag(r[6]);
  c.expression = optText(r[7]);
  c.generated = letter(r[8]);
  c.identity = letter(r[9]);
  c.collation = optQualified(r[10], r[11]);
  c.identity_sequence = optIdent(r[12]);
  if (!r[13].is_null()) c.identity_params = sequenceParams(r, 13);
  c.is_local = flag(r[20]);
  c.inherit_count = r[21].as<int>();
  return c;
}

SequenceRow sequenceRow(const pqxx::row &r) {
  SequenceRow s;
  s.name = {ident(r[0]), ident(r[1])};
  s.unlogged = flag(r[2]);
  s.params = sequenceParams(r, 3);
  s.owner_table = optQualified(r[10], r[11]);
  s.owner_column = optIdent(r[12]);
  return s;
}

ConstraintRow constraintRow(const pqxx::row &r) {
  ConstraintRow c;
  c.table = r[0].as<Oid>();
  c.name = ident(r[1]);
  c.type = letter(r[2]);
  c.columns = identArray(r[3]);
  c.ref_table = optQualified(r[4], r[5]);
  c.ref_columns = identArray(r[6]);
  c.match = letter(r[7]);
  c.on_update = letter(r[8]);
  c.on_delete = letter(r[9]);
  c.on_delete_columns = identArray(r[10]);
  c.check = optText(r[11]);
  c.no_inherit = flag(r[12]);
  c.deferrable = flag(r[13]);
  c.initially_deferred = flag(r[14]);
  c.validated = flag(r[15]);
  c.index = r[16].as<Oid>();
  c.exclusion_op_schemas = identArray(r[17]);
  c.exclusion_ops = textArray(r[18]);
  c.is_local = flag(r[19]);
  c.inherit_count = r[20].as<int>();
  return c;
}

IndexRow indexRow(const pqxx::row &r) {
  IndexRow i;
  i.oid = r[0].as<Oid>();
  i.name = {ident(r[1]), ident(r[2])};
  i.table = ident(r[3]);
  i.backs_constraint = flag(r[4]);
  i.unique = flag(r[5]);
  i.nulls_not_distinct = flag(r[6]);
  i.method = text(r[7]);
  i.key_count = r[8].as<int>();
  i.options = textArray(r[9]);
  i.tablespace = optIdent(r[10]);
  i.predicate = optText(r[11]);
  return i;
}

IndexColumnRow indexColumnRow(const pqxx::row &r) {
  IndexColumnRow c;
  c.index = r[0].as<Oid>();
  c.position = r[1].as<int>();
  c.column = optIdent(r[2]);
  c.expression = optText(r[3]);
  c.collation = optQualified(r[4], r[5]);
  c.opclass = optQualified(r[6], r[7]);
  c.option = r[8].as<int>();
  c.opclass_options = textArray(r[9]);
  return c;
}

CommentRow commentRow(const pqxx::row &r) {
  return CommentRow{letter(r[0]), ident(r[1]), optIdent(r[2]), optIdent(r[3]), text(r[4])};
}

ExtensionRow extensionRow(const pqxx::row &r) {
  return ExtensionRow{ident(r[0]), ident(r[1]), text(r[2]), optText(r[5]), optText(r[3]), optText(r[4])};
}

RowSecurityRow rowSecurityRow(const pqxx::row &r) { return RowSecurityRow{{ident(r[0]), ident(r[1])}, flag(r[2]), flag(r[3])}; }

PolicyRow policyRow(const pqxx::row &r) {
  return PolicyRow{{ident(r[0]), ident(r[1])}, ident(r[2]), flag(r[3]), letter(r[4]), identArray(r[5]), optText(r[6]), optText(r[7])};
}

ViewRow viewRow(const pqxx::row &r) {
  return ViewRow{r[0].as<Oid>(), {ident(r[1]), ident(r[2])}, flag(r[3]), text(r[4]), textArray(r[5]), flag(r[6])};
}

ViewColumnRow viewColumnRow(const pqxx::row &r) {
  return ViewColumnRow{r[0].as<Oid>(), ident(r[1]), TypeName{{ident(r[2]), ident(r[3])}, r[4].as<int32_t>(), flag(r[5])}};
}

ViewDependencyRow viewDependencyRow(const pqxx::row &r) {
  return ViewDependencyRow{r[0].as<Oid>(), {ident(r[1]), ident(r[2])}, optIdent(r[3])};
}

template <typename Decode>
auto query(pqxx::transaction_base &tx, const std::string &sql, Decode decode) {
  std::vector<decltype(decode(std::declval<const pqxx::row &>()))> out;
  const pqxx::result result = tx.exec(sql);
  out.reserve(result.size());
  for (const auto &row : result) out.push_back(decode(row));
  return out;
}

}  // namespace

std::vector<std::string> queryUnsupported(pqxx::transaction_base &tx) {
  return query(tx, sql::unsupported, [](const pqxx::row &r) { return text(r[0]); });
}

CatalogRows queryCatalog(pqxx::transaction_base &tx) {
  CatalogRows rows;
  rows.schemas = query(tx, sql::schemas, [](const pqxx::row &r) { return ident(r[0]); });
  rows.tables = query(tx, sql::tables, tableRow);
  rows.columns = query(tx, sql::columns, columnRow);
  rows.sequences = query(tx, sql::sequences, sequenceRow);
  rows.constraints = query(tx, sql::constraints, constraintRow);
  rows.indexes = query(tx, sql::indexes, indexRow);
  rows.index_columns = query(tx, sql::index_columns, indexColumnRow);
  rows.comments = query(tx, sql::comments, commentRow);
  rows.types = queryTypes(tx);
  rows.collations = queryCollations(tx);
  queryRoutines(tx, rows);
  rows.extensions = query(tx, sql::extensions(), extensionRow);
  rows.row_security = query(tx, sql::rowSecurity(), rowSecurityRow);
  rows.policies = query(tx, sql::policies(), policyRow);
  rows.owners = query(tx, sql::owners(), [](const pqxx::row &r) {
    return OwnerRow{letter(r[0]), ident(r[1]), optIdent(r[2]), ident(r[3])};
  });
  rows.roles = query(tx, sql::roles(), [](const pqxx::row &r) { return ident(r[0]); });
  rows.privileges = query(tx, sql::privileges(), [](const pqxx::row &r) {
    return PrivilegeRow{letter(r[0]), ident(r[1]), optIdent(r[2]), optIdent(r[3]), ident(r[4]), ident(r[5]), text(r[6]), flag(r[7])};
  });
  rows.default_acls = query(tx, sql::defaultAcls(), [](const pqxx::row &r) {
    return DefaultAclRow{ident(r[0]), optIdent(r[1]), letter(r[2]), r[3].is_null() ? Identifier() : ident(r[3]),
                         r[4].is_null() ? std::string() : text(r[4]), !r[5].is_null() && flag(r[5])};
  });
  rows.views = query(tx, sql::views, viewRow);
  rows.view_columns = query(tx, sql::view_columns, viewColumnRow);
  rows.view_dependencies = query(tx, sql::view_dependencies, viewDependencyRow);
  return rows;
}

}  // namespace pgshift::introspect
