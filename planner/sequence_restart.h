#pragma once
// Changing a sequence's options without losing track of values it handed out.

#include <string>

#include "compiler/model/sequence.h"

namespace pgshift::planner {

// The statement that moves a sequence from options `from` to `to`, given the ALTER that
// changes them (`alter`, no terminating semicolon). A sequence that has not handed out a
// value yet stands at its START, which its new bounds may exclude (PostgreSQL then
// refuses the ALTER) or which has changed: such a sequence is restarted at its new START.
// A sequence in use keeps its position: restarting it could hand out values again.
// Returns `alter` itself when the start neither changes nor falls outside.
std::string alterSequenceSafely(const QualifiedName &sequence, const SequenceOptions &from, const SequenceOptions &to,
                                const std::string &alter);

}  // namespace pgshift::planner
