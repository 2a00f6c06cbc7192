#include "emit/summary.h"

#include <map>

#include <fmt/format.h>

namespace pgshift::emit {
std::string summarizePlan(const planner::Plan &plan, const std::vector<std::string> &notes) {
  std::string out;
  std::map<planner::Phase, std::vector<const planner::Step *>> phases;
  for (const auto &s : plan.steps) phases[s.phase].push_back(&s);
  for (const auto &[phase, steps] : phases) {
    // Each object once per phase, with what its first step there does to it.
    std::map<std::string, planner::Step::Effect> objects;
    size_t hazards = 0;
    for (const auto *s : steps) {
      objects.emplace(s->object.empty() ? s->summary : s->object, s->effect);
      hazards += s->hazards.size();
    }
    int added = 0, changed = 0, dropped = 0;
    for (const auto &[object, effect] : objects) {
      if (effect == planner::Step::Effect::added) ++added;
      else if (effect == planner::Step::Effect::dropped) ++dropped;
      else ++changed;
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
