// CREATE / DROP / ALTER of enums, domains, composite and range types.
#include <algorithm>
#include <set>

#include "planner/ddl/ddl.h"
#include "planner/enum_down_dependents.h"
#include "planner/object_keys.h"
#include "planner/steps.h"
#include "planner/type_ddl.h"

namespace pgshift::planner {
namespace {

// A type is needed by what uses it unless it is a built-in one.
void needType(std::vector<std::string> &out, const TypeName &type) {
  if (type.name.schema.str() != "pg_catalog") out.push_back(keys::userType(type.name));
}

template <typename T>
T withoutComment(T object) {
  object.comment.reset();
  return object;
}

Step createStep(const std::string &kind, const QualifiedName &name, std::vector<std::string> statements,
                std::vector<std::string> reverse, std::vector<std::string> needs) {
  Step s;
  s.summary = "create " + kind + " " + name.sql();
  s.object = kind + " " + name.sql();
  s.effect = Step::Effect::added;
  s.statements = std::move(statements);
  s.reverse = std::move(reverse);
  s.creates = {keys::userType(name)};
  s.needs_after = std::move(needs);
  s.needs_after.push_back(keys::schema(name.schema));
  s.priority = priority::create_type;
  return s;
}

Step dropStep(const std::string &kind, const QualifiedName &name, std::vector<std::string> statements,
              std::vector<std::string> reverse, std::vector<std::string> needs) {
  Step s;
  s.summary = "drop " + kind + " " + name.sql();
  s.object = kind + " " + name.sql();
  s.effect = Step::Effect::dropped;
  s.phase = Phase::contract;
  s.statements = std::move(statements);
  s.reverse = std::move(reverse);
  s.removes = {keys::userType(name)};
  s.needs_before = std::move(needs);
  s.needs_before.push_back(keys::schema(name.schema));
  s.priority = priority::drop_type;
  return s;
}

std::string tableList(const std::vector<diff::TypeColumn> &columns) {
  std::set<QualifiedName> tables;
  for (const auto &c : columns) tables.insert(c.table);
  std::string out;
  for (const auto &t : tables) out += (out.empty() ? "" : ", ") + t.sql();
  return out;
}

// ---- enums

void alterEnum(const diff::AlterEnum &a, const PlanContext &context, std::vector<Step> &out) {
  const QualifiedName &name = a.to.name;
  // Default privileges change last: the swap runs under the old side's, both ways.
  const Acl created = creationAcl(context.from.default_acls, {}, DefaultAclKind::types, name.schema);
  Step s;
  s.object = "type " + name.sql();
  s.creates = {keys::userType(name)};
  s.priority = priority::create_type;
  // Constraint and index changes on the converted columns come before or after the
  // swap, never in the middle of it.
  for (const auto &c : a.columns) {
    s.creates.push_back(keys::columnType(c.table, c.to.name));
    s.removes.push_back(keys::columnType(c.table, c.to.name));
  }
  std::string tables = tableList(a.columns);
  std::string rewrite = a.columns.empty() ? "" : "rewrites " + tables + " (every column of the type) under an ACCESS EXCLUSIVE lock";
  if (a.in_place) {
    // Each new value after its predecessor in the new order (or before the first old
    // value). A value added by ALTER TYPE cannot be used in the transaction that added
    // it: these run on their own, committed before anything uses them.
    s.summary = "add values to enum " + name.sql();
    for (size_t i = 0; i < a.to.values.size(); ++i) {
      const std::string &v = a.to.values[i];
      if (std::find(a.from.values.begin(), a.from.values.end(), v) != a.from.values.end()) continue;
      std::string placement = i > 0 ? "AFTER " + quoteLiteral(a.to.values[i - 1])
                              : a.from.values.empty() ? "" : "BEFORE " + quoteLiteral(a.from.values[0]);
      s.statements.push_back(ddl::addEnumValue(name, v, placement));
    }
    s.transactional = false;
    // PostgreSQL cannot remove an enum value: going back swaps the old type in.
    s.reverse = ddl::swapEnum(a.from, a, true, created);
    s.hazards.push_back("the down migration cannot remove enum values in place: it swaps in a new type" +
                        (rewrite.empty() ? std::string() : ", which " + rewrite) + ", and fails if any row holds an added value");
  } else {
    s.summary = "replace enum " + name.sql() + " (values removed or reordered)";
    s.phase = Phase::contract;
    // The old type goes: what names it and goes too (a view casting to it) goes first.
    s.removes.push_back(keys::userType(name));
    s.statements = ddl::swapEnum(a.to, a, false, created);
    s.reverse = ddl::swapEnum(a.from, a, true, created);
    if (!rewrite.empty()) s.hazards.push_back(rewrite);
    s.hazards.push_back("fails if any row holds a value " + name.sql() + " no longer has; drops and re-sets the defaults of its columns");
    // After whatever stops using the old type: dropped tables and columns, columns
    // changing to another type (their steps remove these keys).
    for (const auto &t : context.from.tables) {
      const Table *target = context.to.findTable(t.name);
      for (const auto &c : t.columns) {
        if (c.type.name != name) continue;
        if (!target) {
          s.creates.push_back(keys::table(t.name));
          break;
        }
        const Column *after = target->findColumn(c.name);
        if (!after) s.creates.push_back(keys::column(t.name, c.name));
        else if (after->type != c.type) s.creates.push_back(keys::columnType(t.name, c.name));
      }
    }
  }
  std::vector<Step> around_down;
  if (a.in_place) around_down = enumDownSteps(a, context, s);
  out.push_back(std::move(s));
  for (auto &step : around_down) out.push_back(std::move(step));
}

// ---- domains

// The user functions a domain's default and checks call: created before it, dropped after.
void needFunctions(std::vector<std::string> &needs, const Domain &d) {
  auto add = [&](const Expression &e) {
    for (const auto &f : e.functions) needs.push_back(keys::functionName(f));
  };
  if (d.default_value) add(*d.default_value);
  for (const auto &c : d.checks) add(c.check);
}

void alterDomain(const diff::AlterDomain &a, std::vector<Step> &out) {
  const Domain &from = a.from, &to = a.to;
  const std::string alter = "ALTER DOMAIN " + to.name.sql() + " ";
  Step s;
  s.summary = "alter domain " + to.name.sql();
  s.object = "domain " + to.name.sql();
  std::vector<std::vector<std::string>> undo;  // one group per change, undone last first
  bool default_same = from.default_value && to.default_value ? compareExpressions(*from.default_value, *to.default_value) != ExpressionMatch::different
                                                             : !from.default_value && !to.default_value;
  if (!default_same) {
    s.statements.push_back(to.default_value ? alter + "SET DEFAULT " + to.default_value->sql : alter + "DROP DEFAULT");
    undo.push_back({from.default_value ? alter + "SET DEFAULT " + from.default_value->sql : alter + "DROP DEFAULT"});
    if (from.default_value && !to.default_value) s.phase = Phase::contract;
  }
  if (from.not_null != to.not_null) {
    s.statements.push_back(alter + (to.not_null ? "SET NOT NULL" : "DROP NOT NULL"));
    undo.push_back({alter + (from.not_null ? "SET NOT NULL" : "DROP NOT NULL")});
    if (to.not_null) {
      s.phase = Phase::contract;
      s.hazards.push_back("SET NOT NULL scans every column of type " + to.name.sql() + " and fails if any holds a NULL");
    }
  }
  auto sameCheck = [](const DomainCheck &x, const DomainCheck &y) {
    return compareExpressions(x.check, y.check) != ExpressionMatch::different;
  };
  auto addCheck = [&](const DomainCheck &c) { return alter + "ADD " + ddl::domainCheck(c) + " NOT VALID"; };
  // Checks dropped or changed go first, then new ones are added NOT VALID and validated
  // (which scans, without blocking writes for long).
  for (const auto &c : from.checks) {
    const DomainCheck *after = to.findCheck(c.name);
    if (after && sameCheck(c, *after) && (c.validated || !after->validated)) continue;
    if (after && sameCheck(c, *after) && !c.validated && after->validated) continue;  // validated below
    s.statements.push_back(alter + "DROP CONSTRAINT " + c.name.sql());
    std::vector<std::string> back{addCheck(c)};
    if (c.validated) back.push_back(alter + "VALIDATE CONSTRAINT " + c.name.sql());
    undo.push_back(back);
  }
  for (const auto &c : to.checks) {
    const DomainCheck *before = from.findCheck(c.name);
    bool unchanged = before && sameCheck(*before, c) && (before->validated || !c.validated);
    bool validate_only = before && sameCheck(*before, c) && !before->validated && c.validated;
    if (unchanged && !validate_only) continue;
    if (validate_only) {
      s.statements.push_back(alter + "VALIDATE CONSTRAINT " + c.name.sql());
      // A validated constraint cannot be made NOT VALID again: put it back unvalidated.
      undo.push_back({alter + "DROP CONSTRAINT " + c.name.sql(), addCheck(*before)});
      s.hazards.push_back("VALIDATE CONSTRAINT " + c.name.sql() + " scans every column of type " + to.name.sql());
      continue;
    }
    s.statements.push_back(addCheck(c));
    if (c.validated) {
      s.statements.push_back(alter + "VALIDATE CONSTRAINT " + c.name.sql());
      s.hazards.push_back("VALIDATE CONSTRAINT " + c.name.sql() + " scans every column of type " + to.name.sql() +
                          " and fails if a value breaks it");
    }
    undo.push_back({alter + "DROP CONSTRAINT " + c.name.sql()});
  }
  for (auto group = undo.rbegin(); group != undo.rend(); ++group) s.reverse.insert(s.reverse.end(), group->begin(), group->end());
  s.needs_after = {keys::userType(to.name)};
  needFunctions(s.needs_after, to);
  needFunctions(s.needs_before, from);
  s.priority = priority::alter_column;
  if (!s.statements.empty()) out.push_back(std::move(s));
}

// ---- composite types

std::string attributeSql(const CompositeAttribute &a) {
  std::string out = a.name.sql() + " " + a.type.sql();
  if (a.collation) out += " COLLATE " + (a.collation->schema.str() == "pg_catalog" ? a.collation->name.sql() : a.collation->sql());
  return out;
}

// ALTER TYPE actions turning `from` into `to` (drops, type changes, then additions).
std::string compositeActions(const CompositeType &from, const CompositeType &to) {
  std::vector<std::string> actions;
  for (const auto &a : from.attributes)
    if (!to.findAttribute(a.name)) actions.push_back("DROP ATTRIBUTE " + a.name.sql());
  for (const auto &a : to.attributes) {
    const CompositeAttribute *before = from.findAttribute(a.name);
    if (before && *before != a) {
      std::string sql = "ALTER ATTRIBUTE " + a.name.sql() + " TYPE " + a.type.sql();
      if (a.collation) sql += " COLLATE " + (a.collation->schema.str() == "pg_catalog" ? a.collation->name.sql() : a.collation->sql());
      actions.push_back(sql);
    }
  }
  for (const auto &a : to.attributes)
    if (!from.findAttribute(a.name)) actions.push_back("ADD ATTRIBUTE " + attributeSql(a));
  std::string out;
  for (const auto &a : actions) out += (out.empty() ? "" : ", ") + a;
  return "ALTER TYPE " + to.name.sql() + " " + out;
}

void alterComposite(const diff::AlterComposite &a, std::vector<Step> &out) {
  Step s;
  s.summary = "alter type " + a.to.name.sql();
  s.object = "type " + a.to.name.sql();
  s.statements = {compositeActions(a.from, a.to)};
  s.reverse = {compositeActions(a.to, a.from)};
  for (const auto &attr : a.from.attributes) {
    if (!a.to.findAttribute(attr.name)) {
      s.phase = Phase::contract;
      s.hazards.push_back("drops attribute " + attr.name.sql() + " of " + a.to.name.sql() +
                          ": values of the type lose it, and the down migration gives it back empty");
    }
    needType(s.needs_before, attr.type);
    needCollation(s.needs_before, attr.collation);
  }
  for (const auto &attr : a.to.attributes) {
    needType(s.needs_after, attr.type);
    needCollation(s.needs_after, attr.collation);
  }
  s.needs_after.push_back(keys::userType(a.to.name));
  s.priority = priority::alter_column;
  out.push_back(std::move(s));
}

}  // namespace

void addTypeSteps(const diff::Change &change, const PlanContext &context, std::vector<Step> &out) {
  if (auto *c = std::get_if<diff::CreateEnum>(&change)) {
    out.push_back(createStep("type", c->type.name, {ddl::createEnum(c->type)}, {ddl::dropType(c->type.name)}, {}));
  } else if (auto *d = std::get_if<diff::DropEnum>(&change)) {
    out.push_back(dropStep("type", d->type.name, {ddl::dropType(d->type.name)}, ddl::recreateEnum(d->type), {}));
  } else if (auto *a = std::get_if<diff::AlterEnum>(&change)) {
    alterEnum(*a, context, out);
  } else if (auto *cd = std::get_if<diff::CreateDomain>(&change)) {
    std::vector<std::string> needs;
    needType(needs, cd->domain.base);
    needCollation(needs, cd->domain.collation);
    needFunctions(needs, cd->domain);
    out.push_back(createStep("domain", cd->domain.name, ddl::createDomain(withoutComment(cd->domain)),
                             {"DROP DOMAIN " + cd->domain.name.sql()}, needs));
  } else if (auto *dd = std::get_if<diff::DropDomain>(&change)) {
    std::vector<std::string> needs;
    needType(needs, dd->domain.base);
    needCollation(needs, dd->domain.collation);
    needFunctions(needs, dd->domain);
    out.push_back(dropStep("domain", dd->domain.name, {"DROP DOMAIN " + dd->domain.name.sql()}, ddl::createDomain(dd->domain), needs));
  } else if (auto *ad = std::get_if<diff::AlterDomain>(&change)) {
    alterDomain(*ad, out);
  } else if (auto *cc = std::get_if<diff::CreateComposite>(&change)) {
    std::vector<std::string> needs;
    for (const auto &attr : cc->type.attributes) needType(needs, attr.type), needCollation(needs, attr.collation);
    out.push_back(createStep("type", cc->type.name, ddl::createComposite(withoutComment(cc->type)), {ddl::dropType(cc->type.name)}, needs));
  } else if (auto *dc = std::get_if<diff::DropComposite>(&change)) {
    std::vector<std::string> needs;
    for (const auto &attr : dc->type.attributes) needType(needs, attr.type), needCollation(needs, attr.collation);
    out.push_back(dropStep("type", dc->type.name, {ddl::dropType(dc->type.name)}, ddl::createComposite(dc->type), needs));
  } else if (auto *ac = std::get_if<diff::AlterComposite>(&change)) {
    alterComposite(*ac, out);
  } else if (auto *cr = std::get_if<diff::CreateRange>(&change)) {
    std::vector<std::string> needs;
    needType(needs, cr->type.subtype);
    needCollation(needs, cr->type.collation);
    Step s = createStep("type", cr->type.name, ddl::createRange(withoutComment(cr->type)), {ddl::dropType(cr->type.name)}, needs);
    s.creates.push_back(keys::userType(cr->type.multirange));
    out.push_back(std::move(s));
  } else if (auto *dr = std::get_if<diff::DropRange>(&change)) {
    std::vector<std::string> needs;
    needType(needs, dr->type.subtype);
    needCollation(needs, dr->type.collation);
    Step s = dropStep("type", dr->type.name, {ddl::dropType(dr->type.name)}, ddl::createRange(dr->type), needs);
    s.removes.push_back(keys::userType(dr->type.multirange));
    out.push_back(std::move(s));
  }
}

}  // namespace pgshift::planner
