#include <fmt/format.h>

#include "planner/ddl/ddl.h"

namespace pgshift::planner::ddl {

std::string sequenceOptions(const SequenceOptions &o, bool with_type) {
  std::string out = with_type ? "AS " + o.type.sql() + " " : "";
  out += fmt::format("START WITH {} INCREMENT BY {} MINVALUE {} MAXVALUE {} CACHE {} {}", o.start, o.increment,
                     o.min_value, o.max_value, o.cache, o.cycle ? "CYCLE" : "NO CYCLE");
  return out;
}

std::string createSequence(const Sequence &s) {
  return std::string("CREATE ") + (s.unlogged ? "UNLOGGED " : "") + "SEQUENCE " + s.name.sql() + " " +
         sequenceOptions(s.options, true);
}

std::string dropSequence(const Sequence &s) { return "DROP SEQUENCE " + s.name.sql(); }

std::string ownedBy(const QualifiedName &sequence, const std::optional<QualifiedColumn> &owner) {
  return "ALTER SEQUENCE " + sequence.sql() + " OWNED BY " + (owner ? owner->sql() : std::string("NONE"));
}

}  // namespace pgshift::planner::ddl
