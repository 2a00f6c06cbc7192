// CREATE / DROP / ALTER SEQUENCE, and sequence ownership (OWNED BY).
#include <algorithm>

#include "planner/ddl/ddl.h"
#include "planner/object_keys.h"
#include "planner/sequence_restart.h"
#include "planner/steps.h"

namespace pgshift::planner {
namespace {

std::vector<std::string> sequenceProvides(const Sequence &s) { return {keys::sequence(s.name), keys::relation(s.name)}; }

Step ownerStep(const QualifiedName &sequence, const std::optional<QualifiedColumn> &from, const std::optional<QualifiedColumn> &to) {
  Step s;
  s.summary = "set owner of sequence " + sequence.sql();
  s.object = "sequence " + sequence.sql();
  s.statements = {ddl::ownedBy(sequence, to)};
  s.reverse = {ddl::ownedBy(sequence, from)};
  s.needs_after = {keys::sequence(sequence)};
  if (to) s.needs_after.push_back(keys::column(to->table, to->column));
  // Released before its old owning column goes, or the sequence would go with it.
  if (from) s.needs_before.push_back(keys::column(from->table, from->column));
  s.priority = priority::sequence_owner;
  return s;
}

}  // namespace

void addSequenceSteps(const diff::Change &change, const PlanContext &, std::vector<Step> &out) {
  if (auto *c = std::get_if<diff::CreateSequence>(&change)) {
    const Sequence &q = c->sequence;
    Step s;
    s.summary = "create sequence " + q.name.sql();
    s.object = "sequence " + q.name.sql();
    s.effect = Step::Effect::added;
    s.statements = {ddl::createSequence(q)};
    s.reverse = {ddl::dropSequence(q)};
    s.creates = sequenceProvides(q);
    s.needs_after = {keys::schema(q.name.schema)};
    s.priority = priority::create_sequence;
    out.push_back(std::move(s));
    // Ownership comes once the owning column exists (a serial column's table is created
    // after its sequence, whose nextval() it uses).
    if (q.owned_by) out.push_back(ownerStep(q.name, std::nullopt, q.owned_by));
  } else if (auto *d = std::get_if<diff::DropSequence>(&change)) {
    const Sequence &q = d->sequence;
    Step s;
    s.summary = "drop sequence " + q.name.sql();
    s.object = "sequence " + q.name.sql();
    s.effect = Step::Effect::dropped;
    s.phase = Phase::contract;
    s.statements = {ddl::dropSequence(q)};
    s.reverse = {ddl::createSequence(q)};
    if (q.owned_by) s.reverse.push_back(ddl::ownedBy(q.name, q.owned_by));
    if (q.comment) s.reverse.push_back(ddl::comment("SEQUENCE " + q.name.sql(), q.comment));
    s.removes = sequenceProvides(q);
    s.needs_before = {keys::schema(q.name.schema)};
    s.hazards = {"drops sequence " + q.name.sql() + ": the down migration restarts it from its START value"};
    s.priority = priority::drop_sequence;
    out.push_back(std::move(s));
  } else if (auto *a = std::get_if<diff::AlterSequence>(&change)) {
    const Sequence &from = a->from, &to = a->to;
    if (from.options != to.options || from.unlogged != to.unlogged) {
      Step s;
      s.summary = "alter sequence " + to.name.sql();
      s.object = "sequence " + to.name.sql();
      if (from.options != to.options) {
        s.statements.push_back(alterSequenceSafely(
            to.name, from.options, to.options, "ALTER SEQUENCE " + to.name.sql() + " " + ddl::sequenceOptions(to.options, true)));
        s.reverse.push_back(alterSequenceSafely(
            to.name, to.options, from.options, "ALTER SEQUENCE " + to.name.sql() + " " + ddl::sequenceOptions(from.options, true)));
      }
      if (from.unlogged != to.unlogged) {
        s.statements.push_back("ALTER SEQUENCE " + to.name.sql() + (to.unlogged ? " SET UNLOGGED" : " SET LOGGED"));
        s.reverse.push_back("ALTER SEQUENCE " + to.name.sql() + (from.unlogged ? " SET UNLOGGED" : " SET LOGGED"));
      }
      std::reverse(s.reverse.begin(), s.reverse.end());
      s.needs_after = {keys::sequence(to.name)};
      s.priority = priority::alter_sequence;
      out.push_back(std::move(s));
    }
    if (from.owned_by != to.owned_by) out.push_back(ownerStep(to.name, from.owned_by, to.owned_by));
  }
}

}  // namespace pgshift::planner
