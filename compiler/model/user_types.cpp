#include "compiler/model/user_types.h"

namespace pgshift {

std::string defaultMultirangeName(const std::string &range_name) {
  std::string out;
  if (auto at = range_name.find("range"); at != std::string::npos)
    out = range_name.substr(0, at) + "multi" + range_name.substr(at);
  else
    out = clipToBytes(range_name, kMaxIdentifierBytes - 11) + "_multirange";
  return clipToBytes(out, kMaxIdentifierBytes);
}

}  // namespace pgshift
