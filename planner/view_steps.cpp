// CREATE / DROP / CREATE OR REPLACE VIEW and MATERIALIZED VIEW.
#include "planner/ddl/ddl.h"
#include "planner/ddl/view_ddl.h"
#include "planner/object_keys.h"
#include "planner/steps.h"

namespace pgshift::planner {
namespace {

// Among free steps: views after the tables and indexes they read, dropped before them.
constexpr int kCreateView = 65;
constexpr int kReplaceView = 66;
constexpr int kDropView = 105;

// What a view provides: the relation, and (for the indexes of a materialized view and
// comments on its columns) its columns, under the same keys a table's have.
std::vector<std::string> viewProvides(const View &v) {
  std::vector<std::string> out{keys::relation(v.name), keys::table(v.name)};
  for (const auto &c : v.columns) out.push_back(keys::column(v.name, c.name));
  return out;
}

// What its query reads: relations, and their columns with their types (a view is
// dropped before a column it reads changes type, and created after); and the functions
// and user-defined types of `model` it names (found by name, as what it calls is not
// recorded).
std::vector<std::string> viewNeeds(const View &v, const SchemaModel &model) {
  std::vector<std::string> out{keys::schema(v.name.schema)};
  for (const auto &r : v.reads) out.push_back(keys::relation(r));
  for (const auto &c : v.reads_columns) {
    out.push_back(keys::column(c.table, c.column));
    out.push_back(keys::columnType(c.table, c.column));
  }
  for (const auto &f : model.functions)
    if (queryMentions(v, f.name.name)) out.push_back(keys::functionName(f.name));
  auto types = [&](const auto &list) {
    for (const auto &t : list)
      if (queryMentions(v, t.name.name)) out.push_back(keys::userType(t.name));
  };
  types(model.enums);
  types(model.domains);
  types(model.composites);
  types(model.ranges);
  return out;
}

std::string object(const View &v) { return std::string(v.kind()) + " " + v.name.sql(); }

}  // namespace

void addViewSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out) {
  if (auto *c = std::get_if<diff::CreateView>(&change)) {
    const View &v = c->view;
    Step s;
    s.summary = "create " + object(v);
    s.object = object(v);
    s.effect = Step::Effect::added;
    s.statements = ddl::createView(v);
    s.reverse = {ddl::dropView(v)};
    s.creates = viewProvides(v);
    s.needs_after = viewNeeds(v, context.to);
    if (v.materialized && v.with_data) s.hazards = {"runs the query of " + object(v) + " to fill it"};
    s.priority = kCreateView;
    out.push_back(std::move(s));
  } else if (auto *d = std::get_if<diff::DropView>(&change)) {
    const View &v = d->view;
    Step s;
    s.summary = "drop " + object(v);
    s.object = object(v);
    s.effect = Step::Effect::dropped;
    s.phase = Phase::contract;
    s.statements = {ddl::dropView(v)};
    s.reverse = ddl::putBackView(v, d->indexes);
    s.removes = viewProvides(v);
    for (const auto &i : d->indexes) {
      auto more = indexProvides(i);
      s.removes.insert(s.removes.end(), more.begin(), more.end());
    }
    s.needs_before = viewNeeds(v, context.from);
    if (v.materialized) s.hazards = {"drops " + object(v) + " with its rows; they come back when its query runs again"};
    s.priority = kDropView;
    out.push_back(std::move(s));
  } else if (auto *r = std::get_if<diff::ReplaceView>(&change)) {
    Step s;
    s.summary = "replace " + object(r->to);
    s.object = object(r->to);
    s.statements = ddl::createView(r->to, true);
    s.reverse = ddl::createView(r->from, true);
    // The old query's reads must still be there when it goes, the new one's before it comes.
    s.needs_before = viewNeeds(r->from, context.from);
    s.needs_after = viewNeeds(r->to, context.to);
    s.needs_after.push_back(keys::relation(r->to.name));
    for (const auto &c : r->to.columns)
      if (!r->from.findColumn(c.name)) s.creates.push_back(keys::column(r->to.name, c.name));
    s.priority = kReplaceView;
    out.push_back(std::move(s));
  }
}

}  // namespace pgshift::planner
