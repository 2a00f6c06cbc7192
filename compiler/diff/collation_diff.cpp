#include "compiler/diff/collation_diff.h"

#include <set>
#include <stdexcept>

namespace pgshift::diff {
namespace {

std::set<QualifiedName> recreated(const SchemaModel &from, const SchemaModel &to) {
  std::set<QualifiedName> out;
  for (const auto &c : to.collations)
    if (const Collation *old = from.findCollation(c.name); old && !old->sameDefinition(c)) out.insert(c.name);
  return out;
}

void refuseTypeUsers(const SchemaModel &from, const std::set<QualifiedName> &collations) {
  auto refuse = [&](const std::optional<QualifiedName> &collation, const std::string &user) {
    if (collation && collations.count(*collation))
      throw std::runtime_error("unsupported: collation " + collation->sql() + " changes its definition, which drops and creates it, but " +
                               user + " uses it (change the type by hand first)");
  };
  for (const auto &d : from.domains) refuse(d.collation, "domain " + d.name.sql());
  for (const auto &r : from.ranges) refuse(r.collation, "range type " + r.name.sql());
  for (const auto &c : from.composites)
    for (const auto &a : c.attributes) refuse(a.collation, "composite type " + c.name.sql());
}

}  // namespace

SchemaModel leaveRecreatedCollations(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  std::set<QualifiedName> collations = recreated(from, to);
  if (collations.empty()) return from;
  refuseTypeUsers(from, collations);
  SchemaModel left = from;
  for (auto &t : left.tables) {
    const Table *target = to.findTable(t.name);
    for (auto &c : t.columns) {
      // A column that goes is dropped before the collation anyway.
      if (!c.collation || !collations.count(*c.collation) || !target || !target->findColumn(c.name)) continue;
      Column moved = c;
      moved.collation.reset();  // the type's own
      // A partition's column moves with its parent's.
      if (!t.partition_of) out.changes.push_back(AlterColumn{t.name, c, moved, collation_changed});
      c = moved;
    }
  }
  std::vector<Index> kept;
  for (const auto &i : left.indexes) {
    bool uses = false;
    for (const auto &k : i.keys) uses = uses || (k.collation && collations.count(*k.collation));
    if (uses) out.changes.push_back(DropIndex{i});
    else kept.push_back(i);
  }
  left.indexes = std::move(kept);
  return left;
}

void diffCollations(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  auto comment = [&](const QualifiedName &name, const std::optional<std::string> &was, const std::optional<std::string> &is) {
    if (was != is) out.changes.push_back(SetComment{SetComment::Kind::collation, name, {}, was, is});
  };
  for (const auto &c : to.collations) {
    const Collation *old = from.findCollation(c.name);
    if (old && old->sameDefinition(c)) {
      comment(c.name, old->comment, c.comment);
      continue;
    }
    if (old) out.changes.push_back(DropCollation{*old});
    out.changes.push_back(CreateCollation{c});
    comment(c.name, std::nullopt, c.comment);
  }
  for (const auto &c : from.collations)
    if (!to.findCollation(c.name)) out.changes.push_back(DropCollation{c});
}

}  // namespace pgshift::diff
