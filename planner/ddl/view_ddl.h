#pragma once
// Views and materialized views -> DDL.

#include <string>
#include <vector>

#include "compiler/model/index.h"
#include "compiler/model/view.h"

namespace pgshift::planner::ddl {

// The statements that create the view: its query runs under the search_path it was
// written with (a file's), set for the transaction and put back after; catalog text
// needs none, every name in it being qualified.
std::vector<std::string> createView(const View &v, bool or_replace = false);
std::string dropView(const View &v);
// The view as it was before a DROP took it: created, then a materialized view's `indexes`
// and the comments on it, its columns and those indexes.
std::vector<std::string> putBackView(const View &v, const std::vector<Index> &indexes);

}  // namespace pgshift::planner::ddl
