#include "planner/ddl/view_ddl.h"

#include "planner/ddl/ddl.h"

namespace pgshift::planner::ddl {
namespace {

std::string trimQuery(std::string sql) {
  while (!sql.empty() && (sql.back() == ';' || sql.back() == ' ' || sql.back() == '\n' || sql.back() == '\t' || sql.back() == '\r'))
    sql.pop_back();
  return sql;
}

}  // namespace

std::vector<std::string> createView(const View &v, bool or_replace) {
  std::string sql = std::string("CREATE ") + (or_replace ? "OR REPLACE " : "") + v.keyword() + " " + v.name.sql();
  std::vector<Identifier> names;
  if (v.columns_known)
    for (const auto &c : v.columns) names.push_back(c.name);
  else
    names = v.query.columns_sql;
  if (!names.empty()) {
    sql += " (";
    for (size_t i = 0; i < names.size(); ++i) sql += (i ? ", " : "") + names[i].sql();
    sql += ")";
  }
  if (!v.options.empty()) sql += " " + relOptionsSql(v.options);
  std::string query = trimQuery(v.query.sql);
  sql += " AS" + std::string(query.empty() || query.front() == ' ' || query.front() == '\n' ? "" : " ") + query;
  if (v.materialized && !v.with_data) sql += "\nWITH NO DATA";
  if (v.query.search_path.empty()) return {sql};
  std::string path;
  for (const auto &s : v.query.search_path) path += (path.empty() ? "" : ", ") + s.sql();
  return {"SET LOCAL search_path TO " + path, sql, "SET LOCAL search_path TO DEFAULT"};
}

std::string dropView(const View &v) { return std::string("DROP ") + v.keyword() + " " + v.name.sql(); }

std::vector<std::string> putBackView(const View &v, const std::vector<Index> &indexes) {
  std::vector<std::string> out = createView(v);
  for (const auto &i : indexes) {
    out.push_back(createIndex(i, false));
    if (i.comment) out.push_back(comment("INDEX " + i.name.sql(), i.comment));
  }
  if (v.comment) out.push_back(comment(std::string(v.keyword()) + " " + v.name.sql(), v.comment));
  for (const auto &c : v.columns)
    if (c.comment) out.push_back(comment("COLUMN " + v.name.sql() + "." + c.name.sql(), c.comment));
  return out;
}

}  // namespace pgshift::planner::ddl
