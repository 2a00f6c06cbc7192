#include "planner/enum_down_dependents.h"

#include <algorithm>
#include <set>

#include "planner/ddl/ddl.h"
#include "planner/ddl/routine_ddl.h"
#include "planner/ddl/view_ddl.h"
#include "planner/object_keys.h"

namespace pgshift::planner {
namespace {

// One object the swap back breaks, and how the down file takes it away and puts it back.
struct Dependent {
  std::string what;  // "view public.v", "policy p on public.t"
  std::vector<std::string> drop, put_back;
  std::vector<std::string> reads;  // `what` of the dependents it must go before and come after
};

bool reads(const View &v, const QualifiedName &relation) {
  return std::find(v.reads.begin(), v.reads.end(), relation) != v.reads.end();
}

bool convertedColumn(const diff::AlterEnum &change, const QualifiedName &table, const Identifier &column) {
  return std::any_of(change.columns.begin(), change.columns.end(),
                     [&](const diff::TypeColumn &c) { return c.table == table && c.from.name == column; });
}

bool anyConverted(const diff::AlterEnum &change, const QualifiedName &table, const std::vector<Identifier> &columns) {
  return std::any_of(columns.begin(), columns.end(), [&](const Identifier &c) { return convertedColumn(change, table, c); });
}

std::string viewWhat(const View &v) { return std::string(v.kind()) + " " + v.name.sql(); }

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

// The views of the old schema that the swap back breaks: those reading a converted
// column or naming the type, and the views reading those. Views this plan drops,
// creates or replaces already have steps of their own and are left to them.
void brokenViews(const diff::AlterEnum &change, const PlanContext &context, std::vector<Dependent> &out) {
  std::set<QualifiedName> broken;
  auto untouched = [&](const View &v) { return context.to.findView(v.name) && !context.views_changed.count(v.name); };
  for (const auto &v : context.from.views) {
    if (!untouched(v)) continue;
    bool direct = queryMentions(v, change.from.name.name);
    for (const auto &r : v.reads_columns) direct = direct || convertedColumn(change, r.table, r.column);
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
  for (const auto &v : context.from.views) {
    if (!broken.count(v.name)) continue;
    Dependent d{viewWhat(v), {ddl::dropView(v)}, putBack(v, context.from), {}};
    for (const auto &u : context.from.views)
      if (broken.count(u.name) && reads(v, u.name)) d.reads.push_back(viewWhat(u));
    out.push_back(std::move(d));
  }
}

// Policies and table triggers the plan leaves as they are that depend on a converted
// column (a changed one has steps of its own).
void brokenPoliciesAndTriggers(const diff::AlterEnum &change, const PlanContext &context, std::vector<Dependent> &out) {
  for (const auto &p : context.from.policies) {
    const Policy *after = context.to.findPolicy(p.table, p.name);
    if (!after || !(*after == p)) continue;
    std::vector<Identifier> columns;
    for (const auto *e : {&p.using_expr, &p.check_expr})
      if (*e) columns.insert(columns.end(), (*e)->columns.begin(), (*e)->columns.end());
    if (anyConverted(change, p.table, columns))
      out.push_back({"policy " + p.name.sql() + " on " + p.table.sql(), {ddl::dropPolicy(p)}, {ddl::createPolicy(p)}, {}});
  }
  for (const auto &t : context.from.triggers) {
    const Trigger *after = context.to.findTrigger(t.table, t.name);
    if (!after || !(*after == t)) continue;
    std::vector<Identifier> columns = t.columns;
    if (t.when) columns.insert(columns.end(), t.when->columns.begin(), t.when->columns.end());
    if (!anyConverted(change, t.table, columns)) continue;
    std::vector<std::string> back{ddl::createTrigger(t)};
    if (t.comment) back.push_back(ddl::comment(ddl::triggerTarget(t), t.comment));
    out.push_back({"trigger " + t.name.sql() + " on " + t.table.sql(), {ddl::dropTrigger(t)}, std::move(back), {}});
  }
}

std::string takenAway(const std::string &what) { return "enum-down-dropped:" + what; }
std::string putBackKey(const std::string &what) { return "enum-down-created:" + what; }

}  // namespace

std::vector<Step> enumDownSteps(const diff::AlterEnum &change, const PlanContext &context, Step &enum_step) {
  std::vector<Dependent> dependents;
  brokenViews(change, context, dependents);
  brokenPoliciesAndTriggers(change, context, dependents);
  std::vector<Step> out;
  if (dependents.empty()) return out;
  const std::string swapped = "enum-down-swap:" + change.from.name.sql();
  enum_step.creates.push_back(swapped);
  for (const Dependent &d : dependents) {
    // Up order is down order reversed: what the down file runs after the swap comes
    // before the enum step here, and the other way round.
    Step create;
    create.summary = "put back " + d.what + " after the enum swap";
    create.reverse = d.put_back;
    create.creates = {putBackKey(d.what)};
    for (const Dependent &w : dependents)
      if (std::find(w.reads.begin(), w.reads.end(), d.what) != w.reads.end())
        create.needs_after.push_back(putBackKey(w.what));  // w after d on the way down
    enum_step.needs_after.push_back(putBackKey(d.what));
    create.priority = enum_step.priority;
    out.push_back(std::move(create));

    Step drop;
    drop.summary = "drop " + d.what + " for the enum swap";
    drop.reverse = d.drop;
    drop.creates = {takenAway(d.what)};
    drop.needs_after = {swapped};
    for (const std::string &u : d.reads) drop.needs_after.push_back(takenAway(u));  // d before u on the way down
    drop.priority = enum_step.priority;
    out.push_back(std::move(drop));
  }
  return out;
}

}  // namespace pgshift::planner
