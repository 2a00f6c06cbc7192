#include "compiler/frontend/sequence_options.h"

#include <fmt/format.h>

namespace pgshift {

int64_t sequenceTypeMax(const TypeName &type) {
  if (type.isBuiltin("int2")) return INT16_MAX;
  if (type.isBuiltin("int4")) return INT32_MAX;
  return INT64_MAX;
}

int64_t sequenceTypeMin(const TypeName &type) {
  if (type.isBuiltin("int2")) return INT16_MIN;
  if (type.isBuiltin("int4")) return INT32_MIN;
  return INT64_MIN;
}

std::optional<SequenceOptions> applySequenceOptions(const std::optional<SequenceOptions> &base,
                                                    const std::vector<ast::SequenceOption> &options,
                                                    const std::optional<TypeName> &as_type, std::string &error) {
  using K = ast::SequenceOption::Kind;
  const bool init = !base.has_value();
  SequenceOptions s = base.value_or(SequenceOptions{});

  // Each option at most once ("conflicting or redundant options").
  const ast::SequenceOption *increment = nullptr, *max_value = nullptr, *min_value = nullptr, *start = nullptr,
                            *cache = nullptr, *cycle = nullptr;
  auto once = [&](const ast::SequenceOption *&slot, const ast::SequenceOption &o) {
    if (slot) {
      error = "conflicting or redundant options";
      return false;
    }
    slot = &o;
    return true;
  };
  for (const auto &o : options) {
    bool ok = true;
    switch (o.kind) {
      case K::increment: ok = once(increment, o); break;
      case K::max_value:
      case K::no_max_value: ok = once(max_value, o); break;
      case K::min_value:
      case K::no_min_value: ok = once(min_value, o); break;
      case K::start: ok = once(start, o); break;
      case K::cache: ok = once(cache, o); break;
      case K::cycle:
      case K::no_cycle: ok = once(cycle, o); break;
      default: break;
    }
    if (!ok) return std::nullopt;
  }

  // AS: changing the type of a sequence whose limits were the old type's limits moves
  // them to the new type's limits; limits the user chose stay.
  bool reset_max = false, reset_min = false;
  if (as_type) {
    if (!as_type->isBuiltin("int2") && !as_type->isBuiltin("int4") && !as_type->isBuiltin("int8")) {
      error = "sequence type must be smallint, integer, or bigint";
      return std::nullopt;
    }
    if (!init) {
      reset_max = s.max_value == sequenceTypeMax(s.type);
      reset_min = s.min_value == sequenceTypeMin(s.type);
    }
    s.type = *as_type;
  } else if (init) {
    s.type = TypeName::builtin("int8");
  }

  if (increment) {
    s.increment = increment->number;
    if (s.increment == 0) {
      error = "INCREMENT must not be zero";
      return std::nullopt;
    }
  } else if (init) {
    s.increment = 1;
  }

  if (cycle) s.cycle = cycle->kind == K::cycle;
  else if (init) s.cycle = false;

  if (max_value && max_value->kind == K::max_value) {
    s.max_value = max_value->number;
  } else if (init || max_value || reset_max) {
    s.max_value = (s.increment > 0 || reset_max) ? sequenceTypeMax(s.type) : -1;
  }
  if (s.max_value < sequenceTypeMin(s.type) || s.max_value > sequenceTypeMax(s.type)) {
    error = fmt::format("MAXVALUE ({}) is out of range for sequence data type {}", s.max_value, s.type.sql());
    return std::nullopt;
  }

  if (min_value && min_value->kind == K::min_value) {
    s.min_value = min_value->number;
  } else if (init || min_value || reset_min) {
    s.min_value = (s.increment < 0 || reset_min) ? sequenceTypeMin(s.type) : 1;
  }
  if (s.min_value < sequenceTypeMin(s.type) || s.min_value > sequenceTypeMax(s.type)) {
    error = fmt::format("MINVALUE ({}) is out of range for sequence data type {}", s.min_value, s.type.sql());
    return std::nullopt;
  }

  if (s.min_value >= s.max_value) {
    error = fmt::format("MINVALUE ({}) must be less than MAXVALUE ({})", s.min_value, s.max_value);
    return std::nullopt;
  }

  if (start) s.start = start->number;
  else if (init) s.start = s.increment > 0 ? s.min_value : s.max_value;
  if (s.start < s.min_value) {
    error = fmt::format("START value ({}) cannot be less than MINVALUE ({})", s.start, s.min_value);
    return std::nullopt;
  }
  if (s.start > s.max_value) {
    error = fmt::format("START value ({}) cannot be greater than MAXVALUE ({})", s.start, s.max_value);
    return std::nullopt;
  }

  if (cache) {
    s.cache = cache->number;
    if (s.cache <= 0) {
      error = fmt::format("CACHE ({}) must be greater than zero", s.cache);
      return std::nullopt;
    }
  } else if (init) {
    s.cache = 1;
  }
  return s;
}

}  // namespace pgshift
