#include "introspect/query_text_rls.h"

#include "introspect/query_text.h"

namespace pgshift::introspect::sql {

// plpgsql is in every database from the start, as public is. The comment and version
// are reported with the control file's, which CREATE EXTENSION gives
// (pg_available_extensions reads the control files).
std::string extensions() {
  return R"(
SELECT e.extname, n.nspname, e.extversion, d.description, a.comment, a.default_version
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
LEFT JOIN pg_description d ON d.classoid = 'pg_extension'::regclass AND d.objoid = e.oid AND d.objsubid = 0
LEFT JOIN pg_available_extensions a ON a.name = e.extname
WHERE e.extname <> 'plpgsql')";
}

// Tables with ENABLE or FORCE ROW LEVEL SECURITY.
std::string rowSecurity() {
  return userObjects() + R"(
SELECT u.nspname, u.relname, u.relrowsecurity, u.relforcerowsecurity
FROM user_tables u WHERE u.relrowsecurity OR u.relforcerowsecurity)";
}

// Roles by name; 0 is PUBLIC.
std::string policies() {
  return userObjects() + R"(
SELECT u.nspname, u.relname, p.polname, p.polpermissive, p.polcmd,
       ARRAY(SELECT CASE WHEN r.oid = 0 THEN 'public' ELSE a.rolname END
             FROM unnest(p.polroles) r(oid) LEFT JOIN pg_roles a ON a.oid = r.oid),
       pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)
FROM pg_policy p JOIN user_tables u ON u.oid = p.polrelid)";
}

namespace {

// The user-defined types pgshift models (enums, domains, ranges, composite types of
// their own) as pg_type t: not array, multirange or table row types.
std::string userTypeFilter() {
  return R"((t.typtype IN ('e', 'd', 'r')
         OR (t.typtype = 'c' AND EXISTS (SELECT FROM pg_class r WHERE r.oid = t.typrelid AND r.relkind = 'c')))
    AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid))";
}

}  // namespace

std::string owners() {
  return userObjects() + R"(
SELECT 'n', n.nspname, NULL::name, pg_get_userbyid(x.nspowner)
FROM pg_namespace x JOIN user_ns n ON n.oid = x.oid
UNION ALL
SELECT CASE c.relkind WHEN 'p' THEN 'r' WHEN 'm' THEN 'v' ELSE c.relkind END::text, n.nspname, c.relname,
       pg_get_userbyid(c.relowner)
FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm')
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
UNION ALL
SELECT 'T', n.nspname, t.typname, pg_get_userbyid(t.typowner)
FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace
WHERE )" + userTypeFilter();
}

std::string privileges() {
  const std::string role = R"(
         CASE WHEN a.grantee = 0 THEN 'public' WHEN a.grantee = o.owner THEN '' ELSE pg_get_userbyid(a.grantee) END,
         CASE WHEN a.grantor = o.owner THEN '' ELSE pg_get_userbyid(a.grantor) END, a.privilege_type, a.is_grantable)";
  return userObjects() + R"(, objects AS (
  SELECT 'n'::text AS kind, n.nspname AS schema, NULL::name AS name, NULL::name AS column, x.nspowner AS owner,
         coalesce(x.nspacl, acldefault('n', x.nspowner)) AS acl
  FROM pg_namespace x JOIN user_ns n ON n.oid = x.oid
  UNION ALL
  -- A partitioned table is a table here; a materialized view a view.
  SELECT CASE c.relkind WHEN 'p' THEN 'r' WHEN 'm' THEN 'v' ELSE c.relkind END::text, n.nspname, c.relname, NULL,
         c.relowner, coalesce(c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner))
  FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm')
    AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
  UNION ALL
  SELECT 'T', n.nspname, t.typname, NULL, t.typowner, coalesce(t.typacl, acldefault('T', t.typowner))
  FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace
  WHERE )" + userTypeFilter() + R"(
  UNION ALL
  -- Columns of tables, views and materialized views.
  SELECT 'c', u.nspname, u.relname, at.attname, c.relowner, at.attacl
  FROM (SELECT oid, nspname, relname FROM user_tables UNION ALL SELECT oid, nspname, relname FROM user_views) u
  JOIN pg_class c ON c.oid = u.oid
  JOIN pg_attribute at ON at.attrelid = u.oid AND at.attnum > 0 AND NOT at.attisdropped AND at.attacl IS NOT NULL)
SELECT o.kind, o.schema, o.name, o.column,)" + role + R"(
-- An empty ACL (everything revoked) still gives its object one row, without a privilege.
FROM objects o LEFT JOIN LATERAL aclexplode(o.acl) a ON true)";
}

std::string defaultAcls() {
  return R"(
SELECT CASE WHEN d.defaclrole = r.oid THEN '' ELSE pg_get_userbyid(d.defaclrole) END, n.nspname, d.defaclobjtype::text,
       CASE WHEN a.grantee = 0 THEN 'public' WHEN a.grantee = d.defaclrole THEN '' ELSE pg_get_userbyid(a.grantee) END,
       a.privilege_type, a.is_grantable
FROM pg_default_acl d JOIN pg_roles r ON r.rolname = current_user
LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
LEFT JOIN LATERAL aclexplode(d.defaclacl) a ON true)";
}

std::string roles() { return "SELECT rolname FROM pg_roles"; }

}  // namespace pgshift::introspect::sql
