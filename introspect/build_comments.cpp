// COMMENT ON ... for the objects the model keeps.
#include <algorithm>

#include <fmt/format.h>

#include "introspect/builders.h"

namespace pgshift::introspect {
namespace {

// The item named `key` in a vector sorted by name, or nullptr.
template <typename T, typename Key>
T *findSorted(std::vector<T> &items, const Key &key) {
  auto it = std::lower_bound(items.begin(), items.end(), key, [](const T &item, const Key &k) { return item.name < k; });
  return it != items.end() && it->name == key ? &*it : nullptr;
}

template <typename T>
T *findNamed(std::vector<T> &items, const Identifier &name) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T &item) { return item.name == name; });
  return it != items.end() ? &*it : nullptr;
}

// Where the comment goes, or nullptr when the model has no place for it.
std::optional<std::string> *target(SchemaModel &model, const CommentRow &row) {
  if (row.kind == 'n') {
    Schema *s = findSorted(model.schemas, row.schema);
    return s ? &s->comment : nullptr;
  }
  if (!row.object) return nullptr;
  QualifiedName name{row.schema, *row.object};
  switch (row.kind) {
    case 'r':
    case 'p': {
      Table *t = findSorted(model.tables, name);
      if (!t) return nullptr;
      if (!row.sub) return &t->comment;
      Column *c = t->findColumn(*row.sub);
      return c ? &c->comment : nullptr;
    }
    case 'v':
    case 'm': {
      auto it = std::lower_bound(model.views.begin(), model.views.end(), name,
                                 [](const View &v, const QualifiedName &k) { return v.name < k; });
      if (it == model.views.end() || it->name != name) return nullptr;
      if (!row.sub) return &it->comment;
      ViewColumn *c = it->findColumn(*row.sub);
      return c ? &c->comment : nullptr;
    }
    case 'k': {
      Table *t = findSorted(model.tables, name);
      Constraint *c = t && row.sub ? findNamed(t->constraints, *row.sub) : nullptr;
      return c ? &c->comment : nullptr;
    }
    case 'S': {
      Sequence *s = findSorted(model.sequences, name);
      return s ? &s->comment : nullptr;
    }
    case 'i':
    case 'I': {
      Index *i = findSorted(model.indexes, name);
      return i ? &i->comment : nullptr;
    }
    case 't': {
      if (EnumType *e = findSorted(model.enums, name)) return &e->comment;
      if (Domain *d = findSorted(model.domains, name)) return &d->comment;
      if (CompositeType *c = findSorted(model.composites, name)) return &c->comment;
      if (RangeType *r = findSorted(model.ranges, name)) return &r->comment;
      return nullptr;
    }
    default: return nullptr;
  }
}

std::string describe(const CommentRow &row) {
  switch (row.kind) {
    case 'S': return "sequence " + QualifiedName{row.schema, *row.object}.sql() + " (an identity sequence)";
    case 'i':
    case 'I': return "index " + QualifiedName{row.schema, *row.object}.sql() + " (the index of a constraint)";
    default: return "object " + row.schema.sql() + (row.object ? "." + row.object->sql() : "");
  }
}

}  // namespace

void applyComments(SchemaModel &model, const std::vector<CommentRow> &rows, std::vector<std::string> &notes) {
  for (const auto &row : rows) {
    if (auto *comment = target(model, row)) {
      *comment = row.text;
    } else {
      notes.push_back(fmt::format("the comment on {} is not kept: pgshift has no place for it", describe(row)));
    }
  }
}

}  // namespace pgshift::introspect
