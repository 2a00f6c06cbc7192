#include "compiler/model/policy.h"

namespace pgshift {

const char *policyCommandSql(PolicyCommand command) {
  switch (command) {
    case PolicyCommand::all: return "ALL";
    case PolicyCommand::select: return "SELECT";
    case PolicyCommand::insert: return "INSERT";
    case PolicyCommand::update: return "UPDATE";
    case PolicyCommand::delete_: return "DELETE";
  }
  return "ALL";
}

std::string policyRolesSql(const std::vector<Identifier> &roles) {
  std::string out;
  for (const auto &r : roles) out += (out.empty() ? "" : ", ") + (r.str() == "public" ? std::string("PUBLIC") : r.sql());
  return out.empty() ? "PUBLIC" : out;
}

}  // namespace pgshift
