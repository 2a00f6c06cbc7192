// Standalone sequences (identity sequences are read with their columns).
#include "introspect/builders.h"

namespace pgshift::introspect {

SequenceOptions sequenceOptions(const SequenceParams &params) {
  SequenceOptions o;
  o.type = TypeName::builtin(params.type);
  o.start = params.start;
  o.increment = params.increment;
  o.min_value = params.min_value;
  o.max_value = params.max_value;
  o.cache = params.cache;
  o.cycle = params.cycle;
  return o;
}

std::vector<Sequence> buildSequences(const std::vector<SequenceRow> &rows) {
  std::vector<Sequence> out;
  for (const auto &row : rows) {
    Sequence sequence;
    sequence.name = row.name;
    sequence.options = sequenceOptions(row.params);
    sequence.unlogged = row.unlogged;
    if (row.owner_table && row.owner_column) sequence.owned_by = QualifiedColumn{*row.owner_table, *row.owner_column};
    out.push_back(std::move(sequence));
  }
  return out;
}

}  // namespace pgshift::introspect
