// CREATE VIEW / CREATE MATERIALIZED VIEW -> the model: the relations a query reads, its
// output columns (names always, types where a column reference gives them) and its loose
// form with every * expanded, all resolved as PostgreSQL resolves them at creation.
#include <algorithm>

#include <fmt/format.h>

#include "compiler/frontend/schema_builder.h"

namespace pgshift {
namespace {

// A relation the query reads, as the summary needs it.
struct ReadRelation {
  QualifiedName name;
  // Its columns, or nullopt when not known (a view whose columns the file could not list).
  std::optional<std::vector<ViewColumn>> columns;
};

std::string joinTokens(const std::vector<std::string> &tokens) {
  std::string out;
  for (const auto &t : tokens) out += (out.empty() ? "" : " ") + t;
  return out;
}

// Whether `q` reads column `column` of the relation it names `written`, as pg_depend
// records a view's columns (PostgreSQL refuses to retype or drop those under the view,
// and allows it for the others). Found by name, so a name two relations share is taken
// for both; a *, a NATURAL or USING join, or a reference to the relation's whole row
// takes every column.
bool readsColumn(const ast::Query &q, const ast::QueryName &written, const Identifier &column) {
  if (!q.stars.empty()) return true;
  auto named = [&](const Identifier &name) {
    return std::find(q.column_names.begin(), q.column_names.end(), name) != q.column_names.end();
  };
  if (named(written.back())) return true;  // a whole row (or a column of that name)
  for (const auto &scope : q.scopes)
    for (const auto &item : scope.items) {
      if (item.relation != written) continue;
      if (scope.merging || (item.alias && named(*item.alias))) return true;
    }
  return named(column);
}

}  // namespace

std::optional<QualifiedName> SchemaBuilder::resolveRelation(const ast::Name &name) const {
  if (name.size() == 2) {
    QualifiedName q{name[0], name[1]};
    return relationExists(q) ? std::optional(q) : std::nullopt;
  }
  for (const auto &schema : search_path_)
    if (relationExists({schema, name[0]})) return QualifiedName{schema, name[0]};
  return std::nullopt;
}

void SchemaBuilder::createView(const ast::CreateView &s, const SourceLocation &where) {
  QualifiedName name = creationName(s.name, where);
  auto existing = views_.find(name);
  if (relationExists(name)) {
    if (s.materialized && s.if_not_exists) return;  // NOTICE: relation already exists, skipping
    if (!s.or_replace || existing == views_.end() || existing->second.materialized)
      fail(where, fmt::format("relation \"{}\" already exists", name.name.str()));
  }

  const ast::Query &q = s.query;
  View view;
  view.name = name;
  view.materialized = s.materialized;
  view.options = s.options;
  view.with_data = s.with_data;
  view.query.sql = q.text;
  view.query.search_path = search_path_;
  view.query.columns_sql = s.columns;

  // Relations, as PostgreSQL finds them (a name WITH defines is not one).
  std::map<std::string, ReadRelation> by_written;  // joinName(written) -> relation
  auto readRelation = [&](const ast::QueryName &written) -> const ReadRelation * {
    auto it = by_written.find(joinName(written));
    return it == by_written.end() ? nullptr : &it->second;
  };
  for (const auto &r : q.relations) {
    bool cte = r.name.size() == 1 && std::find(q.ctes.begin(), q.ctes.end(), r.name[0]) != q.ctes.end();
    if (cte) continue;
    auto resolved = resolveRelation(r.name);
    if (!resolved) fail(r.where, fmt::format("relation \"{}\" does not exist", joinName(r.name)));
    ReadRelation read{*resolved, std::nullopt};
    if (auto t = tables_.find(*resolved); t != tables_.end()) {
      std::vector<ViewColumn> cols;
      for (const auto &c : t->second.columns) cols.push_back({c.name, c.type, std::nullopt});
      read.columns = std::move(cols);
    } else if (auto v = views_.find(*resolved); v != views_.end()) {
      if (v->second.columns_known) read.columns = v->second.columns;
    }  // else a sequence: its columns are not listed here
    if (std::find(view.reads.begin(), view.reads.end(), *resolved) == view.reads.end()) {
      view.reads.push_back(*resolved);
      if (read.columns)
        for (const auto &c : *read.columns)
          if (readsColumn(q, r.name, c.name)) view.reads_columns.push_back({*resolved, c.name});
    }
    by_written[joinName(r.name)] = std::move(read);
  }

  // The columns of one FROM item, when known.
  auto itemColumns = [&](const ast::FromItem &item) -> std::optional<std::vector<ViewColumn>> {
    if (!item.relation || item.has_column_aliases) return std::nullopt;
    bool cte = item.relation->size() == 1 &&
               std::find(q.ctes.begin(), q.ctes.end(), (*item.relation)[0]) != q.ctes.end();
    if (cte) return std::nullopt;
    const ReadRelation *r = readRelation(*item.relation);
    return r ? r->columns : std::nullopt;
  };
  auto itemName = [](const ast::FromItem &item) -> std::optional<Identifier> {
    if (item.alias) return item.alias;
    if (item.relation) return item.relation->back();
    return std::nullopt;
  };
  // A * or x.*: the columns it stands for, or nullopt when they cannot be listed.
  auto expandStar = [&](const ast::QueryStar &star) -> std::optional<std::vector<ViewColumn>> {
    const ast::QueryScope &scope = q.scopes[star.scope];
    std::vector<ViewColumn> out;
    if (star.qualifier) {
      for (const auto &item : scope.items)
        if (itemName(item) == star.qualifier) return itemColumns(item);
      return std::nullopt;
    }
    if (scope.merging) return std::nullopt;
    for (const auto &item : scope.items) {
      auto cols = itemColumns(item);
      if (!cols) return std::nullopt;
      out.insert(out.end(), cols->begin(), cols->end());
    }
    return out;
  };
  // The query as statements write it: each * replaced by the columns it stands for now,
  // as PostgreSQL stores a view, so that a view put back later (by a down file, while its
  // table has more columns) gets the columns it had. A * that cannot be listed stays.
  auto starColumnsSql = [&](const ast::QueryStar &star) -> std::optional<std::string> {
    const ast::QueryScope &scope = q.scopes[star.scope];
    if (!star.qualifier && scope.merging) return std::nullopt;
    std::string out;
    for (const auto &item : scope.items) {
      auto name = itemName(item);
      if (star.qualifier && name != star.qualifier) continue;
      auto cols = itemColumns(item);
      if (!name || !cols) return std::nullopt;
      for (const auto &c : *cols) out += (out.empty() ? "" : ", ") + name->sql() + "." + c.name.sql();
      if (star.qualifier) break;
    }
    if (out.empty()) return std::nullopt;
    return out;
  };
  {
    std::vector<const ast::QueryStar *> written;
    for (const auto &star : q.stars)
      if (star.offset) written.push_back(&star);
    std::sort(written.begin(), written.end(), [](auto *a, auto *b) { return *a->offset > *b->offset; });
    std::string sql = q.text;
    for (const auto *star : written)
      if (auto list = starColumnsSql(*star); list && *star->offset + star->length <= sql.size())
        sql.replace(*star->offset, star->length, *list);
    view.query.sql = std::move(sql);
  }
  // The type of a plain column reference.
  auto columnType = [&](const ast::QueryOutput &out) -> std::optional<TypeName> {
    if (!out.column) return std::nullopt;
    const ast::QueryScope &scope = q.scopes.empty() ? ast::QueryScope{} : q.scopes[out.scope];
    std::optional<TypeName> found;
    for (const auto &item : scope.items) {
      if (out.qualifier && itemName(item) != out.qualifier) continue;
      auto cols = itemColumns(item);
      if (!cols) {
        if (out.qualifier) return std::nullopt;
        continue;
      }
      for (const auto &c : *cols)
        if (c.name == *out.column) {
          if (found) return std::nullopt;  // ambiguous: PostgreSQL would refuse it
          found = c.type;
        }
    }
    return found;
  };

  // The loose form, stars expanded (one that cannot be stands for any column list).
  std::vector<std::string> loose;
  for (const auto &token : q.loose) {
    if (token.empty() || token[0] != '\x01') {
      loose.push_back(token);
      continue;
    }
    auto cols = expandStar(q.stars[std::stoul(token.substr(1))]);
    if (!cols) {
      loose.push_back(kLooseStar);
      continue;
    }
    for (size_t i = 0; i < cols->size(); ++i) {
      if (i) loose.push_back(",");
      loose.push_back((*cols)[i].name.str());
    }
  }
  view.query.loose = joinTokens(loose);

  // Output columns.
  for (const auto &out : q.outputs) {
    if (out.star) {
      auto cols = expandStar(q.stars[*out.star]);
      if (!cols) {
        view.columns_known = false;
        continue;
      }
      for (auto c : *cols) {
        c.comment = std::nullopt;
        if (q.set_operation) c.type = std::nullopt;
        view.columns.push_back(std::move(c));
      }
      continue;
    }
    if (!out.name) {
      view.columns_known = false;
      view.columns.push_back({Identifier::exact("?column?"), std::nullopt, std::nullopt});
      continue;
    }
    // A set operation's column types are resolved across its branches: not told here.
    view.columns.push_back({*out.name, q.set_operation ? std::nullopt : columnType(out), std::nullopt});
  }
  if (!s.columns.empty()) {
    if (view.columns_known && s.columns.size() > view.columns.size())
      fail(where, fmt::format("CREATE {} specifies more column names than columns", s.materialized ? "MATERIALIZED VIEW" : "VIEW"));
    for (size_t i = 0; i < s.columns.size() && i < view.columns.size(); ++i) view.columns[i].name = s.columns[i];
  }
  if (view.columns_known) {
    for (size_t i = 0; i < view.columns.size(); ++i)
      for (size_t j = 0; j < i; ++j)
        if (view.columns[i].name == view.columns[j].name)
          fail(where, fmt::format("column \"{}\" specified more than once", view.columns[i].name.str()));
  }

  if (existing != views_.end()) {
    // CREATE OR REPLACE VIEW keeps the old columns, may only add new ones at the end.
    const View &old = existing->second;
    if (old.columns_known && view.columns_known) {
      if (view.columns.size() < old.columns.size()) fail(where, "cannot drop columns from view");
      for (size_t i = 0; i < old.columns.size(); ++i) {
        if (old.columns[i].name != view.columns[i].name)
          fail(where, fmt::format("cannot change name of view column \"{}\" to \"{}\"", old.columns[i].name.str(),
                                  view.columns[i].name.str()));
        view.columns[i].comment = old.columns[i].comment;
        view.columns[i].acl = old.columns[i].acl;
      }
    }
    view.comment = old.comment;
    view.owner = old.owner;  // CREATE OR REPLACE keeps the owner and privileges
    view.acl = old.acl;
    existing->second = std::move(view);
    return;
  }
  relation_names_.insert(name);
  views_[name] = std::move(view);
}

}  // namespace pgshift
