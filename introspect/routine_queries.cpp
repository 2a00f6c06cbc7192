// Functions, procedures and triggers: two queries for the whole database.
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "introspect/catalog_queries.h"
#include "introspect/field_values.h"
#include "introspect/query_text.h"

namespace pgshift::introspect {
namespace {

// A type oid's model name: the element type of a true array (as format_type() sees it).
std::string typeTriple(const std::string &oid) {
  return "(SELECT coalesce(en.nspname, tn.nspname) AS schema, coalesce(et.typname, t.typname) AS name, "
         "et.oid IS NOT NULL AS is_array FROM pg_type t JOIN pg_namespace tn ON tn.oid = t.typnamespace "
         "LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typsubscript = 'array_subscript_handler'::regproc "
         "AND t.typstorage <> 'p' LEFT JOIN pg_namespace en ON en.oid = et.typnamespace WHERE t.oid = " + oid + ")";
}

// A function or operator oid as "hex(schema).hex(name)", NULL for none.
std::string procName(const std::string &oid) {
  return "(SELECT encode(convert_to(pn.nspname, 'UTF8'), 'hex') || '.' || encode(convert_to(pp.proname, 'UTF8'), 'hex') "
         "FROM pg_proc pp JOIN pg_namespace pn ON pn.oid = pp.pronamespace WHERE pp.oid = " + oid + ")";
}
std::string operatorName(const std::string &oid) {
  return "(SELECT encode(convert_to(pn.nspname, 'UTF8'), 'hex') || '.' || encode(convert_to(po.oprname, 'UTF8'), 'hex') "
         "FROM pg_operator po JOIN pg_namespace pn ON pn.oid = po.oprnamespace WHERE po.oid = " + oid + ")";
}

// Plain functions, procedures and aggregates (with their pg_aggregate row) that no
// extension owns; window functions, C functions and SQL-standard bodies are refused
// (query_text.cpp's `unsupported`).
// Arguments come as parallel arrays over proallargtypes (or proargtypes without OUT);
// names and defaults hex-encoded, because libpqxx 6.4's array parser mistakes the
// single quotes of a printed default ('-'::text) for quoting.
std::string functionsQuery() {
  return sql::userObjects() + R"(
SELECT n.nspname, p.proname, p.prokind, rt.schema, rt.name, rt.is_array, p.proretset, l.lanname,
       p.provolatile, p.proisstrict, p.prosecdef, p.proleakproof, p.proparallel, p.procost, p.prorows,
       p.proconfig, p.prosrc, obj_description(p.oid, 'pg_proc'),
       a.modes, a.names, a.type_schemas, a.type_names, a.type_arrays, a.defaults,
       pg_get_userbyid(p.proowner), acl.grantees, acl.grantors, acl.privileges, acl.grantable,
       ag.aggkind, ag.aggnumdirectargs, )" + procName("ag.aggtransfn") + ", " + procName("ag.aggfinalfn") + R"(,
       ag.aggfinalextra, ag.aggfinalmodify, )" + procName("ag.aggcombinefn") + ", " + procName("ag.aggserialfn") + ", " +
         procName("ag.aggdeserialfn") + R"(, st.schema, st.name, st.is_array, ag.aggtransspace, ag.agginitval,
       )" + procName("ag.aggmtransfn") + ", " + procName("ag.aggminvtransfn") + ", " + procName("ag.aggmfinalfn") + R"(,
       ag.aggmfinalextra, ag.aggmfinalmodify, mt.schema, mt.name, mt.is_array, ag.aggmtransspace, ag.aggminitval,
       )" + operatorName("ag.aggsortop") + R"(
FROM pg_proc p
JOIN user_ns n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
CROSS JOIN LATERAL )" + typeTriple("p.prorettype") + R"( rt
CROSS JOIN LATERAL (
  SELECT array_agg(coalesce(p.proargmodes[k.ord]::text, 'i') ORDER BY k.ord) AS modes,
         array_agg(encode(convert_to(coalesce(p.proargnames[k.ord], ''), 'UTF8'), 'hex') ORDER BY k.ord) AS names,
         array_agg(tt.schema ORDER BY k.ord) AS type_schemas,
         array_agg(tt.name ORDER BY k.ord) AS type_names,
         array_agg(tt.is_array ORDER BY k.ord) AS type_arrays,
         array_agg(encode(convert_to(pg_get_function_arg_default(p.oid, k.ord::int), 'UTF8'), 'hex') ORDER BY k.ord)
           AS defaults
  FROM unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) WITH ORDINALITY k(typ, ord)
  CROSS JOIN LATERAL )" + typeTriple("k.typ") + R"( tt) a
-- The ACL, one aclitem privilege a position; roles hex-encoded ('' the owner, 'public'
-- PUBLIC), as the names above.
CROSS JOIN LATERAL (
  SELECT array_agg(encode(convert_to(CASE WHEN x.grantee = 0 THEN 'public' WHEN x.grantee = p.proowner THEN ''
                                          ELSE pg_get_userbyid(x.grantee) END, 'UTF8'), 'hex')) AS grantees,
         array_agg(encode(convert_to(CASE WHEN x.grantor = p.proowner THEN '' ELSE pg_get_userbyid(x.grantor) END, 'UTF8'),
                          'hex')) AS grantors,
         array_agg(x.privilege_type) AS privileges, array_agg(x.is_grantable) AS grantable
  FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) x) acl
LEFT JOIN pg_aggregate ag ON ag.aggfnoid = p.oid
LEFT JOIN LATERAL )" + typeTriple("ag.aggtranstype") + R"( st ON true
LEFT JOIN LATERAL )" + typeTriple("ag.aggmtranstype") + R"( mt ON true
WHERE p.prokind IN ('f', 'p', 'a') AND p.probin IS NULL AND p.prosqlbody IS NULL
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_proc'::regclass AND ext.objid = p.oid)
  AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')
ORDER BY 1, 2)";
}

// User triggers on the tables and views read; WHEN is cut out of pg_get_triggerdef(), which prints
// it as pg_get_expr() would, with old./new. qualifiers.
std::string triggersQuery() {
  return sql::userObjects() + R"(
SELECT n.nspname, c.relname, g.tgname, g.tgtype,
       ARRAY(SELECT a.attname FROM unnest(g.tgattr::int2[]) WITH ORDINALITY k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = g.tgrelid AND a.attnum = k.attnum ORDER BY k.ord),
       fn.nspname, f.proname, encode(g.tgargs, 'hex'),
       substring(pg_get_triggerdef(g.oid) from ' WHEN \((.*)\) EXECUTE (?:FUNCTION|PROCEDURE) '),
       g.tgconstraint <> 0, g.tgdeferrable, g.tginitdeferred, g.tgoldtable, g.tgnewtable,
       obj_description(g.oid, 'pg_trigger')
FROM pg_trigger g
-- On a partitioned table too, but not the clones it gives its partitions; on views.
JOIN pg_class c ON c.oid = g.tgrelid AND c.relkind IN ('r', 'p', 'v') AND g.tgparentid = 0
JOIN user_ns n ON n.oid = c.relnamespace
JOIN pg_proc f ON f.oid = g.tgfoid
JOIN pg_namespace fn ON fn.oid = f.pronamespace
WHERE NOT g.tgisinternal
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
ORDER BY 1, 2, 3)";
}

// An array with NULL elements as empty strings (parallel argument arrays keep their positions).
std::vector<std::string> strings(const pqxx::field &f) {
  std::vector<std::string> out;
  for (auto &v : nullableArray(f)) out.push_back(v.value_or(""));
  return out;
}

std::string fromHex(const std::string &hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) out += static_cast<char>(std::strtol(hex.substr(i, 2).c_str(), nullptr, 16));
  return out;
}

// tgargs: each argument followed by a NUL byte.
std::vector<std::string> triggerArgs(const std::string &hex) {
  std::vector<std::string> out;
  std::string current;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    char byte = static_cast<char>(std::strtol(hex.substr(i, 2).c_str(), nullptr, 16));
    if (byte == '\0') {
      out.push_back(current);
      current.clear();
    } else {
      current += byte;
    }
  }
  return out;
}

// procName()'s "hex.hex", or none.
std::optional<QualifiedName> hexName(const pqxx::field &f) {
  if (f.is_null()) return std::nullopt;
  std::string v = text(f);
  size_t dot = v.find('.');
  return QualifiedName{Identifier::exact(fromHex(v.substr(0, dot))), Identifier::exact(fromHex(v.substr(dot + 1)))};
}

// Columns 29 on of the functions query: pg_aggregate.
Aggregate aggregateRow(const pqxx::row &r) {
  auto type = [&](int at) { return TypeName{{ident(r[at]), ident(r[at + 1])}, -1, flag(r[at + 2])}; };
  Aggregate a;
  a.kind = letter(r[29]);
  a.direct_args = r[30].as<int16_t>();
  a.transition = *hexName(r[31]);
  a.final_function = hexName(r[32]);
  a.final_extra = flag(r[33]);
  a.final_modify = letter(r[34]);
  a.combine = hexName(r[35]);
  a.serial = hexName(r[36]);
  a.deserial = hexName(r[37]);
  a.state_type = type(38);
  a.state_space = r[41].as<int32_t>();
  a.initial_value = optText(r[42]);
  a.moving_transition = hexName(r[43]);
  a.moving_inverse = hexName(r[44]);
  a.moving_final = hexName(r[45]);
  a.moving_final_extra = flag(r[46]);
  a.moving_final_modify = letter(r[47]);
  if (!r[48].is_null()) a.moving_state_type = type(48);
  a.moving_state_space = r[51].as<int32_t>();
  a.moving_initial_value = optText(r[52]);
  a.sort_operator = hexName(r[53]);
  return a;
}

FunctionRow functionRow(const pqxx::row &r) {
  FunctionRow f;
  f.name = {ident(r[0]), ident(r[1])};
  f.kind = letter(r[2]);
  f.return_type = TypeRef{{ident(r[3]), ident(r[4])}, flag(r[5])};
  f.returns_set = flag(r[6]);
  f.language = text(r[7]);
  f.volatility = letter(r[8]);
  f.strict = flag(r[9]);
  f.security_definer = flag(r[10]);
  f.leakproof = flag(r[11]);
  f.parallel = letter(r[12]);
  f.cost = r[13].as<float>();
  f.rows = r[14].as<float>();
  f.config = strings(r[15]);
  f.body = text(r[16]);
  f.comment = optText(r[17]);
  std::vector<std::string> modes = strings(r[18]), names = strings(r[19]), schemas = strings(r[20]),
                           types = strings(r[21]), arrays = strings(r[22]);
  std::vector<std::optional<std::string>> defaults = nullableArray(r[23]);
  for (size_t i = 0; i < modes.size(); ++i) {
    FunctionArgRow a;
    a.mode = modes[i].empty() ? 'i' : modes[i][0];
    a.name = i < names.size() ? fromHex(names[i]) : "";
    a.type = TypeRef{{Identifier::exact(schemas.at(i)), Identifier::exact(types.at(i))}, arrays.at(i) == "t"};
    if (i < defaults.size() && defaults[i]) a.default_text = fromHex(*defaults[i]);
    f.args.push_back(std::move(a));
  }
  f.owner = ident(r[24]);
  std::vector<std::string> grantees = strings(r[25]), grantors = strings(r[26]), privileges = strings(r[27]),
                           grantable = strings(r[28]);
  for (size_t i = 0; i < grantees.size(); ++i) {
    std::string name = privileges.at(i);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    uint32_t bit = privilegeNamed(name);
    auto role = [](const std::string &hex) { return hex.empty() ? aclOwner() : Identifier::exact(fromHex(hex)); };
    Identifier grantee = role(grantees[i]), grantor = role(grantors.at(i));
    auto item = std::find_if(f.acl.begin(), f.acl.end(), [&](const AclItem &x) { return x.grantee == grantee && x.grantor == grantor; });
    if (item == f.acl.end()) item = f.acl.insert(f.acl.end(), AclItem{grantee, grantor, 0, 0});
    item->privileges |= bit;
    if (grantable.at(i) == "t") item->grant_options |= bit;
  }
  std::sort(f.acl.begin(), f.acl.end());
  if (f.kind == 'a') f.aggregate = aggregateRow(r);
  return f;
}

TriggerRow triggerRow(const pqxx::row &r) {
  TriggerRow t;
  t.table = {ident(r[0]), ident(r[1])};
  t.name = ident(r[2]);
  t.type = r[3].as<int16_t>();
  for (auto &c : strings(r[4])) t.columns.push_back(Identifier::exact(c));
  t.function = {ident(r[5]), ident(r[6])};
  t.args = triggerArgs(text(r[7]));
  t.when = optText(r[8]);
  t.constraint = flag(r[9]);
  t.deferrable = flag(r[10]);
  t.initially_deferred = flag(r[11]);
  if (!r[12].is_null()) t.old_table = ident(r[12]);
  if (!r[13].is_null()) t.new_table = ident(r[13]);
  t.comment = optText(r[14]);
  return t;
}

}  // namespace

void queryRoutines(pqxx::transaction_base &tx, CatalogRows &rows) {
  for (const auto &row : tx.exec(functionsQuery())) rows.functions.push_back(functionRow(row));
  for (const auto &row : tx.exec(triggersQuery())) rows.triggers.push_back(triggerRow(row));
}

}  // namespace pgshift::introspect
