#include "compiler/driver/source_loader.h"

#include <regex>

#include "compiler/builtins/catalog.h"
#include "compiler/frontend/diagnostic.h"
#include "compiler/frontend/source_reader.h"
#include "compiler/normalize/normalize.h"
#include "compiler/normalize/schema_catalog.h"
#include "introspect/catalog_reader.h"

namespace pgshift {

bool isDatabaseUrl(const std::string &source) {
  return source.rfind("postgresql://", 0) == 0 || source.rfind("postgres://", 0) == 0;
}

LoadedSchema loadSource(const std::string &source, const std::optional<Identifier> &session_role) {
  LoadedSchema schema = isDatabaseUrl(source) ? readDatabase(source) : readSchemaPath(source, session_role);
  try {
    normalizeModel(schema, builtins::Catalog::builtin());  // adds the model's own types and functions
  } catch (DiagnosticError &e) {
    std::vector<Diagnostic> diagnostics = e.diagnostics();
    attachSourceLines(diagnostics);
    throw DiagnosticError(std::move(diagnostics));
  }
  return schema;
}

std::string displaySource(const std::string &source) {
  if (!isDatabaseUrl(source)) return source;
  static const std::regex password(R"(^(postgres(ql)?://[^:/@]*):[^@/]*@)");
  return std::regex_replace(source, password, "$1:***@");
}

}  // namespace pgshift
