// ALTER SCHEMA / TABLE / SEQUENCE / VIEW / FUNCTION / TYPE / DOMAIN ... OWNER TO.
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {

namespace {

bool exists(diff::SetOwner::Kind kind, const QualifiedName &object, const SchemaModel &model) {
  using K = diff::SetOwner::Kind;
  switch (kind) {
    case K::schema: return model.findSchema(object.name) != nullptr;
    case K::table: return model.findTable(object) != nullptr;
    case K::sequence: return model.findSequence(object) != nullptr;
    case K::collation: return model.findCollation(object) != nullptr;
    case K::view:
    case K::materialized_view: return model.findView(object) != nullptr;
    case K::function:
    case K::procedure: return true;  // by signature: the diff only names ones that exist
    case K::type:
      return model.findEnum(object) || model.findComposite(object) || model.findRange(object);
    case K::domain: return model.findDomain(object) != nullptr;
  }
  return false;
}

}  // namespace

void addOwnerSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out) {
  auto *c = std::get_if<diff::SetOwner>(&change);
  if (!c) return;
  using K = diff::SetOwner::Kind;
  std::string target, object, key;
  switch (c->kind) {
    case K::schema:
      target = "SCHEMA " + c->object.name.sql();
      object = "schema " + c->object.name.sql();
      key = keys::schema(c->object.name);
      break;
    case K::table:
      target = "TABLE " + c->object.sql();
      object = "table " + c->object.sql();
      key = keys::table(c->object);
      break;
    case K::collation:
      target = "COLLATION " + c->object.sql();
      object = "collation " + c->object.sql();
      key = keys::collation(c->object);
      break;
    case K::sequence:
      target = "SEQUENCE " + c->object.sql();
      object = "sequence " + c->object.sql();
      key = keys::sequence(c->object);
      break;
    case K::view:
    case K::materialized_view:
      target = (c->kind == K::view ? "VIEW " : "MATERIALIZED VIEW ") + c->object.sql();
      object = (c->kind == K::view ? "view " : "materialized view ") + c->object.sql();
      key = keys::relation(c->object);
      break;
    case K::function:
    case K::procedure:
      target = (c->kind == K::function ? "FUNCTION " : "PROCEDURE ") + c->signature;
      object = (c->kind == K::function ? "function " : "procedure ") + c->signature;
      key = keys::function(c->signature);
      break;
    case K::type:
    case K::domain:
      target = (c->kind == K::domain ? "DOMAIN " : "TYPE ") + c->object.sql();
      object = (c->kind == K::domain ? "domain " : "type ") + c->object.sql();
      key = keys::userType(c->object);
      break;
  }
  // Around a drop and create again, the object exists at both points.
  const bool around = c->timing == diff::AclTiming::around;
  const bool before_exists = !around || exists(c->kind, c->object, context.from);
  const bool after_exists = !around || exists(c->kind, c->object, context.to);
  // CURRENT_USER: the role running the migration, which is who created the object when
  // no owner is stated.
  auto role = [](const std::optional<Identifier> &r) { return r ? r->sql() : std::string("CURRENT_USER"); };
  Step s;
  s.summary = "set owner of " + object;
  s.object = object;
  // An object the plan drops needs no new owner, only its old one back on the way down
  // (and one it creates, no owner taken back before the down file drops it).
  if (after_exists) s.statements = {"ALTER " + target + " OWNER TO " + role(c->to)};
  if (before_exists) s.reverse = {"ALTER " + target + " OWNER TO " + role(c->from)};
  if (!c->from && before_exists)
    s.hazards.push_back("the down migration gives " + object + " to the role running it (the old schema does not state its owner)");
  // After the object is created (and, for a table, its serial sequences are tied to it,
  // which then change owner with it); before it is dropped. Only the side that acts:
  // a table dropped and a view of its name created are different objects.
  if (c->timing != diff::AclTiming::before_drop && after_exists) s.needs_after = {key};
  if (c->timing != diff::AclTiming::after_create && before_exists) s.needs_before = {key};
  s.priority = priority::set_owner;
  out.push_back(std::move(s));
}

}  // namespace pgshift::planner
