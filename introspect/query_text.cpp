#include "introspect/query_text.h"

namespace pgshift::introspect::sql {
namespace {

// What every query starts from: the user's schemas (not the system's, not an
// extension's) and the tables (plain and partitioned), views and materialized views in
// them that no extension owns.
const std::string kUserObjects = R"(
WITH ext AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e'),
user_ns AS (
  SELECT n.oid, n.nspname FROM pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
    AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_namespace'::regclass AND ext.objid = n.oid)),
user_tables AS (
  SELECT c.oid, n.nspname, c.relname, c.relpersistence, c.reloptions, c.relispartition,
         c.relrowsecurity, c.relforcerowsecurity, c.reltablespace, c.relam
  FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p')
    AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)),
user_views AS (
  SELECT c.oid, n.nspname, c.relname, c.relkind, c.reloptions, c.relispopulated
  FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('v', 'm')
    AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)),
-- What an index can be on: a table (plain or partitioned) or a materialized view.
user_relations AS (
  SELECT oid, nspname, relname FROM user_tables
  UNION ALL SELECT oid, nspname, relname FROM user_views WHERE relkind = 'm')
)";

// Objects of a catalog in the user's schemas, as "kind name" rows.
std::string inUserSchemas(const std::string &kind, const std::string &name, const std::string &catalog,
                          const std::string &namespace_column, const std::string &where = "true") {
  return "SELECT " + kind + " || ' ' || " + name + " FROM " + catalog + " x JOIN user_ns n ON n.oid = x." +
         namespace_column + " WHERE (" + where + ") AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = '" + catalog +
         "'::regclass AND ext.objid = x.oid)\n";
}

}  // namespace

const std::string &userObjects() { return kUserObjects; }

const std::string unsupported = kUserObjects + "SELECT * FROM (\n" +
    inUserSchemas("'foreign table'", "x.oid::regclass::text", "pg_class", "relnamespace", "x.relkind = 'f'") +
    // A partition's columns follow its parent's; one with a default or NOT NULL of its
    // own has no place in the model yet.
    R"(UNION ALL
SELECT 'partition ' || t.oid::regclass::text || ' with a default or NOT NULL of its own on column ' || quote_ident(a.attname)
  FROM user_tables t JOIN pg_inherits i ON i.inhrelid = t.oid
  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_attribute pa ON pa.attrelid = i.inhparent AND pa.attname = a.attname
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  LEFT JOIN pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
  WHERE t.relispartition AND (a.attnotnull <> pa.attnotnull
    OR pg_get_expr(d.adbin, d.adrelid) IS DISTINCT FROM pg_get_expr(pd.adbin, pd.adrelid))
)" +
    // Array types come with their element type, multiranges with their range; enums,
    // domains, composite and range types are read (type_queries.cpp).
    "UNION ALL " + inUserSchemas(R"(CASE x.typtype WHEN 'b' THEN 'base type' ELSE 'shell type' END)",
                                 "x.oid::regtype::text", "pg_type", "typnamespace",
                                 "x.typtype IN ('b', 'p') AND x.typcategory <> 'A'") +
    "UNION ALL " + inUserSchemas(R"(CASE x.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate'
                                    WHEN 'w' THEN 'window function' ELSE 'function' END)",
                                 "x.oid::regprocedure::text", "pg_proc", "pronamespace",
                                 // not the constructors a range type makes for itself; functions,
                                 // procedures and aggregates are read (routine_queries.cpp) unless
                                 // written in C or with an SQL-standard body
                                 "NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass"
                                 " AND d.objid = x.oid AND d.deptype = 'i')"
                                 " AND (x.prokind NOT IN ('f', 'p', 'a') OR x.probin IS NOT NULL OR x.prosqlbody IS NOT NULL)") +
    "UNION ALL " + inUserSchemas("'operator'", "x.oid::regoperator::text", "pg_operator", "oprnamespace") +
    "UNION ALL " + inUserSchemas("'operator class'", "quote_ident(n.nspname) || '.' || quote_ident(x.opcname)", "pg_opclass", "opcnamespace") +
    "UNION ALL " + inUserSchemas("'operator family'", "quote_ident(n.nspname) || '.' || quote_ident(x.opfname)", "pg_opfamily", "opfnamespace") +
    "UNION ALL " + inUserSchemas("'conversion'", "quote_ident(n.nspname) || '.' || quote_ident(x.conname)", "pg_conversion", "connamespace") +
    "UNION ALL " + inUserSchemas("'statistics object'", "quote_ident(n.nspname) || '.' || quote_ident(x.stxname)", "pg_statistic_ext", "stxnamespace") +
    "UNION ALL " + inUserSchemas("'text search configuration'", "x.oid::regconfig::text", "pg_ts_config", "cfgnamespace") +
    "UNION ALL " + inUserSchemas("'text search dictionary'", "x.oid::regdictionary::text", "pg_ts_dict", "dictnamespace") +
    R"(UNION ALL
SELECT 'constraint trigger ' || quote_ident(g.tgname) || ' on ' || g.tgrelid::regclass::text || ' with FROM'
  FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN user_ns n ON n.oid = c.relnamespace
  WHERE NOT g.tgisinternal AND g.tgconstrrelid <> 0
UNION ALL
SELECT 'rule ' || quote_ident(r.rulename) || ' on ' || r.ev_class::regclass::text
  FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN user_ns n ON n.oid = c.relnamespace
  WHERE r.rulename <> '_RETURN'
UNION ALL
SELECT 'table ' || t.oid::regclass::text || ' in tablespace ' || quote_ident(s.spcname)
  FROM user_tables t JOIN pg_tablespace s ON s.oid = t.reltablespace
UNION ALL
SELECT 'table ' || t.oid::regclass::text || ' using access method ' || quote_ident(a.amname)
  FROM user_tables t JOIN pg_am a ON a.oid = t.relam WHERE a.amname <> 'heap'
UNION ALL
SELECT 'event trigger ' || quote_ident(e.evtname) FROM pg_event_trigger e
) objects (description) ORDER BY 1)";

const std::string schemas = kUserObjects + "SELECT n.nspname FROM user_ns n";

// The TOAST table's storage parameters are written on the table as toast.name=value.
// A partition names its parent and bound; a partitioned table its key; a table that
// inherits (not a partition) its parents, in order.
const std::string tables = kUserObjects + R"(
SELECT u.oid, u.nspname, u.relname, u.relpersistence = 'u',
       u.reloptions || ARRAY(SELECT 'toast.' || o FROM unnest(tc.reloptions) o),
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(u.oid) END,
       pn.nspname, pc.relname, pg_get_expr(c.relpartbound, u.oid),
       ARRAY(SELECT ppn.nspname::text FROM pg_inherits pi
             JOIN pg_class pp ON pp.oid = pi.inhparent JOIN pg_namespace ppn ON ppn.oid = pp.relnamespace
             WHERE pi.inhrelid = u.oid AND NOT u.relispartition ORDER BY pi.inhseqno),
       ARRAY(SELECT pp.relname::text FROM pg_inherits pi JOIN pg_class pp ON pp.oid = pi.inhparent
             WHERE pi.inhrelid = u.oid AND NOT u.relispartition ORDER BY pi.inhseqno)
FROM user_tables u JOIN pg_class c ON c.oid = u.oid LEFT JOIN pg_class tc ON tc.oid = c.reltoastrelid
LEFT JOIN pg_inherits i ON i.inhrelid = u.oid AND u.relispartition
LEFT JOIN pg_class pc ON pc.oid = i.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace)";

const std::string columns = kUserObjects + R"(
SELECT a.attrelid, a.attname,
       coalesce(en.nspname, tn.nspname), coalesce(et.typname, t.typname), a.atttypmod, et.oid IS NOT NULL,
       a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid), a.attgenerated, a.attidentity,
       cn.nspname, co.collname,
       s.relname, st.typname, q.seqstart, q.seqincrement, q.seqmin, q.seqmax, q.seqcache, q.seqcycle,
       -- inheritance marks; a partition's columns simply follow its parent's
       a.attislocal OR u.relispartition, CASE WHEN u.relispartition THEN 0 ELSE a.attinhcount END
FROM user_tables u
JOIN pg_attribute a ON a.attrelid = u.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_namespace tn ON tn.oid = t.typnamespace
-- format_type()'s true array: an element type, array subscripting, and not a
-- fixed-length vector such as int2vector (those print under their own name).
LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typsubscript = 'array_subscript_handler'::regproc AND t.typstorage <> 'p'
LEFT JOIN pg_namespace en ON en.oid = et.typnamespace
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
-- The model records a collation only where it is not the type's own.
LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
-- An identity column's sequence depends on it internally.
LEFT JOIN (pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
           JOIN pg_sequence q ON q.seqrelid = s.oid JOIN pg_type st ON st.oid = q.seqtypid)
  ON d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'i'
     AND d.refobjid = a.attrelid AND d.refobjsubid = a.attnum
ORDER BY a.attrelid, a.attnum)";

// Identity sequences are left out: they belong to their column.
const std::string sequences = kUserObjects + R"(
SELECT n.nspname, c.relname, c.relpersistence = 'u',
       st.typname, q.seqstart, q.seqincrement, q.seqmin, q.seqmax, q.seqcache, q.seqcycle,
       own.nspname, own.relname, own.attname
FROM pg_class c
JOIN user_ns n ON n.oid = c.relnamespace
JOIN pg_sequence q ON q.seqrelid = c.oid
JOIN pg_type st ON st.oid = q.seqtypid
-- OWNED BY: an automatic dependency on a table column.
LEFT JOIN (SELECT d.objid, tn.nspname, t.relname, a.attname
           FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
           JOIN pg_namespace tn ON tn.oid = t.relnamespace
           JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
           WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
             AND d.refobjsubid > 0 AND d.deptype = 'a') own ON own.objid = c.oid
WHERE c.relkind = 'S'
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
  AND NOT EXISTS (SELECT FROM pg_depend i WHERE i.classid = 'pg_class'::regclass AND i.objid = c.oid AND i.deptype = 'i'))";

namespace {
// The names of an int2[] of attribute numbers of `relation`, in array order.
std::string attributeNames(const std::string &numbers, const std::string &relation) {
  return "ARRAY(SELECT a.attname FROM unnest(" + numbers + ") WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = " +
         relation + " AND a.attnum = k.attnum ORDER BY k.ord)";
}
// A column of the operators of an exclusion constraint, in element order.
std::string exclusionOperators(const std::string &column) {
  return "ARRAY(SELECT " + column + " FROM unnest(co.conexclop) WITH ORDINALITY k(op, ord) JOIN pg_operator o ON o.oid = k.op "
         "JOIN pg_namespace opn ON opn.oid = o.oprnamespace ORDER BY k.ord)";
}
}  // namespace

// Constraints of partitions' parents (conparentid <> 0, or not local on a partition) are
// the parent's business, and trigger constraints ('t') come with their triggers
// (routine_queries.cpp). A table that inherits has its parents' CHECK constraints too.
const std::string constraints = kUserObjects + "SELECT co.conrelid, co.conname, co.contype, " +
    attributeNames("co.conkey", "co.conrelid") + ", rn.nspname, r.relname, " + attributeNames("co.confkey", "co.confrelid") +
    ", co.confmatchtype, co.confupdtype, co.confdeltype, " + attributeNames("co.confdelsetcols", "co.conrelid") + R"(,
       CASE WHEN co.contype = 'c' THEN pg_get_expr(co.conbin, co.conrelid) END,
       co.connoinherit, co.condeferrable, co.condeferred, co.convalidated,
       CASE WHEN co.contype IN ('p', 'u', 'x') THEN co.conindid ELSE 0 END, )" +
    exclusionOperators("opn.nspname") + ", " + exclusionOperators("o.oprname") + R"(,
       co.conislocal OR u.relispartition, CASE WHEN u.relispartition THEN 0 ELSE co.coninhcount END
FROM pg_constraint co
JOIN user_tables u ON u.oid = co.conrelid
LEFT JOIN pg_class r ON r.oid = co.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE co.conparentid = 0 AND (co.conislocal OR NOT u.relispartition) AND co.contype IN ('p', 'u', 'c', 'f', 'x'))";

// Every index of a read table; those that back a constraint are marked (a foreign key's
// conindid names the referenced table's index, which is not its own). A partition's
// index that is part of its parent's partitioned index is the parent's business.
const std::string indexes = kUserObjects + R"(
SELECT i.indexrelid, n.nspname, ic.relname, u.relname,
       EXISTS (SELECT FROM pg_constraint co WHERE co.conindid = i.indexrelid AND co.conrelid = i.indrelid
                                              AND co.contype IN ('p', 'u', 'x')),
       i.indisunique, i.indnullsnotdistinct, am.amname, i.indnkeyatts, ic.reloptions, ts.spcname,
       pg_get_expr(i.indpred, i.indrelid)
FROM pg_index i
JOIN user_relations u ON u.oid = i.indrelid
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = ic.relnamespace
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN pg_tablespace ts ON ts.oid = ic.reltablespace
WHERE NOT ic.relispartition)";

// One row per index column. The vectors are unnested together: indkey has every column,
// indcollation/indclass/indoption only the key columns (the rest come out NULL).
// pg_get_indexdef(index, n, false) prints key n's expression alone. An extension's
// operator class that is the default for a column's type (btree_gist's gist_int8_ops
// for bigint) is left out, as pg_get_indexdef and so pg_dump leave it out: offline
// nothing tells it is the default (built-in defaults are dropped by normalization).
const std::string index_columns = kUserObjects + R"(
SELECT i.indexrelid, k.ord - 1, a.attname,
       CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, false) END,
       cn.nspname, co.collname,
       CASE WHEN NOT ext_default THEN opn.nspname END, CASE WHEN NOT ext_default THEN opc.opcname END,
       coalesce(k.opt, 0), ia.attoptions
FROM pg_index i
JOIN user_relations u ON u.oid = i.indrelid
CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indcollation::oid[], i.indclass::oid[], i.indoption::int2[])
  WITH ORDINALITY AS k(attnum, coll, opc, opt, ord)
LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum <> 0
LEFT JOIN pg_collation co ON co.oid = k.coll
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_opclass opc ON opc.oid = k.opc
LEFT JOIN pg_namespace opn ON opn.oid = opc.opcnamespace
LEFT JOIN pg_type kt ON kt.oid = a.atttypid
-- Operator class options live on the index's own attribute.
LEFT JOIN pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum = k.ord
CROSS JOIN LATERAL (SELECT coalesce(opc.opcdefault AND opn.nspname <> 'pg_catalog' AND ia.attoptions IS NULL
                                    AND opc.opcintype = coalesce(nullif(kt.typbasetype, 0), kt.oid), false)) AS d(ext_default)
ORDER BY i.indexrelid, k.ord)";

const std::string comments = kUserObjects + R"(
SELECT 'n', n.nspname, NULL::name, NULL::name, d.description
FROM pg_description d JOIN user_ns n ON d.classoid = 'pg_namespace'::regclass AND d.objoid = n.oid AND d.objsubid = 0
UNION ALL
SELECT c.relkind::text, n.nspname, c.relname, a.attname, d.description
FROM pg_description d
JOIN pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid
JOIN user_ns n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0
WHERE c.relkind IN ('r', 'p', 'S', 'i', 'I', 'v', 'm')
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
  AND (c.relkind NOT IN ('i', 'I') OR EXISTS (SELECT FROM pg_index x JOIN user_relations u ON u.oid = x.indrelid WHERE x.indexrelid = c.oid))
UNION ALL
SELECT 'k', u.nspname, u.relname, co.conname, d.description
FROM pg_description d
JOIN pg_constraint co ON d.classoid = 'pg_constraint'::regclass AND d.objoid = co.oid
JOIN user_tables u ON u.oid = co.conrelid
UNION ALL
SELECT 't', n.nspname, t.typname, NULL::name, d.description
FROM pg_description d
JOIN pg_type t ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid
JOIN user_ns n ON n.oid = t.typnamespace
WHERE t.typtype IN ('e', 'd', 'c', 'r')
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid))";

// Views and materialized views; pg_get_viewdef() prints names qualified, as the
// search_path is pg_catalog.
const std::string views = kUserObjects + R"(
SELECT v.oid, v.nspname, v.relname, v.relkind = 'm', pg_get_viewdef(v.oid), v.reloptions, v.relispopulated
FROM user_views v)";

const std::string view_columns = kUserObjects + R"(
SELECT a.attrelid, a.attname,
       coalesce(en.nspname, tn.nspname), coalesce(et.typname, t.typname), a.atttypmod, et.oid IS NOT NULL
FROM user_views v
JOIN pg_attribute a ON a.attrelid = v.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_namespace tn ON tn.oid = t.typnamespace
LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typsubscript = 'array_subscript_handler'::regproc AND t.typstorage <> 'p'
LEFT JOIN pg_namespace en ON en.oid = et.typnamespace
ORDER BY a.attrelid, a.attnum)";

// A view's query depends through its _RETURN rule on the relations and columns it reads
// (refobjsubid 0: the relation itself).
const std::string view_dependencies = kUserObjects + R"(
SELECT DISTINCT v.oid, rn.nspname, r.relname, a.attname
FROM user_views v
JOIN pg_rewrite rw ON rw.ev_class = v.oid
JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = rw.oid AND d.refclassid = 'pg_class'::regclass
                AND d.refobjid <> v.oid AND d.deptype = 'n'
JOIN pg_class r ON r.oid = d.refobjid
JOIN pg_namespace rn ON rn.oid = r.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = d.refobjsubid AND d.refobjsubid > 0
ORDER BY 1, 2, 3, 4)";

}  // namespace pgshift::introspect::sql
