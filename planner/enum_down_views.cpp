#include "planner/enum_down_views.h"

#include <algorithm>
#include <set>

#include "planner/ddl/ddl.h"
#include "planner/ddl/routine_ddl.h"
#include "planner/ddl/view_ddl.h"
#include "planner/object_keys.h"

namespace pgshift::planner {
namespace {

bool reads(const View &v, const QualifiedName &relation) {
  return std::find(v.reads.begin(), v.reads.end(), relation) != v.reads.end();
}

// The views of the old schema that the swap back breaks: those reading a converted
// column or naming the type, and the views reading those. Views this plan drops,
// creates or replaces already have steps of their own and are left to them.
std::vector<const View *> brokenViews(const diff::AlterEnum &change, const PlanContext &context) {
  std::set<QualifiedName> broken;
  auto untouched = [&](const View &v) { return context.to.findView(v.name) && !context.views_changed.count(v.name); };
  for (const auto &v : context.from.views) {
    if (!untouched(v)) continue;
    bool direct = queryMentions(v, change.from.name.name);
    for (const auto &c : change.columns)
      for (const auto &r : v.reads_columns)
        if (r.table == c.table && r.column == c.from.name) direct = true;
    if (direct) broken.insert(v.name);
  }
  bool grew = !broken.empty();
  while (grew) {
    grew = false;
    for (const auto &v : context.from.views)
      if (untouched(v) && !broken.count(v.name) &&
          std::any_of(broken.begin(), broken.end(), [&](const QualifiedName &b) { return reads(v, b); })) {
        broken.insert(v.name);
        grew = true;
      }
  }
  std::vector<const View *> out;
  for (const auto &v : context.from.views)
    if (broken.count(v.name)) out.push_back(&v);
  return out;
}

// The view as it was, with what dropping it takes along: a materialized view's indexes,
// comments, triggers.
std::vector<std::string> putBack(const View &v, const SchemaModel &model) {
  std::vector<Index> indexes;
  for (const auto &i : model.indexes)
    if (i.tableName() == v.name) indexes.push_back(i);
  std::vector<std::string> out = ddl::putBackView(v, indexes);
  for (const auto &t : model.triggers)
    if (t.table == v.name) {
      out.push_back(ddl::createTrigger(t));
      if (t.comment) out.push_back(ddl::comment(ddl::triggerTarget(t), t.comment));
    }
  return out;
}

std::string takenAway(const QualifiedName &v) { return "enum-down-dropped:" + v.sql(); }
std::string putBackKey(const QualifiedName &v) { return "enum-down-created:" + v.sql(); }

}  // namespace

std::vector<Step> enumDownViewSteps(const diff::AlterEnum &change, const PlanContext &context, Step &enum_step) {
  std::vector<const View *> views = brokenViews(change, context);
  std::vector<Step> out;
  if (views.empty()) return out;
  const std::string swapped = "enum-down-swap:" + change.from.name.sql();
  enum_step.creates.push_back(swapped);
  for (const View *v : views) {
    // Up order is down order reversed: what the down file runs after the swap comes
    // before the enum step here, and the other way round.
    Step create;
    create.summary = "put back " + std::string(v->kind()) + " " + v->name.sql() + " after the enum swap";
    create.reverse = putBack(*v, context.from);
    create.creates = {putBackKey(v->name)};
    for (const View *w : views)
      if (reads(*w, v->name)) create.needs_after.push_back(putBackKey(w->name));  // w after v on the way down
    enum_step.needs_after.push_back(putBackKey(v->name));
    create.priority = enum_step.priority;
    out.push_back(std::move(create));

    Step drop;
    drop.summary = "drop " + std::string(v->kind()) + " " + v->name.sql() + " for the enum swap";
    drop.reverse = {ddl::dropView(*v)};
    drop.creates = {takenAway(v->name)};
    drop.needs_after = {swapped};
    for (const View *u : views)
      if (reads(*v, u->name)) drop.needs_after.push_back(takenAway(u->name));  // v before u on the way down
    drop.priority = enum_step.priority;
    out.push_back(std::move(drop));
  }
  return out;
}

}  // namespace pgshift::planner
