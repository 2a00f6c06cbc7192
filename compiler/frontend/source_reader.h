#pragma once
// Schema files -> model.

#include <filesystem>
#include <string>
#include <vector>

#include "compiler/frontend/script_parser.h"
#include "compiler/model/schema_model.h"

namespace pgshift {

// The .sql files a source path names: the file itself, or every .sql file below a folder
// (subfolders included), in name order of their paths relative to it.
std::vector<std::filesystem::path> schemaFiles(const std::filesystem::path &path);

// Reads scripts in order into one model, each script starting a fresh session (default
// search_path), as running each file with psql would. Expressions are left raw; see
// expr/normalize.h. Throws DiagnosticError listing every problem found.
// `session_role`: the role running them, when known (see LoadedSchema::session_role).
LoadedSchema readSchema(const std::vector<SourceText> &scripts, const std::optional<Identifier> &session_role = std::nullopt);

// readSchema over schemaFiles(path); file names in diagnostics are as given.
LoadedSchema readSchemaPath(const std::filesystem::path &path, const std::optional<Identifier> &session_role = std::nullopt);

}  // namespace pgshift
