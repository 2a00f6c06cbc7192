#include "compiler/model/aggregate.h"

namespace pgshift {

std::vector<QualifiedName> Aggregate::functions() const {
  std::vector<QualifiedName> out{transition};
  for (const auto *f : {&final_function, &combine, &serial, &deserial, &moving_transition, &moving_inverse, &moving_final})
    if (*f) out.push_back(**f);
  return out;
}

}  // namespace pgshift
