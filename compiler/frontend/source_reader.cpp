#include "compiler/frontend/source_reader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "compiler/frontend/schema_builder.h"

namespace pgshift {

std::vector<std::filesystem::path> schemaFiles(const std::filesystem::path &path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec)) throw DiagnosticError({Diagnostic{{path.string()}, "no such file or directory", ""}});
  if (!fs::is_directory(path, ec)) return {path};
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".sql") files.push_back(it->path());
  }
  if (ec) throw DiagnosticError({Diagnostic{{path.string()}, "cannot read folder: " + ec.message(), ""}});
  std::sort(files.begin(), files.end(), [&](const fs::path &a, const fs::path &b) {
    return a.lexically_relative(path).generic_string() < b.lexically_relative(path).generic_string();
  });
  if (files.empty()) throw DiagnosticError({Diagnostic{{path.string()}, "folder holds no .sql files", ""}});
  return files;
}

LoadedSchema readSchema(const std::vector<SourceText> &scripts, const std::optional<Identifier> &session_role) {
  std::vector<Diagnostic> errors;
  SchemaBuilder builder(session_role);
  for (const auto &script : scripts) {
    std::vector<Diagnostic> script_errors;
    std::vector<ast::Statement> statements = parseScript(script, script_errors);
    // Each file is a session of its own: search_path starts from the default again.
    builder.apply(ast::Statement{ast::SetVariable{"search_path", {}, false}, {}}, script_errors);
    if (script_errors.empty()) {
      for (const auto &statement : statements) builder.apply(statement, script_errors);
    }
    // Semantic errors know their position but not the text; add the line for the caret.
    std::istringstream lines(script.text);
    std::vector<std::string> text_lines;
    for (std::string line; std::getline(lines, line);) text_lines.push_back(line.empty() || line.back() != '\r' ? line : line.substr(0, line.size() - 1));
    for (auto &d : script_errors) {
      if (d.where.file.empty()) d.where.file = script.name;
      if (d.source_line.empty() && d.where.line >= 1 && static_cast<size_t>(d.where.line) <= text_lines.size())
        d.source_line = text_lines[d.where.line - 1];
    }
    errors.insert(errors.end(), script_errors.begin(), script_errors.end());
  }
  if (!errors.empty()) throw DiagnosticError(std::move(errors));
  return builder.finish();
}

LoadedSchema readSchemaPath(const std::filesystem::path &path, const std::optional<Identifier> &session_role) {
  std::vector<SourceText> scripts;
  for (const auto &file : schemaFiles(path)) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw DiagnosticError({Diagnostic{{file.string()}, "cannot read file", ""}});
    std::ostringstream text;
    text << in.rdbuf();
    scripts.push_back(SourceText{file.string(), text.str()});
  }
  return readSchema(scripts, session_role);
}

}  // namespace pgshift
