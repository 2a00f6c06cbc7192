#include "planner/dependency_graph.h"

#include <algorithm>
#include <map>
#include <queue>
#include <set>
#include <stdexcept>
#include <tuple>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/topological_sort.hpp>

namespace pgshift::planner {
namespace {

using Graph = boost::adjacency_list<boost::setS, boost::vecS, boost::bidirectionalS>;

bool replaces(const Step &step, const std::string &key) {
  return std::find(step.creates.begin(), step.creates.end(), key) != step.creates.end() &&
         std::find(step.removes.begin(), step.removes.end(), key) != step.removes.end();
}

Graph buildGraph(const std::vector<Step> &steps) {
  Graph g(steps.size());
  std::map<std::string, std::vector<size_t>> creators, removers;
  for (size_t i = 0; i < steps.size(); ++i) {
    for (const auto &k : steps[i].creates) creators[k].push_back(i);
    for (const auto &k : steps[i].removes) removers[k].push_back(i);
  }
  auto edge = [&](size_t before, size_t after) {
    if (before != after) boost::add_edge(before, after, g);  // setS: duplicates collapse
  };
  for (size_t i = 0; i < steps.size(); ++i) {
    for (const auto &k : steps[i].needs_after)
      if (auto it = creators.find(k); it != creators.end())
        for (size_t c : it->second) edge(c, i);
    for (const auto &k : steps[i].needs_before)
      if (auto it = removers.find(k); it != removers.end())
        for (size_t r : it->second) edge(i, r);
    // What goes comes before what takes its place; two steps that both replace a key
    // (a column's type changed twice: moved off a collation and back on) are ordered by
    // their other needs, not by each other.
    for (const auto &k : steps[i].removes)
      if (auto it = creators.find(k); it != creators.end())
        for (size_t c : it->second)
          if (!replaces(steps[c], k) || !replaces(steps[i], k)) edge(i, c);
  }
  return g;
}

// The steps of one cycle of a graph that has one, each needed by the one before it
// (so the message names the loop, not every step of the plan).
std::vector<size_t> oneCycle(const Graph &g) {
  const size_t n = boost::num_vertices(g);
  std::vector<int> state(n, 0);  // 0 unvisited, 1 on the path, 2 done
  std::vector<size_t> path;
  std::vector<size_t> found;
  auto visit = [&](auto &&self, size_t v) -> bool {
    state[v] = 1;
    path.push_back(v);
    auto [begin, end] = boost::out_edges(v, g);
    for (auto e = begin; e != end; ++e) {
      size_t w = boost::target(*e, g);
      if (state[w] == 1) {
        auto at = std::find(path.begin(), path.end(), w);
        found.assign(at, path.end());
        return true;
      }
      if (state[w] == 0 && self(self, w)) return true;
    }
    path.pop_back();
    state[v] = 2;
    return false;
  };
  for (size_t v = 0; v < n; ++v)
    if (state[v] == 0 && visit(visit, v)) break;
  std::reverse(found.begin(), found.end());  // edges run from what is needed to what needs it
  return found;
}

}  // namespace

std::vector<Step> orderSteps(std::vector<Step> steps) {
  Graph g = buildGraph(steps);
  std::vector<size_t> reverse_topological;
  try {
    boost::topological_sort(g, std::back_inserter(reverse_topological));
  } catch (const boost::not_a_dag &) {
    std::string names;
    for (size_t i : oneCycle(g)) names += "\n  " + steps[i].summary + "  (needs the next)";
    throw std::logic_error("pgshift planner: the steps depend on each other in a cycle:" + names);
  }
  // Raise phases along the edges, in dependency order.
  for (auto it = reverse_topological.rbegin(); it != reverse_topological.rend(); ++it) {
    auto [begin, end] = boost::in_edges(*it, g);
    for (auto e = begin; e != end; ++e) {
      size_t from = boost::source(*e, g);
      if (steps[from].phase > steps[*it].phase) steps[*it].phase = steps[from].phase;
    }
  }
  // Kahn's algorithm, always taking the smallest free step.
  using Key = std::tuple<int, int, std::string, size_t>;
  auto key = [&](size_t i) { return Key{static_cast<int>(steps[i].phase), steps[i].priority, steps[i].summary, i}; };
  std::priority_queue<Key, std::vector<Key>, std::greater<>> ready;
  std::vector<size_t> waiting(steps.size());
  for (size_t i = 0; i < steps.size(); ++i) {
    waiting[i] = boost::in_degree(i, g);
    if (waiting[i] == 0) ready.push(key(i));
  }
  std::vector<Step> ordered;
  ordered.reserve(steps.size());
  std::vector<size_t> order;
  while (!ready.empty()) {
    size_t i = std::get<3>(ready.top());
    ready.pop();
    order.push_back(i);
    auto [begin, end] = boost::out_edges(i, g);
    for (auto e = begin; e != end; ++e) {
      size_t next = boost::target(*e, g);
      if (--waiting[next] == 0) ready.push(key(next));
    }
  }
  for (size_t i : order) ordered.push_back(std::move(steps[i]));
  return ordered;
}

}  // namespace pgshift::planner
