// GRANT / REVOKE on an object whose ACL changes, each way.
#include "planner/ddl/acl_ddl.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {

void addPrivilegeSteps(const diff::Change &change, const PlanContext &, std::vector<Step> &out) {
  auto *c = std::get_if<diff::SetPrivileges>(&change);
  if (!c) return;
  std::string object, name, key;
  switch (c->kind) {
    case AclObject::schema:
      object = "SCHEMA " + c->object.name.sql();
      name = "schema " + c->object.name.sql();
      key = keys::schema(c->object.name);
      break;
    case AclObject::table:
      object = "TABLE " + c->object.sql();
      name = "table " + c->object.sql();
      key = keys::table(c->object);
      break;
    case AclObject::column:
      object = "TABLE " + c->object.sql();
      name = "column " + c->object.sql() + "." + c->column.sql();
      key = keys::column(c->object, c->column);
      break;
    case AclObject::sequence:
      object = "SEQUENCE " + c->object.sql();
      name = "sequence " + c->object.sql();
      key = keys::sequence(c->object);
      break;
    case AclObject::view:  // GRANT ... ON TABLE names views and materialized views too
      object = "TABLE " + c->object.sql();
      name = "view " + c->object.sql();
      key = keys::relation(c->object);
      break;
    case AclObject::view_column:
      object = "TABLE " + c->object.sql();
      name = "column " + c->object.sql() + "." + c->column.sql();
      key = keys::relation(c->object);
      break;
    case AclObject::function:
      object = (c->procedure ? "PROCEDURE " : "FUNCTION ") + c->signature;
      name = (c->procedure ? "procedure " : "function ") + c->signature;
      key = keys::function(c->signature);
      break;
    case AclObject::type:
    case AclObject::domain:
      object = (c->kind == AclObject::domain ? "DOMAIN " : "TYPE ") + c->object.sql();
      name = (c->kind == AclObject::domain ? "domain " : "type ") + c->object.sql();
      key = keys::userType(c->object);
      break;
  }
  Step s;
  s.summary = "set privileges on " + name;
  s.object = name;
  s.statements = ddl::aclChange(object, c->column, c->owner, c->from, c->to);
  s.reverse = ddl::aclChange(object, c->column, c->owner, c->to, c->from);
  // After the object is created and given to its owner; before it is dropped.
  if (c->timing != diff::AclTiming::before_drop) s.needs_after = {key};
  if (c->timing != diff::AclTiming::after_create) s.needs_before = {key};
  s.priority = priority::set_privileges;
  out.push_back(std::move(s));
}

}  // namespace pgshift::planner
