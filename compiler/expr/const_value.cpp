#include "compiler/expr/const_value.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <regex>
#include <vector>

#include <fmt/format.h>

#include "compiler/model/type_name.h"
#include "compiler/model/utf8.h"

namespace pgshift::expr {

using builtins::Oid;
using Status = ConstValue::Status;

namespace {

ConstValue ok(std::string text) { return {Status::ok, std::move(text)}; }
ConstValue inexact(std::string text) { return {Status::inexact, std::move(text)}; }
ConstValue invalid(std::string message) { return {Status::invalid, std::move(message)}; }

std::string trim(const std::string &s) {
  size_t b = s.find_first_not_of(" \t\n\r\f\v");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\n\r\f\v");
  return s.substr(b, e - b + 1);
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// ---------------------------------------------------------------- integers

ConstValue integer(const std::string &input, int64_t min, int64_t max, const char *type_name) {
  std::string s = trim(input);
  int64_t v = 0;
  const char *begin = s.data(), *end = s.data() + s.size();
  if (begin != end && *begin == '+') ++begin;
  auto [ptr, ec] = std::from_chars(begin, end, v);
  if (ec == std::errc::result_out_of_range || (ec == std::errc() && (v < min || v > max)))
    return invalid(fmt::format("value \"{}\" is out of range for type {}", input, type_name));
  if (ec != std::errc() || ptr != end || s.empty())
    return invalid(fmt::format("invalid input syntax for type {}: \"{}\"", type_name, input));
  return ok(std::to_string(v));
}

// ---------------------------------------------------------------- floats

// PostgreSQL prints floats with the shortest digits that read back exactly, in fixed
// notation when the decimal exponent is in [-4, 15) (float4: [-4, 6)), else as d.ddde+XX.
template <typename F>
ConstValue floating(const std::string &input, int fixed_limit, const char *type_name) {
  std::string s = lower(trim(input));
  F v;
  if (s == "nan") return ok("NaN");
  if (s == "infinity" || s == "+infinity" || s == "inf" || s == "+inf") return ok("Infinity");
  if (s == "-infinity" || s == "-inf") return ok("-Infinity");
  const char *begin = s.data(), *end = s.data() + s.size();
  if (begin != end && *begin == '+') ++begin;
  auto [ptr, ec] = std::from_chars(begin, end, v);
  if (ec == std::errc::result_out_of_range)
    return invalid(fmt::format("\"{}\" is out of range for type {}", input, type_name));
  if (ec != std::errc() || ptr != end || s.empty())
    return invalid(fmt::format("invalid input syntax for type {}: \"{}\"", type_name, input));
  if (v == 0) return ok(std::signbit(v) ? "-0" : "0");
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, r.ptr);  // e.g. -1.2345e+20
  bool negative = sci[0] == '-';
  if (negative) sci.erase(0, 1);
  size_t e = sci.find('e');
  std::string digits = sci.substr(0, e);
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  int exponent = std::stoi(sci.substr(e + 1));
  std::string out;
  if (exponent >= -4 && exponent < fixed_limit) {
    if (exponent < 0) {
      out = "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
    } else if (static_cast<size_t>(exponent) + 1 >= digits.size()) {
      out = digits + std::string(static_cast<size_t>(exponent) + 1 - digits.size(), '0');
    } else {
      out = digits.substr(0, static_cast<size_t>(exponent) + 1) + "." + digits.substr(static_cast<size_t>(exponent) + 1);
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    out += fmt::format("e{}{:02d}", exponent < 0 ? '-' : '+', std::abs(exponent));
  }
  return ok((negative ? "-" : "") + out);
}

// ---------------------------------------------------------------- booleans

ConstValue boolean(const std::string &input) {
  // parse_bool_with_len(): whole words and unique prefixes, any case.
  std::string s = lower(trim(input));
  auto prefixOf = [&](const char *word, size_t min_len) {
    std::string w(word);
    return s.size() >= min_len && s.size() <= w.size() && w.compare(0, s.size(), s) == 0;
  };
  if (prefixOf("true", 1) || prefixOf("yes", 1) || s == "on" || s == "1") return ok("t");
  if (prefixOf("false", 1) || prefixOf("no", 1) || prefixOf("off", 2) || s == "0") return ok("f");
  return invalid(fmt::format("invalid input syntax for type boolean: \"{}\"", input));
}

// ---------------------------------------------------------------- uuid

ConstValue uuid(const std::string &input) {
  std::string s = trim(input);
  bool braces = !s.empty() && s.front() == '{';
  if (braces) {
    if (s.back() != '}') return invalid(fmt::format("invalid input syntax for type uuid: \"{}\"", input));
    s = s.substr(1, s.size() - 2);
  }
  std::string hex;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (std::isxdigit(static_cast<unsigned char>(c))) {
      hex += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (c == '-' && hex.size() % 4 == 0 && !hex.empty() && i + 1 < s.size()) {
      continue;
    } else {
      return invalid(fmt::format("invalid input syntax for type uuid: \"{}\"", input));
    }
  }
  if (hex.size() != 32) return invalid(fmt::format("invalid input syntax for type uuid: \"{}\"", input));
  return ok(hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" + hex.substr(20));
}

// ---------------------------------------------------------------- bytea

ConstValue bytea(const std::string &input) {
  static const char *digits = "0123456789abcdef";
  std::string out = "\\x";
  if (input.size() >= 2 && input[0] == '\\' && (input[1] == 'x' || input[1] == 'X')) {
    std::string hex;
    for (size_t i = 2; i < input.size(); ++i) {
      char c = input[i];
      if (std::isspace(static_cast<unsigned char>(c))) continue;
      if (!std::isxdigit(static_cast<unsigned char>(c))) return invalid(fmt::format("invalid hexadecimal digit: \"{}\"", c));
      hex += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (hex.size() % 2) return invalid("invalid hexadecimal data: odd number of digits");
    return ok(out + hex);
  }
  // Escape format: \\ is a backslash, \ooo an octal byte, anything else itself.
  for (size_t i = 0; i < input.size(); ++i) {
    unsigned char byte = static_cast<unsigned char>(input[i]);
    if (input[i] == '\\') {
      if (i + 1 < input.size() && input[i + 1] == '\\') {
        byte = '\\';
        ++i;
      } else if (i + 3 < input.size() + 0 && input[i + 1] >= '0' && input[i + 1] <= '3' && input[i + 2] >= '0' &&
                 input[i + 2] <= '7' && input[i + 3] >= '0' && input[i + 3] <= '7') {
        byte = static_cast<unsigned char>((input[i + 1] - '0') * 64 + (input[i + 2] - '0') * 8 + (input[i + 3] - '0'));
        i += 3;
      } else {
        return invalid("invalid input syntax for type bytea");
      }
    }
    out += digits[byte >> 4];
    out += digits[byte & 15];
  }
  return ok(out);
}

// ---------------------------------------------------------------- bit strings

ConstValue bits(const std::string &input, bool varying) {
  std::string s = input;
  std::string out;
  if (!s.empty() && (s[0] == 'x' || s[0] == 'X')) {
    for (size_t i = 1; i < s.size(); ++i) {
      int v = std::isdigit(static_cast<unsigned char>(s[i])) ? s[i] - '0' : std::tolower(static_cast<unsigned char>(s[i])) - 'a' + 10;
      if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return invalid(fmt::format("\"{}\" is not a valid hexadecimal digit", s[i]));
      for (int b = 3; b >= 0; --b) out += ((v >> b) & 1) ? '1' : '0';
    }
  } else {
    size_t start = (!s.empty() && (s[0] == 'b' || s[0] == 'B')) ? 1 : 0;
    for (size_t i = start; i < s.size(); ++i) {
      if (s[i] != '0' && s[i] != '1') return invalid(fmt::format("\"{}\" is not a valid binary digit", s[i]));
      out += s[i];
    }
  }
  (void)varying;
  return ok(out);
}

// ---------------------------------------------------------------- money

// cash_in / cash_out with lc_monetary C: "$1,234.50", "-$2.00"; input may have a sign,
// "$", thousands separators and parentheses for a negative value; cents are rounded
// half away from zero.
ConstValue money(const std::string &input) {
  std::string s = trim(input);
  bool negative = false;
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    negative = true;
    s = trim(s.substr(1, s.size() - 2));
  }
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    negative = negative != (s[0] == '-');
    s = trim(s.substr(1));
  }
  if (!s.empty() && s[0] == '$') s = trim(s.substr(1));
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    negative = negative != (s[0] == '-');
    s = s.substr(1);
  }
  std::string whole, fraction;
  size_t i = 0;
  for (; i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == ','); ++i)
    if (s[i] != ',') whole += s[i];
  if (i < s.size() && s[i] == '.')
    for (++i; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i) fraction += s[i];
  if (i != s.size() || (whole.empty() && fraction.empty()))
    return invalid(fmt::format("invalid input syntax for type money: \"{}\"", input));
  fraction += "000";
  __int128 cents = 0;
  for (char c : whole) {
    cents = cents * 10 + (c - '0');
    if (cents > static_cast<__int128>(INT64_MAX) / 100) return invalid(fmt::format("value \"{}\" is out of range for type money", input));
  }
  cents = cents * 100 + (fraction[0] - '0') * 10 + (fraction[1] - '0') + (fraction[2] >= '5' ? 1 : 0);
  std::string digits = std::to_string(static_cast<long long>(cents / 100));
  std::string grouped;
  for (size_t k = 0; k < digits.size(); ++k) {
    if (k && (digits.size() - k) % 3 == 0) grouped += ',';
    grouped += digits[k];
  }
  return ok(fmt::format("{}${}.{:02d}", negative && cents != 0 ? "-" : "", grouped, static_cast<int>(cents % 100)));
}

// ---------------------------------------------------------------- json

class JsonNormalizer {
public:
  explicit JsonNormalizer(const std::string &text) : s_(text) {}
  std::optional<std::string> run() {
    skipSpace();
    auto v = value();
    skipSpace();
    if (!v || pos_ != s_.size()) return std::nullopt;
    return v;
  }

private:
  void skipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  std::optional<std::string> value() {
    skipSpace();
    if (pos_ >= s_.size()) return std::nullopt;
    char c = s_[pos_];
    if (c == '{') return object();
    if (c == '[') return array();
    if (c == '"') {
      auto str = string();
      if (!str) return std::nullopt;
      return quote(*str);
    }
    for (const char *word : {"true", "false", "null"}) {
      std::string w(word);
      if (s_.compare(pos_, w.size(), w) == 0) {
        pos_ += w.size();
        return w;
      }
    }
    size_t start = pos_;
    if (s_[pos_] == '-') ++pos_;
    while (pos_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.' || s_[pos_] == 'e' ||
                                s_[pos_] == 'E' || s_[pos_] == '+' || s_[pos_] == '-'))
      ++pos_;
    if (start == pos_) return std::nullopt;
    return normalizeNumeric(s_.substr(start, pos_ - start));
  }
  std::optional<std::string> string() {
    std::string out;
    ++pos_;  // opening quote
    while (pos_ < s_.size()) {
      char c = s_[pos_++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= s_.size()) return std::nullopt;
      char e = s_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          if (pos_ + 4 > s_.size()) return std::nullopt;
          uint32_t cp = static_cast<uint32_t>(std::stoul(s_.substr(pos_, 4), nullptr, 16));
          pos_ += 4;
          if (cp >= 0xD800 && cp <= 0xDBFF && s_.compare(pos_, 2, "\\u") == 0) {
            uint32_t low = static_cast<uint32_t>(std::stoul(s_.substr(pos_ + 2, 4), nullptr, 16));
            pos_ += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          if (cp == 0) return std::nullopt;  // \u0000 cannot be stored in text
          appendUtf8(out, cp);
          break;
        }
        default: return std::nullopt;
      }
    }
    return std::nullopt;
  }
  // escape_json()
  static std::string quote(const std::string &v) {
    std::string out = "\"";
    for (unsigned char c : v) {
      switch (c) {
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        default:
          if (c < ' ') out += fmt::format("\\u{:04x}", c);
          else out += static_cast<char>(c);
      }
    }
    return out + "\"";
  }
  std::optional<std::string> object() {
    ++pos_;
    // jsonb keeps one value per key (the last) and orders keys by length, then bytes.
    std::map<std::pair<size_t, std::string>, std::string> members;
    skipSpace();
    if (pos_ < s_.size() && s_[pos_] == '}') {
      ++pos_;
      return "{}";
    }
    for (;;) {
      skipSpace();
      if (pos_ >= s_.size() || s_[pos_] != '"') return std::nullopt;
      auto key = string();
      if (!key) return std::nullopt;
      skipSpace();
      if (pos_ >= s_.size() || s_[pos_++] != ':') return std::nullopt;
      auto v = value();
      if (!v) return std::nullopt;
      members[{key->size(), *key}] = *v;
      skipSpace();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < s_.size() && s_[pos_] == '}') {
        ++pos_;
        break;
      }
      return std::nullopt;
    }
    std::string out = "{";
    bool first = true;
    for (const auto &[key, v] : members) {
      out += (first ? "" : ", ") + quote(key.second) + ": " + v;
      first = false;
    }
    return out + "}";
  }
  std::optional<std::string> array() {
    ++pos_;
    std::string out = "[";
    skipSpace();
    if (pos_ < s_.size() && s_[pos_] == ']') {
      ++pos_;
      return "[]";
    }
    for (bool first = true;; first = false) {
      auto v = value();
      if (!v) return std::nullopt;
      out += (first ? "" : ", ") + *v;
      skipSpace();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < s_.size() && s_[pos_] == ']') {
        ++pos_;
        return out + "]";
      }
      return std::nullopt;
    }
  }
  const std::string &s_;
  size_t pos_ = 0;
};

// ---------------------------------------------------------------- dates and times

struct Date {
  int year = 0, month = 0, day = 0;
};

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int daysInMonth(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : d[m - 1];
}

// Days since 1970-01-01 (proleptic Gregorian), and back.
int64_t toDays(const Date &d) {
  int64_t y = d.year - (d.month <= 2);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
Date fromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(y + (m <= 2)), m, d};
}

std::string formatDate(const Date &d) { return fmt::format("{:04d}-{:02d}-{:02d}", d.year, d.month, d.day); }

// "YYYY-MM-DD" or "YYYYMMDD" at the start of `s`; returns the characters used.
size_t parseDate(const std::string &s, Date &d) {
  size_t i = 0;
  auto number = [&](size_t max_digits) {
    int v = 0;
    size_t n = 0;
    while (i < s.size() && n < max_digits && std::isdigit(static_cast<unsigned char>(s[i]))) v = v * 10 + (s[i++] - '0'), ++n;
    return n ? v : -1;
  };
  if (s.size() >= 8 && std::all_of(s.begin(), s.begin() + 8, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
      (s.size() == 8 || !std::isdigit(static_cast<unsigned char>(s[8])))) {
    d.year = std::stoi(s.substr(0, 4));
    d.month = std::stoi(s.substr(4, 2));
    d.day = std::stoi(s.substr(6, 2));
    i = 8;
  } else {
    d.year = number(6);
    if (i >= s.size() || (s[i] != '-' && s[i] != '/')) return 0;
    ++i;
    d.month = number(2);
    if (i >= s.size() || (s[i] != '-' && s[i] != '/')) return 0;
    ++i;
    d.day = number(2);
  }
  if (d.year < 0 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month)) return 0;
  return i;
}

struct Time {
  int64_t micros = 0;  // since midnight
};

// "HH:MM[:SS[.ffffff]]"; returns characters used.
size_t parseTime(const std::string &s, size_t i, Time &t) {
  size_t start = i;
  auto number = [&]() {
    int v = 0, n = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && n < 2) v = v * 10 + (s[i++] - '0'), ++n;
    return n ? v : -1;
  };
  int h = number();
  if (h < 0 || i >= s.size() || s[i] != ':') return 0;
  ++i;
  int m = number();
  if (m < 0) return 0;
  int sec = 0;
  int64_t frac = 0;
  if (i < s.size() && s[i] == ':') {
    ++i;
    sec = number();
    if (sec < 0) return 0;
    if (i < s.size() && s[i] == '.') {
      ++i;
      std::string digits;
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) digits += s[i++];
      digits = (digits + "000000").substr(0, 7);
      frac = std::stoll(digits.substr(0, 6)) + (digits[6] >= '5' ? 1 : 0);  // rounded to microseconds
    }
  }
  if (h > 24 || m > 59 || sec > 60 || (h == 24 && (m || sec || frac))) return 0;
  t.micros = ((static_cast<int64_t>(h) * 60 + m) * 60 + sec) * 1000000 + frac;
  return i - start;
}

std::string formatTime(int64_t micros) {
  int64_t sec = micros / 1000000, frac = micros % 1000000;
  std::string out = fmt::format("{:02d}:{:02d}:{:02d}", sec / 3600, (sec / 60) % 60, sec % 60);
  if (frac) {
    std::string f = fmt::format("{:06d}", frac);
    while (!f.empty() && f.back() == '0') f.pop_back();
    out += "." + f;
  }
  return out;
}

// "+05", "-0530", "+05:30", "Z", "UTC", "GMT" at s[i..]; offset in seconds east of UTC.
bool parseZone(const std::string &s, size_t i, int &offset) {
  std::string rest = lower(trim(s.substr(i)));
  if (rest == "z" || rest == "utc" || rest == "gmt" || rest == "+00" || rest == "-00") {
    offset = 0;
    return true;
  }
  if (rest.empty() || (rest[0] != '+' && rest[0] != '-')) return false;
  int sign = rest[0] == '-' ? -1 : 1;
  std::string digits;
  for (size_t k = 1; k < rest.size(); ++k) {
    if (rest[k] == ':') continue;
    if (!std::isdigit(static_cast<unsigned char>(rest[k]))) return false;
    digits += rest[k];
  }
  if (digits.size() != 2 && digits.size() != 4) return false;
  int h = std::stoi(digits.substr(0, 2)), m = digits.size() == 4 ? std::stoi(digits.substr(2, 2)) : 0;
  offset = sign * (h * 3600 + m * 60);
  return true;
}

ConstValue dateValue(const std::string &input) {
  std::string s = lower(trim(input));
  if (s == "infinity" || s == "-infinity") return ok(s);
  if (s == "epoch") return ok("1970-01-01");
  if (s == "now" || s == "today" || s == "tomorrow" || s == "yesterday")
    return inexact(s);  // fixed when the statement runs; the stored date depends on the day
  Date d;
  size_t used = parseDate(s, d);
  if (!used) {
    if (std::regex_match(s, std::regex(R"(\d{4}-\d{1,2}-\d{1,2})")))
      return invalid(fmt::format("date/time field value out of range: \"{}\"", input));
    return inexact(input);
  }
  // Anything after the date (a time) is ignored by date_in.
  return ok(formatDate(d));
}

ConstValue timestampValue(const std::string &input, bool with_zone) {
  std::string s = lower(trim(input));
  if (s == "infinity" || s == "-infinity") return ok(s);
  if (s == "epoch") return ok(with_zone ? "1970-01-01 00:00:00+00" : "1970-01-01 00:00:00");
  if (s == "now" || s == "today" || s == "tomorrow" || s == "yesterday") return inexact(s);
  Date d;
  size_t i = parseDate(s, d);
  if (!i) return inexact(input);
  Time t;
  if (i < s.size() && (s[i] == ' ' || s[i] == 't')) {
    ++i;
    while (i < s.size() && s[i] == ' ') ++i;
    size_t used = parseTime(s, i, t);
    if (!used) return inexact(input);
    i += used;
  }
  while (i < s.size() && s[i] == ' ') ++i;
  int offset = 0;
  bool has_zone = i < s.size();
  if (has_zone && !parseZone(s, i, offset)) return inexact(input);
  if (!with_zone) return ok(formatDate(d) + " " + formatTime(t.micros));
  // Stored as an instant, printed in UTC (the TimeZone introspection uses). Without a
  // zone the instant depends on the TimeZone of whoever ran the statement: say so.
  int64_t total = (toDays(d) * 86400 + t.micros / 1000000) - offset;
  int64_t frac = t.micros % 1000000;
  int64_t days = total >= 0 ? total / 86400 : -((-total + 86399) / 86400);
  int64_t secs = total - days * 86400;
  std::string text = formatDate(fromDays(days)) + " " + formatTime(secs * 1000000 + frac) + "+00";
  return has_zone ? ok(text) : inexact(text);
}

ConstValue timeValue(const std::string &input, bool with_zone) {
  std::string s = lower(trim(input));
  if (s == "allballs") return ok(with_zone ? "00:00:00+00" : "00:00:00");
  Time t;
  size_t used = parseTime(s, 0, t);
  if (!used) return inexact(input);
  size_t i = used;
  while (i < s.size() && s[i] == ' ') ++i;
  if (!with_zone) return i == s.size() ? ok(formatTime(t.micros)) : inexact(input);
  int offset = 0;
  if (i == s.size() || !parseZone(s, i, offset)) return inexact(input);
  std::string zone = fmt::format("{}{:02d}", offset < 0 ? '-' : '+', std::abs(offset) / 3600);
  if (std::abs(offset) % 3600) zone += fmt::format(":{:02d}", (std::abs(offset) % 3600) / 60);
  return ok(formatTime(t.micros) + zone);
}

// ---------------------------------------------------------------- intervals

struct IntervalValue {
  int64_t months = 0, days = 0, micros = 0;
};

// EncodeInterval() with IntervalStyle postgres.
std::string formatInterval(const IntervalValue &v) {
  int64_t year = v.months / 12, mon = v.months % 12;
  std::string out;
  bool is_zero = true, is_before = false;
  auto part = [&](int64_t value, const char *unit) {
    if (value == 0) return;
    out += fmt::format("{}{}{} {}{}", is_zero ? "" : " ", is_before && value > 0 ? "+" : "", value, unit, value != 1 ? "s" : "");
    is_before = value < 0;
    is_zero = false;
  };
  part(year, "year");
  part(mon, "mon");
  part(v.days, "day");
  int64_t micros = v.micros;
  if (is_zero || micros != 0) {
    bool minus = micros < 0;
    int64_t a = std::abs(micros);
    int64_t sec = a / 1000000, frac = a % 1000000;
    out += fmt::format("{}{}{:02d}:{:02d}:{:02d}", is_zero ? "" : " ", minus ? "-" : (is_before ? "+" : ""), sec / 3600,
                       (sec / 60) % 60, sec % 60);
    if (frac) {
      std::string f = fmt::format("{:06d}", frac);
      while (!f.empty() && f.back() == '0') f.pop_back();
      out += "." + f;
    }
  }
  return out;
}

// Returns nullopt for input PostgreSQL rejects; sets `unsure` for spellings this parser
// does not know (ISO 8601 'P1D', '1 century', ...), which PostgreSQL may accept.
std::optional<IntervalValue> parseInterval(const std::string &input, int32_t typmod, bool &unsure) {
  using namespace interval_fields;
  std::string s = lower(trim(input));
  IntervalValue v;
  size_t i = 0;
  bool ago = false;
  bool any = false;
  int range = typmod >= 0 ? (typmod >> 16) & 0x7FFF : full_range;
  auto skip = [&] {
    while (i < s.size() && s[i] == ' ') ++i;
  };
  int seen = 0;  // fields given, to reject "1 day 1 day" as PostgreSQL does
  auto field = [&](int bit) {
    if (seen & bit) return false;
    seen |= bit;
    return true;
  };
  if (!s.empty() && (s[0] == 'p' || s[0] == '@')) {
    unsure = true;  // ISO 8601 and verbose forms
    return std::nullopt;
  }
  while (skip(), i < s.size()) {
    if (s.compare(i, 3, "ago") == 0) {
      ago = true;
      i += 3;
      continue;
    }
    // SQL-standard year-month: "1-2" is 1 year 2 months.
    {
      size_t j = i;
      bool minus = s[j] == '-' || s[j] == '+' ? s[j++] == '-' : false;
      size_t y0 = j;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      size_t y1 = j;
      if (y1 > y0 && j < s.size() && s[j] == '-') {
        size_t m0 = ++j;
        while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
        if (j > m0 && (j == s.size() || s[j] == ' ')) {
          if (!field(year | month)) return std::nullopt;
          int64_t months = std::stoll(s.substr(y0, y1 - y0)) * 12 + std::stoll(s.substr(m0, j - m0));
          v.months += minus ? -months : months;
          i = j;
          any = true;
          continue;
        }
      }
    }
    // a time of day: [-]HH:MM[:SS[.f]]
    size_t save = i;
    bool negative = false;
    if (s[i] == '-' || s[i] == '+') negative = s[i++] == '-';
    Time t;
    if (size_t used = parseTime(s, i, t); used && (i + used == s.size() || s[i + used] == ' ')) {
      if (!field(hour | minute | second)) return std::nullopt;
      v.micros += negative ? -t.micros : t.micros;
      i += used;
      any = true;
      continue;
    }
    i = save;
    // a number, then an optional unit
    size_t start = i;
    if (s[i] == '-' || s[i] == '+') ++i;
    while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
    if (start == i) return std::nullopt;
    double number = std::stod(s.substr(start, i - start));
    skip();
    size_t unit_start = i;
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
    std::string unit = s.substr(unit_start, i - unit_start);
    // A bare number right before a time of day counts days ("1 12:00:00").
    Time next_time;
    if (unit.empty() && i < s.size() && parseTime(s, i + (s[i] == '-' || s[i] == '+'), next_time)) unit = "day";
    if (unit.empty()) {
      // A bare number takes the unit of the field restriction's last field, else seconds.
      if (range == year) unit = "year";
      else if (range == month || range == (year | month)) unit = "month";
      else if (range == day) unit = "day";
      else if (range == hour || range == (day | hour)) unit = "hour";
      else if (range == minute || range == (day | hour | minute) || range == (hour | minute)) unit = "minute";
      else unit = "second";
    }
    double whole = std::trunc(number), frac = number - whole;
    int bit = 0;
    if (unit == "year" || unit == "years" || unit == "y" || unit == "yr" || unit == "yrs") bit = year;
    else if (unit == "month" || unit == "months" || unit == "mon" || unit == "mons") bit = month;
    else if (unit == "week" || unit == "weeks" || unit == "w") bit = 1 << 20;
    else if (unit == "day" || unit == "days" || unit == "d") bit = day;
    else if (unit == "hour" || unit == "hours" || unit == "h" || unit == "hr" || unit == "hrs") bit = hour;
    else if (unit == "minute" || unit == "minutes" || unit == "m" || unit == "min" || unit == "mins") bit = minute;
    else if (unit == "second" || unit == "seconds" || unit == "s" || unit == "sec" || unit == "secs") bit = second;
    else if (unit.rfind("millisecond", 0) == 0 || unit == "ms" || unit == "msec" || unit == "msecs") bit = 1 << 21;
    else if (unit.rfind("microsecond", 0) == 0 || unit == "us" || unit == "usec" || unit == "usecs") bit = 1 << 22;
    else if (unit.rfind("centur", 0) == 0 || unit.rfind("decade", 0) == 0 || unit.rfind("millenni", 0) == 0) {
      unsure = true;
      return std::nullopt;
    }
    if (bit && !field(bit)) return std::nullopt;
    auto spillDays = [&](double days_fraction) {
      double micros = days_fraction * 86400e6;
      v.micros += static_cast<int64_t>(std::llround(micros));
    };
    if (unit == "year" || unit == "years" || unit == "y" || unit == "yr" || unit == "yrs") {
      v.months += static_cast<int64_t>(whole) * 12 + static_cast<int64_t>(std::llround(frac * 12));
    } else if (unit == "month" || unit == "months" || unit == "mon" || unit == "mons") {
      v.months += static_cast<int64_t>(whole);
      double days = frac * 30;
      v.days += static_cast<int64_t>(std::trunc(days));
      spillDays(days - std::trunc(days));
    } else if (unit == "week" || unit == "weeks" || unit == "w") {
      double days = number * 7;
      v.days += static_cast<int64_t>(std::trunc(days));
      spillDays(days - std::trunc(days));
    } else if (unit == "day" || unit == "days" || unit == "d") {
      v.days += static_cast<int64_t>(whole);
      spillDays(frac);
    } else if (unit == "hour" || unit == "hours" || unit == "h" || unit == "hr" || unit == "hrs") {
      v.micros += static_cast<int64_t>(std::llround(number * 3600e6));
    } else if (unit == "minute" || unit == "minutes" || unit == "m" || unit == "min" || unit == "mins") {
      v.micros += static_cast<int64_t>(std::llround(number * 60e6));
    } else if (unit == "second" || unit == "seconds" || unit == "s" || unit == "sec" || unit == "secs") {
      v.micros += static_cast<int64_t>(std::llround(number * 1e6));
    } else if (unit == "millisecond" || unit == "milliseconds" || unit == "ms" || unit == "msec" || unit == "msecs") {
      v.micros += static_cast<int64_t>(std::llround(number * 1e3));
    } else if (unit == "microsecond" || unit == "microseconds" || unit == "us" || unit == "usec" || unit == "usecs") {
      v.micros += static_cast<int64_t>(std::llround(number));
    } else {
      return std::nullopt;  // not a unit PostgreSQL knows
    }
    any = true;
  }
  if (!any) return std::nullopt;
  if (ago) v.months = -v.months, v.days = -v.days, v.micros = -v.micros;
  // AdjustIntervalForTypmod(): a field restriction drops the smaller fields.
  if (typmod >= 0) {
    if (range == year) v.months = (v.months / 12) * 12, v.days = 0, v.micros = 0;
    else if (range == month || range == (year | month)) v.days = 0, v.micros = 0;
    else if (range == day) v.micros = 0;
    else if (range == hour || range == (day | hour)) v.micros = (v.micros / 3600000000LL) * 3600000000LL;
    else if (range == minute || range == (day | hour | minute) || range == (hour | minute))
      v.micros = (v.micros / 60000000LL) * 60000000LL;
    int precision = typmod & 0xFFFF;
    if (precision != full_precision && precision < 6) {
      int64_t unit = 1;
      for (int k = precision; k < 6; ++k) unit *= 10;
      v.micros = (v.micros >= 0 ? (v.micros + unit / 2) / unit : -((-v.micros + unit / 2) / unit)) * unit;
    }
  }
  return v;
}

// ---------------------------------------------------------------- arrays

struct ArrayParser {
  const std::string &s;
  size_t i = 0;
  Oid element;
  bool exact = true;

  std::optional<std::string> parse() {
    skip();
    if (i < s.size() && s[i] == '[') return std::nullopt;  // explicit bounds
    auto out = list();
    skip();
    if (!out || i != s.size()) return std::nullopt;
    return out;
  }
  void skip() {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  }
  std::optional<std::string> list() {
    if (i >= s.size() || s[i] != '{') return std::nullopt;
    ++i;
    std::string out = "{";
    skip();
    if (i < s.size() && s[i] == '}') {
      ++i;
      return "{}";
    }
    for (bool first = true;; first = false) {
      skip();
      if (!first) out += ",";
      if (i < s.size() && s[i] == '{') {
        auto sub = list();
        if (!sub) return std::nullopt;
        out += *sub;
      } else {
        bool quoted = i < s.size() && s[i] == '"';
        std::string item;
        if (quoted) {
          ++i;
          while (i < s.size() && s[i] != '"') {
            if (s[i] == '\\' && i + 1 < s.size()) ++i;
            item += s[i++];
          }
          if (i >= s.size()) return std::nullopt;
          ++i;
        } else {
          while (i < s.size() && s[i] != ',' && s[i] != '}') {
            if (s[i] == '\\' && i + 1 < s.size()) ++i;
            item += s[i++];
          }
          while (!item.empty() && std::isspace(static_cast<unsigned char>(item.back()))) item.pop_back();
          if (lower(item) == "null") {
            out += "NULL";
            skip();
            if (!next(out)) return std::nullopt;
            if (i > 0 && s[i - 1] == '}') return out;
            continue;
          }
        }
        ConstValue v = normalizeConstant(item, element, -1);
        if (v.status == Status::invalid) return std::nullopt;
        if (v.status == Status::inexact) exact = false;
        out += quoteElement(v.text);
      }
      skip();
      if (!next(out)) return std::nullopt;
      if (s[i - 1] == '}') return out;
    }
  }
  // Consumes ',' (returns true, not closing) or '}' (closing); false on anything else.
  bool next(std::string &out) {
    if (i < s.size() && s[i] == ',') {
      ++i;
      return true;
    }
    if (i < s.size() && s[i] == '}') {
      ++i;
      out += "}";
      return true;
    }
    return false;
  }
  // array_out(): quote empty strings, NULL, and anything with delimiters, quotes,
  // backslashes or white space.
  static std::string quoteElement(const std::string &v) {
    bool needs = v.empty() || lower(v) == "null";
    for (char c : v) needs |= c == '{' || c == '}' || c == ',' || c == '"' || c == '\\' || std::isspace(static_cast<unsigned char>(c));
    if (!needs) return v;
    std::string out = "\"";
    for (char c : v) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    return out + "\"";
  }
};

}  // namespace

std::optional<std::string> normalizeNumeric(const std::string &input) {
  std::string s = trim(input);
  std::string low = lower(s);
  if (low == "nan") return "NaN";
  if (low == "infinity" || low == "+infinity" || low == "inf" || low == "+inf") return "Infinity";
  if (low == "-infinity" || low == "-inf") return "-Infinity";
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  std::string int_part, frac_part;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) int_part += s[i++];
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) frac_part += s[i++];
  }
  if (int_part.empty() && frac_part.empty()) return std::nullopt;
  int64_t exponent = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    size_t start = i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    exponent = std::stoll(s.substr(start, i - start));
  }
  if (i != s.size()) return std::nullopt;
  // The value is digits * 10^(exponent - frac_len); numeric keeps a display scale of
  // max(0, frac_len - exponent) digits after the point.
  std::string digits = int_part + frac_part;
  int64_t scale = static_cast<int64_t>(frac_part.size()) - exponent;
  int64_t display_scale = std::max<int64_t>(0, scale);
  if (display_scale > 16383) return std::nullopt;  // beyond numeric's range
  // Written as an integer with exactly display_scale digits after the point.
  if (scale < display_scale) digits += std::string(static_cast<size_t>(display_scale - scale), '0');
  if (digits.size() <= static_cast<size_t>(display_scale))
    digits.insert(0, static_cast<size_t>(display_scale) + 1 - digits.size(), '0');
  size_t point = digits.size() - static_cast<size_t>(display_scale);
  std::string whole = digits.substr(0, point), fraction = digits.substr(point);
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size()));
  if (whole.empty()) whole = "0";
  bool zero = whole == "0" && fraction.find_first_not_of('0') == std::string::npos;
  return std::string(negative && !zero ? "-" : "") + whole + (fraction.empty() ? "" : "." + fraction);
}

ConstValue normalizeConstant(const std::string &input, Oid type, int32_t typmod) {
  using namespace builtins;
  switch (type) {
    case kInt2Oid: return integer(input, INT16_MIN, INT16_MAX, "smallint");
    case kInt4Oid: return integer(input, INT32_MIN, INT32_MAX, "integer");
    case kInt8Oid: return integer(input, INT64_MIN, INT64_MAX, "bigint");
    case kOidOid: return integer(input, 0, UINT32_MAX, "oid");
    case kNumericOid: {
      auto n = normalizeNumeric(input);
      if (!n) return invalid(fmt::format("invalid input syntax for type numeric: \"{}\"", input));
      return ok(*n);
    }
    case kFloat4Oid: return floating<float>(input, 6, "real");
    case kFloat8Oid: return floating<double>(input, 15, "double precision");
    case kBoolOid: return boolean(input);
    case kTextOid:
    case kVarcharOid:
    case kBpcharOid:
    case kNameOid:
    case kJsonOid:
    case kXmlOid:
      return ok(input);
    case kCharOid: return ok(input.substr(0, 1));
    case kJsonbOid: {
      auto j = JsonNormalizer(input).run();
      if (!j) return invalid(fmt::format("invalid input syntax for type json: \"{}\"", input));
      return ok(*j);
    }
    case kUuidOid: return uuid(input);
    case kMoneyOid: return money(input);
    case kByteaOid: return bytea(input);
    case kBitOid: return bits(input, false);
    case kVarbitOid: return bits(input, true);
    case kDateOid: return dateValue(input);
    case kTimestampOid: return timestampValue(input, false);
    case kTimestamptzOid: return timestampValue(input, true);
    case kTimeOid: return timeValue(input, false);
    case kTimetzOid: return timeValue(input, true);
    case kIntervalOid: {
      bool unsure = false;
      auto v = parseInterval(input, typmod, unsure);
      if (!v && unsure) return inexact(input);
      if (!v) return invalid(fmt::format("invalid input syntax for type interval: \"{}\"", input));
      return ok(formatInterval(*v));
    }
    default: break;
  }
  if (Oid element = builtinElementOf(type); element != kInvalidOid) {
    ArrayParser parser{input, 0, element};
    auto out = parser.parse();
    if (!out) return inexact(input);
    return parser.exact ? ok(*out) : inexact(*out);
  }
  return inexact(input);
}

}  // namespace pgshift::expr
