#pragma once
// CREATE/ALTER SEQUENCE and identity options, applied as PostgreSQL's init_params() does.

#include <optional>
#include <string>
#include <vector>

#include "compiler/frontend/statement.h"
#include "compiler/model/sequence.h"

namespace pgshift {

// Applies `options` to `base` (nullopt: a new sequence, every parameter defaulted).
// OWNED BY, SEQUENCE NAME and RESTART are left to the caller. On an invalid combination
// returns nullopt with `error` set to PostgreSQL's message.
std::optional<SequenceOptions> applySequenceOptions(const std::optional<SequenceOptions> &base,
                                                    const std::vector<ast::SequenceOption> &options,
                                                    const std::optional<TypeName> &as_type, std::string &error);

// The largest and smallest values of int2, int4 or int8.
int64_t sequenceTypeMax(const TypeName &type);
int64_t sequenceTypeMin(const TypeName &type);

}  // namespace pgshift
