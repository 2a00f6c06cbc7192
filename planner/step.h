#pragma once
// The unit a plan is made of.

#include <string>
#include <string_view>
#include <vector>

namespace pgshift::planner {

// The phases of a migration, in the order they run.
enum class Phase : int {
  // Additive, backward-compatible changes the running application does not notice:
  // new schemas, tables and nullable columns, indexes built CONCURRENTLY, constraints
  // added NOT VALID and then validated.
  expand = 1,
  // Batched data changes between the two (not produced yet; the slot keeps file
  // numbers stable).
  backfill = 2,
  // What breaks old application code and so runs once it has moved on: drops,
  // SET NOT NULL, type changes that rewrite or narrow.
  contract = 3,
};

std::string_view phaseName(Phase phase);

// Statements that belong together, what undoes them, and what they need.
struct Step {
  std::string summary;                  // "create table public.orders", for humans
  Phase phase = Phase::expand;
  std::vector<std::string> statements;  // SQL, without the terminating semicolon
  std::vector<std::string> reverse;     // undoes `statements`, run in this order
  bool transactional = true;            // false: may not run inside a transaction block
  bool reverse_transactional = true;

  // Dependency keys (planner/object_keys.h). A step that creates what another needs
  // runs first; a step that needs what another removes runs before it.
  std::vector<std::string> creates;
  std::vector<std::string> removes;
  std::vector<std::string> needs_before;  // needed as the old schema has them (drops, alters)
  std::vector<std::string> needs_after;   // needed as the new schema has them (creates, alters)

  // What a reviewer must know: data lost, tables scanned or rewritten.
  std::vector<std::string> hazards;

  // For the summary: the object the step is about ("column public.t.a") and what it does
  // to it. A step that helps another (validating a new constraint, building its index)
  // names the same object, so each object is counted once.
  enum class Effect : char { added, changed, dropped };
  std::string object;
  Effect effect = Effect::changed;
  // Among steps free to run, lower first; then by summary. Keeps plans stable and readable.
  int priority = 0;
};

}  // namespace pgshift::planner
