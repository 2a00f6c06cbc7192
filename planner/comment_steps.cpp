// COMMENT ON ... IS.
#include "planner/ddl/ddl.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {

void addCommentSteps(const diff::Change &change, const PlanContext &, std::vector<Step> &out) {
  auto *c = std::get_if<diff::SetComment>(&change);
  if (!c) return;
  using K = diff::SetComment::Kind;
  std::string target, need, what;
  switch (c->kind) {
    case K::schema:
      target = "SCHEMA " + c->object.name.sql();
      need = keys::schema(c->object.name);
      break;
    case K::table:
      target = "TABLE " + c->object.sql();
      need = keys::table(c->object);
      break;
    case K::column:
      target = "COLUMN " + c->object.sql() + "." + c->sub_object.sql();
      need = keys::column(c->object, c->sub_object);
      break;
    case K::constraint:
      target = "CONSTRAINT " + c->sub_object.sql() + " ON " + c->object.sql();
      need = keys::constraint(c->object, c->sub_object);
      break;
    case K::index:
      target = "INDEX " + c->object.sql();
      need = keys::index(c->object);
      break;
    case K::sequence:
      target = "SEQUENCE " + c->object.sql();
      need = keys::sequence(c->object);
      break;
  }
  Step s;
  std::string kind = target.substr(0, target.find(' '));
  for (auto &ch : kind) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  s.summary = "comment on " + kind + " " + target.substr(target.find(' ') + 1);
  s.statements = {ddl::comment(target, c->to)};
  s.reverse = {ddl::comment(target, c->from)};
  s.needs_after = {need};
  s.priority = priority::comment;
  out.push_back(std::move(s));
}

}  // namespace pgshift::planner
