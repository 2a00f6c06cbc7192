#include "compiler/model/view.h"

#include <cctype>
#include <sstream>

namespace pgshift {
namespace {

std::vector<std::string> split(const std::string &s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string t; in >> t;) out.push_back(t);
  return out;
}

bool isStar(const std::string &t) { return t == kLooseStar; }

// A column name as the loose form writes it (not a literal, operator or punctuation).
bool isName(const std::string &t) {
  if (t.empty() || isStar(t)) return false;
  unsigned char c = static_cast<unsigned char>(t[0]);
  return std::isalpha(c) || c == '_' || c >= 0x80;
}

// Does a[i..] match b[j..], a star in either standing for "name (, name)*"?
bool match(const std::vector<std::string> &a, size_t i, const std::vector<std::string> &b, size_t j, int depth) {
  if (depth > 64) return false;
  while (i < a.size() && j < b.size() && !isStar(a[i]) && !isStar(b[j])) {
    if (a[i] != b[j]) return false;
    ++i, ++j;
  }
  if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
  const auto &star_side = isStar(a[i]) ? a : b;
  const auto &other = isStar(a[i]) ? b : a;
  size_t s = isStar(a[i]) ? i : j, o = isStar(a[i]) ? j : i;
  // The star takes one name, then more after commas, trying every length.
  for (size_t end = o; end < other.size(); end += 2) {
    if (!isName(other[end])) return false;
    bool ok = &star_side == &a ? match(a, s + 1, b, end + 1, depth + 1) : match(a, end + 1, b, s + 1, depth + 1);
    if (ok) return true;
    if (end + 1 >= other.size() || other[end + 1] != ",") return false;
  }
  return false;
}

}  // namespace

bool queryMentions(const View &v, const Identifier &name) {
  auto lower = [](std::string s) {
    for (auto &ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
  };
  const std::string wanted = lower(name.str());
  // The words of the text (names, quoted or not, keywords), compared without case.
  const std::string &text = v.query.text.empty() ? v.query.sql : v.query.text;
  std::string word;
  bool quoted = false;
  for (char ch : text + " ") {
    unsigned char c = static_cast<unsigned char>(ch);
    if (quoted) {
      if (ch != '"') {
        word += ch;
        continue;
      }
      quoted = false;
    } else if (ch == '"') {
      quoted = true;
      continue;
    } else if (std::isalnum(c) || ch == '_' || ch == '$' || c >= 0x80) {
      word += ch;
      continue;
    }
    if (!word.empty() && lower(word) == wanted) return true;
    word.clear();
  }
  return false;
}

bool looseQueriesMatch(const std::string &a, const std::string &b) {
  if (a == b) return true;
  if (a.find(kLooseStar) == std::string::npos && b.find(kLooseStar) == std::string::npos) return false;
  return match(split(a), 0, split(b), 0, 0);
}

}  // namespace pgshift
