// CREATE / DROP / ALTER EXTENSION. Extensions come first in a plan and go last: the
// objects of the schema use their types, functions and operator classes.
#include <algorithm>

#include "compiler/diff/diff_rls.h"
#include "planner/object_keys.h"
#include "planner/steps.h"
#include "planner/ddl/ddl.h"

namespace pgshift::planner {
namespace {

std::string createExtension(const Extension &e) {
  std::string out = "CREATE EXTENSION " + e.name.sql() + " WITH SCHEMA " + e.schema.sql();
  if (e.version) out += " VERSION " + quoteLiteral(*e.version);
  return out;
}

std::string dropExtension(const Extension &e) { return "DROP EXTENSION " + e.name.sql(); }

// To `version`: ALTER EXTENSION ... UPDATE where the extension's scripts lead there
// (contrib ships upgrade paths only), else drop and create it at that version, which
// PostgreSQL refuses while objects of the schema depend on it.
std::string updateTo(const Extension &e, const std::string &version) {
  std::string name = quoteLiteral(e.name.str()), v = quoteLiteral(version);
  return "DO $pgshift$\nBEGIN\n"
         "  IF EXISTS (SELECT FROM pg_catalog.pg_extension_update_paths(" + name + ") p JOIN pg_catalog.pg_extension x ON x.extname = " +
         name + " AND p.source = x.extversion WHERE p.target = " + v + " AND p.path IS NOT NULL) THEN\n"
         "    ALTER EXTENSION " + e.name.sql() + " UPDATE TO " + v + ";\n"
         "  ELSIF NOT EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = " + name + " AND extversion = " + v + ") THEN\n"
         "    DROP EXTENSION " + e.name.sql() + ";\n"
         "    CREATE EXTENSION " + e.name.sql() + " WITH SCHEMA " + e.schema.sql() + " VERSION " + v + ";\n"
         "  END IF;\nEND\n$pgshift$";
}

// The comment CREATE EXTENSION gives: the control file's, read from the server.
std::string defaultComment(const Extension &e) {
  return "DO $pgshift$\nBEGIN\n  EXECUTE pg_catalog.format('COMMENT ON EXTENSION %I IS %L', " + quoteLiteral(e.name.str()) +
         ", (SELECT comment FROM pg_catalog.pg_available_extensions WHERE name = " + quoteLiteral(e.name.str()) +
         "));\nEND\n$pgshift$";
}

std::string commentOn(const Extension &e) {
  return e.comment_stated ? ddl::comment("EXTENSION " + e.name.sql(), e.comment) : defaultComment(e);
}

}  // namespace

void addExtensionSteps(const diff::Change &change, const PlanContext &, std::vector<Step> &out) {
  if (auto *c = std::get_if<diff::CreateExtension>(&change)) {
    const Extension &e = c->extension;
    Step s;
    s.summary = "create extension " + e.name.sql();
    s.object = "extension " + e.name.sql();
    s.effect = Step::Effect::added;
    s.statements = {createExtension(e)};
    if (e.comment_stated) s.statements.push_back(commentOn(e));
    s.reverse = {dropExtension(e)};
    s.creates = {keys::extension(e.name)};
    s.needs_after = {keys::schema(e.schema)};
    s.priority = priority::create_extension;
    out.push_back(std::move(s));
  } else if (auto *d = std::get_if<diff::DropExtension>(&change)) {
    const Extension &e = d->extension;
    Step s;
    s.summary = "drop extension " + e.name.sql();
    s.object = "extension " + e.name.sql();
    s.effect = Step::Effect::dropped;
    s.phase = Phase::contract;
    s.statements = {dropExtension(e)};
    s.reverse = {createExtension(e)};
    if (e.comment_stated) s.reverse.push_back(commentOn(e));
    s.removes = {keys::extension(e.name)};
    s.needs_before = {keys::schema(e.schema)};
    s.hazards = {"drops extension " + e.name.sql() + " and the objects it provides (data of its own tables is lost)"};
    s.priority = priority::drop_extension;
    out.push_back(std::move(s));
  } else if (auto *a = std::get_if<diff::AlterExtension>(&change)) {
    const Extension &from = a->from, &to = a->to;
    Step s;
    s.summary = "alter extension " + to.name.sql();
    s.object = "extension " + to.name.sql();
    s.needs_after = {keys::extension(to.name), keys::schema(to.schema)};
    s.needs_before = {keys::schema(from.schema)};
    if (from.schema != to.schema) {
      s.statements.push_back("ALTER EXTENSION " + to.name.sql() + " SET SCHEMA " + to.schema.sql());
      s.reverse.push_back("ALTER EXTENSION " + to.name.sql() + " SET SCHEMA " + from.schema.sql());
    }
    if (diff::versionChanges(from, to)) {
      s.statements.push_back(updateTo(to, *to.version));
      if (from.version) {
        s.reverse.push_back(updateTo(to, *from.version));  // before its schema moves back
      } else {
        s.hazards.push_back("the down migration cannot put back the version of extension " + to.name.sql() +
                            " (the old schema does not state it)");
      }
      s.hazards.push_back("may drop and re-create extension " + to.name.sql() + " where no update script leads to the version");
    }
    if (to.comment_stated && (!(from.comment_stated || from.comment) || from.comment != to.comment)) {
      s.statements.push_back(commentOn(to));
      s.reverse.push_back(commentOn(from));
    }
    std::reverse(s.reverse.begin(), s.reverse.end());
    s.priority = priority::alter_extension;
    out.push_back(std::move(s));
  }
}

}  // namespace pgshift::planner
