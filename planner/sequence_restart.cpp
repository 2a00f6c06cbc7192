#include "planner/sequence_restart.h"

namespace pgshift::planner {

std::string alterSequenceSafely(const QualifiedName &sequence, const SequenceOptions &from, const SequenceOptions &to,
                                const std::string &alter) {
  bool start_outside = from.start < to.min_value || from.start > to.max_value;
  if (from.start == to.start && !start_outside) return alter;
  return "DO $pgshift$\nBEGIN\n"
         "  -- Not used yet: start at the new START. In use: keep its position.\n"
         "  IF (SELECT NOT is_called FROM " + sequence.sql() + ") THEN\n"
         "    " + alter + " RESTART;\n"
         "  ELSE\n"
         "    " + alter + ";\n"
         "  END IF;\n"
         "END\n$pgshift$";
}

}  // namespace pgshift::planner
