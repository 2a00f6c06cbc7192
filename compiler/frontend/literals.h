#pragma once
// The lexical forms of names and strings, decoded as PostgreSQL's scanner decodes them.

#include <optional>
#include <string>
#include <string_view>

#include "compiler/model/identifier.h"

namespace pgshift {

// An unquoted name: ASCII letters folded to lower case (downcase_identifier; other
// characters are left alone in UTF-8), then cut to 63 bytes.
Identifier foldIdentifier(std::string_view word);
// A "quoted" name, quotes included: "" becomes ", no folding, cut to 63 bytes.
// Returns nullopt for the zero-length name "".
std::optional<Identifier> quotedIdentifier(std::string_view token);

// The value of a string token: 'standard', E'escaped', or $tag$dollar-quoted$tag$.
// Sets `error` for an invalid escape.
std::string decodeString(std::string_view token, std::string &error);

// The value of a U&'...' token, with `escape` as the escape character (\ unless
// UESCAPE names another): \XXXX and \+XXXXXX are code points. Sets `error` when invalid.
std::string decodeUnicodeString(std::string_view token, char escape, std::string &error);

}  // namespace pgshift
