// Owners: compared only where the target states one (a live database always does, a
// file where it says OWNER TO or AUTHORIZATION), so that no difference is invented.
#include "compiler/diff/diff_rls.h"

namespace pgshift::diff {
namespace {

template <typename T, typename Find>
void owners(SetOwner::Kind kind, const std::vector<T> &from_items, const std::vector<T> &to_items, Find find_in,
            const SchemaModel &from, const SchemaModel &to, Diff &out) {
  auto nameOf = [&](const T &item) {
    if constexpr (std::is_same_v<T, Schema>) return QualifiedName{item.name, item.name};
    else return item.name;
  };
  for (const auto &item : to_items) {
    if (!item.owner) continue;
    if constexpr (std::is_same_v<T, Sequence>)
      if (item.owned_by) continue;  // follows its table's owner
    const T *old = find_in(from, item.name);
    std::optional<Identifier> was = old ? old->owner : std::nullopt;
    // A database's owner against a file that states none: the file does not say.
    if (old && !was && to.owners_known) continue;
    if (was != item.owner) out.changes.push_back(SetOwner{kind, nameOf(item), was, item.owner});
  }
  for (const auto &item : from_items) {
    if (!item.owner || find_in(to, item.name)) continue;
    if constexpr (std::is_same_v<T, Sequence>)
      if (item.owned_by) continue;
    out.changes.push_back(SetOwner{kind, nameOf(item), item.owner, std::nullopt});
  }
}

}  // namespace

void diffOwners(const SchemaModel &from, const SchemaModel &to, Diff &out) {
  owners(SetOwner::Kind::schema, from.schemas, to.schemas,
         [](const SchemaModel &m, const Identifier &n) { return m.findSchema(n); }, from, to, out);
  owners(SetOwner::Kind::table, from.tables, to.tables,
         [](const SchemaModel &m, const QualifiedName &n) { return m.findTable(n); }, from, to, out);
  owners(SetOwner::Kind::sequence, from.sequences, to.sequences,
         [](const SchemaModel &m, const QualifiedName &n) { return m.findSequence(n); }, from, to, out);
  owners(SetOwner::Kind::collation, from.collations, to.collations,
         [](const SchemaModel &m, const QualifiedName &n) { return m.findCollation(n); }, from, to, out);
}

}  // namespace pgshift::diff
