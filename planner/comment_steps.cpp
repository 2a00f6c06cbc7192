// COMMENT ON ... IS.
#include "planner/ddl/ddl.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {

void addCommentSteps(const diff::Change &change, const PlanContext &, std::vector<Step> &out) {
  auto *c = std::get_if<diff::SetComment>(&change);
  if (!c) return;
  using K = diff::SetComment::Kind;
  std::string target, need, object;  // what COMMENT ON names, the key it needs, the summary's name
  switch (c->kind) {
    case K::schema:
      target = "SCHEMA " + c->object.name.sql();
      need = keys::schema(c->object.name);
      object = "schema " + c->object.name.sql();
      break;
    case K::table:
      target = "TABLE " + c->object.sql();
      need = keys::table(c->object);
      object = "table " + c->object.sql();
      break;
    case K::column:
      target = "COLUMN " + c->object.sql() + "." + c->sub_object.sql();
      need = keys::column(c->object, c->sub_object);
      object = "column " + c->object.sql() + "." + c->sub_object.sql();
      break;
    case K::constraint:
      target = "CONSTRAINT " + c->sub_object.sql() + " ON " + c->object.sql();
      need = keys::constraint(c->object, c->sub_object);
      object = "constraint " + c->object.sql() + "." + c->sub_object.sql();
      break;
    case K::index:
      target = "INDEX " + c->object.sql();
      need = keys::index(c->object);
      object = "index " + c->object.sql();
      break;
    case K::sequence:
      target = "SEQUENCE " + c->object.sql();
      need = keys::sequence(c->object);
      object = "sequence " + c->object.sql();
      break;
    case K::type:
    case K::domain:
      target = (c->kind == K::type ? "TYPE " : "DOMAIN ") + c->object.sql();
      need = keys::userType(c->object);
      object = (c->kind == K::type ? "type " : "domain ") + c->object.sql();
      break;
    case K::view:
      target = "VIEW " + c->object.sql();
      need = keys::relation(c->object);
      object = "view " + c->object.sql();
      break;
    case K::collation:
      target = "COLLATION " + c->object.sql();
      need = keys::collation(c->object);
      object = "collation " + c->object.sql();
      break;
    case K::materialized_view:
      target = "MATERIALIZED VIEW " + c->object.sql();
      need = keys::relation(c->object);
      object = "materialized view " + c->object.sql();
      break;
  }
  Step s;
  s.summary = "comment on " + object;
  s.object = object;
  s.statements = {ddl::comment(target, c->to)};
  s.reverse = {ddl::comment(target, c->from)};
  s.needs_after = {need};
  s.priority = priority::comment;
  out.push_back(std::move(s));
}

}  // namespace pgshift::planner
