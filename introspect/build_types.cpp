// User-defined types from their catalog rows.
#include <algorithm>

#include "introspect/builders.h"

namespace pgshift::introspect {

void addTypes(SchemaModel &model, const TypeRows &rows) {
  for (const auto &row : rows.enums) model.enums.push_back(EnumType{row.name, row.values, std::nullopt});
  for (const auto &row : rows.domains) {
    Domain domain;
    domain.name = row.name;
    domain.base = row.base;
    domain.not_null = row.not_null;
    domain.collation = row.collation;
    if (row.default_value) domain.default_value = catalogExpression(*row.default_value);
    model.domains.push_back(std::move(domain));
  }
  std::sort(model.domains.begin(), model.domains.end(), [](const Domain &a, const Domain &b) { return a.name < b.name; });
  for (const auto &row : rows.domain_checks) {
    auto it = std::lower_bound(model.domains.begin(), model.domains.end(), row.domain,
                               [](const Domain &d, const QualifiedName &n) { return d.name < n; });
    if (it == model.domains.end() || it->name != row.domain) continue;
    it->checks.push_back(DomainCheck{row.name, catalogExpression(row.check), row.validated});
  }
  for (const auto &row : rows.composite_attributes) {
    if (model.composites.empty() || model.composites.back().name != row.type)
      model.composites.push_back(CompositeType{row.type, {}, std::nullopt});
    if (row.name) model.composites.back().attributes.push_back(CompositeAttribute{*row.name, row.attribute_type, row.collation});
  }
  for (const auto &row : rows.ranges) {
    RangeType range;
    range.name = row.name;
    range.subtype = row.subtype;
    range.subtype_opclass = row.subtype_opclass;
    range.collation = row.collation;
    range.canonical = row.canonical;
    range.subtype_diff = row.subtype_diff;
    range.multirange = row.multirange;
    model.ranges.push_back(std::move(range));
  }
}

}  // namespace pgshift::introspect
