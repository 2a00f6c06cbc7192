#include "emit/summary.h"

#include <map>

#include <fmt/format.h>

namespace pgshift::emit {
namespace {

enum class Effect { added, changed, dropped };

// Step summaries start with their verb (planner/*_steps.cpp).
Effect effectOf(const std::string &summary) {
  auto starts = [&](const char *verb) { return summary.rfind(verb, 0) == 0; };
  if (starts("create ") || starts("add ") || starts("build ")) return Effect::added;
  if (starts("drop ")) return Effect::dropped;
  return Effect::changed;
}

}  // namespace

std::string summarizePlan(const planner::Plan &plan, const std::vector<std::string> &notes) {
  std::string out;
  std::map<planner::Phase, std::vector<const planner::Step *>> phases;
  for (const auto &s : plan.steps) phases[s.phase].push_back(&s);
  for (const auto &[phase, steps] : phases) {
    int added = 0, changed = 0, dropped = 0;
    size_t hazards = 0;
    for (const auto *s : steps) {
      switch (effectOf(s->summary)) {
        case Effect::added: ++added; break;
        case Effect::changed: ++changed; break;
        case Effect::dropped: ++dropped; break;
      }
      hazards += s->hazards.size();
    }
    out += fmt::format("{:02d}_{}: {} added, {} changed, {} dropped{}\n", static_cast<int>(phase), planner::phaseName(phase),
                       added, changed, dropped, hazards ? fmt::format(" ({} hazard{} noted in the file)", hazards, hazards == 1 ? "" : "s") : "");
    for (const auto *s : steps) out += "  " + s->summary + "\n";
  }
  if (!notes.empty()) {
    out += "notes:\n";
    for (const auto &n : notes) out += "  " + n + "\n";
  }
  return out;
}

}  // namespace pgshift::emit
