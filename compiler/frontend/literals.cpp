#include "compiler/frontend/literals.h"

#include "compiler/model/utf8.h"

#include <cstdint>

namespace pgshift {
namespace {

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The body of E'...' (quotes removed): backslash escapes as in scan.l's xe rules.
std::string decodeEscapes(std::string_view body, std::string &error) {
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\'' && i + 1 < body.size() && body[i + 1] == '\'') {
      out += '\'';
      ++i;
      continue;
    }
    if (c != '\\' || i + 1 >= body.size()) {
      out += c;
      continue;
    }
    char e = body[++i];
    switch (e) {
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'x': {
        int v = 0, n = 0;
        while (n < 2 && i + 1 < body.size() && hexValue(body[i + 1]) >= 0) v = v * 16 + hexValue(body[++i]), ++n;
        if (n == 0) out += 'x';
        else out += static_cast<char>(v);
        break;
      }
      case 'u':
      case 'U': {
        int digits = e == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int k = 0; k < digits; ++k) {
          if (i + 1 >= body.size() || hexValue(body[i + 1]) < 0) {
            error = "invalid Unicode escape";
            return out;
          }
          v = v * 16 + static_cast<uint32_t>(hexValue(body[++i]));
        }
        appendUtf8(out, v);
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          int v = e - '0', n = 1;
          while (n < 3 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7') v = v * 8 + (body[++i] - '0'), ++n;
          out += static_cast<char>(v);
        } else {
          out += e;  // \\, \', and any other character stand for themselves
        }
    }
  }
  return out;
}

}  // namespace

std::string decodeUnicodeString(std::string_view token, char escape, std::string &error) {
  std::string_view body = token.substr(3, token.size() - 4);  // U&'...'
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\'' && i + 1 < body.size() && body[i + 1] == '\'') {
      out += '\'';
      ++i;
      continue;
    }
    if (c != escape) {
      out += c;
      continue;
    }
    if (i + 1 < body.size() && body[i + 1] == escape) {
      out += escape;
      ++i;
      continue;
    }
    size_t digits = (i + 1 < body.size() && body[i + 1] == '+') ? 6 : 4;
    size_t start = i + 1 + (digits == 6 ? 1 : 0);
    uint32_t cp = 0;
    for (size_t k = 0; k < digits; ++k) {
      if (start + k >= body.size() || hexValue(body[start + k]) < 0) {
        error = "invalid Unicode escape";
        return out;
      }
      cp = cp * 16 + static_cast<uint32_t>(hexValue(body[start + k]));
    }
    if (cp == 0 || cp > 0x10FFFF) {
      error = "invalid Unicode escape value";
      return out;
    }
    appendUtf8(out, cp);
    i = start + digits - 1;
  }
  return out;
}

Identifier foldIdentifier(std::string_view word) {
  std::string out(word);
  for (char &c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return Identifier::exact(clipToBytes(out, kMaxIdentifierBytes));
}

std::optional<Identifier> quotedIdentifier(std::string_view token) {
  std::string_view body = token.substr(1, token.size() >= 2 ? token.size() - 2 : 0);
  if (body.empty()) return std::nullopt;
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    out += body[i];
    if (body[i] == '"') ++i;  // "" stands for one "
  }
  return Identifier::exact(clipToBytes(out, kMaxIdentifierBytes));
}

std::string decodeString(std::string_view token, std::string &error) {
  if (token.empty()) return "";
  if (token[0] == '$') {
    size_t tag_end = token.find('$', 1);
    size_t tag_len = tag_end + 1;
    if (token.size() < 2 * tag_len) return "";
    return std::string(token.substr(tag_len, token.size() - 2 * tag_len));
  }
  if (token[0] == 'e' || token[0] == 'E') return decodeEscapes(token.substr(2, token.size() - 3), error);
  std::string out;
  std::string_view body = token.substr(1, token.size() - 2);
  for (size_t i = 0; i < body.size(); ++i) {
    out += body[i];
    if (body[i] == '\'') ++i;  // '' stands for one '
  }
  return out;
}

}  // namespace pgshift
