#include "compiler/model/identifier.h"

#include "compiler/model/keyword_category.h"

namespace pgshift {

std::string quoteIdent(std::string_view name) {
  // Same rule as ruleutils.c's quote_identifier(): safe when it starts with a lower-case
  // letter or underscore, continues with those or digits, and is at most an unreserved
  // keyword. Non-ASCII bytes always force quotes there too.
  bool safe = !name.empty() && ((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_');
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      safe = false;
      break;
    }
  }
  if (safe) {
    auto category = keywordCategory(name);
    safe = category == KeywordCategory::none || category == KeywordCategory::unreserved;
  }
  if (safe) return std::string(name);
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string quoteLiteral(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += '\'';
    out += c;
  }
  out += '\'';
  return out;
}

std::string clipToBytes(std::string_view name, size_t max_bytes) {
  if (name.size() <= max_bytes) return std::string(name);
  size_t n = max_bytes;
  // Back up over UTF-8 continuation bytes so a character is never split.
  while (n > 0 && (static_cast<unsigned char>(name[n]) & 0xC0) == 0x80) --n;
  return std::string(name.substr(0, n));
}

std::string Identifier::sql() const { return quoteIdent(name_); }

}  // namespace pgshift
