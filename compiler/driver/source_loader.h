#pragma once
// A SOURCE argument -> a normalized model.

#include <string>

#include "compiler/model/schema_model.h"

namespace pgshift {

// True for postgresql:// and postgres:// URLs (a live database); anything else is a
// .sql file or a folder of them.
bool isDatabaseUrl(const std::string &source);

// Reads the source (files through the front end, a database through introspection) and
// normalizes it, so both kinds compare equal for the same schema. Throws
// DiagnosticError or IntrospectionError with what went wrong.
// `session_role`: for files, the role assumed to run them (a live database knows its own).
LoadedSchema loadSource(const std::string &source, const std::optional<Identifier> &session_role = std::nullopt);

// The source as it may be shown: a URL without its password.
std::string displaySource(const std::string &source);

}  // namespace pgshift
