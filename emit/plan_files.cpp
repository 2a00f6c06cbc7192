#include "emit/plan_files.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <system_error>

#include <fmt/format.h>

namespace pgshift::emit {
namespace {

using planner::Phase;
using planner::Step;

std::string header(Phase phase, bool down, const std::string &from, const std::string &to, size_t steps) {
  std::string out = fmt::format("-- pgshift migration: {} phase, {}\n", planner::phaseName(phase), down ? "down" : "up");
  out += down ? fmt::format("-- Undoes the {} phase's up file: turns the schema back towards {}.\n", planner::phaseName(phase), from)
              : fmt::format("-- From: {}\n-- To:   {}\n", from, to);
  out += fmt::format("-- {} step{}. Run with: psql -v ON_ERROR_STOP=1 -f <this file>\n", steps, steps == 1 ? "" : "s");
  return out;
}

// One file: steps in order, consecutive transactional ones in one BEGIN ... COMMIT.
std::string render(const std::vector<const Step *> &steps, bool down) {
  std::string out;
  bool open = false;
  for (const Step *s : steps) {
    const auto &statements = down ? s->reverse : s->statements;
    bool transactional = down ? s->reverse_transactional : s->transactional;
    if (statements.empty()) continue;
    if (transactional && !open) {
      out += "\nBEGIN;\n";
      open = true;
    } else if (!transactional && open) {
      out += "\nCOMMIT;\n";
      open = false;
    }
    out += "\n-- " + std::string(down ? "undo: " : "") + s->summary + "\n";
    if (!down)
      for (const auto &h : s->hazards) out += "-- hazard: " + h + "\n";
    if (!transactional) out += "-- (outside a transaction block: PostgreSQL requires it)\n";
    for (const auto &sql : statements) out += sql + ";\n";
  }
  if (open) out += "\nCOMMIT;\n";
  return out;
}

}  // namespace

std::vector<PlanFile> renderPlanFiles(const planner::Plan &plan, const std::string &from, const std::string &to) {
  std::map<Phase, std::vector<const Step *>> phases;
  for (const auto &s : plan.steps) phases[s.phase].push_back(&s);
  std::vector<PlanFile> files;
  for (const auto &[phase, steps] : phases) {
    std::string base = fmt::format("{:02d}_{}", static_cast<int>(phase), planner::phaseName(phase));
    std::vector<const Step *> reversed(steps.rbegin(), steps.rend());
    // Some steps act in one direction only (views an enum's down swap must move).
    auto count = [&](bool down) {
      return static_cast<size_t>(std::count_if(steps.begin(), steps.end(), [&](const Step *s) {
        return !(down ? s->reverse : s->statements).empty();
      }));
    };
    files.push_back({base + ".up.sql", header(phase, false, from, to, count(false)) + render(steps, false)});
    files.push_back({base + ".down.sql", header(phase, true, from, to, count(true)) + render(reversed, true)});
  }
  return files;
}

void writePlanFiles(const std::vector<PlanFile> &files, const std::filesystem::path &dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw std::runtime_error("cannot create " + dir.string() + ": " + ec.message());
  static const std::regex migration_file(R"(\d\d_[a-z]+\.(up|down)\.sql)");
  for (const auto &entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && std::regex_match(entry.path().filename().string(), migration_file)) fs::remove(entry.path(), ec);
  }
  for (const auto &f : files) {
    std::ofstream out(dir / f.name, std::ios::binary);
    out << f.text;
    if (!out) throw std::runtime_error("cannot write " + (dir / f.name).string());
  }
}

}  // namespace pgshift::emit
